"""Streams and hijacked sockets across areas: framing, attach/exec sockets, big outputs, async streams,
sync/async parity, stream errors.
"""
