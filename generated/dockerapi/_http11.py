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

import asyncio
import socket
import threading
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any, cast

import httpx

from ._errors import DockerConnectionError, DockerTimeoutError

__all__ = ["SocketTransport", "AsyncSocketTransport"]

_READ_SIZE = 256 * 1024
_NO_BODY_STATUS = (204, 304)


# --- sans-IO parsing --------------------------------------------------------------------------------


class _Head:
    """A response's status line and headers, and how its body is framed."""

    __slots__ = ("status", "reason", "headers", "mode", "length", "keep_alive")

    def __init__(self, head: bytes, method: str) -> None:
        lines = head.split(b"\r\n")
        parts = lines[0].split(b" ", 2)
        self.status = int(parts[1])
        self.reason = parts[2] if len(parts) > 2 else b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.mode, self.length, self.keep_alive = "close", 0, True
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name, value = name.strip(), value.strip()
            self.headers.append((name, value))
            lowered = name.lower()
            if lowered == b"content-length":
                self.mode, self.length = "length", int(value)
            elif lowered == b"transfer-encoding" and b"chunked" in value.lower():
                self.mode = "chunked"
            elif lowered == b"connection" and value.lower() == b"close":
                self.keep_alive = False
        if method == "HEAD" or self.status in _NO_BODY_STATUS or (self.mode == "length" and self.length == 0):
            self.mode = "empty"
        if self.mode == "close":
            self.keep_alive = False


def _split_head(buffer: bytes) -> tuple[bytes, bytes] | None:
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return None
    return buffer[:end], buffer[end + 4:]


class _BodyDecoder:
    """Turns received bytes into body bytes; `done` once the body is complete, `rest` what followed it."""

    __slots__ = ("mode", "length_left", "data_left", "crlf_left", "pending", "in_trailers", "done", "rest")

    def __init__(self, mode: str, length: int) -> None:
        self.mode = mode
        self.length_left = length
        self.data_left = 0  # chunked: bytes of the current chunk's data still to come
        self.crlf_left = 0  # chunked: bytes of the CRLF ending the current chunk still to skip
        self.pending = b""  # chunked: an incomplete size or trailer line
        self.in_trailers = False
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
        pieces: list[bytes] = []
        pos, end = 0, len(data)
        while pos < end:
            if self.data_left:
                take = min(self.data_left, end - pos)
                pieces.append(data[pos:pos + take])
                pos += take
                self.data_left -= take
                if not self.data_left:
                    self.crlf_left = 2
                continue
            if self.crlf_left:
                skip = min(self.crlf_left, end - pos)
                pos += skip
                self.crlf_left -= skip
                continue
            line_end = data.find(b"\r\n", pos)
            if line_end < 0:
                self.pending = data[pos:]
                break
            line = data[pos:line_end]
            pos = line_end + 2
            if self.in_trailers:
                if not line:
                    self.done = True
                    self.rest = data[pos:]
                    break
                continue
            size = int(line.split(b";", 1)[0], 16)
            if size == 0:
                self.in_trailers = True
                continue
            self.data_left = size
        if not pieces:
            return b""
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)


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


def _timeouts(request: httpx.Request) -> tuple[float | None, float | None]:
    timeout = request.extensions.get("timeout") or {}
    return timeout.get("connect"), timeout.get("read")


class _StaleConnection(Exception):
    """A pooled connection the daemon had closed while idle: safe to retry on a new one."""


# --- blocking I/O ------------------------------------------------------------------------------------


class _Connection:
    __slots__ = ("sock", "rest", "reused")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.rest = b""  # bytes received beyond the last response
        self.reused = False

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


