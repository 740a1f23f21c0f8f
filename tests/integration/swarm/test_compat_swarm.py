"""docker-py 7.2 as the oracle for swarm calls (issues 12 and 17): the same call on the same daemon, compared.

`init_swarm` and leaving a swarm cannot be tried on the shared managers, so those tests start a private,
throw-away Docker daemon in its own network namespace (root, `dockerd` and `nsenter` as on every machine of
this project; see /work/shared/notes/test-servers.md, pitfall 1) and initialise a swarm there, once with
each client.
"""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
import servers
from dockerapi import APIError, Client, DockerException


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


# --- a private daemon outside any swarm --------------------------------------------------------------


@pytest.fixture(scope="module")
def scratch_daemon() -> Iterator[str]:
    """A fresh dockerd 20.10 (the system one) in a new network namespace; yields its unix:// URL."""
    missing = [tool for tool in ("dockerd", "nsenter", "ip") if shutil.which(tool) is None]
    if missing or os.geteuid() != 0:
        reason = f"a private dockerd needs root and {missing or 'dockerd, nsenter, ip'}"
        if servers.require_servers():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    root = tempfile.mkdtemp(prefix="dapi-scratch-")
    netns = f"dapi-scratch-{uuid.uuid4().hex[:8]}"
    sock = f"{root}/docker.sock"
    subprocess.run(["ip", "netns", "add", netns], check=True)
    subprocess.run(["ip", "-n", netns, "link", "set", "lo", "up"], check=True)
    log = open(f"{root}/dockerd.log", "wb")  # noqa: SIM115 - closed at teardown
    # no bridge and no iptables: the namespace is private and the tests need neither
    daemon = subprocess.Popen(
        ["nsenter", f"--net=/run/netns/{netns}", "--", "dockerd", "--host", f"unix://{sock}",
         "--data-root", f"{root}/data", "--exec-root", f"{root}/exec", "--pidfile", f"{root}/docker.pid",
         "--bridge=none", "--iptables=false"],
        stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
    )
    try:
        for _ in range(150):
            try:  # (httpx's client leaked the socket of a refused connect here, seen under -X dev)
                with Client(f"unix://{sock}", timeout=2) as probe:
                    if probe.ping():
                        break
            except DockerException:
                pass
            time.sleep(0.2)
        else:
            pytest.fail(f"private dockerd did not start: {open(f'{root}/dockerd.log').read()[-2000:]}")
        yield f"unix://{sock}"
    finally:
        daemon.send_signal(signal.SIGTERM)
        try:
            daemon.wait(30)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        log.close()
        with open("/proc/mounts") as mounts:
            leftovers = sorted({line.split()[1] for line in mounts if line.split()[1].startswith(root)}, reverse=True)
        for mount in leftovers:
            subprocess.run(["umount", "-l", mount], check=False)
        subprocess.run(["ip", "netns", "del", netns], check=False)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def scratch_pair(scratch_daemon: str) -> Iterator[tuple[Client, Any]]:
    import docker

    oracle = docker.APIClient(base_url=scratch_daemon, version="auto")
    with Client(scratch_daemon) as client:
        yield client, oracle
    oracle.close()


POOL_FIELDS = ("DefaultAddrPool", "SubnetSize", "DataPathPort")


@pytest.mark.parametrize(
    "kwargs",
    [{"default_addr_pool": ["10.123.0.0/16"]}, {"subnet_size": 26}, {},
     {"default_addr_pool": ["10.124.0.0/16", "10.125.0.0/16"], "subnet_size": 28}],
    ids=["pool-only", "size-only", "neither", "both"],
)
def test_init_swarm_address_pools_equal_docker_py(scratch_pair: tuple[Client, Any], kwargs: dict[str, Any]) -> None:
    client, oracle = scratch_pair
    seen = []
    for init, inspect, leave in ((client.init_swarm, client.inspect_swarm, client.leave_swarm),
                                 (oracle.init_swarm, oracle.inspect_swarm, oracle.leave_swarm)):
        node_id = init("127.0.0.1", **kwargs)
        try:
            assert isinstance(node_id, str) and node_id
            swarm = inspect()
            seen.append({field: swarm[field] for field in POOL_FIELDS})
        finally:
            assert leave(force=True) is True
    mine, theirs = seen
    assert mine == theirs
    if "subnet_size" in kwargs:  # what the caller asked for really reached the daemon
        assert mine["SubnetSize"] == kwargs["subnet_size"]
    if "default_addr_pool" in kwargs:
        assert mine["DefaultAddrPool"] == kwargs["default_addr_pool"]


