"""Networks on every engine: create (driver, options, ipam), inspect, list by names/ids, connect, disconnect, remove."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import is_podman, unique  # tests/integration/conftest.py
from dockerapi import Client, NotFound


@pytest.fixture
def network(client: Client, cleanup: Any) -> dict[str, Any]:
    """A bridge network with a subnet: {"name", "id", "subnet", "gateway"}."""
    name = unique("dapi-net")
    third = int(name[-2:], 16) % 200 + 20
    if third == 88:  # 10.88.0.0/16 is Podman's default network: the daemon refuses an overlapping subnet
        third = 220
    subnet, gateway = f"10.{third}.77.0/24", f"10.{third}.77.1"
    ipam = {"Driver": "default", "Config": [{"Subnet": subnet, "Gateway": gateway}]}
    created = client.create_network(name, driver="bridge", options={"com.docker.network.bridge.enable_icc": "true"},
                                    ipam=ipam, labels={"dapi.test": name})
    cleanup(lambda: client.remove_network(created["Id"]))
    return {"name": name, "id": created["Id"], "subnet": subnet, "gateway": gateway}


def test_create_and_inspect_network(client: Client, network: dict[str, Any]) -> None:
    info = client.inspect_network(network["id"])
    assert info["Name"] == network["name"]
    assert info["Id"] == network["id"]
    assert info["Driver"] == "bridge"
    assert info["IPAM"]["Config"][0]["Subnet"] == network["subnet"]
    assert info["IPAM"]["Config"][0]["Gateway"] == network["gateway"]
    assert info["Labels"] == {"dapi.test": network["name"]}
    if not is_podman(client):  # Podman keeps only the options it knows
        assert info["Options"]["com.docker.network.bridge.enable_icc"] == "true"
    assert client.inspect_network(network["name"])["Id"] == network["id"]


def test_networks_by_names_and_ids(client: Client, network: dict[str, Any]) -> None:
    assert [n["Id"] for n in client.networks(names=[network["name"]])] == [network["id"]]
    assert [n["Name"] for n in client.networks(ids=[network["id"]])] == [network["name"]]
    assert client.networks(names=["no-such-network-dapi"]) == []
    assert network["name"] in [n["Name"] for n in client.networks()]
    assert [n["Id"] for n in client.networks(filters={"label": f"dapi.test={network['name']}"})] == [network["id"]]


def test_connect_with_aliases_links_and_ipv4_address_then_disconnect(
    client: Client, network: dict[str, Any], make_container: Any
) -> None:
    peer = make_container("sleep 30", start=True)
    peer_name = client.inspect_container(peer)["Name"].lstrip("/")
    client.connect_container_to_network(peer, network["id"])
    container = make_container("sleep 30", start=True)
    address = network["gateway"].rsplit(".", 1)[0] + ".50"
    client.connect_container_to_network(container, network["id"], ipv4_address=address,
                                        aliases=["dapi-alias"], links=[(peer_name, "peer-link")])
    endpoint = client.inspect_container(container)["NetworkSettings"]["Networks"][network["name"]]
    assert endpoint["IPAddress"] == address
    assert "dapi-alias" in (endpoint["Aliases"] or [])
    if not is_podman(client):  # Podman 4.3 accepts links but does not keep them
        assert endpoint["Links"] == [f"{peer_name}:peer-link"]
    assert container["Id"] in client.inspect_network(network["id"])["Containers"]
    client.disconnect_container_from_network(container, network["id"])
    assert network["name"] not in client.inspect_container(container)["NetworkSettings"]["Networks"]
    assert container["Id"] not in (client.inspect_network(network["id"])["Containers"] or {})


def test_disconnect_force_and_remove_network(client: Client, cleanup: Any, make_container: Any) -> None:
    name = unique("dapi-net")
    created = client.create_network(name)
    cleanup(lambda: client.remove_network(created["Id"]))
    container = make_container("sleep 30", start=True)
    client.connect_container_to_network(container, name)
    client.disconnect_container_from_network(container, name, force=True)
    assert client.remove_network(created["Id"]) is None
    with pytest.raises(NotFound):
        client.inspect_network(created["Id"])
    with pytest.raises(NotFound):
        client.remove_network(created["Id"])
