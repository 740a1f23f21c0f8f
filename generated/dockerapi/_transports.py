"""httpx transports for every way of reaching a daemon: unix socket, TCP, TLS and ssh.

All of them are one small adapter over an httpcore connection pool; they differ only in how a
connection is opened. ssh runs the system `ssh` client with `docker system dial-stdio` on the far
side, so the user's ssh config, keys and known_hosts apply, and a pooled connection is one ssh
process that is reused for many requests.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import os
import select
import shlex
import socket
import ssl
import subprocess
import threading
import typing
from collections.abc import AsyncIterator, Iterator

import httpcore
import httpx

from ._connection import Endpoint
from ._errors import DockerConnectionError, DockerTimeoutError, TLSParameterError

__all__ = ["make_transport", "make_async_transport", "describe_tls_failure"]


@dataclasses.dataclass(frozen=True)
class TLSFacts:
    """What the client offered in a TLS handshake, to explain a refusal."""

    client_cert: bool = False
    ca_file: str | None = None  # None: the default (system) trust store


def describe_tls_failure(exc: BaseException, address: str, facts: TLSFacts | None = None) -> str:
    """Say which side of a TLS handshake failed, from the ssl error text and what was offered."""
    text = str(exc)
    lowered = text.lower()
    if "certificate verify failed" in lowered:
        if "hostname mismatch" in lowered or "ip address mismatch" in lowered:
            return f"TLS: the server certificate of {address} does not match its host name ({text})"
        trusted = "the system's default trust store (no CA was given)"
        if facts is not None and facts.ca_file:
            trusted = f"the given CA {facts.ca_file}"
        return f"TLS: the server certificate of {address} is not trusted: it is not signed by {trusted} ({text})"
    if "certificate required" in lowered or (
        facts is not None and not facts.client_cert and ("bad certificate" in lowered or "handshake failure" in lowered)
    ):
        return f"TLS: {address} requires a client certificate and none was sent ({text})"
    if "unknown ca" in lowered or "bad certificate" in lowered:
        return f"TLS: {address} refused the client certificate: it is not signed by a CA it trusts ({text})"
    return f"TLS handshake with {address} failed: {text}"


@contextlib.contextmanager
def _mapped_errors(address: str, tls: TLSFacts | None = None) -> Iterator[None]:
    try:
        yield
    except httpcore.TimeoutException as exc:
        phase = ("connect" if isinstance(exc, httpcore.ConnectTimeout)
                 else "read" if isinstance(exc, httpcore.ReadTimeout) else None)
        raise DockerTimeoutError(f"timed out talking to {address}: {exc}", address=address, phase=phase) from exc
    except (httpcore.ConnectError, OSError) as exc:
        cause = exc.__context__ if isinstance(exc, httpcore.ConnectError) else exc
        if isinstance(cause, ssl.SSLError) or "SSL" in type(cause).__name__ or "[SSL" in str(exc):
            raise TLSParameterError(describe_tls_failure(exc, address, tls)) from exc
        raise DockerConnectionError(f"cannot connect to the Docker daemon at {address}: {exc}") from exc
    except (httpcore.ReadError, httpcore.WriteError, httpcore.RemoteProtocolError) as exc:
        if "SSL" in str(exc) or "certificate" in str(exc).lower():
            raise TLSParameterError(describe_tls_failure(exc, address, tls)) from exc
        raise DockerConnectionError(f"connection to {address} failed: {exc}") from exc


def _core_request(request: httpx.Request) -> httpcore.Request:
    return httpcore.Request(
        method=request.method,
        url=httpcore.URL(
            scheme=request.url.raw_scheme,
            host=request.url.raw_host,
            port=request.url.port,
            target=request.url.raw_path,
        ),
        headers=request.headers.raw,
        content=request.stream,
        extensions=request.extensions,
    )


class _SyncBody(httpx.SyncByteStream):
    def __init__(self, stream: typing.Iterable[bytes], address: str, tls: TLSFacts | None = None) -> None:
        self._stream = stream
        self._address = address
        self._tls = tls

    def __iter__(self) -> Iterator[bytes]:
        with _mapped_errors(self._address, self._tls):
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, stream: typing.AsyncIterable[bytes], address: str, tls: TLSFacts | None = None) -> None:
        self._stream = stream
        self._address = address
        self._tls = tls

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped_errors(self._address, self._tls):
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        aclose = getattr(self._stream, "aclose", None)
        if aclose is not None:
            await aclose()


class PoolTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool whose connections are opened as configured."""

    def __init__(self, pool: httpcore.ConnectionPool, address: str, tls: TLSFacts | None = None) -> None:
        self._pool = pool
        self.address = address
        self.tls = tls

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with _mapped_errors(self.address, self.tls):
            response = self._pool.handle_request(_core_request(request))
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_SyncBody(typing.cast(typing.Iterable[bytes], response.stream), self.address, self.tls),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()

    def __del__(self) -> None:
        # a client dropped without close(): the pool's idle connections are closed quietly (no ResourceWarning);
        # a connection still carrying a stream handed out stays open, it is its holder's
        pool = getattr(self, "_pool", None)
        if pool is None:
            return
        for connection in list(pool.connections):
            try:
                if connection.is_idle():
                    connection.close()
            except Exception:  # noqa: BLE001 - the interpreter may be shutting down; nothing to report to
                pass


