"""The object API of plugins (`client.plugins`, `Plugin`) on both swarm managers, offline.

docker-py 7.2's DockerClient is the oracle for `dockerapi.classic.DockerClient`; the typed faces run the
same scenario with typed attrs. The plugins are made from a busybox rootfs (`plugin_dir`, and the socket
answer that lets the daemon enable them, from test_plugins.py) and go through the local registry for push,
install and upgrade. Every plugin made here is removed.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dockerapi
import pytest
from dockerapi import classic, models

from .test_plugins import SOCKET, _SocketAnswer, plugin_dir, swarm_client  # noqa: F401 - fixtures used here


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def faces(any_swarm_manager: dict[str, Any], registry: dict[str, Any]) -> Iterator[tuple[Any, classic.DockerClient]]:
    """docker-py 7.2's DockerClient (the oracle) and dockerapi.classic's, both logged in to the local registry."""
    import docker

    oracle = docker.DockerClient(base_url=any_swarm_manager["base_url"], version="auto", timeout=120)
    with classic.DockerClient(base_url=any_swarm_manager["base_url"], timeout=120) as ours:
        for client in (oracle, ours):
            client.login(registry["username"], registry["password"], registry=registry["address"])
        yield oracle, ours
    oracle.close()


def _scenario(client: Any, errors: Any, directory: Path) -> dict[str, Any]:
    """create, get, list, configure, enable, disable, remove, and the refusals."""
    name = f"127.0.0.1:5000/dapi/{unique('obj-plugin')}:latest"
    plugin = client.plugins.create(name, str(directory))
    try:
        seen: dict[str, Any] = {
            "class": type(plugin).__name__,
            "repr": repr(plugin).replace(name, "NAME"),
            "name": plugin.name == name,
            "enabled": plugin.enabled,
            "settings": plugin.settings,
            "attrs_keys": sorted(plugin.attrs),
            "get": client.plugins.get(name) == plugin,
            "listed": name in [p.name for p in client.plugins.list()],
            "configure": plugin.configure({"DEBUG": "1"}),
            "configured": plugin.settings["Env"],  # configure() reads the plugin again
        }
        with pytest.raises(errors.APIError) as refused:
            plugin.configure({"NOT_SETTABLE": "x"})
        seen["configure_refused"] = refused.value.status_code
        answer = _SocketAnswer(f"/run/docker/plugins/{plugin.id}/{SOCKET}")
        try:
            seen["enable"] = plugin.enable(timeout=20)
            seen["enabled_after"] = plugin.enabled
            with pytest.raises(errors.APIError):  # an enabled plugin is only removed with force
                plugin.remove()
            seen["disable"] = plugin.disable()
            seen["disabled_after"] = plugin.enabled
        finally:
            answer.close()
    finally:
        seen["remove"] = plugin.remove(force=True)
    with pytest.raises(errors.NotFound):
        client.plugins.get(name)
    return seen


def test_classic_equals_docker_py(faces: tuple[Any, classic.DockerClient], plugin_dir: Path) -> None:  # noqa: F811
    import docker

    oracle, ours = faces
    expected = _scenario(oracle, docker.errors, plugin_dir)
    assert _scenario(ours, classic.errors, plugin_dir) == expected
    assert expected["repr"] == "<Plugin: 'NAME'>" and expected["configured"] == ["DEBUG=1"]
    assert (expected["enabled"], expected["enabled_after"], expected["disabled_after"]) == (False, True, False)


def _push_second_version(client: classic.DockerClient, repo: str, directory: Path) -> None:
    """repo:v2, another version of the plugin in the registry (to upgrade to)."""
    config = json.loads((directory / "config.json").read_text())
    config["Description"] = "dockerapi test plugin v2"
    (directory / "config.json").write_text(json.dumps(config))
    (directory / "rootfs" / "VERSION").write_text("2\n")  # a new layer: the daemon refuses one it holds
    second = client.plugins.create(f"{repo}:v2", str(directory))
    client.api.push_plugin(second.name)
    second.remove(force=True)


def test_push_install_upgrade_like_docker_py(faces: tuple[Any, classic.DockerClient], plugin_dir: Path,  # noqa: F811
                                             any_swarm_manager: dict[str, Any], registry: dict[str, Any]) -> None:
    import docker

    oracle, ours = faces
    repo = f"127.0.0.1:5000/dapi/{unique('obj-plugin')}"
    pushed = ours.plugins.create(f"{repo}:latest", str(plugin_dir))
    try:
        progress = pushed.push()  # docker-py 7.2's push posts to the pull endpoint: it cannot push at all
        assert '"Digest"' in progress
        with pytest.raises(docker.errors.APIError):
            oracle.plugins.get(pushed.name).push()
    finally:
        pushed.remove(force=True)
    _push_second_version(ours, repo, plugin_dir)

    seen = []
    for client in (oracle, ours):
        local = unique("dapi-obj-installed")
        plugin = client.plugins.install(f"{repo}:latest", local)
        try:
            installed = (type(plugin).__name__, plugin.name == f"{local}:latest", plugin.enabled,
                         plugin.attrs["PluginReference"])
            messages = list(plugin.upgrade(f"{repo}:v2"))  # a generator in docker-py, a list here
            upgraded = (plugin.attrs["PluginReference"], plugin.attrs["Config"]["Description"])  # read again
            kinds = sorted({type(m).__name__ for m in messages})
        finally:
            plugin.remove(force=True)
        seen.append((installed, upgraded, kinds, bool(messages)))
    assert seen[0] == seen[1]
    assert seen[0][0] == ("Plugin", True, False, f"{repo}:latest")
    assert seen[0][1] == (f"{repo}:v2", "dockerapi test plugin v2")

    async def the_async_face() -> tuple[Any, ...]:
        async with dockerapi.AsyncDockerClient(any_swarm_manager["base_url"], timeout=120) as client:
            await client.login(registry["username"], registry["password"], registry=registry["address"])
            local = unique("dapi-obj-installed")
            plugin = await client.plugins.install(f"{repo}:latest", local)
            try:
                installed = (type(plugin).__name__, plugin.name == f"{local}:latest", plugin.enabled,
                             plugin.attrs["PluginReference"])
                messages = await plugin.upgrade(f"{repo}:v2")
                upgraded = (plugin.attrs["PluginReference"], plugin.attrs["Config"]["Description"])
            finally:
                await plugin.remove(force=True)
            return installed, upgraded, bool(messages)

    installed, upgraded, said = asyncio.run(the_async_face())
    assert installed == ("AsyncPlugin", True, False, f"{repo}:latest") and said
    assert upgraded == seen[0][1] and isinstance(upgraded, tuple)


def test_upgrade_of_an_enabled_plugin_is_refused_before_anything_is_sent(
        faces: tuple[Any, classic.DockerClient], plugin_dir: Path) -> None:  # noqa: F811
    _oracle, ours = faces
    plugin = ours.plugins.create(f"dapi/{unique('obj-plugin')}", str(plugin_dir))
    try:
        plugin.attrs["Enabled"] = True  # as if it were: the check reads attrs, and refuses before any call
        with pytest.raises(dockerapi.DockerException, match="disable it"):
            plugin.upgrade("dapi/elsewhere:latest")
    finally:
        plugin.remove(force=True)


def test_empty_set_and_errors_on_every_face(any_swarm_manager: dict[str, Any]) -> None:
    with dockerapi.DockerClient(any_swarm_manager["base_url"]) as client:
        listed = client.plugins.list(filters={"capability": "dapi-none"})
        assert listed == []
        with pytest.raises(dockerapi.NotFound):
            client.plugins.get("dapi-no-such-plugin")

    async def run() -> Any:
        async with dockerapi.AsyncDockerClient(any_swarm_manager["base_url"]) as client:
            assert await client.plugins.list(filters={"capability": "dapi-none"}) == []
            try:
                await client.plugins.get("dapi-no-such-plugin")
            except dockerapi.NotFound as error:
                return error
        return None

    assert isinstance(asyncio.run(run()), dockerapi.NotFound)


def test_typed_faces(any_swarm_manager: dict[str, Any], plugin_dir: Path) -> None:  # noqa: F811
    name = f"dapi/{unique('obj-plugin')}:latest"
    with dockerapi.DockerClient(any_swarm_manager["base_url"], timeout=120) as client:
        plugin = client.plugins.create(name, str(plugin_dir))
        try:
            assert isinstance(plugin.attrs, models.Plugin) and plugin.attrs.name == name
            assert plugin.name == name and plugin.enabled is False and repr(plugin) == f"<Plugin: {name!r}>"
            assert plugin.configure({"DEBUG": "2"}) is None
            assert plugin.settings is not None and plugin.settings["Env"] == ["DEBUG=2"]
            assert [p.name for p in client.plugins.list()].count(name) == 1
        finally:
            assert plugin.remove(force=True) is True

    async def run() -> Any:
        async with dockerapi.AsyncDockerClient(any_swarm_manager["base_url"], timeout=120) as client:
            plugin = await client.plugins.create(name, str(plugin_dir))
            try:
                await plugin.configure({"DEBUG": "3"})
                got = await client.plugins.get(name)
            finally:
                await plugin.remove(force=True)
            return plugin, got

    plugin, got = asyncio.run(run())
    assert type(plugin).__name__ == "AsyncPlugin" and isinstance(plugin.attrs, models.Plugin)
    assert plugin.settings is not None and plugin.settings["Env"] == ["DEBUG=3"] and got == plugin
