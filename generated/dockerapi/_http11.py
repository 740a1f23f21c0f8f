"""A lean HTTP/1.1 transport for unix sockets and plain TCP: the fast path.

An httpx transport (`handle_request` takes an `httpx.Request`, returns an `httpx.Response`) that speaks
HTTP/1.1 itself over a pooled socket instead of going through httpcore and h11. The Docker daemon sends
one HTTP chunk per log line; h11 spends about 7 us of CPU on each, which caps log throughput near
docker-py's. Here a chunked body is decoded in bulk: everything already received is de-chunked in one
pass and handed on as one piece, before the next blocking read.

TLS and ssh keep using httpcore (see `_transports.py`).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterable, Iterator
from typing import Any, cast

import httpx

from ._errors import DockerConnectionError, DockerTimeoutError

__all__ = ["SocketTransport"]

_READ_SIZE = 256 * 1024
_NO_BODY_STATUS = (204, 304)


class _Connection:
    """One socket and the bytes read from it but not consumed yet."""

    __slots__ = ("sock", "buffer", "pos", "reused")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""
        self.pos = 0
        self.reused = False

    def fill(self) -> bool:
        """Read more bytes; False at end of stream."""
        data = self.sock.recv(_READ_SIZE)
        if not data:
            return False
        if self.pos >= len(self.buffer):
            self.buffer = data
        else:
            self.buffer = self.buffer[self.pos:] + data
        self.pos = 0
        return True

    def take_available(self) -> bytes:
        data = self.buffer[self.pos:]
        self.buffer = b""
        self.pos = 0
        return data

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


class _StaleConnection(Exception):
    """A pooled connection the daemon had closed: safe to retry on a new one."""


def _read_head(conn: _Connection) -> tuple[int, bytes, list[tuple[bytes, bytes]]]:
    while True:
        end = conn.buffer.find(b"\r\n\r\n", conn.pos)
        if end >= 0:
            break
        if not conn.fill():
            if conn.reused and not conn.buffer:
                raise _StaleConnection()
            raise httpx.RemoteProtocolError("the daemon closed the connection before answering")
    head = conn.buffer[conn.pos:end]
    conn.pos = end + 4
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ", 2)
    status = int(parts[1])
    reason = parts[2] if len(parts) > 2 else b""
    headers = []
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers.append((name.strip(), value.strip()))
    return status, reason, headers


class _Body(httpx.SyncByteStream):
    """The response body; returns the connection to the pool once read to the end."""

    def __init__(self, transport: SocketTransport, conn: _Connection, mode: str, length: int,
                 keep_alive: bool) -> None:
        self._transport = transport
        self._conn: _Connection | None = conn
        self._mode = mode  # "empty", "length", "chunked", "close"
        self._length = length
        self._keep_alive = keep_alive
        self._done = mode == "empty"

    def __iter__(self) -> Iterator[bytes]:
        conn = self._conn
        if conn is None or self._done:
            return
        try:
            if self._mode == "length":
                yield from self._read_length(conn)
            elif self._mode == "chunked":
                yield from self._read_chunked(conn)
            else:
                yield from self._read_until_close(conn)
        except socket.timeout as exc:
            raise DockerTimeoutError(f"timed out reading from {self._transport.address}") from exc
        except OSError as exc:
            raise DockerConnectionError(f"connection to {self._transport.address} failed: {exc}") from exc
        self._done = True

    def _read_length(self, conn: _Connection) -> Iterator[bytes]:
        remaining = self._length
        while remaining > 0:
            if conn.pos >= len(conn.buffer) and not conn.fill():
                raise httpx.RemoteProtocolError("the daemon closed the connection mid-body")
            available = len(conn.buffer) - conn.pos
            if available <= remaining:
                remaining -= available
                yield conn.take_available()
            else:
                yield conn.buffer[conn.pos:conn.pos + remaining]
                conn.pos += remaining
                remaining = 0

    def _read_chunked(self, conn: _Connection) -> Iterator[bytes]:
        data_left = 0  # bytes of the current chunk's data not read yet
        crlf_left = 0  # bytes of the CRLF that ends the current chunk not skipped yet
        pieces: list[bytes] = []
        while True:
            buffer, pos, end = conn.buffer, conn.pos, len(conn.buffer)
            while pos < end:
                if data_left:
                    take = min(data_left, end - pos)
                    pieces.append(buffer[pos:pos + take])
                    pos += take
                    data_left -= take
                    if not data_left:
                        crlf_left = 2
                    continue
                if crlf_left:
                    skip = min(crlf_left, end - pos)
                    pos += skip
                    crlf_left -= skip
                    continue
                line_end = buffer.find(b"\r\n", pos)
                if line_end < 0:
                    break
                size = int(buffer[pos:line_end].split(b";", 1)[0], 16)
                pos = line_end + 2
                if size == 0:
                    conn.pos = pos
                    if pieces:
                        yield b"".join(pieces)
                    self._skip_trailers(conn)
                    return
                data_left = size
            conn.pos = pos
            if pieces:
                # hand on what we have before blocking on the next read: follow-mode streams stay live
                yield pieces[0] if len(pieces) == 1 else b"".join(pieces)
                pieces = []
            if not conn.fill():
                raise httpx.RemoteProtocolError("the daemon closed the connection mid-stream")

    @staticmethod
    def _skip_trailers(conn: _Connection) -> None:
        while True:
            line_end = conn.buffer.find(b"\r\n", conn.pos)
            if line_end < 0:
                if not conn.fill():
                    return
                continue
            line = conn.buffer[conn.pos:line_end]
            conn.pos = line_end + 2
            if not line:
                return

    def _read_until_close(self, conn: _Connection) -> Iterator[bytes]:
        self._keep_alive = False
        if conn.pos < len(conn.buffer):
            yield conn.take_available()
        while conn.fill():
            yield conn.take_available()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self._done and self._keep_alive and conn.pos >= len(conn.buffer):
            self._transport._checkin(conn)
        else:
            conn.close()


class _UpgradedStream:
    """The connection after `101 Switching Protocols`, in httpcore's network-stream shape."""

    def __init__(self, conn: _Connection) -> None:
        self._conn = conn
        self._pending = conn.take_available()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._pending:
            data, self._pending = self._pending[:max_bytes], self._pending[max_bytes:]
            return data
        self._conn.sock.settimeout(timeout)
        return self._conn.sock.recv(max_bytes)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._conn.sock.settimeout(timeout)
        self._conn.sock.sendall(buffer)

    def close(self) -> None:
        self._conn.close()

    def get_extra_info(self, info: str) -> Any:
        return self._conn.sock if info == "socket" else None


