"""Hijacked attach/exec sockets: write stdin, end it with close_write(), read output to EOF.

Over unix on every engine, and over TLS and ssh (docker20); sync and async.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from typing import Any

import pytest
from dockerapi import AsyncClient, Client, TLSConfig


def _kwargs(kind: str, facts: dict[str, Any]) -> dict[str, Any]:
    if kind == "tls":
        return {"base_url": facts["base_url"],
                "tls": TLSConfig(client_cert=(facts["cert"], facts["key"]), ca_cert=facts["ca"])}
    return {"base_url": facts["base_url"]}


@pytest.fixture(params=["docker20", "docker28", "podman", "tls", "ssh"])
def settings(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    kind = request.param
    fixture = {"tls": "tls_server", "ssh": "ssh_server"}.get(kind, kind)
    facts = request.getfixturevalue(fixture)
    if kind == "ssh":
        monkeypatch.setenv("PATH", facts["bin_dir"] + os.pathsep + os.environ["PATH"])
    return _kwargs(kind, facts)


@pytest.fixture
def sync_client(settings: dict[str, Any]) -> Iterator[Client]:
    with Client(**settings) as client:
        yield client


def _payload(raw: bytes) -> bytes:
    """The stdout payload of a multiplexed stream."""
    out, pos = b"", 0
    while pos + 8 <= len(raw):
        size = int.from_bytes(raw[pos + 4:pos + 8], "big")
        out += raw[pos + 8:pos + 8 + size]
        pos += 8 + size
    assert pos == len(raw), f"trailing bytes in {raw!r}"
    return out


def test_attach_socket_stdin_eof(sync_client: Client) -> None:
    container = sync_client.create_container("busybox:latest", "cat", stdin_open=True, stdin_once=True)
    try:
        sync_client.start(container)
        with sync_client.attach_socket(container) as sock:
            sock.sendall(b"hello ")
            assert sock.send(b"attach\n") == 7
            sock.close_write()  # cat sees EOF and exits; the output still arrives
            assert _payload(sock.read_all()) == b"hello attach\n"
        assert sync_client.wait(container, timeout=30) == 0
    finally:
        sync_client.remove_container(container, force=True)


def test_exec_socket_large_stdin_then_eof(sync_client: Client) -> None:
    container = sync_client.create_container("busybox:latest", "sleep 60")
    try:
        sync_client.start(container)
        exec_id = sync_client.exec_create(container, "sh -c 'wc -c; echo done'", stdin=True)
        sock = sync_client.exec_start(exec_id, socket=True)
        try:
            sock.write(b"x" * 300_000)
            sock.close_write()
            assert _payload(sock.read_all()).split() == [b"300000", b"done"]
        finally:
            sock.close()
        assert sync_client.exec_inspect(exec_id)["ExitCode"] == 0
    finally:
        sync_client.remove_container(container, force=True)


def test_unix_socket_has_a_fileno(docker20_client: Client) -> None:
    container = docker20_client.create_container("busybox:latest", "cat", stdin_open=True, stdin_once=True)
    try:
        docker20_client.start(container)
        with docker20_client.attach_socket(container) as sock:
            import select
            sock.sendall(b"ping\n")
            readable, _, _ = select.select([sock.fileno()], [], [], 10)
            assert readable
            sock.close_write()
            assert b"ping" in sock.read_all()
    finally:
        docker20_client.remove_container(container, force=True)


def test_async_attach_stdin_eof(settings: dict[str, Any]) -> None:
    async def main() -> bytes:
        async with AsyncClient(**settings) as client:
            container = await client.create_container("busybox:latest", "cat", stdin_open=True, stdin_once=True)
            try:
                await client.start(container)
                async with await client.attach_socket(container) as sock:
                    await sock.sendall(b"async stdin\n")
                    await sock.close_write()
                    data = b""
                    while chunk := await sock.recv(4096):
                        data += chunk
                assert await client.wait(container, timeout=30) == 0
                return data
            finally:
                await client.remove_container(container, force=True)

    assert _payload(asyncio.run(main())) == b"async stdin\n"
