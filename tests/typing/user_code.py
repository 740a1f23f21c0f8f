# pyright: strict
"""User code that mypy --strict and pyright (strict) must both accept.

tests/unit/test_typing.py checks mypy's reveal_type() output, tests/unit/test_pyright.py pyright's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from dockerapi import AsyncClient, Client
from dockerapi.models import ContainerInspectResponse


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


def wait_both_ways(client: Client) -> int:
    status = client.wait("typed")
    reveal_type(status)
    reveal_type(status["StatusCode"])  # docker-py code: the document's key, an int
    error = status.get("Error")
    message = error.get("Message") if error is not None else None
    print(message, status == 0, status + 1)  # seed code: the int itself
    return status["StatusCode"]


def streams(client: Client) -> list[str]:
    seen: list[str] = []
    for event in client.events(decode=True):
        seen.append(str(event.get("Action")))
        break
    for out, err in client.logs("typed", stream=True, demux=True):
        seen.append(repr((out, err)))
    for progress in client.pull("busybox", stream=True, decode=True):
        seen.append(str(progress.get("status")))
    return seen


def as_mapping(info: ContainerInspectResponse, expected: Mapping[str, Any]) -> Mapping[str, Any]:
    # a model is a read-only Mapping of the daemon's JSON, keyed by wire name. (pyright's strict mode
    # flags `model == {...}` with a dict as "no overlap": it takes every pydantic model for a dataclass
    # with a generated __eq__; comparing with a Mapping-typed value passes both checkers.)
    reveal_type(info.keys())
    reveal_type(info.items())
    reveal_type(info.values())
    for key in info:
        reveal_type(key)
    text = json.dumps(dict(info))
    print(text, len(info), "State" in info, info.get("Name", ""), info == expected)
    return info


async def modern(client: AsyncClient) -> None:
    reveal_type(await client.inspect_container("x"))
    async for document in await client.pull("busybox", stream=True):
        print(document)
    async for chunk in await client.logs("typed", stream=True, follow=True):
        reveal_type(chunk)
    async with AsyncClient() as other:
        listed = await other.containers(all=True)
        print([summary["Id"] for summary in listed], as_mapping(await other.inspect_container("x"), {}))
