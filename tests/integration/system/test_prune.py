"""Prunes and disk usage on both swarm managers. Every prune is limited by a label only this test uses, so
nothing of other tests running on the same daemon is removed."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import dockerapi
import pytest
from dockerapi import Client

BUSYBOX = "busybox:latest"


@pytest.fixture
def swarm_client(any_swarm_manager: dict[str, Any]) -> Iterator[Client]:
    with Client(any_swarm_manager["base_url"]) as c:
        yield c


@pytest.fixture
def label() -> str:
    return f"dapi.prune={uuid.uuid4().hex[:10]}"


def test_prune_containers(swarm_client: Client, label: str) -> None:
    key, value = label.split("=")
    kept = swarm_client.create_container(BUSYBOX, "true", labels={key: "other"})
    try:
        doomed = [swarm_client.create_container(BUSYBOX, "true", labels={key: value}) for _ in range(2)]
        result = swarm_client.prune_containers(filters={"label": label})
        assert sorted(result["ContainersDeleted"]) == sorted(c["Id"] for c in doomed)
        assert isinstance(result["SpaceReclaimed"], int)
        swarm_client.inspect_container(kept)  # another label: kept
        assert swarm_client.prune_containers(filters={"label": label})["ContainersDeleted"] in (None, [])
    finally:
        swarm_client.remove_container(kept, force=True)


def test_prune_images(swarm_client: Client, label: str) -> None:
    container = swarm_client.create_container(BUSYBOX, "true")
    try:
        image = swarm_client.commit(container, changes=[f"LABEL {label}"])  # untagged: dangling
    finally:
        swarm_client.remove_container(container, force=True)
    result = swarm_client.prune_images(filters={"label": label, "dangling": True})
    deleted = [entry.get("Deleted") for entry in result["ImagesDeleted"] or []]
    assert image["Id"] in deleted
    with pytest.raises(dockerapi.NotFound):
        swarm_client.inspect_image(image["Id"])


def test_prune_networks_and_volumes(swarm_client: Client, label: str) -> None:
    key, value = label.split("=")
    name = f"dapi-prune-{value}"
    swarm_client.create_network(name, labels={key: value})
    swarm_client.create_volume(name, labels={key: value})
    networks = swarm_client.prune_networks(filters={"label": label})
    assert networks["NetworksDeleted"] == [name]
    volume_filters: dict[str, Any] = {"label": label}
    if swarm_client.api_version >= "1.42":  # since 1.42 only anonymous volumes go unless all=true
        assert swarm_client.prune_volumes(filters=volume_filters)["VolumesDeleted"] in (None, [])
        volume_filters["all"] = "true"
    volumes = swarm_client.prune_volumes(filters=volume_filters)
    assert volumes["VolumesDeleted"] == [name]
    with pytest.raises(dockerapi.NotFound):
        swarm_client.inspect_volume(name)


def test_prune_builds(swarm_client: Client) -> None:
    result = swarm_client.prune_builds()
    assert isinstance(result["SpaceReclaimed"], int)


def test_df(swarm_client: Client) -> None:
    usage = swarm_client.df()
    assert isinstance(usage["LayersSize"], int)
    assert any(BUSYBOX in (image.get("RepoTags") or []) for image in usage["Images"])
    assert isinstance(usage["Volumes"], list) and isinstance(usage["Containers"], list)
