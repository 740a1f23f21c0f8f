"""Volumes on every engine: create (driver opts, labels), inspect, list with filters, remove."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import unique  # tests/integration/conftest.py
from dockerapi import APIError, Client, NotFound


def test_volume_lifecycle(client: Client, cleanup: Any) -> None:
    name = unique("dapi-vol")
    label = unique("lbl")
    opts = {"type": "tmpfs", "device": "tmpfs", "o": "nodev,nosuid"}
    volume = client.create_volume(name=name, driver="local", driver_opts=opts, labels={"dapi.test": label})
    cleanup(lambda: client.remove_volume(name))
    assert volume["Name"] == name
    assert volume["Driver"] == "local"
    assert volume["Labels"] == {"dapi.test": label}
    assert volume["Mountpoint"]
    inspected = client.inspect_volume(name)
    assert inspected["Name"] == name
    assert inspected["Options"] == opts
    assert inspected["Labels"] == {"dapi.test": label}
    listed = client.volumes(filters={"label": f"dapi.test={label}"})
    assert [v["Name"] for v in listed["Volumes"]] == [name]
    assert name in [v["Name"] for v in client.volumes()["Volumes"] or []]
    assert client.volumes(filters={"label": "dapi.test=nobody-has-this"})["Volumes"] in ([], None)
    assert name in [v["Name"] for v in client.volumes(filters={"name": name})["Volumes"]]
    assert client.remove_volume(name) is None
    with pytest.raises(NotFound):
        client.inspect_volume(name)
    with pytest.raises(NotFound):
        client.remove_volume(name)


def test_create_volume_positional_and_anonymous(client: Client, cleanup: Any) -> None:
    name = unique("dapi-vol")
    volume = client.create_volume(name, "local", None, {"k": "v"})
    cleanup(lambda: client.remove_volume(name))
    assert (volume["Name"], volume["Labels"]) == (name, {"k": "v"})
    anonymous = client.create_volume()
    cleanup(lambda: client.remove_volume(anonymous["Name"]))
    assert len(anonymous["Name"]) >= 32


def test_remove_a_volume_in_use_is_refused(client: Client, make_container: Any, cleanup: Any) -> None:
    name = unique("dapi-vol")
    client.create_volume(name)
    cleanup(lambda: client.remove_volume(name, force=True))
    make_container("true", host_config=client.create_host_config(binds={name: {"bind": "/data", "mode": "rw"}}))
    with pytest.raises(APIError) as refused:
        client.remove_volume(name)
    assert refused.value.status_code == 409
