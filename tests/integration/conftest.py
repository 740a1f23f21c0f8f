"""Client fixtures over the real servers: each test gets clients, docker-py oracles and cleanup."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import dockerapi
import pytest
from dockerapi import Client

BUSYBOX = "busybox:latest"


def unique(prefix: str = "dapi") -> str:
    """A name no other test (or earlier run) uses."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def client(engine: dict[str, Any]) -> Iterator[Client]:
    """A `Client` for each engine in turn (docker20, docker28, podman); `client.engine` names it."""
    with Client(engine["base_url"]) as c:
        c.engine = engine["name"]  # type: ignore[attr-defined]
        yield c


@pytest.fixture
def docker20_client(docker20: dict[str, Any]) -> Iterator[Client]:
    with Client(docker20["base_url"]) as c:
        yield c


@pytest.fixture
def docker28_client(docker28: dict[str, Any]) -> Iterator[Client]:
    with Client(docker28["base_url"]) as c:
        yield c


@pytest.fixture
def podman_client(podman: dict[str, Any]) -> Iterator[Client]:
    with Client(podman["base_url"]) as c:
        yield c


@pytest.fixture
def oracle(engine: dict[str, Any]) -> Iterator[Any]:
    """docker-py 7.1 on the same engine as `client`: the oracle for differential tests."""
    import docker

    api = docker.APIClient(base_url=engine["base_url"], version="auto")
    yield api
    api.close()


@pytest.fixture
def cleanup(request: pytest.FixtureRequest) -> Iterator[Callable[[Callable[[], Any]], None]]:
    """Register undo actions; they run after the test even when it fails (errors ignored)."""
    actions: list[Callable[[], Any]] = []
    yield actions.append
    for action in reversed(actions):
        try:
            action()
        except dockerapi.DockerException:
            pass


@pytest.fixture
def make_container(client: Client, cleanup: Callable[[Callable[[], Any]], None]) -> Callable[..., Any]:
    """Create a busybox container (removed after the test): make_container("sleep 30", start=True, **kw)."""

    def make(command: Any = "sleep 30", *, start: bool = False, image: str = BUSYBOX, **kwargs: Any) -> Any:
        kwargs.setdefault("name", unique())
        created = client.create_container(image, command, **kwargs)
        cleanup(lambda: client.remove_container(created, force=True))
        if start:
            client.start(created)
        return created

    return make
