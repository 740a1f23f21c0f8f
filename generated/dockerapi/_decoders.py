"""Incremental decoders for the Engine's streaming bodies.

Two formats come back from the daemon:

* progress/event streams: JSON documents one after the other (usually newline separated,
  but nothing guarantees it, and HTTP chunks cut documents anywhere);
* attach/logs/exec output without a TTY: frames with an 8-byte header
  (stream id, three zero bytes, big-endian payload length) followed by the payload.

Both decoders are push-based (`feed()` bytes, get complete items back) so they work the same
under sync and async transports, and both run in time linear in the input.
"""

from __future__ import annotations

import codecs
import json
import re
import struct
from collections.abc import Iterable, Iterator

from ._errors import StreamError

__all__ = [
    "STDERR",
    "STDIN",
    "STDOUT",
    "SYSTEMERR",
    "FrameDecoder",
    "JSONSplitter",
    "coalesce_frames",
    "demux_collect",
    "looks_multiplexed",
    "split_frames",
    "split_json",
]

STDIN = 0
STDOUT = 1
STDERR = 2
SYSTEMERR = 3

_WS = re.compile(r"[ \t\n\r]*")
# Characters that change the nesting state outside / inside a string.
_STRUCTURAL = re.compile(r'[{}\[\]"]')
_IN_STRING = re.compile(r'["\\]')
# What ends a top-level scalar (number, true, false, null): whitespace or the start of a document.
_SCALAR_END = re.compile(r'[ \t\n\r{\["]')
_NUMBER_START = frozenset("-0123456789")
_DELIMITERS = frozenset(' \t\n\r{["')
_decoder = json.JSONDecoder()


class JSONSplitter:
    """Split a byte stream of concatenated JSON documents into the raw documents.

    Documents are returned as bytes exactly as received (minus surrounding whitespace);
    invalid UTF-8 survives the round trip (it is carried as surrogate escapes internally).

    Complete documents are found with the C `raw_decode`; only a document that is still
    incomplete at the end of a chunk is tracked by a small state machine that scans each new
    chunk once, so a large document arriving in many small pieces costs linear time.
    """

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")("surrogateescape")
        # Pieces of the incomplete document; empty when between documents.
        self._parts: list[str] = []
        # State of the incomplete document's scan.
        self._depth = 0
        self._in_string = False
        self._escape = False
        self._scalar = False

    def feed(self, data: bytes) -> list[bytes]:
        """Add `data`; return the documents completed by it, in order."""
        text = self._utf8.decode(data)
        return self._process(text) if text else []

    def close(self) -> list[bytes]:
        """End of stream: return a last document if one is pending and complete.

        Raises `StreamError` if the stream ends inside a document.
        """
        out = self._process(self._utf8.decode(b"", final=True))
        if self._parts:
            doc = "".join(self._parts).rstrip(" \t\n\r")
            self._parts = []
            try:
                _, end = _decoder.raw_decode(doc)
            except json.JSONDecodeError:
                end = -1
            if end != len(doc):
                raise StreamError(
                    f"stream ended inside a JSON document ({len(doc)} characters pending)",
                    detail=doc[:200],
                )
            out.append(_encode(doc))
        return out

    def _process(self, text: str) -> list[bytes]:
        out: list[bytes] = []
        pos = 0
        if self._parts:
            end = self._scan(text, 0)
            if end < 0:
                self._parts.append(text)
                return out
            self._parts.append(text[:end])
            doc = "".join(self._parts)
            self._parts = []
            _check_complete(doc)
            out.append(_encode(doc))
            pos = end
        n = len(text)
        while True:
            ws = _WS.match(text, pos)
            pos = ws.end() if ws else pos
            if pos >= n:
                return out
            try:
                _, end = _decoder.raw_decode(text, pos)
            except json.JSONDecodeError:
                end = -1
            # A number not followed by a delimiter may continue in the next chunk ("1." + "5").
            if end < 0 or (text[pos] in _NUMBER_START and (end == n or text[end] not in _DELIMITERS)):
                self._start_partial(text, pos)
                return out
            out.append(_encode(text[pos:end]))
            pos = end

    def _start_partial(self, text: str, pos: int) -> None:
        """Begin tracking an incomplete document that starts at text[pos]."""
        first = text[pos]
        self._depth = 0
        self._in_string = False
        self._escape = False
        self._scalar = False
        if first in "{[":
            self._depth = 1
        elif first == '"':
            self._in_string = True
        else:
            self._scalar = True
        self._parts = [text[pos : pos + 1]]
        rest = text[pos + 1 :]
        end = self._scan(rest, 0)
        if end >= 0:
            # The structure is complete yet raw_decode refused it: the document is malformed.
            doc = text[pos : pos + 1 + end]
            self._parts = []
            raise StreamError(f"invalid JSON document in stream: {doc[:200]!r}", detail=doc[:200])
        self._parts.append(rest)

    def _scan(self, text: str, i: int) -> int:
        """Continue the scan over `text`; return the end offset of the document or -1."""
        n = len(text)
        while True:
            if self._escape:
                if i >= n:
                    return -1
                i += 1
                self._escape = False
            if self._in_string:
                m = _IN_STRING.search(text, i)
                if m is None:
                    return -1
                i = m.end()
                if m.group() == "\\":
                    self._escape = True
                    continue
                self._in_string = False
                if self._depth == 0:
                    return i
            elif self._scalar:
                m = _SCALAR_END.search(text, i)
                if m is None:
                    return -1
                self._scalar = False
                return m.start()
            else:
                m = _STRUCTURAL.search(text, i)
                if m is None:
                    return -1
                i = m.end()
                c = m.group()
                if c == '"':
                    self._in_string = True
                elif c in "{[":
                    self._depth += 1
                else:
                    self._depth -= 1
                    if self._depth == 0:
                        return i