class AsyncPoolTransport(httpx.AsyncBaseTransport):
    def __init__(self, pool: httpcore.AsyncConnectionPool, address: str, tls: TLSFacts | None = None) -> None:
        self._pool = pool
        self.address = address
        self.tls = tls

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with _mapped_errors(self.address, self.tls):
            response = await self._pool.handle_async_request(_core_request(request))
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_AsyncBody(typing.cast(typing.AsyncIterable[bytes], response.stream), self.address, self.tls),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()


# --- ssh ------------------------------------------------------------------------------------------


def ssh_command(endpoint: Endpoint, ssh_binary: str = "ssh") -> list[str]:
    command = [ssh_binary, "-o", "ConnectTimeout=30"]
    if endpoint.port:
        command += ["-p", str(endpoint.port)]
    target = f"{endpoint.user}@{endpoint.host}" if endpoint.user else str(endpoint.host)
    command += ["--", target, "docker", "system", "dial-stdio"]
    return command


class _SSHStream(httpcore.NetworkStream):
    """One `ssh ... docker system dial-stdio` process: its stdin and stdout are the connection."""

    def __init__(self, command: list[str]) -> None:
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,
            start_new_session=True,  # a Ctrl-C in the user's terminal must not kill the tunnel mid-request
        )
        self._command = command
        self._lock = threading.Lock()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        assert self._process.stdout is not None
        fd = self._process.stdout.fileno()
        if timeout is not None:
            readable, _, _ = select.select([fd], [], [], timeout)
            if not readable:
                raise httpcore.ReadTimeout(f"no data from the ssh tunnel in {timeout} s")
        data = os.read(fd, max_bytes)
        if not data:
            # EOF: the daemon ended the connection (dial-stdio exits 0), or ssh failed (exit 255)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=2)
            if self._process.returncode not in (None, 0):
                raise httpcore.ReadError(self._failure())
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(buffer)
        except BrokenPipeError as exc:
            raise httpcore.WriteError(self._failure()) from exc

    def _failure(self) -> str:
        stderr = b""
        if self._process.stderr is not None and self._process.poll() is not None:
            stderr = self._process.stderr.read() or b""
        detail = stderr.decode(errors="replace").strip()
        return f"ssh tunnel ({shlex.join(self._command)}) closed" + (f": {detail}" if detail else "")

    def close(self) -> None:
        with self._lock:
            if self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self._process.kill()
            for pipe in (self._process.stdin, self._process.stdout, self._process.stderr):
                if pipe is not None:
                    pipe.close()

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "process":
            return self._process
        if info == "close_write":  # reachable through httpcore's upgrade wrapper
            return self.close_write
        return None

    def close_write(self) -> None:
        """End stdin: ssh forwards the EOF, dial-stdio half-closes its connection to the daemon."""
        if self._process.stdin is not None and not self._process.stdin.closed:
            self._process.stdin.close()


class _SSHBackend(httpcore.NetworkBackend):
    def __init__(self, command: list[str]) -> None:
        self._command = command

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: typing.Any = None) -> httpcore.NetworkStream:
        try:
            return _SSHStream(self._command)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot run {self._command[0]}: {exc}") from exc


class _AsyncSSHStream(httpcore.AsyncNetworkStream):
    def __init__(self, process: asyncio.subprocess.Process, command: list[str]) -> None:
        self._process = process
        self._command = command

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        assert self._process.stdout is not None
        try:
            data = await asyncio.wait_for(self._process.stdout.read(max_bytes), timeout)
        except asyncio.TimeoutError:
            raise httpcore.ReadTimeout(f"no data from the ssh tunnel in {timeout} s") from None
        if not data:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._process.wait(), 2)
            if self._process.returncode not in (None, 0):
                raise httpcore.ReadError(
                    f"ssh tunnel ({shlex.join(self._command)}) closed (exit {self._process.returncode})"
                )
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(buffer)
        await self._process.stdin.drain()

    async def aclose(self) -> None:
        if self._process.returncode is None:
            self._process.terminate()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._process.wait(), 5)

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "close_write":
            return self.close_write
        return self._process if info == "process" else None

    async def close_write(self) -> None:
        if self._process.stdin is not None and not self._process.stdin.is_closing():
            self._process.stdin.write_eof()


