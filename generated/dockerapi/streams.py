"""The stream and socket types methods return, importable for annotations:

    from dockerapi.streams import OutputStream

    def tail(stream: OutputStream[bytes]) -> None: ...

`JSONStream` (build, pull, push, events, stats: one JSON document per item), `OutputStream` (logs, attach,
exec output: bytes, or (stdout, stderr) pairs with demux=True), `RawStream` (archives, exports, image
tars), `HijackedSocket` (attach_socket, exec_start(socket=True)), and the `Async...` form of each.
"""

from __future__ import annotations

from ._streams import (
    AsyncHijackedSocket,
    AsyncJSONStream,
    AsyncOutputStream,
    AsyncRawStream,
    HijackedSocket,
    JSONStream,
    OutputStream,
    RawStream,
)

__all__ = [
    "JSONStream",
    "OutputStream",
    "RawStream",
    "HijackedSocket",
    "AsyncJSONStream",
    "AsyncOutputStream",
    "AsyncRawStream",
    "AsyncHijackedSocket",
]
