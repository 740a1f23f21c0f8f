"""Client fixtures over the real servers: each test gets clients, docker-py oracles and cleanup."""

from __future__ import annotations

import io
import json
import tarfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dockerapi
import pytest
from dockerapi import Client, classic
from servers import load_facts

BUSYBOX = "busybox:latest"


def unique(prefix: str = "dapi") -> str:
    """A name no other test (or earlier run) uses."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def wire(value: Any) -> Any:
    """A typed result (or a list of them) as the plain JSON docker-py returns, to compare with the oracle."""
    if isinstance(value, list):
        return [wire(item) for item in value]
    return value.to_wire() if hasattr(value, "to_wire") else value


def without(document: dict[str, Any], keys: set[str]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k not in keys}


def is_podman(client: Client) -> bool:
    return getattr(client, "engine", "") == "podman"


def read_file(client: Client, container: Any, path: str) -> bytes:
    """The content of one file of a container, through get_archive."""
    stream, _stat = client.get_archive(container, path)
    with tarfile.open(fileobj=io.BytesIO(b"".join(stream))) as tar:
        member = tar.extractfile(Path(path).name)
        assert member is not None
        return member.read()


# the seed's examples run on both faces: `dockerapi.classic.Client` (plain dicts) and `dockerapi.Client`
SEED_FACES = ["classic", "typed"]


@contextmanager
def seed_client(face: str, engine: dict[str, Any], remove_created: bool = False) -> Iterator[Any]:
    """The seed's `Client(base_url=...)` on one face; with `remove_created`, the containers it creates are
    removed at the end, before the client closes (a closed client refuses calls)."""
    client_class = classic.Client if face == "classic" else Client
    with client_class(base_url=engine["base_url"]) as c:
        c.engine = engine["name"]  # type: ignore[attr-defined]
        created: list[str] = []
        if remove_created:
            original = c.create_container

            def create_container(*args: Any, **kwargs: Any) -> Any:
                result = original(*args, **kwargs)
                created.append(result["Id"])
                return result

            c.create_container = create_container  # type: ignore[method-assign]
        try:
            yield c
        finally:
            for container_id in reversed(created):
                try:
                    c.remove_container(container_id, force=True)
                except dockerapi.NotFound:
                    pass  # the example removed it itself


@pytest.fixture(params=SEED_FACES)
def cli(request: pytest.FixtureRequest, engine: dict[str, Any]) -> Iterator[Any]:
    """The seed's `cli` (container and exec examples)."""
    with seed_client(request.param, engine, remove_created=True) as c:
        yield c


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
    """docker-py 7.2 on the same engine as `client`: the oracle for differential tests."""
    import docker

    api = docker.APIClient(base_url=engine["base_url"], version="auto")
    yield api
    api.close()


# --- the object API: docker-py's DockerClient (the oracle) beside dockerapi's three faces --------------------


@pytest.fixture
def docker_py(engine: dict[str, Any]) -> Iterator[Any]:
    """docker-py 7.2's `DockerClient` on the engine under test: the oracle of the object API."""
    import docker

    client = docker.DockerClient(base_url=engine["base_url"], version="auto")
    yield client
    client.close()


@pytest.fixture
def classic_docker(engine: dict[str, Any]) -> Iterator[classic.DockerClient]:
    """`dockerapi.classic.DockerClient` (docker-py's object API exactly) on the engine under test."""
    with classic.DockerClient(base_url=engine["base_url"]) as client:
        client.engine = engine["name"]  # type: ignore[attr-defined]
        yield client


@pytest.fixture
def typed_docker(engine: dict[str, Any]) -> Iterator[dockerapi.DockerClient]:
    """`dockerapi.DockerClient` (the typed object API) on the engine under test."""
    with dockerapi.DockerClient(engine["base_url"]) as client:
        client.engine = engine["name"]  # type: ignore[attr-defined]
        yield client


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


@pytest.fixture(scope="session", autouse=True)
def remove_stopped_containers_at_the_end() -> Iterator[None]:
    """Builds leave their intermediate containers (`rm=False` is the classic default, and the tests keep the
    user's defaults): at the end of the run, the containers created during it that are no longer running are
    removed from each engine, so that runs do not pile them up on the daemons (benchmarks list every one)."""
    started = time.time()
    yield
    facts = load_facts()
    for name in ("docker20", "docker28", "podman", "swarm"):
        base_url = (facts.get(name) or {}).get("base_url")
        if not base_url:
            continue
        try:
            with classic.Client(base_url, timeout=30) as c:
                for summary in c.containers(all=True, filters={"status": ["created", "exited"]}):
                    created = summary.get("Created")
                    if isinstance(created, (int, float)) and created >= started - 1:
                        try:
                            c.remove_container(summary["Id"], force=True)
                        except dockerapi.NotFound:
                            pass
        except dockerapi.DockerException as exc:  # a server that is gone: the tests have said so already
            print(f"could not remove stopped containers from {name}: {exc}")


@pytest.fixture
def proxy_config(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A client config file (DOCKER_CONFIG) with proxies, as `docker` users write them."""
    proxies = {"httpProxy": "http://proxy.example:3128", "noProxy": "localhost,.internal"}
    (tmp_path / "config.json").write_text(json.dumps({"proxies": {"default": proxies}}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    return proxies

