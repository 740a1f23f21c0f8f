"""Connecting and the wire under every area: base URLs, TLS, ssh, timeouts, faults, load, the async fast
path, the test servers themselves.
"""