class _Body(httpx.SyncByteStream):
    """The response body; hands the connection back to the pool once read to the end."""

    def __init__(self, transport: SocketTransport, conn: _Connection, head: _Head, first: bytes) -> None:
        self._transport = transport
        self._conn: _Connection | None = conn
        self._decoder = _BodyDecoder(head.mode, head.length)
        self._keep_alive = head.keep_alive
        self._first = first

    def __iter__(self) -> Iterator[bytes]:
        conn, decoder = self._conn, self._decoder
        if conn is None or decoder.done:
            return
        data, self._first = self._first, b""
        try:
            while True:
                if data:
                    body = decoder.feed(data)
                    if body:
                        yield body
                    if decoder.done:
                        return
                data = conn.sock.recv(_READ_SIZE)
                if not data:
                    if decoder.mode == "close":
                        decoder.done = True
                        return
                    raise httpx.RemoteProtocolError("the daemon closed the connection in the middle of a body")
        except TimeoutError as exc:
            raise DockerTimeoutError(f"timed out reading from {self._transport.address}") from exc
        except OSError as exc:
            raise DockerConnectionError(f"connection to {self._transport.address} failed: {exc}") from exc

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self._decoder.done and self._keep_alive and not self._decoder.rest:
            self._transport._checkin(conn)
        else:
            conn.close()


class _UpgradedStream:
    """The connection after `101 Switching Protocols`, shaped like an httpcore network stream."""

    def __init__(self, sock: socket.socket, pending: bytes) -> None:
        self._sock = sock
        self._pending = pending

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._pending:
            data, self._pending = self._pending[:max_bytes], self._pending[max_bytes:]
            return data
        self._sock.settimeout(timeout)
        return self._sock.recv(max_bytes)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._sock.settimeout(timeout)
        self._sock.sendall(buffer)

    def close(self) -> None:
        try:
            self._sock.close()
        except OSError:
            pass

    def get_extra_info(self, info: str) -> Any:
        return self._sock if info == "socket" else None


