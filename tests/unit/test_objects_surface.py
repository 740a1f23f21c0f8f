"""The object API's faces offer the same surface (sync/async, typed/classic), and the classic face offers
docker-py 7.2's: every public method and property of docker-py's `DockerClient`, collections and models,
with its parameter names (docker-py is installed with the dev extra; only its signatures are read)."""

from __future__ import annotations

import inspect
import re
from typing import Any

import dockerapi
import dockerapi.classic as classic
import pytest
from dockerapi import objects

# docker-py members whose object is not built yet in this face; each names why (shrinks as kinds land)
PENDING: dict[str, str] = {}


def _public(cls: type) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in dir(cls):
        if name.startswith("_") and name not in ("__eq__", "__hash__", "__call__"):
            continue
        static = inspect.getattr_static(cls, name)
        if isinstance(static, property):
            out[name] = "property"
        elif callable(getattr(cls, name)):
            out[name] = [p for p in inspect.signature(getattr(cls, name)).parameters
                         if p not in ("self", "request_timeout", "extra_headers")]
    return out


def _pairs() -> list[tuple[type, type]]:
    pairs = []
    for name in objects.__all__:
        if name.startswith("Async"):
            continue
        pairs.append((getattr(objects, name), getattr(objects, "Async" + name)))
    pairs.append((dockerapi.DockerClient, dockerapi.AsyncDockerClient))
    return pairs


@pytest.mark.parametrize(("sync", "async_"), _pairs(), ids=[s.__name__ for s, _ in _pairs()])
def test_sync_and_async_faces_match(sync: type, async_: type) -> None:
    mine, theirs = _public(sync), _public(async_)
    assert mine == theirs
    for name, kind in mine.items():
        if kind != "property" and name not in ("prepare_model", "__eq__", "__hash__", "__call__", "summary", "model",
                                               "from_env", "from_context"):
            member = getattr(async_, name)
            assert inspect.iscoroutinefunction(member), f"{async_.__name__}.{name} is not awaited"


def _classic_pairs() -> list[tuple[type, type]]:
    return [(getattr(objects, name), getattr(classic.models, name))
            for name in objects.__all__ if not name.startswith("Async")] + \
        [(dockerapi.DockerClient, classic.DockerClient)]


@pytest.mark.parametrize(("typed", "plain"), _classic_pairs(), ids=[t.__name__ for t, _ in _classic_pairs()])
def test_typed_and_classic_faces_match(typed: type, plain: type) -> None:
    assert _public(typed) == _public(plain)


def _docker_py_classes() -> list[tuple[type, type]]:
    import docker
    from docker.models import (
        configs,
        containers,
        images,
        networks,
        nodes,
        plugins,
        secrets,
        services,
        swarm,
        volumes,
    )

    pairs: list[tuple[type, type]] = [(docker.DockerClient, classic.DockerClient)]
    for module, ours in ((containers, classic.models.containers), (images, classic.models.images),
                         (networks, classic.models.networks), (volumes, classic.models.volumes),
                         (services, classic.models.services), (nodes, classic.models.nodes),
                         (secrets, classic.models.secrets), (configs, classic.models.configs),
                         (plugins, classic.models.plugins), (swarm, classic.models.swarm)):
        for name in dir(module):
            theirs = getattr(module, name)
            if isinstance(theirs, type) and theirs.__module__ == module.__name__ and hasattr(ours, name):
                pairs.append((theirs, getattr(ours, name)))
    return pairs


@pytest.mark.parametrize(("theirs", "mine"), _docker_py_classes(), ids=[t.__name__ for t, _ in _docker_py_classes()])
def test_classic_face_has_docker_py_members_and_parameters(theirs: type, mine: type) -> None:
    from docker.models.resource import Collection

    missing = []
    for name, kind in _public(theirs).items():
        key = f"{theirs.__name__}.{name}"
        if key in PENDING or name in ("model", "create" if theirs.__name__ in ("Model", "Collection") else ""):
            continue
        if name == "create" and getattr(theirs, name) is Collection.create:
            continue  # docker-py's stub that raises NotImplementedError (ImageCollection.create, NodeCollection.create)
        ours = _public(mine).get(name)
        if ours is None:
            missing.append(key)
            continue
        if kind == "property" or ours == "property":
            assert kind == ours, key
            continue
        named = [p for p in kind if p not in ("args", "kwargs")]
        assert [p for p in ours if p in named] == named, f"{key}: {ours} lacks or reorders {named}"
    assert missing == []


def test_classic_package_is_docker_py_shaped() -> None:
    import docker

    for name in ("from_env", "from_context", "DockerClient", "APIClient", "TLSConfig", "errors", "types", "models",
                 "Context", "ContextAPI", "context", "version", "utils"):
        assert hasattr(classic, name), name
    assert classic.APIClient is classic.Client
    for name in ("NotFound", "APIError", "ImageNotFound", "ContainerError", "BuildError", "ImageLoadError",
                 "InvalidArgument", "DockerException"):
        assert hasattr(classic.errors, name) and hasattr(docker.errors, name), name
    for name in dockerapi.types.__all__:
        assert hasattr(classic.types, name) and hasattr(docker.types, name), name
    assert isinstance(classic.types.Mount("/x", "v"), dict)


def test_collections_and_objects_are_generated_from_the_spec() -> None:
    # the classes come from spec/objects/ through the generator: their modules carry its header line
    from pathlib import Path

    for cls in (objects.Container, classic.models.containers.Container, dockerapi.DockerClient):
        source = Path(inspect.getsourcefile(cls) or "").read_text()
        assert source.startswith("# Generated from spec/"), cls


def test_every_parameter_of_the_object_api_is_described() -> None:
    missing = []
    classes = [getattr(objects, n) for n in objects.__all__] + [getattr(classic.models, n) for n in
                                                                 classic.models.__all__]
    for cls in classes + [dockerapi.DockerClient, dockerapi.AsyncDockerClient, classic.DockerClient]:
        for name, member in vars(cls).items():
            if name.startswith("_") or not callable(member) or isinstance(member, type):
                continue  # (a collection's `model` is the object class)
            doc = inspect.getdoc(member) or ""
            args = doc.split("Args:", 1)[1] if "Args:" in doc else ""
            for param in list(inspect.signature(member).parameters)[1:]:
                if not re.search(rf"^\s*{param}:", args, re.M):
                    missing.append(f"{cls.__name__}.{name}({param})")
    assert missing == []
