"""docker-py 7.2 as the oracle for networks where the seed is silent (issue 12, section 2): the same call on
the same daemon through both clients, and the user-visible results compared (Docker 20.10, Docker 28.5,
Podman 4.3).
"""

from __future__ import annotations

from typing import Any

import docker
import dockerapi
import pytest
from conftest import unique  # tests/integration/conftest.py
from dockerapi import Client

# --- create_network(labels=list) -----------------------------------------------------------------------


def test_create_network_with_a_list_of_labels_is_refused_before_sending(client: Client, oracle: Any) -> None:
    name = unique("dapi-cnetlbl")
    with pytest.raises(TypeError):
        oracle.create_network(name, labels=["a"])
    with pytest.raises(dockerapi.InvalidArgument) as error:
        client.create_network(name, labels=["a"])
    assert isinstance(error.value, TypeError) and "labels" in str(error.value)
    assert client.networks(names=[name]) == []  # nothing was sent


def test_network_ipam_of_either_library_gives_docker_pys_network(client: Client, oracle: Any, cleanup: Any) -> None:
    from dockerapi import types as ours

    seen = []
    for index, (lib, api) in enumerate(((docker.types, client), (ours, client), (docker.types, oracle))):
        subnet = f"10.{231 + index}.0.0/24"
        ipam = lib.IPAMConfig(pool_configs=[lib.IPAMPool(subnet=subnet, gateway=subnet.replace("0/24", "1"))])
        created = api.create_network(unique("dapi-cipam"), ipam=ipam)
        cleanup(lambda n=created: client.remove_network(n["Id"]))
        config = oracle.inspect_network(created["Id"])["IPAM"]["Config"]
        seen.append([{k: v.replace(str(231 + index), "X") for k, v in pool.items()} for pool in config])
    assert seen[0] == seen[1] == seen[2]
