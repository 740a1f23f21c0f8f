"""httpx transports for every way of reaching a daemon: unix socket, TCP, TLS and ssh.

All of them are one small adapter over an httpcore connection pool; they differ only in how a
connection is opened. ssh runs the system `ssh` client with `docker system dial-stdio` on the far
side, so the user's ssh config, keys and known_hosts apply, and a pooled connection is one ssh
process that is reused for many requests.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shlex
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


def describe_tls_failure(exc: BaseException, address: str) -> str:
    """Say which side of a TLS handshake failed, from the ssl error text."""
    text = str(exc)
    lowered = text.lower()
    if "certificate verify failed" in lowered:
        if "hostname mismatch" in lowered or "ip address mismatch" in lowered:
            return f"TLS: the server certificate of {address} does not match its host name ({text})"
        return f"TLS: the server certificate of {address} is not signed by the trusted CA ({text})"
    if "certificate required" in lowered:
        return f"TLS: {address} requires a client certificate and none was sent ({text})"
    if "unknown ca" in lowered or "bad certificate" in lowered:
        return f"TLS: {address} refused the client certificate: it is not signed by a CA it trusts ({text})"
    return f"TLS handshake with {address} failed: {text}"


@contextlib.contextmanager
def _mapped_errors(address: str) -> Iterator[None]:
    try:
        yield
    except httpcore.TimeoutException as exc:
        raise DockerTimeoutError(f"timed out talking to {address}: {exc}") from exc
    except (httpcore.ConnectError, OSError) as exc:
        cause = exc.__context__ if isinstance(exc, httpcore.ConnectError) else exc
        if isinstance(cause, ssl.SSLError) or "SSL" in type(cause).__name__ or "[SSL" in str(exc):
            raise TLSParameterError(describe_tls_failure(exc, address)) from exc
        raise DockerConnectionError(f"cannot connect to the Docker daemon at {address}: {exc}") from exc
    except (httpcore.ReadError, httpcore.WriteError, httpcore.RemoteProtocolError) as exc:
        if "SSL" in str(exc) or "certificate" in str(exc).lower():
            raise TLSParameterError(describe_tls_failure(exc, address)) from exc
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
    def __init__(self, stream: typing.Iterable[bytes], address: str) -> None:
        self._stream = stream
        self._address = address

    def __iter__(self) -> Iterator[bytes]:
        with _mapped_errors(self._address):
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, stream: typing.AsyncIterable[bytes], address: str) -> None:
        self._stream = stream
        self._address = address

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped_errors(self._address):
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        aclose = getattr(self._stream, "aclose", None)
        if aclose is not None:
            await aclose()


class PoolTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool whose connections are opened as configured."""

    def __init__(self, pool: httpcore.ConnectionPool, address: str) -> None:
        self._pool = pool
        self.address = address

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with _mapped_errors(self.address):
            response = self._pool.handle_request(_core_request(request))
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_SyncBody(typing.cast(typing.Iterable[bytes], response.stream), self.address),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class AsyncPoolTransport(httpx.AsyncBaseTransport):
    def __init__(self, pool: httpcore.AsyncConnectionPool, address: str) -> None:
        self._pool = pool
        self.address = address

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with _mapped_errors(self.address):
            response = await self._pool.handle_async_request(_core_request(request))
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_AsyncBody(typing.cast(typing.AsyncIterable[bytes], response.stream), self.address),
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
        data = os.read(self._process.stdout.fileno(), max_bytes)
        if not data and self._process.poll() is not None:
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
        return None

    def close_write(self) -> None:
        if self._process.stdin is not None:
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
        data = await self._process.stdout.read(max_bytes)
        if not data and self._process.returncode is not None:
            raise httpcore.ReadError(f"ssh tunnel ({shlex.join(self._command)}) closed")
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
        return self._process if info == "process" else None

    async def close_write(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()


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


# --- construction ---------------------------------------------------------------------------------


def _address(endpoint: Endpoint) -> str:
    if endpoint.scheme == "unix":
        return f"unix://{endpoint.path}"
    if endpoint.scheme == "ssh":
        user = f"{endpoint.user}@" if endpoint.user else ""
        port = f":{endpoint.port}" if endpoint.port else ""
        return f"ssh://{user}{endpoint.host}{port}"
    return endpoint.base_url


def _tls_context(endpoint: Endpoint, tls: typing.Any) -> ssl.SSLContext | None:
    if endpoint.scheme != "tcp" or not endpoint.tls:
        return None  # no SSL context for unix sockets or ssh: building one costs ~20 ms
    if tls is None or tls is True or tls is False:
        context = ssl.create_default_context()
        return context
    return typing.cast(ssl.SSLContext, tls.ssl_context())


def _check_npipe(endpoint: Endpoint) -> None:
    if endpoint.scheme == "npipe":
        raise DockerConnectionError(
            f"{endpoint.path}: Windows named pipes are only available on Windows"
        )


def make_transport(endpoint: Endpoint, tls: typing.Any = None, max_connections: int = 10) -> PoolTransport:
    _check_npipe(endpoint)
    address = _address(endpoint)
    if endpoint.scheme == "ssh":
        pool = httpcore.ConnectionPool(
            network_backend=_SSHBackend(ssh_command(endpoint)), max_connections=max_connections
        )
    else:
        pool = httpcore.ConnectionPool(
            ssl_context=_tls_context(endpoint, tls),
            uds=endpoint.path if endpoint.scheme == "unix" else None,
            max_connections=max_connections,
            keepalive_expiry=30.0,
        )
    return PoolTransport(pool, address)


def make_async_transport(endpoint: Endpoint, tls: typing.Any = None,
                         max_connections: int = 100) -> AsyncPoolTransport:
    _check_npipe(endpoint)
    address = _address(endpoint)
    if endpoint.scheme == "ssh":
        pool = httpcore.AsyncConnectionPool(
            network_backend=_AsyncSSHBackend(ssh_command(endpoint)), max_connections=max_connections
        )
    else:
        pool = httpcore.AsyncConnectionPool(
            ssl_context=_tls_context(endpoint, tls),
            uds=endpoint.path if endpoint.scheme == "unix" else None,
            max_connections=max_connections,
            keepalive_expiry=30.0,
        )
    return AsyncPoolTransport(pool, address)