def _timeouts(request: httpx.Request) -> tuple[float | None, float | None]:
    timeout = request.extensions.get("timeout") or {}
    return timeout.get("connect"), timeout.get("read")


def _chunked(stream: Iterable[bytes]) -> Iterator[bytes]:
    for chunk in stream:
        if chunk:
            yield b"%x\r\n%b\r\n" % (len(chunk), chunk)
    yield b"0\r\n\r\n"


class SocketTransport(httpx.BaseTransport):
    """HTTP/1.1 over a unix socket (`path`) or TCP (`host`, `port`), with a small pool of idle connections."""

    def __init__(self, *, path: str | None = None, host: str | None = None, port: int | None = None,
                 address: str, max_idle: int = 10) -> None:
        self._path = path
        self._host = host
        self._port = port
        self.address = address
        self._idle: list[_Connection] = []
        self._max_idle = max_idle
        self._lock = threading.Lock()
        self._closed = False

    # --- the pool ----------------------------------------------------------------------------------
    def _connect(self, timeout: float | None) -> _Connection:
        try:
            if self._path is not None:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(timeout)
                sock.connect(self._path)
            else:
                sock = socket.create_connection((self._host or "localhost", self._port or 2375), timeout=timeout)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except socket.timeout as exc:
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

    # --- one exchange ------------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        connect_timeout, read_timeout = _timeouts(request)
        replayable = isinstance(request.stream, httpx.ByteStream)
        conn = self._checkout() if replayable else None
        if conn is not None:
            try:
                return self._exchange(conn, request, read_timeout)
            except (_StaleConnection, BrokenPipeError, ConnectionResetError):
                conn.close()  # the daemon closed it while idle: once more on a fresh connection
        conn = self._connect(connect_timeout)
        try:
            return self._exchange(conn, request, read_timeout)
        except _StaleConnection as exc:
            conn.close()
            raise DockerConnectionError(f"{self.address} closed the connection without answering") from exc
        except socket.timeout as exc:
            conn.close()
            raise DockerTimeoutError(f"timed out waiting for {self.address}") from exc
        except OSError as exc:
            conn.close()
            raise DockerConnectionError(f"connection to {self.address} failed: {exc}") from exc

    def _exchange(self, conn: _Connection, request: httpx.Request, read_timeout: float | None) -> httpx.Response:
        sock = conn.sock
        sock.settimeout(read_timeout)
        head = [b"%b %b HTTP/1.1\r\n" % (request.method.encode(), request.url.raw_path)]
        chunked = False
        for name, value in request.headers.raw:
            if name.lower() == b"transfer-encoding":
                chunked = True
            head.append(b"%b: %b\r\n" % (name, value))
        head.append(b"\r\n")
        stream = request.stream
        if isinstance(stream, httpx.ByteStream):
            sock.sendall(b"".join(head) + b"".join(stream))
        else:
            sock.sendall(b"".join(head))
            plain = cast(Iterable[bytes], stream)
            body = _chunked(plain) if chunked else plain
            for piece in body:
                sock.sendall(piece)
        status, reason, headers = _read_head(conn)
        while 100 <= status < 200 and status != 101:  # an interim answer: the real one follows
            status, reason, headers = _read_head(conn)
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1", "reason_phrase": reason}
        if status == 101:
            extensions["network_stream"] = _UpgradedStream(conn)
            return httpx.Response(status, headers=headers, extensions=extensions)
        mode, length, keep_alive = "close", 0, True
        for name, value in headers:
            lowered = name.lower()
            if lowered == b"content-length":
                mode, length = "length", int(value)
            elif lowered == b"transfer-encoding" and b"chunked" in value.lower():
                mode = "chunked"
            elif lowered == b"connection" and value.lower() == b"close":
                keep_alive = False
        if request.method == "HEAD" or status in _NO_BODY_STATUS or (mode == "length" and length == 0):
            mode = "empty"
        body_stream = _Body(self, conn, mode, length, keep_alive)
        response = httpx.Response(status, headers=headers, stream=body_stream, extensions=extensions)
        if mode == "empty":
            body_stream.close()
        return response
