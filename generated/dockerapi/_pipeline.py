"""Pipelined bodiless requests on the lean transport: many GETs for about one round trip per connection.

A plan's `Gather` step (the inspects after a list) can hand its requests to `send_pipelined` /
`asend_pipelined`: they go out back to back on a few keep-alive connections (HTTP/1.1 pipelining, RFC 9112
9.3.2) and the answers are read in order as they arrive. The daemon answers one connection's requests one
after the other, so a few connections let it use its cores; the client makes one write and a few reads per
connection instead of a write, a wakeup and a read per request (threads or tasks cost more CPU than the
requests themselves: about 250 us an inspect with 8 threads, against about 30 us here).

Each answer comes back whole (a `Response` already read) or as the exception that request met. Requests a
connection left unanswered (closed while idle, `Connection: close`) go again on a new connection: only
GET and HEAD come here, which are safe to repeat.
"""

from __future__ import annotations

import selectors
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._errors import DockerConnectionError, ProtocolError
from ._http11 import (
    _READ_SIZE,
    Headers,
    Response,
    _BodyDecoder,
    _failed,
    _Head,
    _read_failed,
    _read_head,
    _split_head,
)

if TYPE_CHECKING:
    from ._http11 import AsyncSocketTransport, SocketTransport, _AsyncConnection, _Connection

__all__ = ["send_pipelined", "asend_pipelined", "Answers"]

# connections one batch spreads over: the daemon's handlers run in parallel across them; more than a few
# only adds connections (measured on 2 and 4 cores: 4 is as fast as 8 and 16)
LANES = 4


