"""Swarm, node and secret/config operations on both swarm managers (Docker 20.10 / API 1.41, Docker 28.5 / 1.51).

The managers are shared, so nothing here leaves the swarm or re-initialises it: `init_swarm`, `join_swarm` and
`leave_swarm` are shown refused by the daemon; every setting changed is restored.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import dockerapi
import pytest
from dockerapi import Client


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def swarm_client(any_swarm_manager: dict[str, Any]) -> Iterator[Client]:
    with Client(any_swarm_manager["base_url"]) as c:
        yield c


# --- swarm ------------------------------------------------------------------------------------------


def test_inspect_swarm(swarm_client: Client) -> None:
    swarm = swarm_client.inspect_swarm()
    assert swarm.id and swarm["ID"] == swarm.id
    assert swarm["Spec"]["Name"] == "default"
    assert swarm["JoinTokens"]["Worker"].startswith("SWMTKN-")
    assert isinstance(swarm["Version"]["Index"], int)


def test_init_and_join_on_a_manager_are_refused_by_the_daemon(swarm_client: Client) -> None:
    with pytest.raises(dockerapi.APIError) as err:
        swarm_client.init_swarm("127.0.0.1")
    assert err.value.status_code == 503 and "already part of a swarm" in str(err.value)
    token = swarm_client.inspect_swarm()["JoinTokens"]["Worker"]
    with pytest.raises(dockerapi.APIError) as err:
        swarm_client.join_swarm(["127.0.0.1:2377"], token)
    assert err.value.status_code == 503 and "already part of a swarm" in str(err.value)


def test_leave_without_force_is_refused_for_the_last_manager(swarm_client: Client) -> None:
    with pytest.raises(dockerapi.APIError) as err:
        swarm_client.leave_swarm()
    assert err.value.status_code == 503 and "--force" in str(err.value)
    assert swarm_client.inspect_swarm().id  # still a manager


def test_update_swarm_spec_change_and_token_rotation(swarm_client: Client) -> None:
    before = swarm_client.inspect_swarm()
    spec = before["Spec"]
    old_history = spec["Orchestration"]["TaskHistoryRetentionLimit"]
    changed = {**spec, "Orchestration": {**spec["Orchestration"], "TaskHistoryRetentionLimit": old_history + 3}}
    try:
        assert swarm_client.update_swarm(before["Version"]["Index"], changed) is True
        after = swarm_client.inspect_swarm()
        assert after["Spec"]["Orchestration"]["TaskHistoryRetentionLimit"] == old_history + 3
        assert after["JoinTokens"] == before["JoinTokens"]

        assert swarm_client.update_swarm(after["Version"]["Index"], after["Spec"], rotate_worker_token=True) is True
        rotated = swarm_client.inspect_swarm()
        assert rotated["JoinTokens"]["Worker"] != before["JoinTokens"]["Worker"]
        assert rotated["JoinTokens"]["Manager"] == before["JoinTokens"]["Manager"]

        swarm_client.update_swarm(rotated["Version"]["Index"], rotated["Spec"], rotate_manager_token=True)
        assert swarm_client.inspect_swarm()["JoinTokens"]["Manager"] != before["JoinTokens"]["Manager"]

        stale = before["Version"]["Index"]  # an old version is refused: updates are optimistic
        with pytest.raises(dockerapi.APIError):
            swarm_client.update_swarm(stale, changed)
        with pytest.raises(dockerapi.APIError):  # the raw endpoint behind it alike
            swarm_client.swarm_update(stale, changed)
    finally:
        current = swarm_client.inspect_swarm()
        swarm_client.update_swarm(current["Version"]["Index"], spec)
    assert swarm_client.inspect_swarm()["Spec"]["Orchestration"]["TaskHistoryRetentionLimit"] == old_history


def test_autolock_unlock_key_rotation_and_unlock(swarm_client: Client) -> None:
    current = swarm_client.inspect_swarm()
    spec = current["Spec"]
    assert swarm_client.get_unlock_key()["UnlockKey"] == ""  # not locked
    locked_spec = {**spec, "EncryptionConfig": {"AutoLockManagers": True}}
    try:
        swarm_client.update_swarm(current["Version"]["Index"], locked_spec)
        key = swarm_client.get_unlock_key()
        assert key["UnlockKey"].startswith("SWMKEY-")
        assert key.unlock_key == key["UnlockKey"]

        now = swarm_client.inspect_swarm()
        swarm_client.update_swarm(now["Version"]["Index"], now["Spec"], rotate_manager_unlock_key=True)
        rotated = swarm_client.get_unlock_key()
        assert rotated["UnlockKey"].startswith("SWMKEY-") and rotated["UnlockKey"] != key["UnlockKey"]

        # The running manager is not locked (only a restart locks it), so the daemon refuses to unlock it;
        # the key goes out both as a string and as what get_unlock_key returned.
        for given in (rotated, rotated["UnlockKey"]):
            with pytest.raises(dockerapi.APIError) as err:
                swarm_client.unlock_swarm(given)
            assert "not locked" in str(err.value)
        with pytest.raises(dockerapi.InvalidArgument):
            swarm_client.unlock_swarm({"Key": "x"})
    finally:
        now = swarm_client.inspect_swarm()
        swarm_client.update_swarm(now["Version"]["Index"], {**now["Spec"], "EncryptionConfig": {"AutoLockManagers": False}})
    assert swarm_client.get_unlock_key()["UnlockKey"] == ""


# --- nodes ------------------------------------------------------------------------------------------


def test_nodes_inspect_and_label_update(swarm_client: Client) -> None:
    nodes = swarm_client.nodes()
    assert len(nodes) == 1
    node = nodes[0]
    assert node["Spec"]["Role"] == "manager"
    assert swarm_client.nodes(filters={"role": "manager"})[0]["ID"] == node["ID"]
    assert swarm_client.nodes(filters={"role": "worker"}) == []
    info = swarm_client.inspect_node(node["ID"])
    assert info.id == node["ID"] and info["ManagerStatus"]["Leader"] is True
    assert swarm_client.inspect_node(node)["ID"] == node["ID"]  # a node mapping works as the id

    original = info["Spec"]
    label = unique("dapi")
    try:
        new_spec = {**original, "Labels": {**(original.get("Labels") or {}), "dapi.test": label}}
        assert swarm_client.update_node(info["ID"], info["Version"]["Index"], new_spec) is True
        updated = swarm_client.inspect_node(info["ID"])
        assert updated["Spec"]["Labels"]["dapi.test"] == label
        assert swarm_client.nodes(filters={"node.label": f"dapi.test={label}"})[0]["ID"] == info["ID"]
        with pytest.raises(dockerapi.APIError):  # stale version
            swarm_client.update_node(info["ID"], info["Version"]["Index"], new_spec)
    finally:
        now = swarm_client.inspect_node(info["ID"])
        swarm_client.update_node(info["ID"], now["Version"]["Index"], original)
    assert "dapi.test" not in (swarm_client.inspect_node(info["ID"])["Spec"].get("Labels") or {})


def test_remove_node_refusals(swarm_client: Client) -> None:
    with pytest.raises(dockerapi.NotFound):
        swarm_client.remove_node("nosuchnode0000000000000000")
    me = swarm_client.nodes()[0]
    with pytest.raises(dockerapi.APIError):  # a manager (and this node) cannot be removed
        swarm_client.remove_node(me["ID"])


# --- secrets and configs ----------------------------------------------------------------------------


def test_secret_lifecycle(swarm_client: Client) -> None:
    name = unique("secret")
    created = swarm_client.create_secret(name, b"s3cr3t\x00bytes", labels={"a": "1"})
    try:
        assert created.id == created["ID"] and created.id  # the daemon answers `ID`, not the swagger's `Id`
        info = swarm_client.inspect_secret(created["ID"])
        assert info["Spec"]["Name"] == name and info["Spec"]["Labels"] == {"a": "1"}
        assert "Data" not in info["Spec"]  # the daemon never returns secret data
        assert [s["ID"] for s in swarm_client.secrets(filters={"name": name})] == [created["ID"]]
        assert swarm_client.update_secret(created["ID"], info["Version"]["Index"],
                                          {**info["Spec"], "Labels": {"a": "2"}}) is None
        assert swarm_client.inspect_secret(created)["Spec"]["Labels"] == {"a": "2"}
        with pytest.raises(dockerapi.Conflict):
            swarm_client.create_secret(name, "again")
    finally:
        assert swarm_client.remove_secret(created["ID"]) is True
    with pytest.raises(dockerapi.NotFound):
        swarm_client.inspect_secret(created["ID"])


def test_config_lifecycle(swarm_client: Client) -> None:
    name = unique("config")
    created = swarm_client.create_config(name, "key = value\n", labels=["flag"])
    try:
        assert created.id == created["ID"] and created.id
        info = swarm_client.inspect_config(created["ID"])
        assert info["Spec"]["Name"] == name and info["Spec"]["Labels"] == {"flag": ""}
        import base64

        assert base64.b64decode(info["Spec"]["Data"]) == b"key = value\n"
        assert [c["ID"] for c in swarm_client.configs(filters={"name": name})] == [created["ID"]]
        swarm_client.update_config(created["ID"], info["Version"]["Index"], {**info["Spec"], "Labels": {"x": "y"}})
        assert swarm_client.inspect_config(created["ID"])["Spec"]["Labels"] == {"x": "y"}
    finally:
        assert swarm_client.remove_config(created["ID"]) is True
    with pytest.raises(dockerapi.NotFound):
        swarm_client.remove_config(created["ID"])
