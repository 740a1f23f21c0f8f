"""Integration tests of the system, plugin and session areas: info, version, ping, df, events, plugins,
session, prunes.
"""
