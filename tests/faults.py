"""Fault tools: a proxy that cuts or stalls the traffic of a real daemon, and a fake daemon for crafted HTTP.

`FaultProxy(upstream_socket, cut_at=N | stall_at=N, match=b"/logs")` listens on a unix socket of its own
and forwards each connection to the daemon's; in the connections whose request contains `match`, the
answer is cut (both sides closed) or stalled (kept open, nothing more sent) once N bytes of it went
through. `stall_at="head"` stalls right after the response head. `FakeDaemon(handler)` answers each
request with the bytes `handler(request_head)` returns (and stalls after them when it returns
`(bytes, STALL)`, closes after them with `(bytes, CLOSE)`). Both run on daemon threads and stop with `close()` (or `with`).
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
from collections.abc import Callable
from typing import Any

STALL = "stall"  # a handler's (bytes, STALL): send the bytes, then nothing, connection kept open
CLOSE = "close"  # a handler's (bytes, CLOSE): send the bytes, then close the connection


def _temp_socket_path(prefix: str) -> str:
    directory = tempfile.mkdtemp(prefix=prefix)
    return os.path.join(directory, "sock")


class _Server:
    def __init__(self, prefix: str) -> None:
        self.path = _temp_socket_path(prefix)
        self.base_url = f"unix://{self.path}"
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(self.path)
        self._listener.listen(64)
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _keep(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._keep(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        raise NotImplementedError

    def drop_connections(self) -> None:
        """Close every connection accepted so far and keep listening, as a daemon ending idle keep-alives."""
        with self._lock:
            dropped, self._sockets = self._sockets, []
        for sock in dropped:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self._stop.set()
        for sock in [self._listener, *self._sockets]:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        try:
            os.unlink(self.path)
            os.rmdir(os.path.dirname(self.path))
        except OSError:
            pass

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


class FaultProxy(_Server):
    def __init__(self, upstream: str, *, cut_at: int | None = None, stall_at: int | str | None = None,
                 match: bytes = b"") -> None:
        self.upstream = upstream[len("unix://"):] if upstream.startswith("unix://") else upstream
        self.cut_at = cut_at
        self.stall_at = stall_at
        self.match = match
        self.faults = 0  # connections that were cut or stalled
        super().__init__("dapi-proxy-")

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            upstream.connect(self.upstream)
        except OSError:
            client.close()
            return
        self._keep(upstream)
        faulty = threading.Event()
        # Requests go up unchanged; a request containing `match` makes the connection's answers faulty.
        threading.Thread(target=self._up, args=(client, upstream, faulty), daemon=True).start()
        self._down(upstream, client, faulty)

    def _up(self, client: socket.socket, upstream: socket.socket, faulty: threading.Event) -> None:
        while True:
            try:
                data = client.recv(65536)
            except OSError:
                data = b""
            if not data:
                try:
                    upstream.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            if self.match in data:
                faulty.set()
            try:
                upstream.sendall(data)
            except OSError:
                return

    def _down(self, upstream: socket.socket, client: socket.socket, faulty: threading.Event) -> None:
        sent = 0
        counting = False
        head_end: int | None = None
        seen = b""
        while True:
            try:
                data = upstream.recv(65536)
            except OSError:
                data = b""
            if not data:
                try:
                    client.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            limit = None
            if faulty.is_set():
                if not counting:  # offsets count from the first answer to the matching request
                    counting, sent = True, 0
                if self.stall_at == "head":
                    if head_end is None:
                        seen += data
                        found = seen.find(b"\r\n\r\n")
                        if found >= 0:
                            head_end = found + 4
                    limit = head_end
                elif isinstance(self.stall_at, int):
                    limit = self.stall_at
                elif self.cut_at is not None:
                    limit = self.cut_at
            if limit is not None and sent + len(data) >= limit:
                try:
                    client.sendall(data[: limit - sent])
                except OSError:
                    return
                self.faults += 1
                if self.cut_at is not None:
                    for sock in (client, upstream):
                        try:
                            sock.shutdown(socket.SHUT_RDWR)
                        except OSError:
                            pass
                    return
                self._stop.wait()  # stall: hold both connections open, send nothing more
                return
            try:
                client.sendall(data)
            except OSError:
                return
            sent += len(data)


class RequestReader:
    """The requests one connection sends, one head at a time (a body, if any, read and dropped). Bytes past
    a request are kept for the next: a client may pipeline requests."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def next(self) -> bytes | None:
        """The next request's head; None at EOF."""
        while b"\r\n\r\n" not in self.buffer:
            data = self.sock.recv(65536)
            if not data:
                return None
            self.buffer += data
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        while len(rest) < length:
            data = self.sock.recv(65536)
            if not data:
                break
            rest += data
        self.buffer = rest[length:]
        return head


class FakeDaemon(_Server):
    """Answers `GET /_ping` itself (API 1.41) and every other request with `handler(head)`."""

    def __init__(self, handler: Callable[[bytes], bytes | tuple[bytes, str]], api_version: str = "1.41") -> None:
        self.handler = handler
        self.api_version = api_version
        super().__init__("dapi-fake-")

    def _serve(self, client: socket.socket) -> None:
        requests = RequestReader(client)
        try:
            while True:
                head = requests.next()
                if head is None:
                    return
                if b" /_ping " in head.split(b"\r\n", 1)[0]:
                    client.sendall(b"HTTP/1.1 200 OK\r\nApi-Version: %s\r\nContent-Length: 2\r\n\r\nOK"
                                   % self.api_version.encode())
                    continue
                answer = self.handler(head)
                if isinstance(answer, tuple):
                    client.sendall(answer[0])
                    if answer[1] == STALL:
                        self._stop.wait()
                    return
                client.sendall(answer)
                if b"connection: close" in answer.lower().split(b"\r\n\r\n", 1)[0]:
                    client.shutdown(socket.SHUT_WR)
                    return
        except OSError:
            return
        finally:
            try:
                client.close()
            except OSError:
                pass
