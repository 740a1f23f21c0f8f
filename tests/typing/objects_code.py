# pyright: strict
"""User code of the object API, as an IDE user writes it: mypy --strict and pyright (strict) must pass,
and reveal_type shows what each call is typed as (tests/unit/test_objects_typing.py reads both)."""

from __future__ import annotations

import dockerapi
import dockerapi.classic as docker


def typed(client: dockerapi.DockerClient) -> None:
    output = client.containers.run("busybox", "echo hi")
    reveal_type(output)
    detached = client.containers.run("busybox", "sleep 5", detach=True)
    reveal_type(detached)
    streamed = client.containers.run("busybox", "echo hi", stream=True)
    reveal_type(streamed)
    for chunk in streamed:
        print(chunk.decode())
    with client.containers.run("busybox", "echo hi", stream=True) as lines:  # closes the stream at the end
        print(b"".join(lines))
    reveal_type(detached.attrs)
    reveal_type(detached.status)
    reveal_type(detached.attrs.state)
    listed = client.containers.list(all=True)
    reveal_type(listed)
    result = detached.exec_run("echo x")
    reveal_type(result)
    reveal_type(result.exit_code)
    reveal_type(detached.logs(stream=True))
    reveal_type(detached.image)
    reveal_type(client.images.get("busybox").tags)
    reveal_type(client.info())


async def asynchronous(client: dockerapi.AsyncDockerClient) -> None:
    container = await client.containers.run("busybox", "sleep 5", detach=True)
    reveal_type(container)
    reveal_type(await container.image)
    reveal_type(await client.containers.list())
    output = await client.containers.run("busybox", "echo hi", stream=True)
    async for chunk in output:
        print(chunk)
    reveal_type(output)


def classic(client: docker.DockerClient) -> None:
    container = client.containers.run("busybox", "sleep 5", detach=True)
    reveal_type(container)
    reveal_type(container.attrs)
    reveal_type(client.containers.run("busybox", "echo hi"))
    reveal_type(docker.from_env())