class _AsyncSSHBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, command: list[str]) -> None:
        self._command = command

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: typing.Any = None) -> httpcore.AsyncNetworkStream:
        try:
            process = await asyncio.create_subprocess_exec(
                *self._command,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot run {self._command[0]}: {exc}") from exc
        return _AsyncSSHStream(process, self._command)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


# --- TLS with a half-close -------------------------------------------------------------------------
#
# Ending stdin of a hijacked attach/exec needs a half-close. Over TLS that is a close_notify alert
# sent while the read side stays open (the daemon's Go TLS stack treats it as EOF on its read side
# and keeps writing). `ssl.SSLSocket.unwrap()` cannot do it: it calls SSL_shutdown twice and the
# second call reads, failing on (and losing) any output already in flight. Over memory BIOs the
# second call sees only what we fed it: first everything already received is decrypted and kept,
# then the shutdown finds nothing to read and stops after sending close_notify.


class _TLSStream(httpcore.NetworkStream):
    """TLS over a socket through `ssl.SSLObject` and memory BIOs, with `close_write()`."""

    def __init__(self, sock: socket.socket, context: ssl.SSLContext, server_hostname: str | None,
                 timeout: float | None) -> None:
        self._sock = sock
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._ssl = context.wrap_bio(self._incoming, self._outgoing, server_hostname=server_hostname)
        self._pending = bytearray()  # plaintext decrypted by close_write(), not yet read
        self._lock = threading.Lock()
        try:
            self._retry(self._ssl.do_handshake, timeout)
        except (ssl.SSLError, ssl.CertificateError) as exc:
            sock.close()
            raise httpcore.ConnectError(str(exc)) from exc
        except TimeoutError as exc:
            sock.close()
            raise httpcore.ConnectTimeout(f"TLS handshake timed out: {exc}") from exc
        except OSError as exc:
            sock.close()
            raise httpcore.ConnectError(str(exc)) from exc

    def _flush(self) -> None:
        data = self._outgoing.read()
        if data:
            self._sock.sendall(data)

    def _retry(self, operation: typing.Callable[[], typing.Any], timeout: float | None) -> typing.Any:
        self._sock.settimeout(timeout)
        while True:
            try:
                result = operation()
            except ssl.SSLWantReadError:
                self._flush()
                data = self._sock.recv(65536)
                if data:
                    self._incoming.write(data)
                else:
                    self._incoming.write_eof()
            else:
                self._flush()
                return result

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._pending:
            data = bytes(self._pending[:max_bytes])
            del self._pending[:max_bytes]
            return data
        with httpcore_errors(read=True):
            try:
                return typing.cast(bytes, self._retry(lambda: self._ssl.read(max_bytes), timeout))
            except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
                return b""  # the peer's close_notify, or a ragged EOF after its output

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        view = memoryview(buffer)
        with httpcore_errors(read=False):
            while view:
                written = self._retry(functools.partial(self._ssl.write, view), timeout)
                view = view[written:]

    def close_write(self) -> None:
        """Send close_notify and keep reading: the daemon sees EOF on stdin."""
        with self._lock:
            while True:  # decrypt whatever is already here, so that the shutdown reads nothing
                try:
                    self._pending += self._ssl.read(65536)
                except (ssl.SSLWantReadError, ssl.SSLZeroReturnError):
                    break
            try:
                self._ssl.unwrap()
            except ssl.SSLWantReadError:
                pass  # close_notify sent, the peer's not yet received: the read side stays open
            self._flush()

    def close(self) -> None:
        self._sock.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("TLS in TLS (an https proxy) is not supported")

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "ssl_object":
            return self._ssl
        if info == "socket":
            return self._sock
        if info == "close_write":
            return self.close_write
        if info == "is_readable":
            if self._pending or self._ssl.pending():
                return True
            readable, _, _ = select.select([self._sock], [], [], 0)
            return bool(readable)
        if info in ("client_addr", "server_addr"):
            return self._sock.getsockname() if info == "client_addr" else self._sock.getpeername()
        return None


@contextlib.contextmanager
def httpcore_errors(*, read: bool) -> Iterator[None]:
    try:
        yield
    except TimeoutError as exc:
        raise (httpcore.ReadTimeout if read else httpcore.WriteTimeout)(str(exc)) from exc
    except (OSError, ssl.SSLError) as exc:
        raise (httpcore.ReadError if read else httpcore.WriteError)(str(exc)) from exc


class _TCPStream(httpcore.NetworkStream):
    """A plain TCP connection that upgrades to `_TLSStream`."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        sock = self._stream.get_extra_info("socket")
        return _TLSStream(sock, ssl_context, server_hostname, timeout)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _TLSBackend(httpcore.SyncBackend):
    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: typing.Any = None) -> httpcore.NetworkStream:
        return _TCPStream(super().connect_tcp(host, port, timeout, local_address, socket_options))


class _AsyncTLSStream(httpcore.AsyncNetworkStream):
    """anyio's TLS stream plus `close_write()` (the same close_notify half-close as `_TLSStream`)."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._pending = bytearray()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._pending:
            data = bytes(self._pending[:max_bytes])
            del self._pending[:max_bytes]
            return data
        try:
            return await self._stream.read(max_bytes, timeout)
        except ssl.SSLZeroReturnError:
            return b""  # the daemon's close_notify (anyio lets it through after our own)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("TLS in TLS (an https proxy) is not supported")

    async def close_write(self) -> None:
        tls = getattr(self._stream, "_stream", None)  # anyio.streams.tls.TLSStream
        sslobj = getattr(tls, "_ssl_object", None)
        outgoing = getattr(tls, "_write_bio", None)
        transport = getattr(tls, "transport_stream", None)
        if sslobj is None or outgoing is None or transport is None:
            raise httpcore.WriteError("this TLS connection cannot half-close")
        while True:
            try:
                self._pending += sslobj.read(65536)
            except (ssl.SSLWantReadError, ssl.SSLZeroReturnError):
                break
        try:
            sslobj.unwrap()
        except ssl.SSLWantReadError:
            pass
        data = outgoing.read()
        if data:
            await transport.send(data)

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "close_write":
            return self.close_write
        if info == "is_readable" and self._pending:
            return True
        return self._stream.get_extra_info(info)


class _AsyncTCPStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        return _AsyncTLSStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _AsyncTLSBackend(httpcore.AnyIOBackend):
    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: typing.Any = None) -> httpcore.AsyncNetworkStream:
        return _AsyncTCPStream(await super().connect_tcp(host, port, timeout, local_address, socket_options))


