"""The floor: the least a Python client can do to talk HTTP/1.1 to the daemon over its unix socket.

A request line and headers go out in one `sendall`; the status line and headers are split by hand;
bodies are read by Content-Length, by chunked transfer coding (decoded a whole receive buffer at a
time), or until EOF; container output is split into its 8-byte-header frames. JSON bodies are
decoded with `json.loads`, so small calls hand back what a user wants (a dict), as the clients do.

No pooling policy, no timeouts, no error mapping, no redirects: this is a yardstick, not a client.
It depends only on the standard library, so its import cost is part of what cold start measures.
"""

from __future__ import annotations

import json
import socket
import struct
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

__all__ = ["RawClient", "AsyncRawClient"]

_RECV = 262144
_FRAME = struct.Struct(">BxxxL")


class _Response:
    __slots__ = ("status", "headers", "conn")

    def __init__(self, status: int, headers: dict[bytes, bytes], conn: RawClient) -> None:
        self.status = status
        self.headers = headers
        self.conn = conn


class RawClient:
    """One keep-alive connection to a unix socket; one request at a time."""

    def __init__(self, path: str, api: str = "1.41") -> None:
        self.path = path
        self.prefix = f"/v{api}".encode()
        self.sock: socket.socket | None = None
        self.buf = b""

    # --- connection --------------------------------------------------------------------------------
    def _connect(self) -> socket.socket:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(self.path)
        self.sock = sock
        self.buf = b""
        return sock

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    # --- request and head --------------------------------------------------------------------------
    def _send(self, method: bytes, target: bytes, body: bytes | None, extra: bytes = b"") -> _Response:
        sock = self.sock or self._connect()
        head = b"%s %s HTTP/1.1\r\nHost: docker\r\n%s" % (method, target, extra)
        if body is not None:
            head += b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body)
        sock.sendall(head + b"\r\n" + (body or b""))
        buf = self.buf
        while True:
            end = buf.find(b"\r\n\r\n")
            if end >= 0:
                break
            data = sock.recv(_RECV)
            if not data:
                raise ConnectionError("connection closed before the response head")
            buf += data
        lines = buf[:end].split(b"\r\n")
        self.buf = buf[end + 4:]
        status = int(lines[0][9:12])
        headers: dict[bytes, bytes] = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        return _Response(status, headers, self)

    def request(self, method: str, path: str, body: Any = None) -> _Response:
        data = json.dumps(body).encode() if body is not None else None
        return self._send(method.encode(), self.prefix + path.encode(), data)

    # --- bodies ------------------------------------------------------------------------------------
    def iter_body(self, response: _Response) -> Iterator[bytes]:
        """The body as it arrives: de-chunked, by length, or to EOF."""
        headers = response.headers
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            yield from self._iter_chunked()
        elif b"content-length" in headers:
            yield from self._iter_length(int(headers[b"content-length"]))
        else:
            yield from self._iter_eof()

    def _iter_length(self, remaining: int) -> Iterator[bytes]:
        buf = self.buf
        self.buf = b""
        if len(buf) >= remaining:
            self.buf = buf[remaining:]
            if remaining:
                yield buf[:remaining]
            return
        if buf:
            yield buf
            remaining -= len(buf)
        recv = self.sock.recv  # type: ignore[union-attr]
        while remaining:
            data = recv(min(_RECV, remaining))
            if not data:
                raise ConnectionError("connection closed inside a body")
            remaining -= len(data)
            yield data

    def _iter_eof(self) -> Iterator[bytes]:
        if self.buf:
            yield self.buf
            self.buf = b""
        recv = self.sock.recv  # type: ignore[union-attr]
        while True:
            data = recv(_RECV)
            if not data:
                break
            yield data
        self.close()

    def _iter_chunked(self) -> Iterator[bytes]:
        """Decode every complete chunk in the buffer per receive; yield their joined data."""
        buf = self.buf
        recv = self.sock.recv  # type: ignore[union-attr]
        pos = 0
        while True:
            out = []
            n = len(buf)
            while True:
                eol = buf.find(b"\r\n", pos)
                if eol < 0:
                    break
                size = int(buf[pos:eol].split(b";", 1)[0], 16)
                start = eol + 2
                stop = start + size
                if stop + 2 > n:
                    break
                if size == 0:
                    # last chunk; no trailers are sent by the daemon
                    if out:
                        yield b"".join(out)
                    self.buf = buf[stop + 2:]
                    return
                out.append(buf[start:stop])
                pos = stop + 2
            if out:
                yield out[0] if len(out) == 1 else b"".join(out)
            data = recv(_RECV)
            if not data:
                raise ConnectionError("connection closed inside a chunked body")
            buf = buf[pos:] + data if pos < n else data
            pos = 0

    def read(self, response: _Response) -> bytes:
        return b"".join(self.iter_body(response))

    # --- what the cases call -----------------------------------------------------------------------
    def get_json(self, path: str) -> Any:
        response = self.request("GET", path)
        body = self.read(response)
        if response.status >= 400:
            raise RuntimeError(f"{response.status}: {body[:200]!r}")
        return json.loads(body)

    def post_json(self, path: str, body: Any) -> Any:
        response = self.request("POST", path, body)
        data = self.read(response)
        if response.status >= 400:
            raise RuntimeError(f"{response.status}: {data[:200]!r}")
        return json.loads(data) if data else None

    def ping(self) -> bool:
        response = self._send(b"GET", b"/_ping", None)
        return self.read(response) == b"OK"

    def frames(self, path: str) -> Iterator[bytes]:
        """A multiplexed stream (logs, attach) split into its frames' payloads."""
        response = self.request("GET", path)
        if response.status >= 400:
            raise RuntimeError(f"{response.status}: {self.read(response)[:200]!r}")
        unpack = _FRAME.unpack_from
        rest = b""
        for data in self.iter_body(response):
            if rest:
                data = rest + data
            n = len(data)
            pos = 0
            while pos + 8 <= n:
                _, size = unpack(data, pos)
                stop = pos + 8 + size
                if stop > n:
                    break
                yield data[pos + 8:stop]
                pos = stop
            rest = data[pos:]
        if rest:
            raise ConnectionError("stream ended inside a frame")

    def raw(self, path: str) -> Iterator[bytes]:
        response = self.request("GET", path)
        if response.status >= 400:
            raise RuntimeError(f"{response.status}: {self.read(response)[:200]!r}")
        return self.iter_body(response)

    def hijack(self, path: str, body: Any) -> socket.socket:
        """POST with `Upgrade: tcp`; returns the socket (the buffer's leftover is pushed back first)."""
        data = json.dumps(body).encode()
        response = self._send(b"POST", self.prefix + path.encode(), data,
                              b"Connection: Upgrade\r\nUpgrade: tcp\r\n")
        if response.status not in (101, 200):
            raise RuntimeError(f"{response.status}: {self.read(response)[:200]!r}")
        sock = self.sock
        assert sock is not None
        leftover = self.buf
        self.sock = None
        self.buf = b""
        return _Hijacked(sock, leftover)  # type: ignore[return-value]


