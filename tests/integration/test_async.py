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
                # a follow stream would never end by itself: close() must have released it
                assert client.negotiated_version == "1.41"
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
