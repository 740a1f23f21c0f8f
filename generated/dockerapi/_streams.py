"""What streaming methods return: iterators that are also context managers and close their connection.

- `JSONStream`: one JSON document per item (str, or dict with `decode=True`): build, pull, push,
  import, load, events, stats.
- `OutputStream`: container output (logs, attach, exec): bytes per frame, or `(stdout, stderr)`
  pairs with `demux=True`; raw bytes when the container has a TTY.
- `RawStream`: archives and image tars, chunk by chunk, or whole as `.data`.
- `HijackedSocket`: the upgraded connection of attach/exec, socket-like.
"""

from __future__ import annotations

import itertools
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._decoders import FrameDecoder, JSONSplitter, looks_multiplexed
from ._errors import BuildError, DockerConnectionError, DockerException, DockerTimeoutError, StreamError

if TYPE_CHECKING:
    import httpx  # responses come from httpx or from the fast path's lean `_http11.Response`

__all__ = [
    "JSONStream",
    "AsyncJSONStream",
    "OutputStream",
    "AsyncOutputStream",
    "RawStream",
    "AsyncRawStream",
    "HijackedSocket",
    "AsyncHijackedSocket",
    "collect_progress",
]

_STDOUT, _STDERR = 1, 2

# What a stream yields: str or dict documents (JSON streams), bytes or (stdout, stderr) pairs (output).
Item = TypeVar("Item")


def _error_of(document: Any) -> str | None:
    if isinstance(document, dict):
        if document.get("error"):
            return str(document["error"])
        detail = document.get("errorDetail")
        if isinstance(detail, dict) and detail.get("message"):
            return str(detail["message"])
    return None


def collect_progress(documents: JSONStream[Any], *, decode: bool = False, error_class: str | None = None) -> Any:
    """The whole output of a progress stream (build, pull, push, load, import) when not streaming.

    Returns the text as the daemon sent it (a list of dicts with `decode=True`). An error message in
    the stream raises `StreamError` (or the operation's own `error_class`, `BuildError` for builds, with
    the output so far as its `build_log`): nothing is silently lost when the caller does not read the output.
    """
    items: list[Any] = []
    with documents:
        for document in documents:
            items.append(document)
            error = _error_of(document if decode else _json(document))
            if error is not None:
                raise _stream_error(error, document, items, error_class)
    return items if decode else "\r\n".join(items)


def _stream_error(message: str, document: Any, items: list[Any], error_class: str | None) -> StreamError:
    if error_class == "BuildError":  # its build_log holds the messages as dicts, whether decoded or not
        return BuildError(message, [_json(item) if isinstance(item, (str, bytes)) else item for item in items])
    return StreamError(message, document)


def _json(document: str | bytes) -> Any:
    try:
        return json.loads(document)
    except ValueError as exc:  # JSON or UTF-8
        raise StreamError(f"invalid JSON document in stream: {exc}", detail=document[:200]) from exc


def _text(document: bytes) -> str:
    try:
        return document.decode()
    except UnicodeDecodeError as exc:
        raise StreamError(f"a JSON document in the stream is not UTF-8: {exc}", detail=document[:200]) from exc


class _Closing(Generic[Item]):
    """close() from any thread: a reader blocked in this stream wakes up and the iteration ends quietly.

    A stream is an iterator: `next(stream)` reads one item, and `for` loops, `next()` calls and repeated
    `iter()` share one position in the answer (the generator is made on first use).
    """

    _response: httpx.Response
    _closed_by_caller = False
    _iterator: Iterator[Item] | None = None

    def _items(self) -> Iterator[Item]:
        raise NotImplementedError

    def __iter__(self) -> Iterator[Item]:
        iterator = self._iterator
        if iterator is None:
            iterator = self._iterator = self._items()
        return iterator

    def __next__(self) -> Item:
        iterator = self._iterator
        if iterator is None:
            iterator = self._iterator = self._items()
        return next(iterator)

    def close(self) -> None:
        """Close the connection; a reader blocked in this stream (also in another thread) wakes and ends."""
        self._closed_by_caller = True
        self._response.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


