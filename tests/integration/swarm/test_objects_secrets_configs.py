"""The object API of swarm secrets and configs (`client.secrets`, `client.configs`) on both swarm managers.

docker-py 7.2's DockerClient is the oracle for `dockerapi.classic.DockerClient`: the same scenario through
both, compared as a user sees it (repr, attrs, return values, errors). The typed faces (`DockerClient`,
`AsyncDockerClient`) run the same scenario with typed attrs. Every secret and config made here is removed.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from typing import Any

import dockerapi
import pytest
from dockerapi import classic, models

KINDS = ["secrets", "configs"]


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def faces(any_swarm_manager: dict[str, Any]) -> Iterator[tuple[Any, classic.DockerClient]]:
    """docker-py 7.2's DockerClient (the oracle) and dockerapi.classic's, on one swarm manager."""
    import docker

    oracle = docker.DockerClient(base_url=any_swarm_manager["base_url"], version="auto")
    with classic.DockerClient(base_url=any_swarm_manager["base_url"]) as ours:
        yield oracle, ours
    oracle.close()


def _scenario(client: Any, kind: str, errors: Any) -> dict[str, Any]:
    """create, get, list, repr, name, equality, remove, then get and remove of the removed one."""
    collection = getattr(client, kind)
    name = unique(f"dapi-obj-{kind[:-1]}")
    created = collection.create(name=name, data=b"payload", labels={"team": "dapi"})
    try:
        got = collection.get(created.id)
        listed = collection.list(filters={"name": name})
        seen = {
            "class": type(created).__name__,
            "repr": repr(created).replace(name, "NAME"),
            "created_attrs": {**created.attrs, "ID": "ID", "Spec": {**created.attrs["Spec"], "Name": "NAME"}},
            "attrs_type": type(got.attrs).__name__,
            "attrs_keys": sorted(got.attrs),
            "spec": {**got.attrs["Spec"], "Name": "NAME"},
            "name": got.name == name,
            "short_id": got.short_id == created.id[:12],
            "equal": got == created and hash(got) == hash(created),
            "listed": [type(item).__name__ for item in listed] == [type(created).__name__]
            and [item.id for item in listed] == [created.id],
        }
    except BaseException:
        created.remove()
        raise
    seen["remove"] = created.remove()
    for action in (lambda: collection.get(created.id), created.remove):
        with pytest.raises(errors.NotFound) as caught:
            action()
        seen.setdefault("errors", []).append((type(caught.value).__name__, caught.value.status_code))
    return seen


@pytest.mark.parametrize("kind", KINDS)
def test_classic_equals_docker_py(faces: tuple[Any, classic.DockerClient], kind: str) -> None:
    import docker

    oracle, ours = faces
    expected = _scenario(oracle, kind, docker.errors)
    got = _scenario(ours, kind, classic.errors)
    assert got == expected
    # what docker-py 7.2 really answers from create(): only the ID and the name the caller gave
    assert expected["created_attrs"] == {"ID": "ID", "Spec": {"Name": "NAME"}}
    assert expected["repr"] == f"<{kind[:-1].capitalize()}: 'NAME'>"


@pytest.mark.parametrize("kind", KINDS)
def test_classic_create_refuses_what_docker_py_refuses(faces: tuple[Any, classic.DockerClient], kind: str) -> None:
    oracle, ours = faces
    for client in (oracle, ours):
        with pytest.raises(TypeError):  # name and data are required, as keywords
            getattr(client, kind).create(name=unique("dapi-obj-missing"))
        with pytest.raises(TypeError):
            getattr(client, kind).create(name=unique("dapi-obj-unknown"), data=b"x", colour="red")
    # nothing was made by the refused calls
    assert not [item for item in getattr(ours, kind).list() if item.name.startswith(("dapi-obj-missing",
                                                                                       "dapi-obj-unknown"))]


@pytest.mark.parametrize("kind", KINDS)
def test_typed_face(any_swarm_manager: dict[str, Any], kind: str) -> None:
    model = {"secrets": models.Secret, "configs": models.Config}[kind]
    name = unique(f"dapi-obj-{kind[:-1]}")
    with dockerapi.DockerClient(any_swarm_manager["base_url"]) as client:
        collection = getattr(client, kind)
        created = collection.create(name=name, data="payload", labels={"team": "dapi"})
        try:
            # the typed create reads the new object back: attrs is the whole typed description
            assert isinstance(created.attrs, model)
            assert created.attrs.spec is not None and created.attrs.spec.labels == {"team": "dapi"}
            assert created.attrs.version is not None and isinstance(created.attrs.version.index, int)
            assert created.name == name and repr(created) == f"<{kind[:-1].capitalize()}: {name!r}>"
            assert collection.get(created.id) == created
            assert [item.id for item in collection.list(filters={"name": name})] == [created.id]
            if kind == "configs":
                assert created.attrs["Spec"]["Data"] == "cGF5bG9hZA=="  # a config's data is readable
        finally:
            assert created.remove() is True
        with pytest.raises(dockerapi.NotFound):
            created.reload()


@pytest.mark.parametrize("kind", KINDS)
def test_async_face(any_swarm_manager: dict[str, Any], kind: str) -> None:
    model = {"secrets": models.Secret, "configs": models.Config}[kind]
    name = unique(f"dapi-obj-{kind[:-1]}")

    async def run() -> tuple[Any, ...]:
        async with dockerapi.AsyncDockerClient(any_swarm_manager["base_url"]) as client:
            collection = getattr(client, kind)
            created = await collection.create(name=name, data=b"payload")
            try:
                got = await collection.get(created.id)
                listed = await collection.list(filters={"name": name})
            finally:
                removed = await created.remove()
            try:
                await collection.get(created.id)
            except dockerapi.NotFound as error:
                missing: Any = error
            return created, got, listed, removed, missing

    created, got, listed, removed, missing = asyncio.run(run())
    assert type(created).__name__ == "Async" + kind[:-1].capitalize()
    assert isinstance(created.attrs, model) and created.name == name
    assert got == created and [item.id for item in listed] == [created.id]
    assert removed is True and isinstance(missing, dockerapi.NotFound)
