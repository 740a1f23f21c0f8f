"""The object API of swarm services (`client.services`, `Service`) on both swarm managers.

docker-py 7.2's DockerClient is the oracle for `dockerapi.classic.DockerClient`: the same scenario through
both (create with docker-py's flat keywords, get, list, tasks, logs, update, scale, force_update, remove,
and the refusals), compared as a user sees it. The typed faces run it with typed attrs. Every service made
here is removed.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import dockerapi
import pytest
from dockerapi import classic, models

BUSYBOX = "busybox:latest"


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


def _keywords(types: Any, name: str) -> dict[str, Any]:
    """docker-py's flat keywords, one or more of each group: the service, its ContainerSpec, its TaskTemplate
    and its Placement, plus the ones docker-py renames (container_labels, log_driver)."""
    return {
        "name": name,
        "labels": {"owner": "dapi"},
        "mode": types.ServiceMode("replicated", replicas=0),
        "env": ["GREETING=hello"],
        "workdir": "/tmp",
        "hostname": "dapi-task",
        "container_labels": {"role": "test"},
        "stop_grace_period": 1_000_000_000,
        "restart_policy": types.RestartPolicy(condition="none"),
        "resources": types.Resources(mem_limit=64 * 1024 * 1024),
        "constraints": ["node.role==manager"],
        "maxreplicas": 2,
        "log_driver": "json-file",
        "log_driver_options": {"max-size": "1m"},
        "update_config": types.UpdateConfig(parallelism=1),
    }


def _spec(service: Any) -> dict[str, Any]:
    spec = dict(service.attrs["Spec"])
    spec["Name"] = "NAME"
    return spec


def _wait_for(check: Callable[[], bool], what: str, deadline: float = 60.0) -> None:
    end = time.monotonic() + deadline
    while not check():
        if time.monotonic() > end:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.5)


def _scenario(client: Any, types: Any, errors: Any) -> dict[str, Any]:
    name = unique("dapi-obj-svc")
    service = client.services.create(BUSYBOX, ["sleep", "300"], **_keywords(types, name))
    try:
        got = client.services.get(service.id)
        seen: dict[str, Any] = {
            "class": type(service).__name__,
            "repr": repr(service) == f"<Service: {service.id[:12]}>",
            "name": service.name == name,
            "version": type(service.version).__name__,
            "created_spec": _spec(service),
            "get": got == service and _spec(got) == _spec(service),
            "listed": [s.id for s in client.services.list(filters={"name": name})] == [service.id],
            "tasks": service.tasks(),
            "get_defaults": sorted(client.services.get(service.id, insert_defaults=True).attrs["Spec"]["TaskTemplate"]),
        }
        # update with docker-py's keywords: the version in attrs, the current spec kept where nothing is given
        seen["update"] = service.update(env=["GREETING=bye"], container_labels={"role": "updated"})
        service.reload()
        container = service.attrs["Spec"]["TaskTemplate"]["ContainerSpec"]
        seen["after_update"] = {
            "env": container["Env"], "labels": container["Labels"], "image": container["Image"],
            "command": container["Command"], "service_labels": service.attrs["Spec"]["Labels"],
            "mode": service.attrs["Spec"]["Mode"],
        }
        seen["scale"] = service.scale(0)
        service.reload()
        seen["force_update"] = service.force_update()
        service.reload()
        seen["force_counter"] = service.attrs["Spec"]["TaskTemplate"]["ForceUpdate"]
        # an update with the version the swarm has moved past is refused by the daemon
        stale = client.services.get(service.id)
        service.update(env=["GREETING=again"])
        with pytest.raises(errors.APIError) as caught:
            stale.update(env=["GREETING=stale"], fetch_current_spec=False)
        seen["stale"] = (type(caught.value).__name__, caught.value.status_code)
    finally:
        removed = service.remove()
    seen["remove"] = removed
    with pytest.raises(errors.NotFound) as missing:
        client.services.get(service.id)
    seen["missing"] = type(missing.value).__name__
    # a keyword that is not docker-py's is a TypeError, raised before anything is sent
    with pytest.raises(TypeError):
        client.services.create(BUSYBOX, name=unique("dapi-obj-svc-bad"), colour="red")
    with pytest.raises(TypeError):
        client.services.create(BUSYBOX, name=unique("dapi-obj-svc-bad"), placement=["node.role==manager"])
    return seen


def test_classic_equals_docker_py(faces: tuple[Any, classic.DockerClient]) -> None:
    import docker

    oracle, ours = faces
    expected = _scenario(oracle, docker.types, docker.errors)
    got = _scenario(ours, classic.types, classic.errors)
    assert got == expected
    # the keywords went where docker-py sends them (checked on the oracle's own result)
    spec = expected["created_spec"]
    assert spec["Labels"] == {"owner": "dapi"}
    assert spec["TaskTemplate"]["ContainerSpec"]["Labels"] == {"role": "test"}
    assert spec["TaskTemplate"]["Placement"] == {"Constraints": ["node.role==manager"], "MaxReplicas": 2}
    assert spec["TaskTemplate"]["LogDriver"] == {"Name": "json-file", "Options": {"max-size": "1m"}}
    assert expected["after_update"]["env"] == ["GREETING=bye"]
    assert expected["force_counter"] == 1
    assert not [s for s in ours.services.list() if (s.name or "").startswith("dapi-obj-svc-bad")]


def test_logs_and_global_scale_like_docker_py(faces: tuple[Any, classic.DockerClient]) -> None:
    import docker

    oracle, ours = faces
    seen = []
    for client, types, errors in ((oracle, docker.types, docker.errors), (ours, classic.types, classic.errors)):
        service = client.services.create(BUSYBOX, ["sh", "-c", "echo hello from the task; sleep 300"],
                                         name=unique("dapi-obj-svc-logs"), mode=types.ServiceMode("global"),
                                         restart_policy=types.RestartPolicy(condition="none"))
        try:
            _wait_for(lambda: b"hello" in b"".join(service.logs(stdout=True)), "the task's output")
            output = b"".join(service.logs(stdout=True))
            running = [t["Status"]["State"] for t in service.tasks(filters={"desired-state": "running"})]
            with pytest.raises(errors.InvalidArgument):
                service.scale(2)
        finally:
            service.remove()
        seen.append((output.endswith(b"hello from the task\n"), running))
    assert seen[0] == seen[1]
    assert seen[0][0] is True and len(seen[0][1]) == 1


def test_typed_face(any_swarm_manager: dict[str, Any]) -> None:
    from dockerapi import types

    name = unique("dapi-obj-svc")
    with dockerapi.DockerClient(any_swarm_manager["base_url"]) as client:
        service = client.services.create(BUSYBOX, "sleep 300", **_keywords(types, name))
        try:
            assert isinstance(service.attrs, models.Service)
            spec = service.attrs.spec
            assert spec is not None and spec.task_template is not None
            assert spec.task_template.container_spec is not None
            assert spec.task_template.container_spec.env == ["GREETING=hello"]
            assert spec.task_template.container_spec.labels == {"role": "test"}
            assert service.name == name and isinstance(service.version, int)
            assert client.services.get(service.id) == service
            tasks = service.tasks()
            assert isinstance(tasks, list) and all(isinstance(t, models.Task) for t in tasks)
            answer = service.update(env=["GREETING=bye"], force_update=True)
            assert isinstance(answer, models.ServiceUpdateResponse)
            service.reload()
            template = service.attrs.spec.task_template if service.attrs.spec else None
            assert template is not None and template.force_update == 1
            assert template.container_spec is not None and template.container_spec.env == ["GREETING=bye"]
            service.scale(0)
            service.reload()
            assert service.attrs["Spec"]["Mode"] == {"Replicated": {"Replicas": 0}}
        finally:
            assert service.remove() is True
        with pytest.raises(dockerapi.NotFound):
            service.reload()


def test_async_face(any_swarm_manager: dict[str, Any]) -> None:
    from dockerapi import types

    name = unique("dapi-obj-svc")

    async def run() -> tuple[Any, ...]:
        async with dockerapi.AsyncDockerClient(any_swarm_manager["base_url"]) as client:
            service = await client.services.create(BUSYBOX, "sleep 300", **_keywords(types, name))
            try:
                listed = await client.services.list(filters={"name": name})
                tasks = await service.tasks()
                await service.update(env=["GREETING=bye"])
                await service.reload()
                await service.force_update()
                await service.reload()
            finally:
                await service.remove()
            return service, listed, tasks

    service, listed, tasks = asyncio.run(run())
    assert type(service).__name__ == "AsyncService" and isinstance(service.attrs, models.Service)
    assert [s.id for s in listed] == [service.id] and isinstance(tasks, list)
    assert service.attrs["Spec"]["TaskTemplate"]["ContainerSpec"]["Env"] == ["GREETING=bye"]
    assert service.attrs["Spec"]["TaskTemplate"]["ForceUpdate"] == 1


def test_async_logs_stream_and_whole(any_swarm_manager: dict[str, Any]) -> None:
    from dockerapi import types

    async def run() -> tuple[bytes, bytes]:
        async with dockerapi.AsyncDockerClient(any_swarm_manager["base_url"]) as client:
            service = await client.services.create(
                BUSYBOX, ["sh", "-c", "echo hello from the task; sleep 300"], name=unique("dapi-obj-svc-alogs"),
                mode=types.ServiceMode("global"), restart_policy=types.RestartPolicy(condition="none"))
            try:
                deadline = time.monotonic() + 60
                while True:
                    stream = await service.logs(stdout=True)  # an async stream of the task's output
                    streamed = b"".join([piece async for piece in stream])
                    if b"hello" in streamed or time.monotonic() > deadline:
                        break
                    await asyncio.sleep(0.5)
                whole = await service.logs(stdout=True, stream=False)
            finally:
                await service.remove()
            return streamed, whole

    streamed, whole = asyncio.run(run())
    assert streamed.endswith(b"hello from the task\n") and whole == streamed
