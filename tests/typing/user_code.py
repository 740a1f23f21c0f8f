"""User code that mypy --strict must accept; tests/unit/test_typing.py also checks reveal_type() output."""

from __future__ import annotations

from dockerapi import AsyncClient, Client


def classic(client: Client) -> int:
    container = client.create_container("busybox:latest", "echo hi", name="typed")
    reveal_type(container)
    client.start(container)
    info = client.inspect_container(container)
    reveal_type(info)
    reveal_type(client.version())
    reveal_type(client.containers())
    status = info.state.status if info.state else None
    print(status, info["State"])
    for chunk in client.logs(container, stream=True):
        reveal_type(chunk)
    reveal_type(client.logs(container))
    reveal_type(client.logs(container, stream=True))
    reveal_type(client.pull("busybox", stream=True, decode=True))
    reveal_type(client.pull("busybox"))
    exec_id = client.exec_create(container, "ls")["Id"]
    reveal_type(client.exec_start(exec_id, demux=True))
    reveal_type(client.exec_start(exec_id, socket=True))
    return client.wait(container)


async def modern(client: AsyncClient) -> None:
    reveal_type(await client.inspect_container("x"))
    async for document in await client.pull("busybox", stream=True):
        print(document)