class SocketTransport(httpx.BaseTransport):
    """HTTP/1.1 over a unix socket (`path`) or TCP (`host`, `port`), with a pool of idle connections."""

    def __init__(self, *, path: str | None = None, host: str | None = None, port: int | None = None,
                 address: str, max_idle: int = 10, default_headers: Mapping[str, str] | None = None) -> None:
        self._default_head = b"".join(
            b"%s: %s\r\n" % (name.encode(), value.encode())
            for name, value in {"Host": "docker", **(default_headers or {})}.items()
        )
        self._path = path
        self._host = host
        self._port = port
        self.address = address
        self._idle: list[_Connection] = []
        self._max_idle = max_idle
        self._lock = threading.Lock()
        self._closed = False

    def _connect(self, timeout: float | None) -> _Connection:
        try:
            if self._path is not None:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(timeout)
                sock.connect(self._path)
            else:
                sock = socket.create_connection((self._host or "localhost", self._port or 2375), timeout=timeout)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except TimeoutError as exc:
            raise DockerTimeoutError(f"timed out connecting to {self.address}") from exc
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

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        connect_timeout, read_timeout = _timeouts(request)
        head, chunked = _request_head(request)
        stream = request.stream
        if isinstance(stream, httpx.ByteStream):
            return self._request(request.method, head, b"".join(stream), connect_timeout, read_timeout)
        plain = cast(Iterable[bytes], stream)
        return self._request(request.method, head, _chunked(plain) if chunked else plain, connect_timeout,
                             read_timeout)

    def send(self, method: str, target: str, headers: Mapping[str, str], content: Any,
             timeouts: Mapping[str, float | None]) -> httpx.Response:
        """The same exchange without an `httpx.Request`: what the client's hot path calls."""
        lines = [b"%s %s HTTP/1.1\r\n" % (method.encode(), target.encode()), self._default_head]
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
                 read_timeout: float | None) -> httpx.Response:
        replayable = isinstance(body, bytes)
        conn = self._checkout() if replayable else None
        if conn is not None:
            try:
                return self._exchange(conn, method, head, body, read_timeout)
            except (_StaleConnection, BrokenPipeError, ConnectionResetError):
                conn.close()  # closed by the daemon while idle: once more on a fresh connection
        conn = self._connect(connect_timeout)
        try:
            return self._exchange(conn, method, head, body, read_timeout)
        except _StaleConnection as exc:
            conn.close()
            raise DockerConnectionError(f"{self.address} closed the connection without answering") from exc
        except TimeoutError as exc:
            conn.close()
            raise DockerTimeoutError(f"timed out waiting for {self.address}") from exc
        except OSError as exc:
            conn.close()
            raise DockerConnectionError(f"connection to {self.address} failed: {exc}") from exc

    def _exchange(self, conn: _Connection, method: str, head_bytes: bytes, body: bytes | Iterable[bytes],
                  read_timeout: float | None) -> httpx.Response:
        sock = conn.sock
        sock.settimeout(read_timeout)
        if isinstance(body, bytes):
            sock.sendall(head_bytes + body)
        else:
            sock.sendall(head_bytes)
            for piece in body:
                sock.sendall(piece)
        buffer = conn.rest
        while True:
            split = _split_head(buffer)
            if split is not None:
                head_text, buffer = split
                head = _Head(head_text, method)
                if 100 <= head.status < 200 and head.status != 101:
                    continue  # an interim answer: the real one follows
                break
            data = sock.recv(_READ_SIZE)
            if not data:
                if conn.reused and not buffer:
                    raise _StaleConnection()
                raise httpx.RemoteProtocolError("the daemon closed the connection before answering")
            buffer += data
        conn.rest = b""
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1", "reason_phrase": head.reason}
        if head.status == 101:
            extensions["network_stream"] = _UpgradedStream(sock, buffer)
            return httpx.Response(101, headers=head.headers, extensions=extensions)
        body = _Body(self, conn, head, buffer)
        response = httpx.Response(head.status, headers=head.headers, stream=body, extensions=extensions)
        if head.mode == "empty":
            conn.rest = buffer
            body.close()
        return response


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


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, transport: AsyncSocketTransport, conn: _AsyncConnection, head: _Head, first: bytes,
                 read_timeout: float | None) -> None:
        self._transport = transport
        self._conn: _AsyncConnection | None = conn
        self._decoder = _BodyDecoder(head.mode, head.length)
        self._keep_alive = head.keep_alive
        self._first = first
        self._timeout = read_timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        conn, decoder = self._conn, self._decoder
        if conn is None or decoder.done:
            return
        data, self._first = self._first, b""
        try:
            while True:
                if data:
                    body = decoder.feed(data)
                    if body:
                        yield body
                    if decoder.done:
                        return
                data = await asyncio.wait_for(conn.reader.read(_READ_SIZE), self._timeout)
                if not data:
                    if decoder.mode == "close":
                        decoder.done = True
                        return
                    raise httpx.RemoteProtocolError("the daemon closed the connection in the middle of a body")
        except asyncio.TimeoutError as exc:
            raise DockerTimeoutError(f"timed out reading from {self._transport.address}") from exc
        except OSError as exc:
            raise DockerConnectionError(f"connection to {self._transport.address} failed: {exc}") from exc

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self._decoder.done and self._keep_alive and not self._decoder.rest:
            self._transport._checkin(conn)
        else:
            conn.close()