def _check_complete(doc: str) -> None:
    try:
        _, end = _decoder.raw_decode(doc)
    except json.JSONDecodeError as e:
        raise StreamError(f"invalid JSON document in stream: {doc[:200]!r}", detail=doc[:200]) from e
    if end != len(doc):
        raise StreamError(f"invalid JSON document in stream: {doc[:200]!r}", detail=doc[:200])


def _encode(doc: str) -> bytes:
    return doc.encode("utf-8", "surrogateescape")


_HEADER = struct.Struct(">B3xL")
_HEADER_SIZE = _HEADER.size
# the header as two big-endian words: stream id and three zero bytes, then the payload length
_WORDS = struct.Struct(">LL")
_MAX_HEAD = SYSTEMERR << 24


class FrameDecoder:
    """Decode Docker's multiplexed stream into `(stream_id, payload)` pairs.

    Headers are read in place with `struct.unpack_from`; bytes are only buffered when a frame is
    cut across `feed()` calls, so many small frames in one chunk cost linear time and one slice each.
    """

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        """Add `data`; return the frames completed by it. Empty payloads are dropped."""
        unpack = _WORDS.unpack_from
        buf = self._buf
        if buf:
            buf += data
            if len(buf) < _HEADER_SIZE:
                return []
            head, size = unpack(buf, 0)
            if len(buf) < _HEADER_SIZE + size and not (head & 0xFFFFFF or head > _MAX_HEAD):
                return []  # still inside a long frame: keep appending, no copy
            data = bytes(buf)
        elif type(data) is not bytes:
            data = bytes(data)  # payloads are bytes whatever the caller fed
        out: list[tuple[int, bytes]] = []
        append = out.append
        off = 0
        n = len(data)
        while n - off >= _HEADER_SIZE:
            head, size = unpack(data, off)
            if head & 0xFFFFFF or head > _MAX_HEAD:
                raise StreamError(
                    "not a multiplexed stream (bad frame header "
                    f"{bytes(data[off : off + _HEADER_SIZE]).hex()}); was the container started with a TTY?"
                )
            start = off + _HEADER_SIZE
            end = start + size
            if end > n:
                break
            if size:
                append((head >> 24, data[start:end]))
            off = end
        if off < n:
            self._buf = bytearray(data[off:])
        elif buf:
            self._buf = bytearray()
        return out

    def close(self) -> None:
        """End of stream; raise `StreamError` if a frame was cut short."""
        if self._buf:
            pending = len(self._buf)
            self._buf = bytearray()
            raise StreamError(f"stream ended inside a frame ({pending} bytes pending)")

    @property
    def pending(self) -> int:
        """Bytes buffered towards the next frame."""
        return len(self._buf)


def split_json(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Yield the JSON documents of a chunked byte stream."""
    splitter = JSONSplitter()
    for chunk in chunks:
        yield from splitter.feed(chunk)
    yield from splitter.close()


def split_frames(chunks: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """Yield the frames of a chunked multiplexed stream."""
    decoder = FrameDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)
    decoder.close()


def coalesce_frames(frames: Iterable[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
    """Merge consecutive frames of the same stream (the daemon often splits lines)."""
    out: list[tuple[int, bytes]] = []
    pending: list[bytes] = []
    current = -1
    for stream, payload in frames:
        if stream != current and pending:
            out.append((current, b"".join(pending)))
            pending = []
        current = stream
        pending.append(payload)
    if pending:
        out.append((current, b"".join(pending)))
    return out


def demux_collect(frames: Iterable[tuple[int, bytes]]) -> tuple[bytes | None, bytes | None]:
    """Gather frames into `(stdout, stderr)`; a side that never appeared is `None`.

    A frame on the system-error stream (3) is the daemon reporting a failure mid-stream
    and raises `StreamError` with its text. Stdin echoes (0) are ignored.
    """
    out: list[bytes] | None = None
    err: list[bytes] | None = None
    for stream, payload in frames:
        if stream == STDOUT:
            if out is None:
                out = []
            out.append(payload)
        elif stream == STDERR:
            if err is None:
                err = []
            err.append(payload)
        elif stream == SYSTEMERR:
            raise StreamError(
                "error from the daemon in stream: " + payload.decode("utf-8", "replace").strip()
            )
    return (
        None if out is None else b"".join(out),
        None if err is None else b"".join(err),
    )


def looks_multiplexed(head: bytes) -> bool:
    """Whether `head` (the first bytes of a body) starts with a plausible frame header.

    For callers that cannot know if a TTY was allocated: raw TTY output essentially never
    starts with a byte 0-3 followed by three zero bytes.
    """
    return len(head) >= 4 and head[0] <= SYSTEMERR and head[1:4] == b"\0\0\0"
