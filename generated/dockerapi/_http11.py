"""A lean HTTP/1.1 transport for unix sockets and plain TCP: the fast path, sync and async.

httpx transports (`handle_request` / `handle_async_request` take an `httpx.Request` and return an
`httpx.Response`) that speak HTTP/1.1 themselves over pooled connections instead of going through
httpcore and h11. The Docker daemon sends one HTTP chunk per log line; h11 spends about 7 us of CPU on
each, which caps log throughput near docker-py's. Here a chunked body is decoded in bulk: everything
already received is de-chunked in one pass and handed on as one piece, before the next read.

The parsing is sans-IO (`_Head`, `_BodyDecoder`); `SocketTransport` and `AsyncSocketTransport` only move
bytes. TLS and ssh keep using httpcore (see `_transports.py`).
"""

from __future__ import annotations

import re
import socket
import threading
import weakref
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from ._errors import DockerConnectionError, DockerException, DockerTimeoutError, ProtocolError

if TYPE_CHECKING:
    # Neither is imported at run time until needed: the sync fast path hands out its own lean `Response`
    # (httpx costs ~60 ms of a cold start, asyncio ~8 ms); the async half and the httpx-shaped
    # `handle_request` import them when used.
    import asyncio

    import httpx

__all__ = ["SocketTransport", "AsyncSocketTransport", "Response", "AsyncResponse", "Headers"]

# Under glibc's default mmap threshold (128 KiB): recv(n) allocates n bytes before it reads, and a larger
# buffer is a fresh mmap, page-faulted in and unmapped again on every read, unless something earlier in the
# process happened to raise the threshold. At 256 KiB that cost ~40 us of kernel time on each small answer.
_READ_SIZE = 64 * 1024
# asyncio's StreamReader copies only what it holds (no n-byte buffer first): its reads and its buffer limit
# stay larger, fewer wake-ups on a fast stream
_ASYNC_READ_SIZE = 256 * 1024
_NO_BODY_STATUS = (204, 304)
# the standard library's limits (http.client): a status or header line, and the number of header lines
MAX_LINE = 65536
MAX_HEADERS = 100
_HEX = frozenset(b"0123456789abcdefABCDEF")
# header lines as `name:value`, the name without blanks (RFC 9112 5.1), no bare CR or LF anywhere: one C-level
# match instead of a Python loop over the lines (linear: each part's alternatives cannot overlap)
_HEADER_BLOCK = re.compile(rb"[^\s:]+:[^\r\n]*(?:\r\n[^\s:]+:[^\r\n]*)*")


# --- sans-IO parsing --------------------------------------------------------------------------------


