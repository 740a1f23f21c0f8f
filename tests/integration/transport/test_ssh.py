"""ssh:// through the system ssh client (the harness's wrapper applies its ssh_config) to docker20."""

from __future__ import annotations

import asyncio
import os
from typing import Any

import pytest
from dockerapi import AsyncClient, Client


@pytest.fixture
def ssh_path(ssh_server: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("PATH", ssh_server["bin_dir"] + os.pathsep + os.environ["PATH"])
    return ssh_server


def _my_ssh_children() -> int:
    """ssh processes whose parent is this test process."""
    count = 0
    me = str(os.getpid())
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read()
        except OSError:
            continue
        if fields[1] == me and b"dial-stdio" in cmdline:
            count += 1
    return count


def test_ssh_version_container_logs_and_reuse(ssh_path: dict[str, Any]) -> None:
    with Client(ssh_path["base_url"]) as client:
        assert client.version()["ApiVersion"] == "1.41"
        for _ in range(5):
            client.version()
        assert _my_ssh_children() == 1  # six calls, one pooled ssh process
        container = client.create_container("busybox:latest", "echo over-ssh")
        try:
            client.start(container)
            assert client.wait(container) == 0
            assert client.logs(container) == b"over-ssh\n"
        finally:
            client.remove_container(container, force=True)
    assert _my_ssh_children() == 0  # close() ends the tunnels


def test_ssh_failure_says_what_ssh_said(monkeypatch: pytest.MonkeyPatch, ssh_path: dict[str, Any]) -> None:
    with Client("ssh://root@127.0.0.1:9") as client, pytest.raises(Exception, match="(?i)ssh.*refused"):
        client.version()


def test_ssh_async(ssh_path: dict[str, Any]) -> None:
    async def main() -> None:
        async with AsyncClient(ssh_path["base_url"]) as client:
            assert (await client.version())["ApiVersion"] == "1.41"
            container = await client.create_container("busybox:latest", "echo async-ssh")
            try:
                await client.start(container)
                assert await client.wait(container) == 0
                assert await client.logs(container) == b"async-ssh\n"
                for _ in range(3):
                    await client.version()
                assert _my_ssh_children() <= 2  # sequential calls reuse pooled tunnels
            finally:
                await client.remove_container(container, force=True)

    asyncio.run(main())
