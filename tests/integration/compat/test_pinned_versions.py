"""Clients pinned to old API versions (1.24, 1.30, 1.41) doing real work on Docker 28.5 and 20.10.

Old scripts pin a version and keep running against newer daemons. Each call's answer is compared with
docker-py 7.2 pinned to the same version on the same daemon (the oracle), so a response shaped by the
pinned version (fields an old API does not have) must be read the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import docker
import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import Client, InvalidVersion

VERSIONS = ["1.24", "1.30", "1.41"]


@pytest.fixture(params=["docker20", "docker28"])
def daemon(request: pytest.FixtureRequest) -> dict[str, Any]:
    return {"name": request.param, **request.getfixturevalue(request.param)}


@pytest.fixture(params=VERSIONS)
def pinned(request: pytest.FixtureRequest, daemon: dict[str, Any]) -> Iterator[tuple[Client, Any]]:
    """(dockerapi Client, docker-py APIClient), both pinned to the same version on the same daemon."""
    with Client(daemon["base_url"], version=request.param) as client:
        oracle = docker.APIClient(base_url=daemon["base_url"], version=request.param)
        try:
            yield client, oracle
        finally:
            oracle.close()


def test_the_pinned_version_is_the_one_used(pinned: tuple[Client, Any]) -> None:
    client, oracle = pinned
    assert client.api_version == oracle.api_version
    assert client.version()["ApiVersion"] == oracle.version()["ApiVersion"]  # the daemon's own version
    assert client.ping() is True


def test_container_round_trip_matches_the_oracle(pinned: tuple[Client, Any]) -> None:
    client, oracle = pinned
    label = unique("pin")
    container = client.create_container(
        BUSYBOX,
        ["sh", "-c", "echo out-$GREETING; echo err >&2; sleep 30"],
        environment={"GREETING": "hi"},
        labels={label: "yes"},
        host_config=client.create_host_config(mem_limit="64m", restart_policy={"Name": "no"}),
        name=label,
    )
    try:
        client.start(container)
        assert client.inspect_container(container).to_wire() == oracle.inspect_container(container["Id"])
        listed = client.containers(filters={"label": label})
        assert [dict(c) for c in listed] == oracle.containers(filters={"label": label})
        exec_id = client.exec_create(container, ["sh", "-c", "echo in-exec; echo e >&2"])["Id"]
        assert client.exec_start(exec_id, demux=True) == (b"in-exec\n", b"e\n")
        assert client.exec_inspect(exec_id)["ExitCode"] == 0
        ours, theirs = client.top(container), oracle.top(container["Id"])
        assert ours["Titles"] == theirs["Titles"]
        pid = ours["Titles"].index("PID")  # CPU and time columns move between two calls
        assert [p[pid] for p in ours["Processes"]] == [p[pid] for p in theirs["Processes"]]
        client.kill(container)
        assert client.wait(container, timeout=30) == 137
        assert client.inspect_container(container)["HostConfig"]["Memory"] == 64 << 20
    finally:
        client.remove_container(container, force=True)


def test_logs_of_a_non_tty_container(pinned: tuple[Client, Any]) -> None:
    client, oracle = pinned
    container = client.create_container(BUSYBOX, ["sh", "-c", "echo out; echo err >&2"], name=unique("pinlog"))
    try:
        client.start(container)
        assert client.wait(container, timeout=30) == 0
        assert client.logs(container, stderr=False) == b"out\n" == oracle.logs(container["Id"], stderr=False)
        assert client.logs(container, demux=True) == (b"out\n", b"err\n")
    finally:
        client.remove_container(container, force=True)


def test_images_volumes_networks_match_the_oracle(pinned: tuple[Client, Any]) -> None:
    client, oracle = pinned
    assert [dict(i) for i in client.images(name="busybox")] == oracle.images(name="busybox")
    assert client.inspect_image(BUSYBOX).to_wire() == oracle.inspect_image(BUSYBOX)
    volume = client.create_volume(unique("pinvol"), labels={"by": "pinned"})
    try:
        assert client.inspect_volume(volume["Name"]).to_wire() == oracle.inspect_volume(volume["Name"])
    finally:
        client.remove_volume(volume["Name"])
    network = client.create_network(unique("pinnet"), labels={"by": "pinned"})
    try:
        assert client.inspect_network(network["Id"]).to_wire() == oracle.inspect_network(network["Id"])
    finally:
        client.remove_network(network["Id"])


def test_a_feature_newer_than_the_pin_is_refused_before_sending(pinned: tuple[Client, Any]) -> None:
    client, _oracle = pinned
    container = client.create_container(BUSYBOX, "true", name=unique("pingate"))
    try:
        if client.api_version == "1.24":
            # wait(condition=) came with API 1.30
            with pytest.raises(InvalidVersion, match=r"condition.*1\.30"):
                client.wait(container, condition="not-running")
        else:
            assert client.wait(container, condition="not-running", timeout=10) == 0
    finally:
        client.remove_container(container, force=True)