class _AsyncClosing(Generic[Item]):
    """The asyncio twin of `_Closing`: an async iterator (`anext(stream)`), one position shared by all readers."""

    _response: httpx.Response
    _closed_by_caller = False
    _iterator: AsyncIterator[Item] | None = None

    def _items(self) -> AsyncIterator[Item]:
        raise NotImplementedError

    def __aiter__(self) -> AsyncIterator[Item]:
        iterator = self._iterator
        if iterator is None:
            iterator = self._iterator = self._items()
        return iterator

    def __anext__(self) -> Awaitable[Item]:
        iterator = self._iterator
        if iterator is None:
            iterator = self._iterator = self._items()
        return iterator.__anext__()

    async def close(self) -> None:
        """Close the connection; an iteration in progress ends."""
        self._closed_by_caller = True
        await self._response.aclose()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()


class JSONStream(_Closing[Item]):
    """Iterate the JSON documents of a streamed response: `str` each, or `dict` with `decode=True`."""

    def __init__(self, response: httpx.Response, *, decode: bool = False) -> None:
        self._response = response
        self._decode = decode

    def _items(self) -> Iterator[Any]:
        splitter = JSONSplitter()
        decode = self._decode
        try:
            for chunk in _raw(self._response):
                for document in splitter.feed(chunk):
                    yield _json(document) if decode else _text(document)
            if not self._closed_by_caller:
                for document in splitter.close():
                    yield _json(document) if decode else _text(document)
        finally:
            self._response.close()


    def collect_progress(self, error_class: str | None = None) -> Any:
        """Read the whole stream: the text as sent (a list of dicts when decoding); an error message raises
        StreamError (or `error_class`: BuildError for builds)."""
        return collect_progress(self, decode=self._decode, error_class=error_class)


class AsyncJSONStream(_AsyncClosing[Item]):
    def __init__(self, response: httpx.Response, *, decode: bool = False) -> None:
        self._response = response
        self._decode = decode

    async def _items(self) -> AsyncIterator[Any]:
        splitter = JSONSplitter()
        decode = self._decode
        try:
            async for chunk in _araw(self._response):
                for document in splitter.feed(chunk):
                    yield _json(document) if decode else _text(document)
            if not self._closed_by_caller:
                for document in splitter.close():
                    yield _json(document) if decode else _text(document)
        finally:
            await self._response.aclose()

    async def collect_progress(self, error_class: str | None = None) -> Any:
        """Read the whole stream: the text as sent (a list of dicts when decoding); an error message raises
        StreamError (or `error_class`: BuildError for builds)."""
        items: list[Any] = []
        async with self:
            async for document in self._items():
                items.append(document)
                error = _error_of(document if self._decode else _json(document))
                if error is not None:
                    raise _stream_error(error, document, items, error_class)
        return items if self._decode else "\r\n".join(items)


def _httpx_headers(response: httpx.Response) -> httpx.Headers:
    headers: Any = response.headers
    to_httpx = getattr(headers, "to_httpx", None)  # the fast path's lean headers: httpx.Headers on demand
    return to_httpx() if to_httpx is not None else headers  # type: ignore[no-any-return]


def _raw(response: httpx.Response, chunk_size: int | None = None) -> Iterator[bytes]:
    """The body as the daemon sent it, chunk by chunk (a response built in memory is already read)."""
    if response.is_closed:  # closed by the caller (or by the client's close()) before the first read
        return
    if response.is_stream_consumed:  # built in memory (MockTransport) and read already
        yield response.content
        return
    yield from response.iter_raw(chunk_size)


async def _araw(response: httpx.Response) -> AsyncIterator[bytes]:
    if response.is_closed:
        return
    if response.is_stream_consumed:  # built in memory (MockTransport) and read already
        yield response.content
        return
    async for chunk in response.aiter_raw():
        yield chunk


