"""Seed code on `dockerapi.classic`: plain dicts typed by TypedDicts (tests/unit/test_classic.py reads reveal_type)."""

from __future__ import annotations

import json

from dockerapi.classic import AsyncClient, Client


def seed(client: Client) -> int:
    container = client.create_container("busybox:latest", "echo hi", name="classic")
    reveal_type(container)
    reveal_type(container["Id"])
    client.start(container)
    info = client.inspect_container(container)
    reveal_type(info)
    reveal_type(info["State"]["Status"])
    reveal_type(info["State"]["ExitCode"])
    reveal_type(client.containers())
    reveal_type(client.version()["ApiVersion"])
    print(json.dumps(info))
    info["Name"] = "renamed"  # a plain dict: mutation is allowed
    host_config = client.create_host_config(mem_limit="64m")
    reveal_type(host_config)
    reveal_type(client.logs(container))
    return client.wait(container)


async def modern(client: AsyncClient) -> None:
    reveal_type(await client.inspect_container("x"))
    reveal_type(await client.create_host_config(privileged=True))
