"""Differential test for networks: dockerapi's plain data equals docker-py 7.2's on the same daemon (the
oracle)."""

from __future__ import annotations

from typing import Any

from conftest import unique, wire  # tests/integration/conftest.py
from dockerapi import Client


def test_networks_and_inspect_network_equal_docker_py(client: Client, oracle: Any, cleanup: Any) -> None:
    name = unique("dapi-onet")
    created = client.create_network(name, driver="bridge", labels={"dapi.oracle": name})
    cleanup(lambda: client.remove_network(created["Id"]))
    assert wire(client.networks(names=[name])) == oracle.networks(names=[name])
    assert wire(client.networks(ids=[created["Id"]])) == oracle.networks(ids=[created["Id"]])
    assert wire(client.inspect_network(created["Id"])) == oracle.inspect_network(created["Id"])