def test_leave_swarm_force_outside_a_swarm_is_true_like_docker_py(scratch_pair: tuple[Client, Any]) -> None:
    import docker

    client, oracle = scratch_pair
    assert client.info()["Swarm"]["LocalNodeState"] == "inactive"
    assert client.leave_swarm(force=True) is True
    assert oracle.leave_swarm(force=True) is True
    # without force both raise the daemon's 503; the underlying operation always does
    with pytest.raises(docker.errors.APIError) as theirs:
        oracle.leave_swarm()
    import dockerapi

    with pytest.raises(dockerapi.APIError) as mine:
        client.leave_swarm()
    assert mine.value.status_code == theirs.value.status_code == 503
    with pytest.raises(dockerapi.APIError) as raw:
        client.swarm_leave(force=True)
    assert raw.value.status_code == 503 and "not part of a swarm" in str(raw.value)


def test_update_swarm_without_a_spec_keeps_the_spec_where_docker_py_resets_it(
        scratch_pair: tuple[Client, Any]) -> None:
    """Issue 24 item 9, on the private swarm (docker-py's call resets the swarm's settings, which the shared
    managers must not see): `update_swarm(version, rotate_manager_unlock_key=True)` without a spec runs, rotates
    the key and keeps every setting; docker-py 7.2 sends an empty spec instead (a kept divergence, README)."""
    client, oracle = scratch_pair
    client.init_swarm("127.0.0.1")
    try:
        current = client.inspect_swarm()
        locked = {**current["Spec"], "EncryptionConfig": {"AutoLockManagers": True}}
        assert client.swarm_update(current["Version"]["Index"], locked) is True
        before = client.inspect_swarm()
        key = client.get_unlock_key()["UnlockKey"]

        assert client.update_swarm(before["Version"]["Index"], rotate_manager_unlock_key=True) is True
        after = client.inspect_swarm()
        assert after["Spec"] == before["Spec"]
        assert client.get_unlock_key()["UnlockKey"] not in ("", key)
        assert client.update_swarm(rotate_worker_token=True) is True  # version None: the current one
        rotated = client.inspect_swarm()
        assert rotated["JoinTokens"]["Worker"] != after["JoinTokens"]["Worker"]
        assert rotated["Spec"] == before["Spec"]

        assert oracle.update_swarm(rotated["Version"]["Index"], rotate_manager_unlock_key=True) is True
        reset = client.inspect_swarm()["Spec"]
        assert reset["Raft"].get("ElectionTick", 0) == 0 != before["Spec"]["Raft"]["ElectionTick"]
        assert reset["EncryptionConfig"]["AutoLockManagers"] is False
    finally:
        _leave(client)


def _leave(client: Any) -> None:
    # Docker 20.10 may fail a forced leave right after the key rotations while it still writes the swarm's
    # certificates ("unlinkat .../swarm/certificates: directory not empty"); the daemon's own retry is to ask again
    for attempt in range(5):
        try:
            assert client.leave_swarm(force=True) is True
            return
        except APIError as error:
            if "directory not empty" not in error.explanation or attempt == 4:
                raise
            time.sleep(0.5)


def test_async_leave_swarm_force_outside_a_swarm(scratch_daemon: str) -> None:
    import asyncio

    from dockerapi import AsyncClient

    async def leave() -> Any:
        async with AsyncClient(scratch_daemon) as client:
            return await client.leave_swarm(force=True)

    assert asyncio.run(leave()) is True


