"""Managed plugins on both swarm managers, offline: made from a busybox rootfs, pushed to and pulled from the
local registry, configured, enabled and disabled, removed.

busybox cannot listen on a unix socket, so while the plugin is enabled this test answers on the plugin's
socket path itself (`/run/docker/plugins/<id>/<socket>`, which the daemon dials until it answers); the plugin's
own process (busybox `sleep`) runs in the plugin container as usual.
"""

from __future__ import annotations

import io
import json
import os
import socket
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dockerapi
import pytest
from dockerapi import Client

BUSYBOX = "busybox:latest"


def unique(prefix: str) -> str:
    import uuid

    return f"{prefix}-{uuid.uuid4().hex[:10]}"

SOCKET = "dapi.sock"


@pytest.fixture
def swarm_client(any_swarm_manager: dict[str, Any]) -> Iterator[Client]:
    with Client(any_swarm_manager["base_url"], timeout=120) as c:
        yield c


@pytest.fixture
def plugin_dir(swarm_client: Client, tmp_path: Path) -> Path:
    """config.json plus rootfs/ exported from a busybox container: what `docker plugin create` reads."""
    container = swarm_client.create_container(BUSYBOX, "true")
    try:
        archive = swarm_client.export(container)
        data = archive.read() if hasattr(archive, "read") else b"".join(archive)
    finally:
        swarm_client.remove_container(container, force=True)
    rootfs = tmp_path / "rootfs"
    rootfs.mkdir()
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(rootfs, filter="tar")
    config = {
        "Description": "dockerapi test plugin",
        "Documentation": "https://example.invalid/dockerapi",
        "Interface": {"Types": ["docker.dummy/1.0"], "Socket": SOCKET},
        "Entrypoint": ["/bin/sleep", "600"],
        "WorkDir": "/",
        "Network": {"Type": "host"},
        "Env": [{"Name": "DEBUG", "Description": "debug level", "Settable": ["value"], "Value": "0"}],
        "Args": {"Name": "", "Description": "", "Settable": None, "Value": None},
        "Linux": {"Capabilities": None, "AllowAllDevices": False, "Devices": None},
    }
    (tmp_path / "config.json").write_text(json.dumps(config))
    return tmp_path


class _SocketAnswer:
    """Listen on the plugin's socket path so that the daemon's dial succeeds (see the module docstring)."""

    def __init__(self, path: str) -> None:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if os.path.exists(path):
            os.unlink(path)
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()
        try:
            os.unlink(self.path)
        except OSError:
            pass


def _login(client: Client, registry: dict[str, Any]) -> None:
    client.login(registry["username"], registry["password"], registry=registry["address"])


def test_plugin_lifecycle_create_configure_enable_disable_remove(swarm_client: Client, plugin_dir: Path) -> None:
    name = f"127.0.0.1:5000/dapi/{unique('plugin')}:latest"
    assert swarm_client.create_plugin(name, str(plugin_dir)) is True
    try:
        assert name in [p["Name"] for p in swarm_client.plugins()]
        info = swarm_client.inspect_plugin(name)
        assert info.enabled is False
        assert info["Config"]["Description"] == "dockerapi test plugin"
        assert info["Settings"]["Env"] == ["DEBUG=0"]

        assert swarm_client.configure_plugin(name, {"DEBUG": "1"}) is True
        assert swarm_client.inspect_plugin(name)["Settings"]["Env"] == ["DEBUG=1"]
        with pytest.raises(dockerapi.APIError):
            swarm_client.configure_plugin(name, {"NOT_SETTABLE": "x"})

        answer = _SocketAnswer(f"/run/docker/plugins/{info['Id']}/{SOCKET}")
        try:
            assert swarm_client.enable_plugin(name, timeout=20) is True
            assert swarm_client.inspect_plugin(name)["Enabled"] is True
            assert [p["Name"] for p in swarm_client.plugins(filters={"enabled": True})].count(name) == 1
            with pytest.raises(dockerapi.APIError):  # an enabled plugin cannot be removed without force
                swarm_client.remove_plugin(name)
            assert swarm_client.disable_plugin(name) is True
        finally:
            answer.close()
        assert swarm_client.inspect_plugin(name)["Enabled"] is False
        assert name not in [p["Name"] for p in swarm_client.plugins(filters={"enabled": True})]
    finally:
        swarm_client.remove_plugin(name, force=True)
    with pytest.raises(dockerapi.NotFound):
        swarm_client.inspect_plugin(name)


def test_create_plugin_refuses_a_directory_without_config(swarm_client: Client, tmp_path: Path) -> None:
    with pytest.raises(dockerapi.InvalidArgument):
        swarm_client.create_plugin(f"dapi/{unique('plugin')}", str(tmp_path))


def test_plugin_push_privileges_pull_upgrade(swarm_client: Client, plugin_dir: Path,
                                             registry: dict[str, Any]) -> None:
    repo = f"127.0.0.1:5000/dapi/{unique('plugin')}"
    name = f"{repo}:latest"
    _login(swarm_client, registry)
    swarm_client.create_plugin(name, str(plugin_dir))
    try:
        pushed = swarm_client.push_plugin(name)
        assert '"Digest"' in pushed
        # a second tag of the same plugin, to upgrade to
        second = f"{repo}:v2"
        config = json.loads((plugin_dir / "config.json").read_text())
        config["Description"] = "dockerapi test plugin v2"
        (plugin_dir / "config.json").write_text(json.dumps(config))
        (plugin_dir / "rootfs" / "VERSION").write_text("2\n")  # the daemon refuses a rootfs layer it already holds
        swarm_client.create_plugin(second, str(plugin_dir))
        swarm_client.push_plugin(second)
        swarm_client.remove_plugin(second, force=True)
    finally:
        swarm_client.remove_plugin(name, force=True)

    privileges = swarm_client.plugin_privileges(name)
    assert [(p.name, p.value) for p in privileges] == [("network", ["host"])]

    local = unique("pulled")
    progress = swarm_client.pull_plugin(name, privileges, name=local)
    assert "Downloaded" in progress or "Digest" in progress or progress
    try:
        installed = swarm_client.inspect_plugin(local)
        assert installed["PluginReference"] == name
        assert installed["Config"]["Description"] == "dockerapi test plugin"

        # granting fewer privileges than the plugin asks for is refused
        with pytest.raises(dockerapi.DockerException):
            swarm_client.upgrade_plugin(local, f"{repo}:v2", [])
        swarm_client.upgrade_plugin(local, f"{repo}:v2", swarm_client.plugin_privileges(f"{repo}:v2"))
        upgraded = swarm_client.inspect_plugin(local)
        assert upgraded["PluginReference"] == f"{repo}:v2"
        assert upgraded["Config"]["Description"] == "dockerapi test plugin v2"
    finally:
        swarm_client.remove_plugin(local, force=True)