class _AsyncUpgradedStream:
    """The connection after `101 Switching Protocols`, shaped like an httpcore async network stream."""

    def __init__(self, conn: _AsyncConnection, pending: bytes) -> None:
        self._conn = conn
        self._pending = pending

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._pending:
            data, self._pending = self._pending[:max_bytes], self._pending[max_bytes:]
            return data
        return await asyncio.wait_for(self._conn.reader.read(max_bytes), timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._conn.writer.write(buffer)
        await asyncio.wait_for(self._conn.writer.drain(), timeout)

    async def aclose(self) -> None:
        self._conn.close()

    def get_extra_info(self, info: str) -> Any:
        return self._conn.writer.get_extra_info("socket") if info == "socket" else None


class AsyncSocketTransport(httpx.AsyncBaseTransport):
    """The asyncio form of `SocketTransport`: many concurrent requests, one connection each."""

    def __init__(self, *, path: str | None = None, host: str | None = None, port: int | None = None,
                 address: str, max_idle: int = 100) -> None:
        self._path = path
        self._host = host
        self._port = port
        self.address = address
        self._idle: list[_AsyncConnection] = []
        self._max_idle = max_idle
        self._closed = False

    async def _connect(self, timeout: float | None) -> _AsyncConnection:
        try:
            if self._path is not None:
                opening = asyncio.open_unix_connection(self._path, limit=_READ_SIZE)
            else:
                opening = asyncio.open_connection(self._host or "localhost", self._port or 2375, limit=_READ_SIZE)
            reader, writer = await asyncio.wait_for(opening, timeout)
        except asyncio.TimeoutError as exc:
            raise DockerTimeoutError(f"timed out connecting to {self.address}") from exc
        except OSError as exc:
            raise DockerConnectionError(f"cannot connect to the Docker daemon at {self.address}: {exc}") from exc
        return _AsyncConnection(reader, writer)

    def _checkin(self, conn: _AsyncConnection) -> None:
        if not self._closed and len(self._idle) < self._max_idle:
            self._idle.append(conn)
        else:
            conn.close()

    async def aclose(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        connect_timeout, read_timeout = _timeouts(request)
        replayable = isinstance(request.stream, httpx.ByteStream)
        if replayable and self._idle:
            conn = self._idle.pop()
            conn.reused = True
            try:
                return await self._exchange(conn, request, read_timeout)
            except (_StaleConnection, BrokenPipeError, ConnectionResetError):
                conn.close()
        conn = await self._connect(connect_timeout)
        try:
            return await self._exchange(conn, request, read_timeout)
        except _StaleConnection as exc:
            conn.close()
            raise DockerConnectionError(f"{self.address} closed the connection without answering") from exc
        except asyncio.TimeoutError as exc:
            conn.close()
            raise DockerTimeoutError(f"timed out waiting for {self.address}") from exc
        except OSError as exc:
            conn.close()
            raise DockerConnectionError(f"connection to {self.address} failed: {exc}") from exc

    async def _exchange(self, conn: _AsyncConnection, request: httpx.Request,
                        read_timeout: float | None) -> httpx.Response:
        head_bytes, chunked = _request_head(request)
        writer = conn.writer
        stream = request.stream
        if isinstance(stream, httpx.ByteStream):
            writer.write(head_bytes + b"".join(stream))
        else:
            writer.write(head_bytes)
            if isinstance(stream, httpx.AsyncByteStream):
                async for piece in stream:
                    writer.write(b"%x\r\n%b\r\n" % (len(piece), piece) if chunked and piece else piece)
                    await writer.drain()
                if chunked:
                    writer.write(b"0\r\n\r\n")
            else:
                for piece in _chunked(cast(Iterable[bytes], stream)) if chunked else cast(Iterable[bytes], stream):
                    writer.write(piece)
                    await writer.drain()
        await writer.drain()
        buffer = conn.rest
        while True:
            split = _split_head(buffer)
            if split is not None:
                head_text, buffer = split
                head = _Head(head_text, request.method)
                if 100 <= head.status < 200 and head.status != 101:
                    continue
                break
            data = await asyncio.wait_for(conn.reader.read(_READ_SIZE), read_timeout)
            if not data:
                if conn.reused and not buffer:
                    raise _StaleConnection()
                raise httpx.RemoteProtocolError("the daemon closed the connection before answering")
            buffer += data
        conn.rest = b""
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1", "reason_phrase": head.reason}
        if head.status == 101:
            extensions["network_stream"] = _AsyncUpgradedStream(conn, buffer)
            return httpx.Response(101, headers=head.headers, extensions=extensions)
        body = _AsyncBody(self, conn, head, buffer, read_timeout)
        response = httpx.Response(head.status, headers=head.headers, stream=body, extensions=extensions)
        if head.mode == "empty":
            conn.rest = buffer
            await body.aclose()
        return response