def _frames(chunks: Iterator[bytes], decoder: FrameDecoder) -> Iterator[tuple[int, bytes]]:
    for chunk in chunks:
        yield from decoder.feed(chunk)
    decoder.close()


class OutputStream(_Closing[Item]):
    """Container output: bytes per frame, `(stdout, stderr)` pairs with `demux=True`."""

    def __init__(self, response: httpx.Response, *, framed: bool | None, demux: bool = False) -> None:
        self._response = response
        self._framed = framed  # None: decide from the first bytes (frame header or TTY text)
        self._demux = demux

    def _chunks(self) -> Iterator[bytes]:
        chunks = _raw(self._response)
        if self._framed is not None:
            return chunks
        head = b""
        for chunk in chunks:
            head += chunk
            if len(head) >= 4:
                break
        self._framed = looks_multiplexed(head)
        return itertools.chain([head] if head else [], chunks)

    def _items(self) -> Iterator[Any]:
        try:
            chunks = self._chunks()
            if not self._framed:
                for chunk in chunks:
                    yield (chunk, None) if self._demux else chunk
                return
            decoder = FrameDecoder()
            feed = decoder.feed
            if self._demux:
                for chunk in chunks:
                    for stream_id, payload in feed(chunk):
                        yield (payload, None) if stream_id != _STDERR else (None, payload)
            else:
                for chunk in chunks:  # one frame list per received piece: no generator in between
                    for _, payload in feed(chunk):
                        yield payload
            if not self._closed_by_caller:
                decoder.close()
        finally:
            self._response.close()

    def collect(self) -> Any:
        """Read to the end: all output as bytes, or a `(stdout, stderr)` pair with `demux=True`."""
        out: list[bytes] = []
        err: list[bytes] = []
        with self:
            chunks = self._chunks()
            if not self._framed:
                out = list(chunks)
            else:
                for stream_id, payload in _frames(chunks, FrameDecoder()):
                    (err if self._demux and stream_id == _STDERR else out).append(payload)
        if self._demux:
            return (b"".join(out) or None, b"".join(err) or None)
        return b"".join(out)


class AsyncOutputStream(_AsyncClosing[Item]):
    def __init__(self, response: httpx.Response, *, framed: bool | None, demux: bool = False) -> None:
        self._response = response
        self._framed = framed
        self._demux = demux

    async def _items(self) -> AsyncIterator[Any]:
        try:
            decoder = FrameDecoder()
            head = b""
            async for chunk in _araw(self._response):
                if self._framed is None:  # decide from the first bytes (frame header or TTY text)
                    head += chunk
                    if len(head) < 4:
                        continue
                    self._framed, chunk, head = looks_multiplexed(head), head, b""
                if not self._framed:
                    yield (chunk, None) if self._demux else chunk
                    continue
                for stream_id, payload in decoder.feed(chunk):
                    if self._demux:
                        yield (payload, None) if stream_id != _STDERR else (None, payload)
                    else:
                        yield payload
            if head:  # fewer than 4 bytes in all: too short to be a frame
                yield (head, None) if self._demux else head
            elif self._framed and not self._closed_by_caller:
                decoder.close()
        finally:
            await self._response.aclose()

    async def collect(self) -> Any:
        """Read to the end: all output as bytes, or a `(stdout, stderr)` pair with `demux=True`."""
        out: list[bytes] = []
        err: list[bytes] = []
        async for item in self._items():
            if self._demux:
                if item[0] is not None:
                    out.append(item[0])
                if item[1] is not None:
                    err.append(item[1])
            else:
                out.append(item)
        if self._demux:
            return (b"".join(out) or None, b"".join(err) or None)
        return b"".join(out)


