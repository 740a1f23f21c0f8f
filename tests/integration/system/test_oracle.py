"""Differential tests for version, info and df: dockerapi's plain data equals docker-py 7.2's on the same
daemon (the oracle).

Fields that change between two calls (clocks, goroutine and fd counts, container counts that other
tests running at the same time change) are left out; everything else must be equal.
"""

from __future__ import annotations

from typing import Any

from conftest import BUSYBOX, wire, without  # tests/integration/conftest.py
from dockerapi import Client

VOLATILE_INFO = {"SystemTime", "NGoroutines", "NFd", "NEventsListener", "Containers", "ContainersRunning",
                 "ContainersPaused", "ContainersStopped", "Images", "DriverStatus", "MemFree", "Swarm", "Plugins",
                 "Uptime"}  # Podman only
PODMAN_VOLATILE_INFO = {"ID"}  # Podman 4.3 answers a new random ID on every /info




def test_version_equals_docker_py(client: Client, oracle: Any) -> None:
    assert wire(client.version()) == oracle.version()


def test_info_equals_docker_py(client: Client, oracle: Any) -> None:
    mine, theirs = wire(client.info()), oracle.info()
    assert set(mine) == set(theirs)
    volatile = VOLATILE_INFO | (PODMAN_VOLATILE_INFO if getattr(client, "engine", "") == "podman" else set())
    assert without(mine, volatile) == without(theirs, volatile)


def test_df_equals_docker_py(client: Client, oracle: Any) -> None:
    mine, theirs = wire(client.df()), oracle.df()
    assert set(mine) == set(theirs)

    def busybox(usage: dict[str, Any]) -> list[dict[str, Any]]:
        target = client.inspect_image(BUSYBOX)["Id"].removeprefix("sha256:")
        return [without(i, {"Containers", "SharedSize"}) for i in usage["Images"]
                if i["Id"].removeprefix("sha256:") == target]

    assert busybox(mine) and busybox(mine) == busybox(theirs)