class Answers:
    """The answers to `count` pipelined requests, cut out of the bytes one connection receives (sans-IO).

    `feed()` the bytes as they come; `done` holds each complete answer as (head, body), in order. `open`
    is False once the daemon said `Connection: close` (or an answer that ends at EOF ended): what is left
    must go on another connection.
    """

    __slots__ = ("left", "open", "done", "_buffer", "_head", "_decoder", "_pieces")

    def __init__(self, count: int) -> None:
        self.left = count
        self.open = True
        self.done: list[tuple[_Head, bytes]] = []
        self._buffer = b""
        self._head: _Head | None = None
        self._decoder: _BodyDecoder | None = None
        self._pieces: list[bytes] = []

    def feed(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        while self.left and self.open:
            head = self._head
            if head is None:
                split = _split_head(buffer)
                if split is None:
                    break
                head_text, buffer = split
                head = _read_head(head_text, "GET")
                if 100 <= head.status < 200:
                    continue  # an interim answer: the real one follows
                self._head, self._decoder, self._pieces = head, _BodyDecoder(head.mode, head.length), []
            decoder = self._decoder
            assert decoder is not None
            if not decoder.done:
                if not buffer:
                    break
                piece = decoder.feed(buffer)
                if piece:
                    self._pieces.append(piece)
                if not decoder.done:
                    buffer = b""
                    break
                buffer = decoder.rest
            self._finish()
        self._buffer = buffer

    def eof(self) -> None:
        """The daemon closed the connection: an answer that runs to EOF is complete; a cut one raises."""
        decoder = self._decoder
        if decoder is not None and decoder.mode == "close":
            decoder.done = True
            self._finish()
        elif decoder is not None or self._buffer:
            raise ProtocolError("the connection closed in the middle of an answer")
        self.open = False

    @property
    def clean(self) -> bool:
        """Every answer read, nothing after them, and the connection may be used again."""
        return self.open and not self.left and not self._buffer and self._head is None

    def _finish(self) -> None:
        head = self._head
        assert head is not None
        self.done.append((head, b"".join(self._pieces)))
        self._head, self._decoder, self._pieces = None, None, []
        self.left -= 1
        if not head.keep_alive:
            self.open = False


def _response(head: _Head, body: bytes) -> Any:
    response = Response(head.status, head.reason, Headers(block=head.block), None,
                        {"http_version": b"HTTP/1.1", "reason_phrase": head.reason}, body)
    # compressed although the client asks for identity: httpx's response decodes it
    return response.to_httpx() if head.encoded else response


class _Lane:
    """One connection's share of a batch."""

    __slots__ = ("indices", "conn", "answers", "out", "deadline", "error")

    def __init__(self, indices: list[int], conn: Any, heads: Sequence[bytes]) -> None:
        self.indices = indices
        self.conn = conn
        self.answers = Answers(len(indices))
        self.out = b"".join(heads[i] for i in indices)
        self.deadline = 0.0
        self.error: BaseException | None = None


def _settle(lanes: list[_Lane], results: list[Any], address: str) -> list[int]:
    """Put each lane's answers in `results`; the indices to send again (a lane closed before answering all)."""
    again: list[int] = []
    for lane in lanes:
        answered = lane.answers.done
        for index, (head, body) in zip(lane.indices, answered, strict=False):
            results[index] = _response(head, body)
        unanswered = lane.indices[len(answered):]
        if not unanswered:
            continue
        if lane.error is None and (answered or lane.conn.reused):
            again.extend(unanswered)  # a new connection for the rest: progress was made, or the old one was stale
            continue
        error = lane.error or DockerConnectionError(f"{address} closed the connection without answering")
        for index in unanswered:
            results[index] = error
    return sorted(again)


def _split(indices: list[int], lanes: int) -> list[list[int]]:
    count = min(lanes, len(indices))
    return [indices[start::count] for start in range(count)]


def send_pipelined(transport: SocketTransport, heads: Sequence[bytes], connect_timeout: float | None,
                   read_timeout: float | None, lanes: int = LANES) -> list[Any]:
    """Send bodiless requests (their whole heads) pipelined on up to `lanes` connections; their answers, or
    the exception each met, in order. One thread: a selector waits on every connection at once."""
    results: list[Any] = [None] * len(heads)
    todo = list(range(len(heads)))
    while todo:
        shares = _split(todo, lanes)
        batch: list[_Lane] = []
        for share in shares:
            try:
                conn = transport._checkout() or transport._connect(connect_timeout)
            except BaseException as exc:
                for index in share:
                    results[index] = exc
                continue
            batch.append(_Lane(share, conn, heads))
        _exchange(transport, batch, read_timeout)
        todo = _settle(batch, results, transport.address)
    return results


def _exchange(transport: SocketTransport, batch: list[_Lane], read_timeout: float | None) -> None:
    selector = selectors.DefaultSelector()
    try:
        for lane in batch:
            conn: _Connection = lane.conn
            conn.sock.setblocking(False)
            conn.timeout = 0.0  # the next ordinary exchange sets its own deadline
            lane.answers.feed(conn.rest)
            conn.rest = b""
            lane.deadline = time.monotonic() + (read_timeout if read_timeout is not None else 0.0)
            selector.register(conn.sock, selectors.EVENT_READ | selectors.EVENT_WRITE, lane)
        active = len(batch)
        while active:
            wait = None
            if read_timeout is not None:
                wait = max(0.0, min(lane.deadline for lane in batch if _waiting(lane)) - time.monotonic())
            events = selector.select(wait)
            if not events:
                for lane in batch:
                    if _waiting(lane):
                        lane.error = _read_failed(transport.address, TimeoutError())
                        selector.unregister(lane.conn.sock)
                        active -= 1
                continue
            for key, mask in events:
                lane = key.data
                if _step(lane, mask, read_timeout, transport.address):
                    selector.unregister(lane.conn.sock)
                    active -= 1
                elif not lane.out and mask & selectors.EVENT_WRITE:
                    selector.modify(lane.conn.sock, selectors.EVENT_READ, lane)
    finally:
        selector.close()
        for lane in batch:
            if lane.error is None and lane.answers.clean:
                transport._checkin(lane.conn)
            else:
                lane.conn.close()


def _waiting(lane: _Lane) -> bool:
    """Whether a lane still waits for answers on its connection (is still registered with the selector): a lane
    the daemon closed early is not, and its deadline must not end the others' wait."""
    return bool(lane.answers.left) and lane.answers.open and lane.error is None


def _step(lane: _Lane, mask: int, read_timeout: float | None, address: str) -> bool:
    """Move a lane's bytes; True once it needs no more events (all answered, closed, or failed)."""
    sock = lane.conn.sock
    try:
        if mask & selectors.EVENT_WRITE and lane.out:
            try:
                sent = sock.send(lane.out)
            except BlockingIOError:
                sent = 0
            lane.out = lane.out[sent:]
        if not mask & selectors.EVENT_READ:
            return False
        try:
            data = sock.recv(_READ_SIZE)
        except BlockingIOError:
            return False
        if data:
            lane.answers.feed(data)
            if read_timeout is not None:
                lane.deadline = time.monotonic() + read_timeout
        else:
            lane.answers.eof()
    except (BrokenPipeError, ConnectionResetError) as exc:
        if not (lane.conn.reused and not lane.answers.done):
            lane.error = _failed(address, exc)
        lane.answers.open = False  # a stale pooled connection: its requests go again on a new one
    except ProtocolError as exc:
        lane.error = exc
    except OSError as exc:
        lane.error = _failed(address, exc)
    return lane.error is not None or not lane.answers.left or not lane.answers.open


async def asend_pipelined(transport: AsyncSocketTransport, heads: Sequence[bytes], connect_timeout: float | None,
                          read_timeout: float | None, lanes: int = LANES) -> list[Any]:
    """`send_pipelined` on the event loop: a task per connection."""
    import asyncio

    results: list[Any] = [None] * len(heads)
    todo = list(range(len(heads)))
    while todo:
        shares = _split(todo, lanes)
        batch: list[_Lane] = []
        for share in shares:
            try:
                if transport._idle:
                    conn = transport._idle.pop()
                    conn.reused = True
                else:
                    conn = await transport._connect(connect_timeout)
            except BaseException as exc:
                for index in share:
                    results[index] = exc
                continue
            batch.append(_Lane(share, conn, heads))
        await asyncio.gather(*(_alane(transport, lane, read_timeout) for lane in batch))
        todo = _settle(batch, results, transport.address)
    return results


async def _alane(transport: AsyncSocketTransport, lane: _Lane, read_timeout: float | None) -> None:
    import asyncio

    from ._http11 import _receive

    conn: _AsyncConnection = lane.conn
    answers = lane.answers
    try:
        answers.feed(conn.rest)
        conn.rest = b""
        conn.writer.write(lane.out)  # written by the loop as the socket takes it, while the answers are read
        while answers.left and answers.open:
            data = await _receive(conn.reader, read_timeout)
            if not data:
                answers.eof()
                break
            answers.feed(data)
    except (BrokenPipeError, ConnectionResetError) as exc:
        if not (conn.reused and not answers.done):
            lane.error = _failed(transport.address, exc)
        answers.open = False
    except ProtocolError as exc:
        lane.error = exc
    except (asyncio.TimeoutError, OSError) as exc:  # asyncio's is not the builtin before 3.11
        lane.error = _failed(transport.address, exc)
    except BaseException:
        conn.close()
        raise
    if lane.error is None and answers.clean:
        transport._checkin(conn)
    else:
        conn.close()
