"""The object API of networks (`client.networks`, `Network`) on Docker 20.10, 28.5 and Podman: docker-py 7.2
(the oracle) and `dockerapi.classic.DockerClient` run the same scenarios and must show a user the same thing;
`dockerapi.DockerClient` and `AsyncDockerClient` run them with typed results."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import docker.errors
import dockerapi
import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import classic, models
from dockerapi.classic import errors as classic_errors
from dockerapi.objects import AsyncContainer, AsyncNetwork, Container, Network

# what differs between two networks made alike: who they are, when, and the subnet the daemon picked
MOVING = {"Id", "Name", "Created", "IPAM", "Labels"}


@pytest.fixture
def undo(engine: dict[str, Any]) -> Iterator[Callable[[str, str], None]]:
    """Register ("network" | "container", id) to remove after the test."""
    items: list[tuple[str, str]] = []
    yield lambda kind, ident: items.append((kind, ident))
    with classic.APIClient(base_url=engine["base_url"]) as api:
        for kind, ident in reversed(items):
            try:
                if kind == "container":
                    api.remove_container(ident, force=True)
                else:
                    api.remove_network(ident)
            except dockerapi.DockerException:
                pass


def sleeper(client: Any, undo: Callable[[str, str], None]) -> Any:
    container = client.containers.run(BUSYBOX, "sleep 60", detach=True, name=unique("dapi-objnet-c"))
    undo("container", container.id)
    return container


def test_create_get_list_remove_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient,
                                             undo: Callable[[str, str], None]) -> None:
    seen = {}
    for name, client in (("docker-py", docker_py), ("classic", classic_docker)):
        label = unique("label")
        net_name = unique("dapi-objnet")
        network = client.networks.create(net_name, driver="bridge", labels={"dapi.objnet": label})
        undo("network", network.id)
        assert type(network).__name__ == "Network" and network.name == net_name
        assert network.attrs["Labels"] == {"dapi.objnet": label}
        again = client.networks.get(network.id)
        assert again == network and again.attrs == network.attrs
        assert client.networks.get(net_name, verbose=False).id == network.id
        listed = client.networks.list(names=[net_name])
        assert [n.id for n in listed] == [network.id]
        assert [n.id for n in client.networks.list(filters={"label": [f"dapi.objnet={label}"]})] == [network.id]
        assert client.networks.list(ids=[network.id])[0].name == net_name
        greedy = client.networks.list(names=[net_name], greedy=True)
        assert greedy[0].attrs == client.networks.get(network.id).attrs
        assert network.containers == []
        seen[name] = (network.attrs, listed[0].attrs, greedy[0].attrs, repr(network)[:10])
        assert network.remove() is None
        with pytest.raises((docker.errors.NotFound, classic_errors.NotFound)):
            client.networks.get(network.id)
    for oracle, ours in zip(seen["docker-py"], seen["classic"]):
        if isinstance(oracle, dict):
            assert sorted(ours) == sorted(oracle)
            assert {k: v for k, v in ours.items() if k not in MOVING} == {
                k: v for k, v in oracle.items() if k not in MOVING}
        else:
            assert ours == oracle


def test_check_duplicate_true_runs_on_every_engine_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient,
                                                                undo: Callable[[str, str], None]) -> None:
    # docker-py sends CheckDuplicate at every version (the newest daemons ignore it and refuse a name in use
    # anyway); here it is sent where the API has it and left out where that is what the daemon does
    for client in (docker_py, classic_docker):
        name = unique("dapi-objnet-dup")
        network = client.networks.create(name, check_duplicate=True)
        undo("network", network.id)
        assert network.name == name
        with pytest.raises((docker.errors.APIError, classic_errors.APIError)):
            client.networks.create(name, check_duplicate=True)


def test_connect_disconnect_and_containers_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient,
                                                        undo: Callable[[str, str], None]) -> None:
    for client in (docker_py, classic_docker):
        network = client.networks.create(unique("dapi-objnet"))
        undo("network", network.id)
        first, second = sleeper(client, undo), sleeper(client, undo)
        network.connect(first, aliases=["first-alias"])  # a Container object
        network.connect(second.id)  # or an id
        network.reload()
        attached = network.containers
        assert sorted(c.id for c in attached) == sorted([first.id, second.id])
        assert all(type(c).__name__ == "Container" for c in attached)
        assert all(c.attrs["NetworkSettings"]["Networks"].get(network.name) for c in attached)
        first.reload()
        assert "first-alias" in (first.attrs["NetworkSettings"]["Networks"][network.name]["Aliases"] or [])
        network.disconnect(first)
        network.disconnect(second.id, force=True)
        network.reload()
        assert network.containers == []
        with pytest.raises((docker.errors.APIError, classic_errors.APIError)):
            network.disconnect(first.id)  # not connected any more


def test_prune_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient,
                            undo: Callable[[str, str], None]) -> None:
    answers = []
    for client in (docker_py, classic_docker):
        label = unique("label")
        network = client.networks.create(unique("dapi-objnet"), labels={"dapi.objnet": label})
        undo("network", network.id)
        answer = client.networks.prune(filters={"label": [f"dapi.objnet={label}"]})
        assert answer["NetworksDeleted"] == [network.name]
        answers.append(sorted(answer))
    assert answers[0] == answers[1]


def test_typed_networks(engine: dict[str, Any], typed_docker: dockerapi.DockerClient,
                        undo: Callable[[str, str], None]) -> None:
    net_name = unique("dapi-objnet")
    network = typed_docker.networks.create(net_name, labels={"dapi.objnet": "typed"})
    undo("network", network.id)
    assert isinstance(network, Network) and isinstance(network.attrs, models.NetworkInspect)
    assert network.name == net_name and network.attrs.labels == {"dapi.objnet": "typed"}
    container = sleeper(typed_docker, undo)
    assert isinstance(container, Container)
    network.connect(container, aliases=["typed-alias"])
    network.reload()
    assert [c.id for c in network.containers] == [container.id]
    assert all(isinstance(c, Container) for c in network.containers)
    # listed without greedy: the list entry, typed, in `summary`; attrs need the whole description
    listed = typed_docker.networks.list(names=[net_name])
    assert [n.id for n in listed] == [network.id] and listed[0].name == net_name
    assert isinstance(listed[0].summary, models.NetworkSummary)
    with pytest.raises(dockerapi.DockerException, match="sparse"):
        listed[0].attrs  # noqa: B018 - the access is the test
    listed[0].reload()
    assert listed[0].attrs.id == network.id
    greedy = typed_docker.networks.list(names=[net_name], greedy=True)
    assert isinstance(greedy[0].attrs, models.NetworkInspect) and [c.id for c in greedy[0].containers] == [container.id]
    assert typed_docker.networks.get(network.id, verbose=False) == network
    network.disconnect(container.id)
    network.remove()
    with pytest.raises(dockerapi.NotFound):
        typed_docker.networks.get(network.id)


def test_async_networks(engine: dict[str, Any], undo: Callable[[str, str], None]) -> None:
    net_name = unique("dapi-objnet")

    async def run() -> tuple[AsyncNetwork, list[AsyncContainer], list[AsyncNetwork], Any]:
        async with dockerapi.AsyncDockerClient(engine["base_url"]) as client:
            network = await client.networks.create(net_name)
            undo("network", network.id)
            container = await client.containers.run(BUSYBOX, "sleep 60", detach=True, name=unique("dapi-objnet-c"))
            undo("container", container.id)
            await network.connect(container)
            await network.reload()
            attached = await network.containers
            listed = await client.networks.list(names=[net_name], greedy=True)
            await network.disconnect(container)
            await network.remove()
            pruned = await client.networks.prune(filters={"label": [f"dapi.objnet={unique('none')}"]})
            return network, attached, listed, pruned

    network, attached, listed, pruned = asyncio.run(run())
    assert isinstance(network, AsyncNetwork) and network.name == net_name
    assert [type(c) for c in attached] == [AsyncContainer]
    assert listed == [network] and isinstance(listed[0].attrs, models.NetworkInspect)
    assert isinstance(pruned, models.NetworkPruneResponse)
