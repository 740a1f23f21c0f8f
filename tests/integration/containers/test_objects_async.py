"""The async object API of containers (`dockerapi.AsyncDockerClient`): the scenarios of test_objects.py,
awaited, with typed results, on Docker 20.10, Docker 28.5 and Podman."""

from __future__ import annotations

import asyncio
from typing import Any

import dockerapi
import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py


def _run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


async def _sweep(client: dockerapi.AsyncDockerClient, marker: str) -> None:
    for c in await client.containers.list(all=True, filters={"label": f"dapi-objects={marker}"}):
        try:
            await c.remove(force=True)
        except (dockerapi.NotFound, dockerapi.Conflict):
            pass  # already gone, or going (a removal in progress)


def test_async_run_output_detach_exec_and_list(engine: dict[str, Any]) -> None:
    marker = unique("objs-async")
    label = {"dapi-objects": marker}

    async def scenario() -> None:
        async with dockerapi.AsyncDockerClient(engine["base_url"]) as client:
            try:
                assert await client.containers.run(BUSYBOX, "echo hi", remove=True, labels=label) == b"hi\n"
                container = await client.containers.run(BUSYBOX, "sleep 30", detach=True, init=True, labels=label)
                assert isinstance(container, dockerapi.objects.AsyncContainer)
                assert container.status == "running"  # as it is after the start
                assert isinstance(container.attrs, dockerapi.models.ContainerInspectResponse)
                image = await container.image
                assert image is not None and image.tags
                result = await container.exec_run(["sh", "-c", "echo x; exit 3"])
                assert (result.exit_code, result.output) == (3, b"x\n")
                streamed = await container.exec_run(["sh", "-c", "echo y; exit 5"], stream=True)
                assert streamed.exit_code is None
                assert [chunk async for chunk in streamed.output] == [b"y\n"]
                assert await streamed.wait() == 5
                listed = await client.containers.list(filters={"label": f"dapi-objects={marker}"})
                assert listed == [container]
                chunks = [chunk async for chunk in await client.containers.run(
                    BUSYBOX, ["sh", "-c", "echo a; sleep 0.2; echo b"], stream=True, labels=label)]
                assert b"".join(chunks) == b"a\nb\n"
                with pytest.raises(dockerapi.ContainerError) as caught:
                    await client.containers.run(BUSYBOX, ["sh", "-c", "echo no >&2; exit 2"], labels=label)
                assert (caught.value.exit_status, caught.value.stderr) == (2, b"no\n")
                await container.kill()
                await container.reload()
                assert container.status == "exited"
                got = await client.containers.get(container.id)
                assert got == container and got.name == container.name
            finally:
                await _sweep(client, marker)

    _run(scenario())


def test_async_list_inspects_concurrently_and_skips_removed(engine: dict[str, Any]) -> None:
    marker = unique("objs-async")
    label = {"dapi-objects": marker}

    async def scenario() -> None:
        async with dockerapi.AsyncDockerClient(engine["base_url"]) as client:
            try:
                made = [await client.containers.create(BUSYBOX, "true", labels=label) for _ in range(6)]
                listed = await client.containers.list(all=True, filters={"label": f"dapi-objects={marker}"})
                assert {c.id for c in listed} == {c.id for c in made}
                assert all(c.attrs.config is not None for c in listed)
            finally:
                await _sweep(client, marker)

    _run(scenario())
