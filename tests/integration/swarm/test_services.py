"""Services and tasks on both swarm managers: a busybox service reading a secret and a config, on an overlay
network, scaled and rolled back with `update_service`; logs through `service_logs` and `task_logs`.

No IPVS on these machines: the service uses `dnsrr` endpoints, so no VIP is needed (tasks run either way).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import dockerapi
import pytest
from dockerapi import AsyncClient, Client

BUSYBOX = "busybox:latest"


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def swarm_client(any_swarm_manager: dict[str, Any]) -> Iterator[Client]:
    with Client(any_swarm_manager["base_url"]) as c:
        yield c


def wait_for(check: Callable[[], Any], timeout: float = 45.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.3)


def running_tasks(client: Client, service_id: str) -> list[Any]:
    return [t for t in client.tasks(filters={"service": service_id, "desired-state": "running"})
            if t["Status"]["State"] == "running"]


@pytest.fixture
def service_setup(swarm_client: Client) -> Iterator[dict[str, Any]]:
    """A secret, a config and an attachable overlay network; removed afterwards (services first)."""
    u = uuid.uuid4().hex[:8]
    made: dict[str, Any] = {"services": []}
    made["secret"] = swarm_client.create_secret(f"dapi-s-{u}", b"secret-value\n")
    made["config"] = swarm_client.create_config(f"dapi-c-{u}", "config-value\n")
    made["network"] = swarm_client.create_network(f"dapi-ov-{u}", driver="overlay", attachable=True)
    made["names"] = {"secret": f"dapi-s-{u}", "config": f"dapi-c-{u}", "network": f"dapi-ov-{u}", "service": f"dapi-svc-{u}"}
    yield made
    for service in made["services"]:
        try:
            swarm_client.remove_service(service)
        except dockerapi.NotFound:
            pass
    for service in made["services"]:
        wait_for(lambda: not swarm_client.containers(all=True, filters={"label": f"com.docker.swarm.service.id={service}"}),
                 what="service containers to go")
    for remove, key in ((swarm_client.remove_secret, "secret"), (swarm_client.remove_config, "config"),
                        (swarm_client.remove_network, "network")):
        obj = made[key]
        deadline = time.monotonic() + 20
        while True:
            try:
                remove(obj)
                break
            except dockerapi.NotFound:
                break
            except dockerapi.APIError:  # still in use while the last task shuts down
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)


def task_template(setup: dict[str, Any], command: str = "cat /run/secrets/s /cfg; sleep 300") -> dict[str, Any]:
    names = setup["names"]
    return {
        "ContainerSpec": {
            "Image": BUSYBOX,
            "Command": ["sh", "-c", command],
            "Secrets": [{"SecretID": setup["secret"]["ID"], "SecretName": names["secret"],
                         "File": {"Name": "s", "UID": "0", "GID": "0", "Mode": 0o444}}],
            "Configs": [{"ConfigID": setup["config"]["ID"], "ConfigName": names["config"],
                         "File": {"Name": "/cfg", "UID": "0", "GID": "0", "Mode": 0o444}}],
            "StopGracePeriod": 1_000_000_000,
        },
        "RestartPolicy": {"Condition": "none"},
    }


def test_service_with_secret_config_network_logs_scale_and_rollback(swarm_client: Client,
                                                                   service_setup: dict[str, Any]) -> None:
    names = service_setup["names"]
    created = swarm_client.create_service(
        task_template(service_setup), names["service"], labels={"dapi": "1"}, mode="replicated",
        networks=[names["network"]], endpoint_spec={"Mode": "dnsrr"},
    )
    service_id = created["ID"]
    service_setup["services"].append(service_id)

    info = swarm_client.inspect_service(service_id)
    assert info["Spec"]["Name"] == names["service"]
    assert info["Spec"]["Labels"] == {"dapi": "1"}
    assert info["Spec"]["Mode"] == {"Replicated": {"Replicas": 1}}
    # `networks` names go to TaskTemplate.Networks as attachments (by ID once the daemon resolved them)
    assert [n["Target"] for n in info["Spec"]["TaskTemplate"]["Networks"]] == [service_setup["network"]["Id"]]
    assert [s["ID"] for s in swarm_client.services(filters={"name": names["service"]})] == [service_id]
    assert swarm_client.inspect_service(names["service"])["ID"] == service_id

    tasks = wait_for(lambda: running_tasks(swarm_client, service_id), what="a running task")
    task = swarm_client.inspect_task(tasks[0]["ID"])
    assert task["ServiceID"] == service_id
    attached = [a["Network"]["ID"] for a in task["NetworksAttachments"]]
    assert service_setup["network"]["Id"] in attached
    network = swarm_client.inspect_network(service_setup["network"]["Id"])
    assert network["Driver"] == "overlay"

    expected = b"secret-value\nconfig-value\n"
    logs = wait_for(lambda: swarm_client.service_logs(service_id, stdout=True, stderr=True, stream=False) == expected and expected,
                    what="service logs")
    assert logs == expected
    assert swarm_client.task_logs(task["ID"], stdout=True, stream=False) == expected
    assert swarm_client.service_logs(service_id, stderr=True, stream=False) == b""  # nothing on stderr
    stamped = swarm_client.service_logs(service_id, stdout=True, timestamps=True, tail=1, stream=False)
    assert stamped.endswith(b" config-value\n") and stamped[:4].isdigit()

    # scale to two replicas: a partial update that keeps everything else of the current spec
    version = info["Version"]["Index"]
    result = swarm_client.update_service(service_id, version, mode={"Replicated": {"Replicas": 2}},
                                         fetch_current_spec=True)
    assert result["Warnings"] in (None, [])
    scaled = swarm_client.inspect_service(service_id)
    assert scaled["Spec"]["Mode"] == {"Replicated": {"Replicas": 2}}
    assert scaled["Spec"]["Labels"] == {"dapi": "1"}
    assert scaled["Spec"]["TaskTemplate"]["ContainerSpec"]["Secrets"][0]["SecretName"] == names["secret"]
    wait_for(lambda: len(running_tasks(swarm_client, service_id)) == 2, what="two running tasks")

    # a partial task template: only the environment changes; the version is read when not given
    swarm_client.update_service(service_id, task_template={"ContainerSpec": {"Env": ["X=1"]}},
                                fetch_current_spec=True)
    spec = swarm_client.inspect_service(service_id)["Spec"]
    assert spec["TaskTemplate"]["ContainerSpec"]["Env"] == ["X=1"]
    assert spec["TaskTemplate"]["ContainerSpec"]["Image"] == BUSYBOX
    assert spec["Mode"] == {"Replicated": {"Replicas": 2}}

    # rollback to the previous spec
    swarm_client.update_service(service_id, fetch_current_spec=True, rollback="previous")
    back = swarm_client.inspect_service(service_id)["Spec"]
    assert "Env" not in back["TaskTemplate"]["ContainerSpec"]
    assert back["Mode"] == {"Replicated": {"Replicas": 2}}

    # without fetch_current_spec a version is needed, and the spec is sent as given
    with pytest.raises(dockerapi.InvalidArgument):
        swarm_client.update_service(service_id)
    current = swarm_client.inspect_service(service_id)
    with pytest.raises(dockerapi.APIError):  # a stale version is refused
        swarm_client.update_service(service_id, version, current["Spec"]["TaskTemplate"], names["service"])

    assert swarm_client.remove_service(service_id) is True
    with pytest.raises(dockerapi.NotFound):
        swarm_client.inspect_service(service_id)


def test_update_service_spec_sends_only_what_is_given(swarm_client: Client, service_setup: dict[str, Any]) -> None:
    names = service_setup["names"]
    created = swarm_client.create_service(task_template(service_setup), names["service"], labels={"keep": "me"},
                                          endpoint_spec={"Mode": "dnsrr"})
    service_setup["services"].append(created["ID"])
    info = swarm_client.inspect_service(created["ID"])
    swarm_client.update_service_spec(created["ID"], info["Version"]["Index"], info["Spec"]["TaskTemplate"],
                                     names["service"], mode={"Replicated": {"Replicas": 0}},
                                     endpoint_spec={"Mode": "dnsrr"})
    spec = swarm_client.inspect_service(created["ID"])["Spec"]
    assert spec["Mode"] == {"Replicated": {"Replicas": 0}}
    assert "Labels" not in spec or not spec["Labels"]  # not sent, so gone


def test_global_mode_shorthand_and_bad_mode(swarm_client: Client) -> None:
    created = swarm_client.create_service({"ContainerSpec": {"Image": BUSYBOX, "Command": ["sleep", "300"]}},
                                          unique("dapi-global"), mode="global", endpoint_spec={"Mode": "dnsrr"})
    try:
        assert swarm_client.inspect_service(created["ID"])["Spec"]["Mode"] == {"Global": {}}
    finally:
        swarm_client.remove_service(created["ID"])
    with pytest.raises(dockerapi.InvalidArgument):
        swarm_client.create_service({"ContainerSpec": {"Image": BUSYBOX}}, unique("svc"), mode="sideways")
    with pytest.raises(dockerapi.NotFound):
        swarm_client.inspect_service("nosuchservice0000000000000")
    with pytest.raises(dockerapi.NotFound):
        swarm_client.inspect_task("nosuchtask00000000000000000")


def test_async_client_service_calls(any_swarm_manager: dict[str, Any], service_setup: dict[str, Any],
                                    swarm_client: Client) -> None:
    names = service_setup["names"]

    async def run() -> tuple[Any, Any]:
        async with AsyncClient(any_swarm_manager["base_url"]) as client:
            created = await client.create_service(task_template(service_setup), names["service"],
                                                  endpoint_spec={"Mode": "dnsrr"})
            service_setup["services"].append(created["ID"])
            await client.update_service(created["ID"], mode={"Replicated": {"Replicas": 0}}, fetch_current_spec=True)
            spec = (await client.inspect_service(created["ID"]))["Spec"]
            listed = await client.services(filters={"id": created["ID"]})
            return spec, listed

    spec, listed = asyncio.run(run())
    assert spec["Mode"] == {"Replicated": {"Replicas": 0}}
    assert spec["TaskTemplate"]["ContainerSpec"]["Image"] == BUSYBOX
    assert len(listed) == 1