# --- services: networks -------------------------------------------------------------------------------


@pytest.fixture
def swarm_pair(any_swarm_manager: dict[str, Any]) -> Iterator[tuple[Client, Any]]:
    import docker

    oracle = docker.APIClient(base_url=any_swarm_manager["base_url"], version="auto")
    with Client(any_swarm_manager["base_url"]) as client:
        yield client, oracle
    oracle.close()


def _service_networks(spec: dict[str, Any]) -> list[str]:
    """The network targets of a service spec, wherever the client put them."""
    attached = (spec.get("TaskTemplate") or {}).get("Networks") or spec.get("Networks") or []
    return sorted(item["Target"] for item in attached)


TASK = {"ContainerSpec": {"Image": "busybox:latest", "Command": ["sleep", "300"]}}


def test_service_networks_equal_docker_py_and_survive_update(swarm_pair: tuple[Client, Any]) -> None:
    import docker

    client, oracle = swarm_pair
    name = unique("dapi-cnet")
    network = client.create_network(name, driver="overlay")["Id"]
    services = []
    try:
        mine = client.create_service(TASK, name=f"{name}-a", networks=[name])["ID"]
        services.append(mine)
        theirs = oracle.create_service(TASK, name=f"{name}-b", networks=[name])["ID"]
        services.append(theirs)
        mine_spec, their_spec = oracle.inspect_service(mine)["Spec"], oracle.inspect_service(theirs)["Spec"]
        assert _service_networks(mine_spec) == _service_networks(their_spec) == [network]
        # kept divergence (README "Migrating from docker-py"): the task template holds them, not Spec.Networks
        assert mine_spec["TaskTemplate"]["Networks"] == [{"Target": network}] and "Networks" not in mine_spec
        assert their_spec["Networks"] == [{"Target": network}]

        # an update that does not name networks keeps them, for a service either client created
        for service in (mine, theirs):
            client.update_service(service, fetch_current_spec=True, labels={"changed": "yes"})
            after = oracle.inspect_service(service)["Spec"]
            assert after["Labels"] == {"changed": "yes"}
            assert _service_networks(after) == [network]
        for attempt in range(3):  # the swarm bumps the version while the previous update rolls out
            current = oracle.inspect_service(theirs)
            try:
                oracle.update_service(theirs, current["Version"]["Index"], fetch_current_spec=True, labels={"again": "1"})
                break
            except docker.errors.APIError as error:
                if "out of sequence" not in str(error) or attempt == 2:
                    raise
        assert _service_networks(oracle.inspect_service(theirs)["Spec"]) == [network]
    finally:
        for service in services:
            client.remove_service(service)
        for _ in range(30):  # the tasks leave the network shortly after their service is gone
            try:
                client.remove_network(network)
                break
            except Exception:  # noqa: BLE001 - still in use: wait
                time.sleep(0.5)


# --- configs: no connection left open ------------------------------------------------------------------


def test_config_sequence_releases_every_connection(swarm_pair: tuple[Client, Any],
                                                    any_swarm_manager: dict[str, Any]) -> None:
    _client, oracle = swarm_pair
    leaks: list[str] = []
    previous_hook = sys.unraisablehook

    def record(unraisable: Any) -> None:
        leaks.append(f"{unraisable.exc_value!r} in {unraisable.object!r}")

    name = unique("dapi-ccfg")
    sys.unraisablehook = record
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", ResourceWarning)
            client = Client(any_swarm_manager["base_url"])
            created = client.create_config(name, b"data", labels={"a": "b"})
            mine = client.inspect_config(created)
            theirs = oracle.inspect_config(created["ID"])
            assert mine.to_wire() == theirs
            assert client.remove_config(mine) is True
            client.close()
            del client, mine
            gc.collect()
    finally:
        sys.unraisablehook = previous_hook
    assert leaks == []
