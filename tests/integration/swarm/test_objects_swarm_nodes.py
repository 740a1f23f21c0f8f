"""The object API of the swarm (`client.swarm`) and its nodes (`client.nodes`) on both swarm managers.

docker-py 7.2's DockerClient is the oracle for `dockerapi.classic.DockerClient`, compared as a user sees it;
the typed faces run the same scenarios with typed attrs. The managers are shared: what a test changes (node
labels, the swarm's spec) is put back, and nothing leaves or re-initialises the swarm (the daemon's
refusals of init, join, leave and unlock are what is compared; test_compat_swarm.py initialises a private
daemon for the low-level calls).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import dockerapi
import pytest
from dockerapi import classic, models

# what moves between two reads of the same swarm or node
MOVING = {"Version", "UpdatedAt", "Status", "ManagerStatus", "Description", "JoinTokens"}


@pytest.fixture
def faces(any_swarm_manager: dict[str, Any]) -> Iterator[tuple[Any, classic.DockerClient]]:
    """docker-py 7.2's DockerClient (the oracle) and dockerapi.classic's, on one swarm manager."""
    import docker

    oracle = docker.DockerClient(base_url=any_swarm_manager["base_url"], version="auto")
    with classic.DockerClient(base_url=any_swarm_manager["base_url"]) as ours:
        yield oracle, ours
    oracle.close()


def _steady(attrs: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in attrs.items() if key not in MOVING}


def _nodes_scenario(client: Any, errors: Any) -> dict[str, Any]:
    nodes = client.nodes.list()
    node = client.nodes.get(nodes[0].id)
    original = dict(node.attrs["Spec"])
    seen: dict[str, Any] = {
        "class": type(node).__name__,
        "repr": repr(node) == f"<Node: {node.id[:12]}>",
        "ids": [n.id for n in nodes],
        "managers": [n.id for n in client.nodes.list(filters={"role": "manager"})],
        "attrs": _steady(node.attrs),
        "version": type(node.version).__name__,
        "equal": node == nodes[0],
    }
    try:
        seen["update"] = node.update({**original, "Labels": {**original.get("Labels", {}), "dapi-obj": "1"}})
        node.reload()
        seen["labels"] = node.attrs["Spec"]["Labels"].get("dapi-obj")
        # the version in attrs is now stale: the daemon refuses it
        stale = client.nodes.get(node.id)
        node.update(original)
        with pytest.raises(errors.APIError) as caught:
            stale.update(original)
        seen["stale"] = (type(caught.value).__name__, caught.value.status_code)
    finally:
        node.reload()
        if node.attrs["Spec"] != original:
            node.update(original)
    with pytest.raises(errors.APIError) as refused:  # the only manager cannot be removed
        node.remove()
    seen["remove"] = (type(refused.value).__name__, refused.value.status_code)
    with pytest.raises(errors.NotFound):
        client.nodes.get("dapi-no-such-node")
    return seen


def test_nodes_classic_equals_docker_py(faces: tuple[Any, classic.DockerClient]) -> None:
    import docker

    oracle, ours = faces
    expected = _nodes_scenario(oracle, docker.errors)
    assert _nodes_scenario(ours, classic.errors) == expected
    assert expected["labels"] == "1" and expected["update"] is True


def _swarm_refusals(client: Any, errors: Any) -> list[tuple[str, int]]:
    """What a manager of a live swarm answers to init, join, leave without force and unlock."""
    refused = []
    for action in (lambda: client.swarm.init(), lambda: client.swarm.join(["127.0.0.1:2377"], "SWMTKN-1-dapi"),
                   lambda: client.swarm.leave(), lambda: client.swarm.unlock("SWMKEY-1-dapi")):
        with pytest.raises(errors.APIError) as caught:
            action()
        refused.append(caught.value.status_code)
    return refused


def _swarm_scenario(client: Any, errors: Any) -> dict[str, Any]:
    swarm = client.swarm  # read when taken, as docker-py's is
    seen: dict[str, Any] = {
        "class": type(swarm).__name__,
        "repr": repr(swarm) == f"<Swarm: {swarm.id[:12]}>",
        "attrs": _steady(swarm.attrs),
        "version": type(swarm.version).__name__,
        "unlock_key": swarm.get_unlock_key(),
        "refused": _swarm_refusals(client, errors),
    }
    original = swarm.attrs["Spec"]
    worker_token = swarm.attrs["JoinTokens"]["Worker"]
    try:
        # docker-py's update sends only the settings given (the rest go back to their defaults)
        seen["update"] = swarm.update(rotate_worker_token=True, snapshot_interval=10001, name="default")
        swarm.reload()
        seen["updated_spec"] = swarm.attrs["Spec"]
        seen["rotated"] = swarm.attrs["JoinTokens"]["Worker"] != worker_token
    finally:
        swarm.reload()
        client.api.update_swarm(swarm.attrs["Version"]["Index"], original)
    return seen


def test_swarm_classic_equals_docker_py(faces: tuple[Any, classic.DockerClient]) -> None:
    import docker

    oracle, ours = faces
    expected = _swarm_scenario(oracle, docker.errors)
    assert _swarm_scenario(ours, classic.errors) == expected
    assert expected["rotated"] is True and expected["updated_spec"]["Raft"]["SnapshotInterval"] == 10001
    assert expected["refused"] == [503, 503, 503, 409]


def test_typed_face(any_swarm_manager: dict[str, Any]) -> None:
    with dockerapi.DockerClient(any_swarm_manager["base_url"]) as client:
        swarm = client.swarm
        assert isinstance(swarm.attrs, models.Swarm) and swarm.attrs.id == swarm.id
        assert isinstance(swarm.version, int)
        assert isinstance(swarm.get_unlock_key(), models.SwarmUnlockkeyResponse)
        with pytest.raises(dockerapi.APIError):
            swarm.init()
        nodes = client.nodes.list()
        assert nodes and all(isinstance(n.attrs, models.Node) for n in nodes)
        node = client.nodes.get(nodes[0].id)
        assert node == nodes[0] and isinstance(node.version, int)
        spec = node.attrs["Spec"]
        assert node.update({**spec, "Labels": {**spec.get("Labels", {}), "dapi-obj-typed": "1"}}) is True
        try:
            node.reload()
            assert node.attrs.spec is not None and node.attrs.spec.labels is not None
            assert node.attrs.spec.labels["dapi-obj-typed"] == "1"
        finally:
            node.update(spec)


def test_async_face(any_swarm_manager: dict[str, Any]) -> None:
    async def run() -> tuple[Any, ...]:
        async with dockerapi.AsyncDockerClient(any_swarm_manager["base_url"]) as client:
            swarm = client.swarm
            empty = dict(swarm.attrs)  # the async face reads nothing until awaited
            await swarm.reload()
            key = await swarm.get_unlock_key()
            try:
                await swarm.leave()
            except dockerapi.APIError as error:
                refused: Any = error
            nodes = await client.nodes.list()
            node = await client.nodes.get(nodes[0].id)
            return empty, swarm, key, refused, nodes, node

    empty, swarm, key, refused, nodes, node = asyncio.run(run())
    assert empty == {} and type(swarm).__name__ == "AsyncSwarm"
    assert isinstance(swarm.attrs, models.Swarm) and isinstance(swarm.version, int)
    assert isinstance(key, models.SwarmUnlockkeyResponse) and refused.status_code == 503
    assert node == nodes[0] and isinstance(node.attrs, models.Node)
