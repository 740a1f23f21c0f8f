"""Differential test for volumes: dockerapi's plain data equals docker-py 7.2's on the same daemon (the
oracle)."""

from __future__ import annotations

from typing import Any

from conftest import unique, wire  # tests/integration/conftest.py
from dockerapi import Client


def test_volumes_equal_docker_py(client: Client, oracle: Any, cleanup: Any) -> None:
    name = unique("dapi-ovol")
    client.create_volume(name, labels={"dapi.oracle": name})
    cleanup(lambda: client.remove_volume(name))
    filters = {"label": f"dapi.oracle={name}"}
    assert wire(client.volumes(filters=filters)) == oracle.volumes(filters=filters)
    assert wire(client.inspect_volume(name)) == oracle.inspect_volume(name)
