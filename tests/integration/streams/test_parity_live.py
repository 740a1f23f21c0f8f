"""Sync and async streams over a real daemon give the same bytes in the same pieces."""

from __future__ import annotations

import asyncio
from typing import Any

from dockerapi import AsyncClient, Client


def test_async_raw_stream_reads_in_pieces_like_the_sync_one(
    client: Client, engine: dict[str, Any], make_container: Any
) -> None:
    container = make_container("true")
    pieces = list(client.export(container).stream(4096))
    assert len(pieces) > 2 and all(len(p) == 4096 for p in pieces[:-1]) and 0 < len(pieces[-1]) <= 4096

    async def main() -> list[bytes]:
        async with AsyncClient(engine["base_url"]) as aclient:
            return [piece async for piece in (await aclient.export(container)).stream(4096)]

    async_pieces = asyncio.run(main())
    assert [len(p) for p in async_pieces] == [len(p) for p in pieces]
    # the same container exported twice: the tar headers carry the same content, so the same bytes
    assert b"".join(async_pieces) == b"".join(pieces)


def test_async_attach_socket_honours_settimeout_like_the_sync_one(
    client: Client, engine: dict[str, Any], make_container: Any
) -> None:
    from dockerapi import DockerTimeoutError

    container = make_container("sleep 30", stdin_open=True, start=True)

    async def main() -> str:
        async with AsyncClient(engine["base_url"]) as aclient:
            sock = await aclient.attach_socket(container, params={"stdout": 1, "stream": 1})
            try:
                sock.settimeout(0.5)
                assert sock.fileno() >= 0
                try:
                    await sock.recv()
                except DockerTimeoutError as exc:
                    return str(exc)
                return "no timeout"
            finally:
                await sock.close()

    assert "0.5" in asyncio.run(main())
