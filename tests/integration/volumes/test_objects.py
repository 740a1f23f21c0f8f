"""The object API of volumes (`client.volumes`, `Volume`) on Docker 20.10, 28.5 and Podman: docker-py 7.2
(the oracle) and `dockerapi.classic.DockerClient` run the same scenarios and must show a user the same thing;
`dockerapi.DockerClient` and `AsyncDockerClient` run them with typed results."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import docker.errors
import dockerapi
import pytest
from conftest import unique  # tests/integration/conftest.py
from dockerapi import classic, models
from dockerapi.classic import errors as classic_errors
from dockerapi.objects import AsyncVolume, Volume

# what differs between two volumes made alike
MOVING = {"Name", "Mountpoint", "CreatedAt", "Labels"}


@pytest.fixture
def undo(engine: dict[str, Any]) -> Iterator[Callable[[str], None]]:
    """Register volume names to remove after the test."""
    names: list[str] = []
    yield names.append
    with classic.APIClient(base_url=engine["base_url"]) as api:
        for name in reversed(names):
            try:
                api.remove_volume(name, force=True)
            except dockerapi.DockerException:
                pass


def test_create_get_list_remove_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient,
                                             undo: Callable[[str], None]) -> None:
    seen = {}
    for name, client in (("docker-py", docker_py), ("classic", classic_docker)):
        label = unique("label")
        vol_name = unique("dapi-objvol")
        volume = client.volumes.create(vol_name, driver="local", labels={"dapi.objvol": label})
        undo(vol_name)
        assert type(volume).__name__ == "Volume"
        assert volume.id == volume.name == vol_name and volume.short_id == vol_name[:12]
        assert volume.attrs["Labels"] == {"dapi.objvol": label}
        got = client.volumes.get(vol_name)
        assert got == volume
        # Podman answers create with "Options": null and inspect with {}
        assert {k: v for k, v in got.attrs.items() if k != "Options"} == {
            k: v for k, v in volume.attrs.items() if k != "Options"}
        listed = client.volumes.list(filters={"label": [f"dapi.objvol={label}"]})
        assert listed == [volume]
        assert client.volumes.list(filters={"name": [unique("none")]}) == []
        volume.reload()
        seen[name] = (volume.attrs, listed[0].attrs, repr(volume)[:9])
        assert volume.remove() is None
        with pytest.raises((docker.errors.NotFound, classic_errors.NotFound)):
            client.volumes.get(vol_name)
        # a name the engine makes
        anonymous = client.volumes.create(labels={"dapi.objvol": label})
        undo(anonymous.id)
        assert anonymous.name and anonymous.name != vol_name
        anonymous.remove(force=True)
    for oracle, ours in zip(seen["docker-py"], seen["classic"]):
        if isinstance(oracle, dict):
            assert sorted(ours) == sorted(oracle)
            assert {k: v for k, v in ours.items() if k not in MOVING} == {
                k: v for k, v in oracle.items() if k not in MOVING}
        else:
            assert ours == oracle


def test_errors_and_prune_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient,
                                       undo: Callable[[str], None]) -> None:
    missing = unique("dapi-objvol-missing")
    classes = []
    for client in (docker_py, classic_docker):
        with pytest.raises(Exception) as info:
            client.volumes.get(missing)
        classes.append(type(info.value).__name__)
    assert classes[0] == classes[1] == "NotFound"
    answers = []
    for client in (docker_py, classic_docker):
        label = unique("label")
        # anonymous: a Docker >= 23 prunes only those unless told all=true
        volume = client.volumes.create(labels={"dapi.objvol": label})
        undo(volume.id)
        answer = client.volumes.prune(filters={"label": [f"dapi.objvol={label}"]})
        assert answer["VolumesDeleted"] == [volume.id]
        answers.append(sorted(answer))
    assert answers[0] == answers[1]


def test_typed_volumes(engine: dict[str, Any], typed_docker: dockerapi.DockerClient,
                       undo: Callable[[str], None]) -> None:
    vol_name = unique("dapi-objvol")
    volume = typed_docker.volumes.create(vol_name, labels={"dapi.objvol": "typed"})
    undo(vol_name)
    assert isinstance(volume, Volume) and isinstance(volume.attrs, models.Volume)
    assert volume.id == volume.name == vol_name and volume.attrs.labels == {"dapi.objvol": "typed"}
    listed = typed_docker.volumes.list(filters={"name": [vol_name]})
    assert listed == [volume] and isinstance(listed[0].attrs, models.Volume)
    assert typed_docker.volumes.get(vol_name).attrs.mountpoint == volume.attrs.mountpoint
    volume.remove(force=False)
    with pytest.raises(dockerapi.NotFound):
        typed_docker.volumes.get(vol_name)
    pruned = typed_docker.volumes.prune(filters={"label": [f"dapi.objvol={unique('none')}"]})
    assert isinstance(pruned, models.VolumePruneResponse)


def test_async_volumes(engine: dict[str, Any], undo: Callable[[str], None]) -> None:
    vol_name = unique("dapi-objvol")

    async def run() -> tuple[AsyncVolume, list[AsyncVolume], AsyncVolume]:
        async with dockerapi.AsyncDockerClient(engine["base_url"]) as client:
            volume = await client.volumes.create(vol_name, labels={"dapi.objvol": "async"})
            undo(vol_name)
            listed = await client.volumes.list(filters={"name": [vol_name]})
            got = await client.volumes.get(vol_name)
            await got.reload()
            await volume.remove()
            with pytest.raises(dockerapi.NotFound):
                await client.volumes.get(vol_name)
            return volume, listed, got

    volume, listed, got = asyncio.run(run())
    assert isinstance(volume, AsyncVolume) and volume.name == vol_name
    assert listed == [volume] and got == volume and isinstance(got.attrs, models.Volume)