class RawStream(_Closing[bytes]):
    """A binary response (archive, export, image tar): iterate chunks, or read `.data` whole."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._data: bytes | None = None

    @property
    def headers(self) -> httpx.Headers:
        """The answer's HTTP headers."""
        return _httpx_headers(self._response)

    def _items(self) -> Iterator[bytes]:
        return self.stream()

    def stream(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body chunk by chunk; with `chunk_size`, in pieces of that many bytes (the last may be shorter)."""
        if self._data is not None:
            yield self._data
            return
        try:
            yield from _raw(self._response, chunk_size)
        finally:
            self._response.close()

    @property
    def data(self) -> bytes:
        """The whole body, read on first access and kept (large archives: iterate instead)."""
        if self._data is None:
            self._data = b"".join(self.stream())
        return self._data

    def read(self) -> bytes:
        """Read and return the whole body (the same bytes as `.data`)."""
        return self.data


class AsyncRawStream(_AsyncClosing[bytes]):
    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def headers(self) -> httpx.Headers:
        """The answer's HTTP headers."""
        return _httpx_headers(self._response)

    def _items(self) -> AsyncIterator[bytes]:
        return self.stream()

    async def stream(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body chunk by chunk; with `chunk_size`, in pieces of that many bytes (the last may be shorter)."""
        try:
            if chunk_size is None:
                async for chunk in _araw(self._response):
                    yield chunk
                return
            pending = b""
            async for chunk in _araw(self._response):
                pending += chunk
                while len(pending) >= chunk_size:
                    yield pending[:chunk_size]
                    pending = pending[chunk_size:]
            if pending:
                yield pending
        finally:
            await self._response.aclose()

    async def read(self) -> bytes:
        """The whole body (the sync stream's `.data`: a property cannot await)."""
        return b"".join([chunk async for chunk in self.stream()])


def _socket_error(exc: OSError) -> DockerException:
    if isinstance(exc, TimeoutError):
        return DockerTimeoutError("timed out reading the attached connection (its settimeout)")
    return DockerConnectionError(f"the attached connection failed: {exc}")


class HijackedSocket:
    """The upgraded connection of attach or exec: write stdin, read output, close the write side.

    Reads return the raw bytes the daemon sends: without a TTY, each piece of output comes after an
    8-byte header (stream 1 or 2, three zero bytes, big-endian length). `close_write()` ends stdin and keeps reading: it shuts the
    write half of the socket over unix and TCP, closes ssh's stdin over ssh, and sends TLS's
    close_notify alert over TLS (the daemon reads it as EOF and keeps sending output).
    """

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._stream: Any = response.extensions["network_stream"]
        self._closed = False

    def sendall(self, data: bytes) -> None:
        """Send all of `data` to the container (its stdin)."""
        try:
            self._stream.write(data)
        except DockerException:
            raise
        except OSError as exc:
            raise _socket_error(exc) from exc
        except Exception as exc:  # httpcore's write errors (TLS, ssh)
            raise DockerConnectionError(f"writing to the attached connection failed: {exc}") from exc

    def send(self, data: bytes) -> int:
        """Send `data`; returns how many bytes were sent."""
        self.sendall(data)
        return len(data)

    write = sendall

    def recv(self, size: int = 65536) -> bytes:
        """Up to `size` raw bytes as they arrive (frame headers included when not a TTY); b"" at the end."""
        try:
            return self._stream.read(size)  # type: ignore[no-any-return]
        except DockerException:
            raise
        except OSError as exc:  # including a timeout the caller set with settimeout()
            raise _socket_error(exc) from exc
        except Exception as exc:  # httpcore's read errors (TLS, ssh)
            if "Timeout" in type(exc).__name__:
                raise DockerTimeoutError(f"timed out reading the attached connection: {exc}") from exc
            raise DockerConnectionError(f"reading the attached connection failed: {exc}") from exc

    def read(self, size: int = 65536) -> bytes:
        """Up to `size` raw bytes, as `recv`."""
        return self.recv(size)

    def read_all(self) -> bytes:
        """Everything until the daemon closes the connection."""
        parts: list[bytes] = []
        while True:
            data = self.recv()
            if not data:
                return b"".join(parts)
            parts.append(data)

    def _socket(self) -> socket.socket | None:
        sock = self._stream.get_extra_info("socket")
        return sock if isinstance(sock, socket.socket) else None

    def close_write(self) -> None:
        """Close the sending side only (the container sees the end of its stdin); reading goes on."""
        # ssh closes its stdin, TLS sends close_notify; both keep the read side open
        close_write = self._stream.get_extra_info("close_write") or getattr(self._stream, "close_write", None)
        if close_write is not None:
            close_write()
            return
        if self._stream.get_extra_info("ssl_object") is not None:
            raise DockerException(
                "cannot end stdin on this TLS connection without ending the session; "
                "close the socket instead, or run a command that does not wait for EOF"
            )
        sock = self._socket()
        if sock is None:
            raise DockerException("this connection cannot half-close")
        sock.shutdown(socket.SHUT_WR)

    def fileno(self) -> int:
        """The socket's file descriptor, for select() and the like."""
        sock = self._socket()
        if sock is None:
            raise DockerException("this connection has no file descriptor")
        return sock.fileno()

    def settimeout(self, timeout: float | None) -> None:
        """Seconds a read or write may wait (None: no limit); the client timeout ends with the upgrade."""
        sock = self._socket()
        if sock is not None:
            sock.settimeout(timeout)

    def close(self) -> None:
        """Close the connection; a reader blocked in it (also in another thread) wakes."""
        if not self._closed:
            self._closed = True
            self._stream.close()
            self._response.close()

    def __enter__(self) -> HijackedSocket:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


class AsyncHijackedSocket:
    """The asyncio form of `HijackedSocket`."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._stream: Any = response.extensions["network_stream"]
        self._closed = False
        self._timeout: float | None = None

    async def sendall(self, data: bytes) -> None:
        """Send all of `data` to the container (its stdin)."""
        await self._stream.write(data)

    async def send(self, data: bytes) -> int:
        """Send `data`; returns how many bytes were sent."""
        await self.sendall(data)
        return len(data)

    write = sendall

    async def recv(self, size: int = 65536) -> bytes:
        """Up to `size` raw bytes as they arrive (frame headers included when not a TTY); b"" at the end."""
        if self._timeout is None:
            return await self._stream.read(size)  # type: ignore[no-any-return]
        import asyncio  # here, not at the top: a sync Client does not import asyncio

        try:
            return await asyncio.wait_for(self._stream.read(size), self._timeout)
        except asyncio.TimeoutError:
            raise DockerTimeoutError(f"no output within {self._timeout} s on the attached connection") from None

    def fileno(self) -> int:
        """The socket's file descriptor."""
        sock = self._stream.get_extra_info("socket")
        if sock is None:
            raise DockerException("this connection has no file descriptor")
        return int(sock.fileno())

    def settimeout(self, timeout: float | None) -> None:
        """Bound each later `recv()` to `timeout` seconds (None: wait as long as it takes), like the sync socket."""
        self._timeout = timeout

    read = recv

    async def read_all(self) -> bytes:
        """Everything until the daemon closes the connection."""
        parts: list[bytes] = []
        while True:
            data = await self.recv()
            if not data:
                return b"".join(parts)
            parts.append(data)

    async def close_write(self) -> None:
        """Close the sending side only (the container sees the end of its stdin); reading goes on."""
        close_write = self._stream.get_extra_info("close_write") or getattr(self._stream, "close_write", None)
        if close_write is not None:
            await close_write()
            return
        if self._stream.get_extra_info("ssl_object") is not None:
            raise DockerException("cannot end stdin on a TLS connection without ending the session")
        sock = self._stream.get_extra_info("socket")
        if sock is None:
            raise DockerException("this connection cannot half-close")
        sock.shutdown(socket.SHUT_WR)

    async def close(self) -> None:
        """Close the connection."""
        if not self._closed:
            self._closed = True
            await self._stream.aclose()
            await self._response.aclose()

    async def __aenter__(self) -> AsyncHijackedSocket:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()