class _Hijacked:
    """The upgraded connection: bytes already buffered come first, then the socket."""

    def __init__(self, sock: socket.socket, leftover: bytes) -> None:
        self.sock = sock
        self.leftover = leftover

    def recv(self, size: int) -> bytes:
        if self.leftover:
            data, self.leftover = self.leftover[:size], self.leftover[size:]
            return data
        return self.sock.recv(size)

    def close(self) -> None:
        self.sock.close()


class AsyncRawClient:
    """asyncio streams; a small pool of keep-alive connections, one request per connection at a time."""

    def __init__(self, path: str, api: str = "1.41") -> None:
        self.path = path
        self.prefix = f"/v{api}".encode()
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def get_json(self, path: str) -> Any:
        if self.idle:
            reader, writer = self.idle.pop()
        else:
            import asyncio  # not at module level: the floor's cold start imports only what it uses

            reader, writer = await asyncio.open_unix_connection(self.path, limit=1 << 20)
        writer.write(b"GET %s HTTP/1.1\r\nHost: docker\r\n\r\n" % (self.prefix + path.encode()))
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head[:-4].split(b"\r\n")
        status = int(lines[0][9:12])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        if b"content-length" in headers:
            body = await reader.readexactly(int(headers[b"content-length"]))
        else:
            parts = []
            while True:
                size = int((await reader.readuntil(b"\r\n"))[:-2].split(b";", 1)[0], 16)
                if size == 0:
                    await reader.readuntil(b"\r\n")
                    break
                parts.append((await reader.readexactly(size + 2))[:-2])
            body = b"".join(parts)
        self.idle.append((reader, writer))
        if status >= 400:
            raise RuntimeError(f"{status}: {body[:200]!r}")
        return json.loads(body)

    async def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()
