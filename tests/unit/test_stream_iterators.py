"""Every stream a method of the catalog returns is an iterator, as docker-py's generators are (issue 24, item 8):
`next(stream)` reads one item and `anext(stream)` does on the AsyncClient's, and a `for` loop after `next()`
goes on from there. The walk covers every operation with a streaming return shape, through the same
`_stream_result` the clients use, on answers built in memory (pure logic: the live streams are exercised by
tests/integration/streams/)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from dockerapi import _catalog
from dockerapi._operation import Operation
from dockerapi._request import PreparedRequest
from dockerapi.classic import AsyncClient, Client

# the return shapes that hand out an iterator of items (hijack hands out a socket, not items)
ITEM_STREAMS = {"json_progress", "json_lines", "multiplexed", "raw_stream", "tar_with_stat"}

OPERATIONS = sorted(
    (op for op in vars(_catalog).values() if isinstance(op, Operation) and op.returns.kind in ITEM_STREAMS),
    key=lambda op: op.method,
)


def _frame(payload: bytes, stream_id: int = 1) -> bytes:
    return bytes([stream_id, 0, 0, 0]) + len(payload).to_bytes(4, "big") + payload


def _answer(op: Operation) -> tuple[bytes, dict[str, str], list[Any]]:
    """A body of two items for `op`'s shape, its headers, and the two items a stream of it yields."""
    kind = op.returns.kind
    if kind in ("json_progress", "json_lines"):
        docs = [{"status": "one"}, {"status": "two"}]
        return b"".join(json.dumps(d).encode() + b"\r\n" for d in docs), {"Content-Type": "application/json"}, docs
    if kind == "multiplexed":
        return (_frame(b"out\n") + _frame(b"err\n", 2),
                {"Content-Type": "application/vnd.docker.multiplexed-stream"}, [b"out\n", b"err\n"])
    return b"0123456789", {"Content-Type": "application/x-tar"}, [b"0123456789"]


def _prepared(op: Operation) -> PreparedRequest:
    prepared = PreparedRequest(op.verb, {})
    prepared.controls.update({"stream": True, "decode": True, "is_tty": False})
    return prepared


def _first(result: Any) -> Any:
    return result[0] if isinstance(result, tuple) else result  # get_archive: (stream, stat)


def test_the_walk_covers_the_streaming_methods() -> None:
    methods = {op.method for op in OPERATIONS}
    assert {"logs", "attach", "exec_start", "events", "stats", "build", "pull", "push", "get_archive", "export",
            "get_image", "service_logs", "task_logs", "load_image"} <= methods


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.method)
def test_every_stream_is_an_iterator(op: Operation) -> None:
    body, headers, items = _answer(op)
    client = Client("unix:///nonexistent.sock", version="1.44")
    try:
        response = httpx.Response(200, headers=headers, stream=httpx.ByteStream(body))
        stream = _first(client._stream_result(op, _prepared(op), response))
        assert isinstance(stream, Iterator), type(stream)
        assert iter(stream) is iter(stream)  # one position, whoever iterates
        assert next(stream) == items[0]
        assert list(stream) == items[1:]  # a loop after next() goes on from there
        with pytest.raises(StopIteration):
            next(stream)
    finally:
        client.close()


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.method)
def test_every_async_stream_supports_anext(op: Operation) -> None:
    body, headers, items = _answer(op)

    async def walk() -> None:
        client = AsyncClient("unix:///nonexistent.sock", version="1.44")
        try:
            response = httpx.Response(200, headers=headers, stream=httpx.ByteStream(body))
            stream = _first(await client._stream_result(op, _prepared(op), response))
            assert isinstance(stream, AsyncIterator), type(stream)
            assert await anext(stream) == items[0]
            assert [item async for item in stream] == items[1:]
            with pytest.raises(StopAsyncIteration):
                await anext(stream)
        finally:
            await client.close()

    asyncio.run(walk())
