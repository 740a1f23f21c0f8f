"""AsyncClient: concurrency, async streams (iterators that close), async context manager."""

from __future__ import annotations

import asyncio
from typing import Any

from dockerapi import AsyncClient


def test_50_concurrent_inspects(engine: dict[str, Any]) -> None:
    async def main() -> None:
        async with AsyncClient(engine["base_url"]) as client:
            container = await client.create_container("busybox:latest", "true")
            try:
                results = await asyncio.gather(*[client.inspect_container(container) for _ in range(50)])
                assert {r["Id"] for r in results} == {container["Id"]}
                assert len(results) == 50
            finally:
                await client.remove_container(container, force=True)

    asyncio.run(main())


def test_async_log_stream_is_an_async_iterator_and_closes(docker20: dict[str, Any]) -> None:
    async def main() -> list[bytes]:
        async with AsyncClient(docker20["base_url"]) as client:
            container = await client.create_container(
                "busybox:latest", ["sh", "-c", "for i in 1 2 3; do echo line$i; done; sleep 60"]
            )
            try:
                await client.start(container)
                stream = await client.logs(container, stream=True, follow=True)
                lines: list[bytes] = []
                async with stream:
                    async for chunk in stream:
                        lines += chunk.splitlines()
                        if len(lines) >= 3:
                            break
                # a follow stream never ends by itself: getting here means leaving `async with` after
                # `break` closed it instead of reading on (the 30 s wait_for below fails a hang)
                return lines
            finally:
                await client.remove_container(container, force=True)

    assert asyncio.run(asyncio.wait_for(main(), 30)) == [b"line1", b"line2", b"line3"]


def test_async_events_stream(docker20: dict[str, Any]) -> None:
    async def main() -> dict[str, Any]:
        async with AsyncClient(docker20["base_url"]) as client:
            events = await client.events(decode=True, filters={"type": "container", "event": "create"})
            container = await client.create_container("busybox:latest", "true")
            try:
                async for event in events:
                    if event.get("id") == container["Id"]:
                        await events.close()
                        return dict(event)
                raise AssertionError("stream ended")
            finally:
                await client.remove_container(container, force=True)

    event = asyncio.run(asyncio.wait_for(main(), 30))
    assert event["Action"] == "create"


def test_async_stream_read_after_close_yields_nothing(docker20: dict[str, Any]) -> None:
    # as the sync stream does (README: "a stream iterated after close() yields nothing"), with no httpx error
    async def main() -> None:
        async with AsyncClient(docker20["base_url"]) as client:
            container = await client.create_container("busybox:latest", ["sh", "-c", "echo one; sleep 60"])
            try:
                await client.start(container)
                stream = await client.logs(container, stream=True, follow=True)
                async with stream:
                    async for _chunk in stream:
                        break
                assert [chunk async for chunk in stream] == []
            finally:
                await client.remove_container(container, force=True)

    asyncio.run(asyncio.wait_for(main(), 30))