# --- construction ---------------------------------------------------------------------------------


def _tls_context(endpoint: Endpoint, tls: typing.Any) -> ssl.SSLContext | None:
    if endpoint.scheme != "tcp" or not endpoint.tls:
        return None  # no SSL context for unix sockets or ssh: building one costs ~20 ms
    if tls is None or tls is True or tls is False:
        return ssl.create_default_context()  # tls=True: the system's trust store
    return typing.cast(ssl.SSLContext, tls.ssl_context())


def _tls_facts(endpoint: Endpoint, tls: typing.Any) -> TLSFacts | None:
    if endpoint.scheme != "tcp" or not endpoint.tls:
        return None
    if tls is None or isinstance(tls, bool):
        return TLSFacts()
    return TLSFacts(client_cert=tls.client_cert is not None, ca_file=tls.ca_file)


def make_transport(endpoint: Endpoint, tls: typing.Any = None, max_connections: int = 10) -> PoolTransport:
    endpoint.require_supported()
    address = str(endpoint)
    if endpoint.scheme == "ssh":
        pool = httpcore.ConnectionPool(
            network_backend=_SSHBackend(ssh_command(endpoint)), max_connections=max_connections
        )
    else:
        context = _tls_context(endpoint, tls)
        pool = httpcore.ConnectionPool(
            ssl_context=context,
            uds=endpoint.path if endpoint.scheme == "unix" else None,
            max_connections=max_connections,
            keepalive_expiry=30.0,
            network_backend=_TLSBackend() if context is not None else None,
        )
    return PoolTransport(pool, address, _tls_facts(endpoint, tls))


def make_async_transport(endpoint: Endpoint, tls: typing.Any = None,
                         max_connections: int = 100) -> AsyncPoolTransport:
    endpoint.require_supported()
    address = str(endpoint)
    if endpoint.scheme == "ssh":
        pool = httpcore.AsyncConnectionPool(
            network_backend=_AsyncSSHBackend(ssh_command(endpoint)), max_connections=max_connections
        )
    else:
        context = _tls_context(endpoint, tls)
        pool = httpcore.AsyncConnectionPool(
            ssl_context=context,
            uds=endpoint.path if endpoint.scheme == "unix" else None,
            max_connections=max_connections,
            keepalive_expiry=30.0,
            network_backend=_AsyncTLSBackend() if context is not None else None,
        )
    return AsyncPoolTransport(pool, address, _tls_facts(endpoint, tls))