class _Head:
    """A response's status line and headers, and how its body is framed.

    Only the four fields that frame the body are looked up here, by searching the lowered header block
    (a loop over every header line cost more than the rest of a small call); `block` is split into
    pairs only when someone reads the headers (`Headers`)."""

    __slots__ = ("status", "reason", "block", "mode", "length", "keep_alive", "encoded")

    def __init__(self, head: bytes, method: str) -> None:
        if head.count(b"\r\n") > MAX_HEADERS:
            raise ProtocolError(f"more than {MAX_HEADERS} header lines in the answer")
        if len(head) > MAX_LINE and max(map(len, head.split(b"\r\n"))) > MAX_LINE:
            raise ProtocolError(f"a status or header line longer than {MAX_LINE} bytes in the answer")
        status_line, _, block = head.partition(b"\r\n")
        parts = status_line.split(b" ", 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or len(parts[1]) != 3 or not parts[1].isdigit():
            raise ProtocolError(f"not an HTTP/1.1 status line: {bytes(status_line[:80])!r}")
        if block and _HEADER_BLOCK.fullmatch(block) is None:
            raise ProtocolError(f"malformed header line in the answer: {_first_bad_line(block)!r}")
        self.status = int(parts[1])
        self.reason = parts[2] if len(parts) > 2 else b""
        self.block = block
        self.mode, self.length, self.keep_alive, self.encoded = "close", 0, True, False
        scan = b"\r\n" + block.lower()
        value = _field(scan, b"\r\ntransfer-encoding:")
        if value is not None and b"chunked" in value:
            self.mode = "chunked"
        else:
            value = _field(scan, b"\r\ncontent-length:")
            if value is not None:
                if not value.isdigit():
                    raise ProtocolError(f"malformed Content-Length in the answer: {bytes(value[:80])!r}")
                self.mode, self.length = "length", int(value)
        if b"\r\nconnection:" in scan and _field(scan, b"\r\nconnection:") == b"close":
            self.keep_alive = False
        if b"\r\ncontent-encoding:" in scan and _field(scan, b"\r\ncontent-encoding:") not in (b"", b"identity"):
            self.encoded = True  # httpx decodes such a body on read(): hand out an httpx.Response
        if method == "HEAD" or self.status in _NO_BODY_STATUS or (self.mode == "length" and self.length == 0):
            self.mode = "empty"
        if self.mode == "close":
            self.keep_alive = False


# The last head parsed, with its method: the daemon answers a repeated call with the same head (its Date
# changes once a second), and parsing one (the header-block check, the framing fields) is ~4 us of a ~45 us
# ping. A head's parse depends on nothing but its bytes and the method, and a `_Head` is never changed.
_last_head: tuple[bytes, str, _Head] | None = None


def _read_head(text: bytes, method: str) -> _Head:
    """`_Head(text, method)`, reused when the previous answer's head was the same."""
    global _last_head
    last = _last_head
    if last is not None and last[0] == text and last[1] == method:
        return last[2]
    head = _Head(text, method)
    _last_head = (text, method, head)
    return head


def _first_bad_line(block: bytes) -> bytes:
    for line in block.split(b"\r\n"):
        if _HEADER_BLOCK.fullmatch(line) is None:
            return bytes(line[:80])
    return b""


def _field(scan: bytes, name: bytes) -> bytes | None:
    """The value of the last header line starting with `name` (CRLF, lowered name, colon) in `scan`."""
    start = scan.rfind(name)
    if start < 0:
        return None
    start += len(name)
    end = scan.find(b"\r\n", start)
    return scan[start:end if end >= 0 else len(scan)].strip()


def _pairs(block: bytes) -> list[tuple[bytes, bytes]]:
    pairs = []
    for line in block.split(b"\r\n") if block else ():
        name, _, value = line.partition(b":")
        pairs.append((name.strip(), value.strip()))
    return pairs


def _split_head(buffer: bytes) -> tuple[bytes, bytes] | None:
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        # an incomplete head: refuse it as soon as it breaks a limit, not after reading it all
        if len(buffer) - buffer.rfind(b"\r\n") > MAX_LINE + 2:
            raise ProtocolError(f"a status or header line longer than {MAX_LINE} bytes in the answer")
        if buffer.count(b"\r\n") > MAX_HEADERS:
            raise ProtocolError(f"more than {MAX_HEADERS} header lines in the answer")
        return None
    return buffer[:end], buffer[end + 4:]


class _BodyDecoder:
    """Turns received bytes into body bytes; `done` once the body is complete, `rest` what followed it."""

    __slots__ = ("mode", "length_left", "data_left", "crlf_left", "pending", "in_trailers", "trailers", "done",
                 "rest")

    def __init__(self, mode: str, length: int) -> None:
        self.mode = mode
        self.length_left = length
        self.data_left = 0  # chunked: bytes of the current chunk's data still to come
        self.crlf_left = 0  # chunked: bytes of the CRLF ending the current chunk still to skip
        self.pending = b""  # chunked: an incomplete size or trailer line
        self.in_trailers = False
        self.trailers = 0
        self.done = mode == "empty"
        self.rest = b""

    def feed(self, data: bytes) -> bytes:
        if self.mode == "length":
            if len(data) < self.length_left:
                self.length_left -= len(data)
                return data
            body, self.rest = data[: self.length_left], data[self.length_left:]
            self.length_left = 0
            self.done = True
            return body
        if self.mode == "chunked":
            return self._chunked(data)
        return data  # until the connection closes

    def _chunked(self, data: bytes) -> bytes:
        if self.pending:
            data = self.pending + data
            self.pending = b""
        # large pieces are memoryview slices, copied once by the join (not once by slicing and again by it)
        pieces: list[bytes | memoryview] = []
        view = memoryview(data)
        pos, end = 0, len(data)
        if not self.data_left and not self.crlf_left and not self.in_trailers:
            # the common case, one pass over whole chunks (the daemon sends a chunk per log line); the
            # state machine below takes over at the first chunk that is cut short, or at the last chunk
            find, append = data.find, pieces.append
            while True:
                line_end = find(b"\r\n", pos)
                if line_end < 0:
                    break
                try:
                    size = int(data[pos:line_end], 16)
                except ValueError:
                    break  # a chunk extension (";name=value") or a bad line: the state machine parses it
                start = line_end + 2
                stop = start + size
                if size <= 0 or stop + 2 > end or data[stop:stop + 2] != b"\r\n" or data[pos] not in _HEX:
                    break
                append(data[start:stop] if size < 4096 else view[start:stop])
                pos = stop + 2
        while pos < end:
            if self.data_left:
                take = min(self.data_left, end - pos)
                pieces.append(data if take == end else view[pos:pos + take])
                pos += take
                self.data_left -= take
                if not self.data_left:
                    self.crlf_left = 2
                continue
            if self.crlf_left:
                skip = min(self.crlf_left, end - pos)
                if data[pos:pos + skip] != b"\r\n"[2 - self.crlf_left:2 - self.crlf_left + skip]:
                    raise ProtocolError("malformed chunked body: a chunk's data is not followed by CRLF")
                pos += skip
                self.crlf_left -= skip
                continue
            line_end = data.find(b"\r\n", pos)
            if line_end < 0:
                self.pending = data[pos:]
                if len(self.pending) > MAX_LINE:
                    raise ProtocolError(f"malformed chunked body: a chunk size line longer than {MAX_LINE} bytes")
                break
            line = data[pos:line_end]
            pos = line_end + 2
            if len(line) > MAX_LINE:
                raise ProtocolError(f"malformed chunked body: a chunk size line longer than {MAX_LINE} bytes")
            if self.in_trailers:
                if not line:
                    self.done = True
                    self.rest = data[pos:]
                    break
                self.trailers += 1
                if self.trailers > MAX_HEADERS:
                    raise ProtocolError(f"malformed chunked body: more than {MAX_HEADERS} trailer lines")
                continue
            digits = line.split(b";", 1)[0].strip(b" \t")
            if not digits or not _HEX.issuperset(digits):
                raise ProtocolError(f"malformed chunked body: bad chunk size line {bytes(line[:40])!r}")
            size = int(digits, 16)
            if size == 0:
                self.in_trailers = True
                continue
            self.data_left = size
        if not pieces:
            return b""
        if len(pieces) == 1:
            piece = pieces[0]
            return piece if type(piece) is bytes else bytes(piece)
        return b"".join(pieces)


def _text(value: bytes) -> str:
    try:
        return value.decode("ascii")
    except UnicodeDecodeError:
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value.decode("iso-8859-1")


class Headers(Mapping[str, str]):
    """A response's headers as httpx shows them: case-insensitive, lower-case keys, repeated names joined
    with ", ". `raw` holds the pairs as received; `to_httpx()` gives an `httpx.Headers`."""

    __slots__ = ("_raw", "_block", "_map", "_httpx")

    def __init__(self, raw: list[tuple[bytes, bytes]] | None = None, *, block: bytes = b"") -> None:
        self._raw = raw
        self._block = block  # the header lines as received, split on first use
        self._map: dict[str, str] | None = None
        self._httpx: Any = None

    @property
    def raw(self) -> list[tuple[bytes, bytes]]:
        raw = self._raw
        if raw is None:
            raw = self._raw = _pairs(self._block)
        return raw

    def _lookup(self) -> dict[str, str]:
        lookup = self._map
        if lookup is None:
            lookup = {}
            for name, value in self.raw:
                key, text = name.decode("latin-1").lower(), _text(value)
                lookup[key] = f"{lookup[key]}, {text}" if key in lookup else text
            self._map = lookup
        return lookup

    def __getitem__(self, key: str) -> str:
        return self._lookup()[key.lower()]

    def get(self, key: str, default: Any = None) -> Any:
        return self._lookup().get(key.lower(), default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._lookup()

    def __iter__(self) -> Iterator[str]:
        return iter(self._lookup())

    def __len__(self) -> int:
        return len(self._lookup())

    def get_list(self, key: str) -> list[str]:
        wanted = key.lower().encode("latin-1")
        return [_text(value) for name, value in self.raw if name.lower() == wanted]

    def multi_items(self) -> list[tuple[str, str]]:
        return [(name.decode("latin-1").lower(), _text(value)) for name, value in self.raw]

    def to_httpx(self) -> httpx.Headers:
        if self._httpx is None:
            import httpx

            self._httpx = httpx.Headers(self.raw)
        return self._httpx  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"Headers({self.multi_items()!r})"


class _WholeBody:
    """httpx.Response's `text` and `json()`, over a body already read (an error's `response`: docker-py code
    reads `err.response.status_code`, `.json()`, `.text`)."""

    __slots__ = ()

    @property
    def content(self) -> bytes:
        raise NotImplementedError

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        import json

        return json.loads(self.content)


class Response(_WholeBody):
    """What the sync fast path returns: the part of `httpx.Response` the client core reads, without httpx.

    `read()`, `iter_raw()`, `close()`, `content`, `is_stream_consumed` and `is_closed` behave as httpx's
    (same exceptions); `headers` is a `Headers`. `to_httpx()` gives the equivalent `httpx.Response`.
    """

    __slots__ = ("status_code", "reason_phrase", "headers", "extensions", "request", "is_stream_consumed",
                 "is_closed", "_body", "_content", "_whole")

    def __init__(self, status_code: int, reason: bytes, headers: Headers, body: _Body | None,
                 extensions: dict[str, Any], whole: bytes | None = None) -> None:
        self.status_code = status_code
        self.reason_phrase = reason.decode("ascii", errors="ignore")
        self.headers = headers
        self.extensions = extensions
        self.request: Any = None
        self.is_stream_consumed = False
        self.is_closed = False
        self._body = body
        self._content: bytes | None = None
        self._whole = whole  # the body, when it came whole with the head (the connection is back in the pool)

    @property
    def content(self) -> bytes:
        if self._content is None:
            import httpx

            raise httpx.ResponseNotRead()
        return self._content

    def read(self) -> bytes:
        if self._content is None:
            body = self._body
            if self._whole is not None and not (self.is_stream_consumed or self.is_closed):
                self.is_stream_consumed = self.is_closed = True
                self._content = self._whole
            elif body is None or self.is_stream_consumed or self.is_closed:
                self._content = b"".join(self.iter_raw())  # empty, or the error httpx raises
            else:
                self.is_stream_consumed = True
                self._content = body.read_all()
                self.close()
        return self._content

    def iter_raw(self, chunk_size: int | None = None) -> Iterator[bytes]:
        if self.is_stream_consumed:
            import httpx

            raise httpx.StreamConsumed()
        if self.is_closed:
            import httpx

            raise httpx.StreamClosed()
        self.is_stream_consumed = True
        body = self._body
        if body is not None:
            if chunk_size is None:
                yield from body
            else:
                yield from _rechunk(body, chunk_size)
        elif self._whole:
            yield from [self._whole] if chunk_size is None else _rechunk([self._whole], chunk_size)
        self.close()

    def close(self) -> None:
        if not self.is_closed:
            self.is_closed = True
            if self._body is not None:
                self._body.close()

    def to_httpx(self) -> httpx.Response:
        import httpx

        if self._whole is not None:
            response = httpx.Response(self.status_code, headers=self.headers.raw, content=self._whole,
                                      extensions=self.extensions)
        else:
            stream = _httpx_sync_stream(self._body) if self._body is not None else None
            response = httpx.Response(self.status_code, headers=self.headers.raw, stream=stream,
                                      extensions=self.extensions)
        if self.request is not None:
            response.request = self.request
        return response

    def __repr__(self) -> str:
        return f"<Response [{self.status_code} {self.reason_phrase}]>"


def _rechunk(pieces: Iterable[bytes], size: int) -> Iterator[bytes]:
    """Pieces of exactly `size` bytes (the last one shorter), as httpx's `iter_raw(chunk_size)` gives."""
    pending = b""
    for piece in pieces:
        if pending:
            piece = pending + piece
        if len(piece) < size:
            pending = piece
            continue
        whole = len(piece) - len(piece) % size
        for start in range(0, whole, size):
            yield piece[start:start + size]
        pending = piece[whole:]
    if pending:
        yield pending


_httpx_streams: dict[str, Any] = {}


def _httpx_sync_stream(body: _Body) -> httpx.SyncByteStream:
    cls = _httpx_streams.get("sync")
    if cls is None:
        import httpx

        class _SyncStream(httpx.SyncByteStream):
            def __init__(self, inner: _Body) -> None:
                self._inner = inner

            def __iter__(self) -> Iterator[bytes]:
                return iter(self._inner)

            def close(self) -> None:
                self._inner.close()

        cls = _httpx_streams["sync"] = _SyncStream
    return cls(body)


def _httpx_async_stream(body: _AsyncBody) -> httpx.AsyncByteStream:
    cls = _httpx_streams.get("async")
    if cls is None:
        import httpx

        class _AsyncStream(httpx.AsyncByteStream):
            def __init__(self, inner: _AsyncBody) -> None:
                self._inner = inner

            def __aiter__(self) -> AsyncIterator[bytes]:
                return self._inner.__aiter__()

            async def aclose(self) -> None:
                await self._inner.aclose()

        cls = _httpx_streams["async"] = _AsyncStream
    return cls(body)


def _read_failed(address: str, exc: BaseException) -> Exception:
    """The library's error for a failed wait for bytes (the caller raises it `from exc`)."""
    if isinstance(exc, TimeoutError) or type(exc).__name__ == "TimeoutError":  # asyncio's, before 3.11
        return DockerTimeoutError(f"timed out waiting for bytes from {address}", address=address, phase="read")
    if isinstance(exc, ProtocolError):
        return ProtocolError(f"{exc} (from {address})")
    return DockerConnectionError(f"connection to {address} failed: {exc}")


def _failed(address: str, exc: BaseException) -> BaseException:
    """What an exchange that raised `exc` raises: our own errors as they are (a protocol error says from
    where), a socket's error as ours, anything else (KeyboardInterrupt, a body iterator's error) unchanged."""
    if isinstance(exc, ProtocolError) or type(exc).__name__ == "TimeoutError" or (
            isinstance(exc, OSError) and not isinstance(exc, DockerException)):
        return _read_failed(address, exc)
    return exc


def _cut_short(address: str, decoder: _BodyDecoder, delivered: int) -> DockerConnectionError:
    expected = f" of {delivered + decoder.length_left}" if decoder.mode == "length" else ""
    return DockerConnectionError(
        f"{address} closed the connection in the middle of a body: cut at byte {delivered}{expected}")


def _request_head(request: httpx.Request) -> tuple[bytes, bool]:
    lines = [b"%b %b HTTP/1.1\r\n" % (request.method.encode(), request.url.raw_path)]
    chunked = False
    for name, value in request.headers.raw:
        if name.lower() == b"transfer-encoding":
            chunked = True
        lines.append(b"%b: %b\r\n" % (name, value))
    lines.append(b"\r\n")
    return b"".join(lines), chunked


def _chunked(stream: Iterable[bytes]) -> Iterator[bytes]:
    for chunk in stream:
        if chunk:
            yield b"%x\r\n%b\r\n" % (len(chunk), chunk)
    yield b"0\r\n\r\n"


def _pieces(content: Any) -> Iterator[bytes]:
    """A body given as a file object or an iterable, piece by piece."""
    read = getattr(content, "read", None)
    if read is not None:
        while True:
            piece = read(_READ_SIZE)
            if not piece:
                return
            yield piece.encode() if isinstance(piece, str) else piece
    for piece in content:
        yield piece.encode() if isinstance(piece, str) else bytes(piece)


def _whole_body(head: _Head, buffer: bytes) -> tuple[bytes, bytes] | None:
    """(body, what follows it) when `buffer`, received with the head, already holds the whole body: the
    answer is then handed out read and its connection goes back to the pool at once. None otherwise."""
    if head.encoded or head.status == 101:
        return None
    if head.mode == "length":
        if len(buffer) < head.length:
            return None
        return buffer[:head.length], buffer[head.length:]
    if head.mode == "chunked" and buffer.endswith(b"0\r\n\r\n"):
        # most JSON answers: one chunk then the last one ("<hex size>\r\n<data>\r\n0\r\n\r\n")
        line_end = buffer.find(b"\r\n", 0, 18)
        if line_end > 0 and _HEX.issuperset(buffer[:line_end]):
            start = line_end + 2
            stop = start + int(buffer[:line_end], 16)
            if stop > start and len(buffer) == stop + 7 and buffer[stop:stop + 2] == b"\r\n":
                return buffer[start:stop], b""
        decoder = _BodyDecoder("chunked", 0)
        body = decoder.feed(buffer)
        if decoder.done:
            return body, decoder.rest
    return None


def _timeouts(request: httpx.Request) -> tuple[float | None, float | None]:
    timeout = request.extensions.get("timeout") or {}
    return timeout.get("connect"), timeout.get("read")


class _StaleConnection(Exception):
    """A pooled connection the daemon had closed while idle: safe to retry on a new one."""


# --- blocking I/O ------------------------------------------------------------------------------------


class _Connection:
    __slots__ = ("sock", "rest", "reused", "timeout")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.rest = b""  # bytes received beyond the last response
        self.reused = False
        self.timeout: Any = sock.gettimeout()  # settimeout() is a system call: made only on a change

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


def _wake(sock: socket.socket) -> None:
    """Make a recv() blocked in another thread return at once (closing the fd alone does not)."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class _Reader:
    """A connection one thread reads while any thread may close it.

    `close()` from another thread shuts the socket down, which wakes a blocked `recv()`; the reading
    thread then closes the file descriptor itself, so that no other file can take its number while a
    `recv()` may still use it. (`_reading` and `_closing` are set before the other is checked: under the
    GIL one of the two sides always sees the other.)
    """

    _conn: _Connection | None
    _reading = False
    _closing = False

    def _recv(self, conn: _Connection, size: int) -> bytes | None:
        """Bytes from the daemon, b'' at its EOF, None once closed by `close()`."""
        self._reading = True
        try:
            if self._closing:
                return None
            data = conn.sock.recv(size)
            return None if self._closing else data
        except OSError:
            if self._closing:
                return None
            raise
        finally:
            self._reading = False
            if self._closing:
                conn.close()

    def _release(self) -> _Connection | None:
        """Mark closed; the connection if the caller may close it now, None if the reader will."""
        self._closing = True
        conn, self._conn = self._conn, None
        if conn is not None and self._reading:
            _wake(conn.sock)
            return None
        return conn


class _Body(_Reader):
    """The response body; hands the connection back to the pool once read to the end."""

    def __init__(self, transport: SocketTransport, conn: _Connection, head: _Head, first: bytes) -> None:
        self._transport = transport
        self._conn = conn
        self._decoder = _BodyDecoder(head.mode, head.length)
        self._keep_alive = head.keep_alive
        self._first = first
        self._delivered = 0

    def read_all(self) -> bytes:
        """What iterating gives, joined; no generator when the first buffer holds the whole body."""
        decoder = self._decoder
        if self._conn is None or decoder.done or not self._first:
            return b"".join(self)
        try:
            body = decoder.feed(self._first)
        except ProtocolError as exc:
            self.close()
            raise ProtocolError(f"{exc}, after 0 bytes of the body (from {self._transport.address})") from exc
        self._first = b""
        if decoder.done:
            return body
        self._delivered = len(body)
        return body + b"".join(self)

    def __iter__(self) -> Iterator[bytes]:
        conn, decoder = self._conn, self._decoder
        if conn is None or decoder.done:
            return
        data, self._first = self._first, b""
        delivered = self._delivered  # what read_all() took from the first buffer
        address = self._transport.address
        try:
            while True:
                if data:
                    body = decoder.feed(data)
                    if body:
                        delivered += len(body)
                        yield body
                    if decoder.done:
                        return
                received = self._recv(conn, _READ_SIZE)
                if received is None:
                    return  # closed by the caller, from this thread or another
                if not received:
                    if decoder.mode == "close":
                        decoder.done = True
                        return
                    raise _cut_short(address, decoder, delivered)
                data = received
        except ProtocolError as exc:
            self.close()
            raise ProtocolError(f"{exc}, after {delivered} bytes of the body (from {address})") from exc
        except DockerException:
            self.close()
            raise
        except OSError as exc:
            self.close()
            raise _read_failed(address, exc) from exc

    def close(self) -> None:
        done = self._decoder.done and self._keep_alive and not self._decoder.rest
        conn = self._release()
        if conn is None:
            return
        if done:
            self._transport._checkin(conn)
        else:
            conn.close()


_KEEP = object()  # read()/write() without a timeout argument: keep the socket's own (HijackedSocket.settimeout)


class _UpgradedStream(_Reader):
    """The connection after `101 Switching Protocols`, shaped like an httpcore network stream.

    Reads wait as long as the caller lets them (`settimeout` on the socket): the client's timeout ends
    with the upgrade.
    """

    def __init__(self, conn: _Connection, pending: bytes) -> None:
        self._conn = conn
        self._sock = conn.sock
        self._pending = pending
        self._sock.settimeout(None)

    def read(self, max_bytes: int, timeout: Any = _KEEP) -> bytes:
        if self._pending:
            data, self._pending = self._pending[:max_bytes], self._pending[max_bytes:]
            return data
        conn = self._conn
        if conn is None:
            return b""
        if timeout is not _KEEP:
            self._sock.settimeout(timeout)
        received = self._recv(conn, max_bytes)
        return b"" if received is None else received

    def write(self, buffer: bytes, timeout: Any = _KEEP) -> None:
        if timeout is not _KEEP:
            self._sock.settimeout(timeout)
        self._sock.sendall(buffer)

    def close(self) -> None:
        conn = self._release()
        if conn is not None:
            conn.close()

    def get_extra_info(self, info: str) -> Any:
        return self._sock if info == "socket" else None


class _DefaultHead:
    """The header lines sent with every request: Host, then the client's headers (`client.headers`), encoded
    again only when that mapping says it changed (its `version`), so a header a caller adds applies."""

    _default_headers: Mapping[str, str]
    _head_version: int
    _default_head: bytes
    _last_request: tuple[bytes, str, str, bytes] | None = None  # (default head, target, method, request)

    def _head(self) -> bytes:
        version = getattr(self._default_headers, "version", 0)
        if version != self._head_version:
            self._default_head = b"".join(
                b"%s: %s\r\n" % (name.encode(), value.encode())
                for name, value in {"Host": "docker", **self._default_headers}.items()
            )
            self._head_version = version
        return self._default_head

    def plain_request(self, method: str, target: str) -> bytes:
        """The request of a call with neither a body nor headers of its own; the previous one is reused when
        it is asked again (a client repeating a call), until the client's headers change."""
        default = self._head()
        last = self._last_request
        if last is not None and last[0] is default and last[1] == target and last[2] == method:
            return last[3]
        length = b"Content-Length: 0\r\n" if method in ("POST", "PUT") else b""
        request = b"%s %s HTTP/1.1\r\n%s%s\r\n" % (method.encode(), target.encode(), default, length)
        self._last_request = (default, target, method, request)
        return request

    def bodiless_head(self, method: str, target: str, headers: Mapping[str, str]) -> bytes:
        """The whole request of a call without a body (a GET): the request line and every header line."""
        lines = [b"%s %s HTTP/1.1\r\n" % (method.encode(), target.encode()), self._head()]
        for name, value in headers.items():
            lines.append(b"%s: %s\r\n" % (name.encode(), value.encode()))
        lines.append(b"\r\n")
        return b"".join(lines)


class SocketTransport(_DefaultHead):
    """HTTP/1.1 over a unix socket (`path`) or TCP (`host`, `port`), with a pool of idle connections.

    `send()` is the client's fast path and returns a lean `Response`; `handle_request()` is the httpx
    transport interface (an `httpx.Response`). `close()` closes the idle connections and every body and
    upgraded connection still open (they are tracked weakly).
    """

    def __init__(self, *, path: str | None = None, host: str | None = None, port: int | None = None,
                 address: str, max_idle: int = 10, default_headers: Mapping[str, str] | None = None) -> None:
        self._default_headers = default_headers or {}
        self._head_version = -1
        self._default_head = b""
        self._path = path
        self._host = host
        self._port = port
        self.address = address
        self._idle: list[_Connection] = []
        self._max_idle = max_idle
        self._lock = threading.Lock()
        self._closed = False
        self._open: weakref.WeakSet[_Reader] = weakref.WeakSet()

    def _connect(self, timeout: float | None) -> _Connection:
        if self._closed:
            raise DockerConnectionError(f"the client for {self.address} is closed")
        try:
            if self._path is not None:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                try:
                    sock.settimeout(timeout)
                    sock.connect(self._path)
                except BaseException:
                    sock.close()
                    raise
            else:
                sock = socket.create_connection((self._host or "localhost", self._port or 2375), timeout=timeout)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except TimeoutError as exc:
            raise DockerTimeoutError(f"timed out connecting to {self.address}", address=self.address,
                                     phase="connect") from exc
        except OSError as exc:
            raise DockerConnectionError(f"cannot connect to the Docker daemon at {self.address}: {exc}") from exc
        return _Connection(sock)

    def _checkout(self) -> _Connection | None:
        with self._lock:
            if self._idle:
                conn = self._idle.pop()
                conn.reused = True
                return conn
        return None

    def _checkin(self, conn: _Connection) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self._max_idle:
                self._idle.append(conn)
                return
        conn.close()

    def _track(self, reader: _Reader) -> None:
        with self._lock:
            self._open.add(reader)
        if self._closed:  # closed while this request was on its way: do not hand out a live connection
            reader.close()  # type: ignore[attr-defined]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            still_open = list(self._open)
            self._open = weakref.WeakSet()
        for conn in idle:
            conn.close()
        for reader in still_open:
            reader.close()  # type: ignore[attr-defined]

    def __del__(self) -> None:
        # a client dropped without close(): its idle keep-alive connections are closed quietly (no
        # ResourceWarning); streams and sockets it handed out stay open, they are their holder's
        try:
            idle, self._idle = self._idle, []
        except AttributeError:  # __init__ did not finish
            return
        for conn in idle:
            conn.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        import httpx

        connect_timeout, read_timeout = _timeouts(request)
        head, chunked = _request_head(request)
        stream = request.stream
        if isinstance(stream, httpx.ByteStream):
            response = self._request(request.method, head, b"".join(stream), connect_timeout, read_timeout)
        else:
            plain = cast(Iterable[bytes], stream)
            response = self._request(request.method, head, _chunked(plain) if chunked else plain, connect_timeout,
                                     read_timeout)
        return response if not isinstance(response, Response) else response.to_httpx()

    def send(self, method: str, target: str, headers: Mapping[str, str], content: Any,
             timeouts: Mapping[str, float | None]) -> Response | httpx.Response:
        """The same exchange without an `httpx.Request`: what the client's hot path calls."""
        if content is None and not headers:
            return self._request(method, self.plain_request(method, target), b"", timeouts.get("connect"),
                                 timeouts.get("read"))
        lines = [b"%s %s HTTP/1.1\r\n" % (method.encode(), target.encode()), self._head()]
        for name, value in headers.items():
            lines.append(b"%s: %s\r\n" % (name.encode(), value.encode()))
        body: bytes | Iterable[bytes]
        if content is None:
            body = b""
            if method in ("POST", "PUT"):
                lines.append(b"Content-Length: 0\r\n")
        elif isinstance(content, (bytes, bytearray, memoryview, str)):
            body = content.encode() if isinstance(content, str) else bytes(content)
            lines.append(b"Content-Length: %d\r\n" % len(body))
        else:
            lines.append(b"Transfer-Encoding: chunked\r\n")
            body = _chunked(_pieces(content))
        lines.append(b"\r\n")
        return self._request(method, b"".join(lines), body, timeouts.get("connect"), timeouts.get("read"))

    def _request(self, method: str, head: bytes, body: bytes | Iterable[bytes], connect_timeout: float | None,
                 read_timeout: float | None) -> Response | httpx.Response:
        replayable = isinstance(body, bytes)
        conn = self._checkout() if replayable else None
        if conn is not None:
            try:
                return self._exchange(conn, method, head, body, read_timeout)
            except (_StaleConnection, BrokenPipeError, ConnectionResetError):
                conn.close()  # closed by the daemon while idle: once more on a fresh connection
            except BaseException as exc:
                conn.close()
                mapped = _failed(self.address, exc)
                if mapped is exc:
                    raise
                raise mapped from exc
        conn = self._connect(connect_timeout)
        try:
            return self._exchange(conn, method, head, body, read_timeout)
        except _StaleConnection as exc:
            conn.close()
            raise DockerConnectionError(f"{self.address} closed the connection without answering") from exc
        except BaseException as exc:
            conn.close()
            mapped = _failed(self.address, exc)
            if mapped is exc:
                raise
            raise mapped from exc

    def _exchange(self, conn: _Connection, method: str, head_bytes: bytes, body: bytes | Iterable[bytes],
                  read_timeout: float | None) -> Response | httpx.Response:
        sock = conn.sock
        if conn.timeout != read_timeout:
            sock.settimeout(read_timeout)
            conn.timeout = read_timeout
        if isinstance(body, bytes):
            sock.sendall(head_bytes + body if body else head_bytes)
        else:
            sock.sendall(head_bytes)
            for piece in body:
                sock.sendall(piece)
        buffer = conn.rest
        while True:
            split = _split_head(buffer) if buffer else None  # usually nothing is left from the last answer
            if split is not None:
                head_text, buffer = split
                head = _read_head(head_text, method)
                if 100 <= head.status < 200 and head.status != 101:
                    continue  # an interim answer: the real one follows
                break
            data = sock.recv(_READ_SIZE)
            if not data:
                if conn.reused and not buffer:
                    raise _StaleConnection()
                raise DockerConnectionError(
                    f"{self.address} closed the connection before answering"
                    + (f" (after {len(buffer)} bytes of the head)" if buffer else ""))
            buffer += data
        conn.rest = b""
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1", "reason_phrase": head.reason}
        whole = _whole_body(head, buffer) if head.mode != "empty" else None
        if whole is not None:  # most answers to plain calls: no body reader, no tracking
            body, conn.rest = whole
            if head.keep_alive and not conn.rest:
                self._checkin(conn)
            else:
                conn.close()
            return Response(head.status, head.reason, Headers(block=head.block), None, extensions, body)
        if head.status == 101:
            upgraded = _UpgradedStream(conn, buffer)
            self._track(upgraded)
            extensions["network_stream"] = upgraded
            return Response(101, head.reason, Headers(block=head.block), None, extensions)
        body_reader = _Body(self, conn, head, buffer)
        response = Response(head.status, head.reason, Headers(block=head.block), body_reader, extensions)
        if head.mode == "empty":
            conn.rest = buffer
            body_reader.close()
        else:
            self._track(body_reader)
        return response.to_httpx() if head.encoded else response


# --- asyncio ---------------------------------------------------------------------------------------


class _AsyncConnection:
    __slots__ = ("reader", "writer", "rest", "reused")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.rest = b""
        self.reused = False

    def close(self) -> None:
        self.writer.close()


async def _receive(reader: asyncio.StreamReader, timeout: float | None) -> bytes:
    """`reader.read()` within `timeout`: `asyncio.timeout()` where it exists (3.11+), since `wait_for` makes a
    task per read (about a third of an inspect's client CPU with 50 at once); `wait_for` on 3.10."""
    import asyncio

    if timeout is None:
        return await reader.read(_ASYNC_READ_SIZE)
    within = getattr(asyncio, "timeout", None)
    if within is None:
        return await asyncio.wait_for(reader.read(_ASYNC_READ_SIZE), timeout)
    async with within(timeout):
        return await reader.read(_ASYNC_READ_SIZE)


class _AsyncBody:
    def __init__(self, transport: AsyncSocketTransport, conn: _AsyncConnection, head: _Head, first: bytes,
                 read_timeout: float | None) -> None:
        self._transport = transport
        self._conn: _AsyncConnection | None = conn
        self._decoder = _BodyDecoder(head.mode, head.length)
        self._keep_alive = head.keep_alive
        self._first = first
        self._timeout = read_timeout
        self._closed_by_caller = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import asyncio

        conn, decoder = self._conn, self._decoder
        if conn is None or decoder.done:
            return
        data, self._first = self._first, b""
        delivered = 0
        address = self._transport.address
        try:
            while True:
                if data:
                    body = decoder.feed(data)
                    if body:
                        delivered += len(body)
                        yield body
                    if decoder.done:
                        return
                if self._conn is None:
                    return  # closed by the caller or by the client's close()
                data = await _receive(conn.reader, self._timeout)
                if not data:
                    if self._conn is None:
                        return
                    if decoder.mode == "close":
                        decoder.done = True
                        return
                    raise _cut_short(address, decoder, delivered)
        except ProtocolError as exc:
            await self.aclose()
            raise ProtocolError(f"{exc}, after {delivered} bytes of the body (from {address})") from exc
        except DockerException:
            await self.aclose()
            raise
        except (asyncio.TimeoutError, OSError) as exc:
            if self._closed_by_caller:
                return  # the connection was closed under the read (the client's close())
            await self.aclose()
            raise _read_failed(address, exc) from exc

    async def aclose(self) -> None:
        self.close()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self._decoder.done and self._keep_alive and not self._decoder.rest:
            self._transport._checkin(conn)
        else:
            self._closed_by_caller = True
            conn.close()


class AsyncResponse(_WholeBody):
    """What the async fast path returns: `Response`'s async form (`aread()`, `aiter_raw()`, `aclose()`)."""

    __slots__ = ("status_code", "reason_phrase", "headers", "extensions", "request", "is_stream_consumed",
                 "is_closed", "_body", "_content", "_whole")

    def __init__(self, status_code: int, reason: bytes, headers: Headers, body: _AsyncBody | None,
                 extensions: dict[str, Any], whole: bytes | None = None) -> None:
        self.status_code = status_code
        self.reason_phrase = reason.decode("ascii", errors="ignore")
        self.headers = headers
        self.extensions = extensions
        self.request: Any = None
        self.is_stream_consumed = False
        self.is_closed = False
        self._body = body
        self._content: bytes | None = None
        self._whole = whole  # the body, when it came whole with the head (the connection is back in the pool)

    @property
    def content(self) -> bytes:
        if self._content is None:
            import httpx

            raise httpx.ResponseNotRead()
        return self._content

    async def aread(self) -> bytes:
        if self._content is None:
            if self._whole is not None and not (self.is_stream_consumed or self.is_closed):
                self.is_stream_consumed = self.is_closed = True
                self._content = self._whole
            else:
                self._content = b"".join([piece async for piece in self.aiter_raw()])
        return self._content

    async def aiter_raw(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        if self.is_stream_consumed:
            import httpx

            raise httpx.StreamConsumed()
        if self.is_closed:
            import httpx

            raise httpx.StreamClosed()
        self.is_stream_consumed = True
        body = self._body
        if body is not None:
            if chunk_size is None:
                async for piece in body:
                    yield piece
            else:
                pending = b""
                async for piece in body:
                    pending += piece
                    while len(pending) >= chunk_size:
                        yield pending[:chunk_size]
                        pending = pending[chunk_size:]
                if pending:
                    yield pending
        elif self._whole:
            for piece in [self._whole] if chunk_size is None else _rechunk([self._whole], chunk_size):
                yield piece
        await self.aclose()

    async def aclose(self) -> None:
        if not self.is_closed:
            self.is_closed = True
            if self._body is not None:
                await self._body.aclose()

    def to_httpx(self) -> httpx.Response:
        import httpx

        if self._whole is not None:
            response = httpx.Response(self.status_code, headers=self.headers.raw, content=self._whole,
                                      extensions=self.extensions)
        else:
            stream = _httpx_async_stream(self._body) if self._body is not None else None
            response = httpx.Response(self.status_code, headers=self.headers.raw, stream=stream,
                                      extensions=self.extensions)
        if self.request is not None:
            response.request = self.request
        return response

    def __repr__(self) -> str:
        return f"<AsyncResponse [{self.status_code} {self.reason_phrase}]>"


class _AsyncUpgradedStream:
    """The connection after `101 Switching Protocols`, shaped like an httpcore async network stream."""

    def __init__(self, conn: _AsyncConnection, pending: bytes) -> None:
        self._conn = conn
        self._pending = pending

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        import asyncio

        if self._pending:
            data, self._pending = self._pending[:max_bytes], self._pending[max_bytes:]
            return data
        return await asyncio.wait_for(self._conn.reader.read(max_bytes), timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        import asyncio

        self._conn.writer.write(buffer)
        await asyncio.wait_for(self._conn.writer.drain(), timeout)

    async def aclose(self) -> None:
        self._conn.close()

    def close(self) -> None:
        self._conn.close()

    def get_extra_info(self, info: str) -> Any:
        return self._conn.writer.get_extra_info("socket") if info == "socket" else None


class AsyncSocketTransport(_DefaultHead):
    """The asyncio form of `SocketTransport`: many concurrent requests, one connection each.

    `send()` is the client's fast path and returns a lean `AsyncResponse`; `handle_async_request()` is the
    httpx transport interface (an `httpx.Response`)."""

    def __init__(self, *, path: str | None = None, host: str | None = None, port: int | None = None,
                 address: str, max_idle: int = 100, default_headers: Mapping[str, str] | None = None) -> None:
        self._default_headers = default_headers or {}
        self._head_version = -1
        self._default_head = b""
        self._path = path
        self._host = host
        self._port = port
        self.address = address
        self._idle: list[_AsyncConnection] = []
        self._max_idle = max_idle
        self._closed = False
        self._open: weakref.WeakSet[_AsyncBody | _AsyncUpgradedStream] = weakref.WeakSet()

    async def _connect(self, timeout: float | None) -> _AsyncConnection:
        import asyncio

        if self._closed:
            raise DockerConnectionError(f"the client for {self.address} is closed")
        try:
            if self._path is not None:
                opening = asyncio.open_unix_connection(self._path, limit=_ASYNC_READ_SIZE)
            else:
                opening = asyncio.open_connection(self._host or "localhost", self._port or 2375, limit=_ASYNC_READ_SIZE)
            reader, writer = await asyncio.wait_for(opening, timeout)
        except asyncio.TimeoutError as exc:
            raise DockerTimeoutError(f"timed out connecting to {self.address}", address=self.address,
                                     phase="connect") from exc
        except OSError as exc:
            raise DockerConnectionError(f"cannot connect to the Docker daemon at {self.address}: {exc}") from exc
        return _AsyncConnection(reader, writer)

    def _checkin(self, conn: _AsyncConnection) -> None:
        if not self._closed and len(self._idle) < self._max_idle:
            self._idle.append(conn)
        else:
            conn.close()

    async def aclose(self) -> None:
        """Close the idle connections and every body and upgraded connection still open."""
        self._closed = True
        idle, self._idle = self._idle, []
        still_open, self._open = list(self._open), weakref.WeakSet()
        for conn in idle:
            conn.close()
        for stream in still_open:
            stream.close()

    def __del__(self) -> None:
        # a client dropped without aclose(): its idle connections are closed quietly while their event loop
        # is still open (closing one schedules its end on that loop); after the loop is closed, asyncio's own
        # transports say they were left open. Streams handed out stay their holder's.
        try:
            idle, self._idle = self._idle, []
        except AttributeError:
            return
        for conn in idle:
            loop = getattr(conn.writer.transport, "_loop", None)
            if loop is None or loop.is_closed():
                continue
            try:
                conn.close()
            except RuntimeError:  # the loop closed in between
                pass

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import httpx

        connect_timeout, read_timeout = _timeouts(request)
        head, chunked = _request_head(request)
        stream = request.stream
        body: bytes | AsyncIterator[bytes] | Iterable[bytes]
        if isinstance(stream, httpx.ByteStream):
            body = b"".join(stream)
        elif isinstance(stream, httpx.AsyncByteStream):
            body = _achunked(stream) if chunked else stream.__aiter__()
        else:
            plain = cast(Iterable[bytes], stream)
            body = _chunked(plain) if chunked else plain
        response = await self._request(request.method, head, body, connect_timeout, read_timeout)
        return response if not isinstance(response, AsyncResponse) else response.to_httpx()

    async def send(self, method: str, target: str, headers: Mapping[str, str], content: Any,
                   timeouts: Mapping[str, float | None]) -> AsyncResponse | httpx.Response:
        """The same exchange without an `httpx.Request`: what the async client's hot path calls."""
        if content is None and not headers:
            return await self._request(method, self.plain_request(method, target), b"", timeouts.get("connect"),
                                       timeouts.get("read"))
        lines = [b"%s %s HTTP/1.1\r\n" % (method.encode(), target.encode()), self._head()]
        for name, value in headers.items():
            lines.append(b"%s: %s\r\n" % (name.encode(), value.encode()))
        body: bytes | AsyncIterator[bytes] | Iterable[bytes]
        if content is None:
            body = b""
            if method in ("POST", "PUT"):
                lines.append(b"Content-Length: 0\r\n")
        elif isinstance(content, (bytes, bytearray, memoryview, str)):
            body = content.encode() if isinstance(content, str) else bytes(content)
            lines.append(b"Content-Length: %d\r\n" % len(body))
        else:
            lines.append(b"Transfer-Encoding: chunked\r\n")
            body = _achunked(content) if hasattr(content, "__aiter__") else _chunked(_pieces(content))
        lines.append(b"\r\n")
        return await self._request(method, b"".join(lines), body, timeouts.get("connect"), timeouts.get("read"))

    async def _request(self, method: str, head: bytes, body: bytes | AsyncIterator[bytes] | Iterable[bytes],
                       connect_timeout: float | None, read_timeout: float | None) -> AsyncResponse | httpx.Response:

        if isinstance(body, bytes) and self._idle:
            conn = self._idle.pop()
            conn.reused = True
            try:
                return await self._exchange(conn, method, head, body, read_timeout)
            except (_StaleConnection, BrokenPipeError, ConnectionResetError):
                conn.close()  # closed by the daemon while idle: once more on a fresh connection
            except BaseException as exc:
                conn.close()
                mapped = _failed(self.address, exc)
                if mapped is exc:
                    raise
                raise mapped from exc
        conn = await self._connect(connect_timeout)
        try:
            return await self._exchange(conn, method, head, body, read_timeout)
        except _StaleConnection as exc:
            conn.close()
            raise DockerConnectionError(f"{self.address} closed the connection without answering") from exc
        except BaseException as exc:
            conn.close()
            mapped = _failed(self.address, exc)  # asyncio.TimeoutError is TimeoutError (3.11)
            if mapped is exc:
                raise
            raise mapped from exc

    async def _exchange(self, conn: _AsyncConnection, method: str, head_bytes: bytes,
                        body: bytes | AsyncIterator[bytes] | Iterable[bytes],
                        read_timeout: float | None) -> AsyncResponse | httpx.Response:
        writer = conn.writer
        if isinstance(body, bytes):
            writer.write(head_bytes + body)
        else:
            writer.write(head_bytes)
            if hasattr(body, "__anext__"):
                async for piece in cast(AsyncIterator[bytes], body):
                    writer.write(piece)
                    await writer.drain()
            else:
                for piece in body:
                    writer.write(piece)
                    await writer.drain()
        await writer.drain()
        buffer = conn.rest
        while True:
            split = _split_head(buffer)
            if split is not None:
                head_text, buffer = split
                head = _read_head(head_text, method)
                if 100 <= head.status < 200 and head.status != 101:
                    continue
                break
            data = await _receive(conn.reader, read_timeout)
            if not data:
                if conn.reused and not buffer:
                    raise _StaleConnection()
                raise DockerConnectionError(
                    f"{self.address} closed the connection before answering"
                    + (f" (after {len(buffer)} bytes of the head)" if buffer else ""))
            buffer += data
        conn.rest = b""
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1", "reason_phrase": head.reason}
        whole = _whole_body(head, buffer) if head.mode != "empty" else None
        if whole is not None:
            body, conn.rest = whole
            if head.keep_alive and not conn.rest:
                self._checkin(conn)
            else:
                conn.close()
            return AsyncResponse(head.status, head.reason, Headers(block=head.block), None, extensions, body)
        if head.status == 101:
            upgraded = _AsyncUpgradedStream(conn, buffer)
            self._track(upgraded)
            extensions["network_stream"] = upgraded
            return AsyncResponse(101, head.reason, Headers(block=head.block), None, extensions)
        body_reader = _AsyncBody(self, conn, head, buffer, read_timeout)
        response = AsyncResponse(head.status, head.reason, Headers(block=head.block), body_reader, extensions)
        if head.mode == "empty":
            conn.rest = buffer
            await body_reader.aclose()
        else:
            self._track(body_reader)
        return response.to_httpx() if head.encoded else response

    def _track(self, stream: _AsyncBody | _AsyncUpgradedStream) -> None:
        self._open.add(stream)
        if self._closed:
            stream.close()


async def _achunked(stream: AsyncIterable[bytes]) -> AsyncIterator[bytes]:
    async for chunk in stream:
        if chunk:
            yield b"%x\r\n%b\r\n" % (len(chunk), chunk)
    yield b"0\r\n\r\n"
