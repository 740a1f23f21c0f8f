"""`client.swarm.init()` and `leave()` of the object API, on a private daemon outside any swarm.

The shared managers cannot leave their swarm, so this module uses the throw-away dockerd of
test_compat_swarm.py (its own network namespace, started once for the module): docker-py 7.2's DockerClient
(the oracle) and dockerapi.classic's each initialise a swarm there and leave it, and are compared; the typed
faces do the same with typed attrs.
"""

from __future__ import annotations

import asyncio
from typing import Any

import dockerapi
import pytest
from dockerapi import classic, models

from .test_compat_swarm import scratch_daemon  # noqa: F401 - the module's private daemon

STEADY_SPEC = ("Name", "Raft", "Orchestration", "CAConfig", "EncryptionConfig")


def _init_and_leave(client: Any, errors: Any) -> dict[str, Any]:
    outside = client.swarm  # read when taken: outside a swarm the daemon says so (503) and attrs stay empty
    seen: dict[str, Any] = {"outside": (type(outside).__name__, dict(outside.attrs))}
    with pytest.raises(errors.APIError) as refused:
        outside.leave()
    seen["leave_outside"] = refused.value.status_code
    swarm = client.swarm
    node_id = swarm.init("127.0.0.1", listen_addr="127.0.0.1:2377", snapshot_interval=5000,
                         task_history_retention_limit=3, autolock_managers=False)
    try:
        seen.update({
            "node_id": type(node_id).__name__,
            "node_is_the_manager": [node.id for node in client.nodes.list()] == [node_id],
            "attrs_read": swarm.id == client.swarm.id != "",  # init() read the new swarm into attrs
            "spec": {key: swarm.attrs["Spec"][key] for key in STEADY_SPEC},
            "version": type(swarm.version).__name__,
            "repr": repr(swarm) == f"<Swarm: {swarm.id[:12]}>",
        })
    finally:
        seen["leave"] = client.swarm.leave(force=True)
    return seen


def test_init_and_leave_classic_equals_docker_py(scratch_daemon: str) -> None:  # noqa: F811
    import docker

    oracle = docker.DockerClient(base_url=scratch_daemon, version="auto")
    try:
        expected = _init_and_leave(oracle, docker.errors)
    finally:
        oracle.close()
    with classic.DockerClient(base_url=scratch_daemon) as ours:
        assert _init_and_leave(ours, classic.errors) == expected
    assert expected["outside"] == ("Swarm", {}) and expected["node_id"] == "str" and expected["leave"] is True
    assert expected["spec"]["Raft"]["SnapshotInterval"] == 5000
    assert expected["spec"]["Orchestration"] == {"TaskHistoryRetentionLimit": 3}


def test_init_and_leave_typed_faces(scratch_daemon: str) -> None:  # noqa: F811
    with dockerapi.DockerClient(scratch_daemon) as client:
        assert client.swarm.attrs == {}
        swarm = client.swarm
        node_id = swarm.init("127.0.0.1", listen_addr="127.0.0.1:2377", snapshot_interval=5000)
        try:
            assert isinstance(node_id, str) and isinstance(swarm.attrs, models.Swarm)
            assert swarm.attrs.spec is not None and swarm.attrs.spec.raft is not None
            assert swarm.attrs.spec.raft.snapshot_interval == 5000
            assert [node.id for node in client.nodes.list()] == [node_id]
        finally:
            assert swarm.leave(force=True) is True

    async def run() -> tuple[Any, ...]:
        async with dockerapi.AsyncDockerClient(scratch_daemon) as client:
            swarm = client.swarm
            node_id = await swarm.init("127.0.0.1", listen_addr="127.0.0.1:2377")
            try:
                nodes = await client.nodes.list()
            finally:
                left = await swarm.leave(force=True)
            return swarm, node_id, nodes, left

    swarm, node_id, nodes, left = asyncio.run(run())
    assert isinstance(swarm.attrs, models.Swarm) and swarm.attrs.id
    assert [node.id for node in nodes] == [node_id] and left is True
