"""Container operations no other file calls: archive stat, WebSocket attach (sync and async)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import AsyncClient, Client, NotFound


def test_archive_stat_describes_a_path_without_copying_it(client: Client, make_container: Any) -> None:
    container = make_container("true")
    stat = client.archive_stat(container, "/bin/sh")
    assert stat is not None
    if client.engine == "podman":  # type: ignore[attr-defined]
        assert stat["name"] == "busybox"  # Podman 4.3 describes the link's target
    else:
        assert stat["name"] == "sh"
        assert stat["linkTarget"] == "/bin/busybox"
    _stream, from_archive = client.get_archive(container, "/bin/sh")
    assert from_archive == stat
    with pytest.raises(NotFound):
        client.archive_stat(container, "/no/such/path")


def test_attach_websocket_carries_stdin_and_output(client: Client, make_container: Any) -> None:
    container = make_container("cat", stdin_open=True, start=True)
    if client.engine == "podman":  # type: ignore[attr-defined]
        with pytest.raises(NotFound) as raised:  # Podman 4.3 has no /attach/ws: its router answers 404
            client.attach_websocket(container)
        assert (raised.value.status_code, raised.value.explanation) == (404, "Not Found")
        return
    with client.attach_websocket(container) as sock:
        sock.sendall(b"over a websocket\n")
        received = b""
        deadline = time.monotonic() + 10
        while b"\n" not in received and time.monotonic() < deadline:
            received += sock.recv(4096)
    assert received == b"over a websocket\n"


def test_attach_websocket_async(docker28: dict[str, Any]) -> None:
    async def run() -> bytes:
        async with AsyncClient(docker28["base_url"]) as client:
            created = await client.create_container(BUSYBOX, "cat", stdin_open=True, name=unique())
            try:
                await client.start(created)
                sock = await client.attach_websocket(created)
                try:
                    await sock.sendall(b"async websocket\n")
                    return await asyncio.wait_for(sock.recv(4096), 10)
                finally:
                    await sock.close()
            finally:
                await client.remove_container(created, force=True)

    assert asyncio.run(run()) == b"async websocket\n"
