"""docker-py 7.2 as the oracle for services, secrets and configs where the seed is silent (issue 12, section
2): the same call on the same swarm manager through both clients, on both managers. The swarm calls docker-py
is the oracle for on a private daemon (init_swarm, leave_swarm) are in test_compat_swarm.py.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import docker
import dockerapi
import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import Client

# --- swarm: service_logs / task_logs, secrets and configs ---------------------------------------------------


@pytest.fixture
def swarm_pair(any_swarm_manager: dict[str, Any]) -> Iterator[tuple[Client, Any]]:
    api = docker.APIClient(base_url=any_swarm_manager["base_url"], version="auto")
    with Client(any_swarm_manager["base_url"]) as c:
        yield c, api
    api.close()


def _wait(check: Any, what: str, seconds: float = 60) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def test_service_and_task_logs_are_streams_like_docker_py(swarm_pair: tuple[Client, Any]) -> None:
    client, oracle = swarm_pair
    task = {"ContainerSpec": {"Image": BUSYBOX, "Command": ["sh", "-c", "echo one; echo two; sleep 300"]}}
    service = client.create_service(task, name=unique("dapi-clog"))["ID"]
    try:
        _wait(lambda: b"two" in b"".join(client.service_logs(service, stdout=True)), "service output")
        mine = client.service_logs(service, stdout=True, follow=False)
        assert not isinstance(mine, bytes) and iter(mine) is not None  # a stream, as docker-py returns
        assert b"".join(mine) == b"".join(oracle.service_logs(service, stdout=True, follow=False)) == b"one\ntwo\n"
        task_id = client.tasks(filters={"service": service})[0]["ID"]
        task_output = client.task_logs(task_id, stdout=True)  # docker-py has no task_logs: as service_logs
        assert not isinstance(task_output, bytes) and b"".join(task_output) == b"one\ntwo\n"
        assert client.service_logs(service, stdout=True, stream=False) == b"one\ntwo\n"
    finally:
        client.remove_service(service)


def test_service_secrets_and_configs_from_docker_py_types(swarm_pair: tuple[Client, Any]) -> None:
    client, oracle = swarm_pair
    name = unique("dapi-cref")
    secret = client.create_secret(name, b"s")["ID"]
    config = client.create_config(name, b"c")["ID"]
    services = []
    try:
        spec = docker.types.ContainerSpec(
            BUSYBOX, ["sleep", "300"],
            secrets=[docker.types.SecretReference(secret, name, filename="s.txt")],
            configs=[docker.types.ConfigReference(config, name, filename="/c.txt")],
        )
        template = docker.types.TaskTemplate(spec)
        services.append(client.create_service(template, name=f"{name}-a")["ID"])
        services.append(oracle.create_service(template, name=f"{name}-b")["ID"])
        specs = [oracle.inspect_service(s)["Spec"]["TaskTemplate"]["ContainerSpec"] for s in services]
        assert [s["Secrets"] for s in specs[:1]] == [s["Secrets"] for s in specs[1:]]
        assert specs[0]["Configs"] == specs[1]["Configs"]
        assert specs[0]["Secrets"][0]["File"]["Name"] == "s.txt"
    finally:
        for service in services:
            client.remove_service(service)
        _wait(lambda: _removed(client, secret, config), "secret and config released")


def _removed(client: Client, secret: str, config: str) -> bool:
    done = True
    for remove, ident in ((client.remove_secret, secret), (client.remove_config, config)):
        try:
            remove(ident)
        except dockerapi.NotFound:
            pass
        except dockerapi.APIError:  # still in use by a task that is shutting down
            done = False
    return done


def test_service_types_of_either_library_give_docker_pys_service(swarm_pair: tuple[Client, Any]) -> None:
    from dockerapi import types as ours

    client, oracle = swarm_pair
    name = unique("dapi-cstypes")
    secret = client.create_secret(name, b"s")["ID"]
    services = []
    try:
        specs = []
        for lib, api in ((docker.types, client), (ours, client), (docker.types, oracle)):
            template = lib.TaskTemplate(
                lib.ContainerSpec(BUSYBOX, "sleep 300", env={"A": "1"}, hosts={"db": "10.0.0.2"},
                                  secrets=[lib.SecretReference(secret, name, filename="s.txt")],
                                  healthcheck=lib.Healthcheck(test="true", interval=10**9)),
                resources=lib.Resources(mem_limit=64 << 20),
                restart_policy=lib.RestartPolicy(condition="on-failure", max_attempts=2),
                placement=lib.Placement(constraints=["node.role==manager"]),
            )
            service = api.create_service(
                template, name=f"{name}-{len(services)}", mode=lib.ServiceMode("replicated", replicas=1),
                update_config=lib.UpdateConfig(parallelism=1, order="start-first"),
                rollback_config=lib.RollbackConfig(parallelism=1),
                endpoint_spec=lib.EndpointSpec(mode="dnsrr"),
            )["ID"]
            services.append(service)
            spec = oracle.inspect_service(service)["Spec"]
            specs.append({k: v for k, v in spec.items() if k not in ("Name", "Labels")})
        assert specs[0] == specs[1] == specs[2]
    finally:
        for service in services:
            client.remove_service(service)
        _wait(lambda: _removed(client, secret, secret), "secret released")
