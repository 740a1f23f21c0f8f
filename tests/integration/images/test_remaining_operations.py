"""Operations no other file calls: archive stat, WebSocket attach, image streams and sets, distribution, gates."""

from __future__ import annotations

import asyncio
import io
import tarfile
import time
from collections.abc import Callable
from typing import Any

import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import AsyncClient, Client, DockerException, InvalidVersion, NotFound

ADDRESS = "127.0.0.1:5000"


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


def _image_tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        data = b"from a stream\n"
        info = tarfile.TarInfo("hello.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_import_image_from_stream(client: Client, cleanup: Callable[[Callable[[], Any]], None]) -> None:
    repository = unique("dapi-stream")
    output = client.import_image_from_stream(io.BytesIO(_image_tar()), repository=repository, tag="t1")
    assert "status" in output or "sha256:" in output
    if client.engine == "podman":  # type: ignore[attr-defined]
        name = f"{repository}:latest"  # Podman ignores the separate tag on import
    else:
        name = f"{repository}:t1"
    cleanup(lambda: client.remove_image(name, force=True))
    assert client.inspect_image(name)["Id"]


def test_get_images_saves_several_images_in_one_tar(client: Client, cleanup: Any) -> None:
    other = f"{unique('dapi-save')}:t1"
    client.tag(BUSYBOX, *other.split(":"))
    cleanup(lambda: client.remove_image(other, force=True))
    archive = client.get_images([BUSYBOX, other])
    names = tarfile.open(fileobj=io.BytesIO(archive.data)).getnames()
    assert "manifest.json" in names or "index.json" in names


def test_inspect_distribution_reads_the_registry(registry: dict[str, Any], docker20_client: Client,
                                                 cleanup: Any) -> None:
    client = docker20_client
    creds = {"username": registry["username"], "password": registry["password"]}
    repo = f"{ADDRESS}/dapi/{unique('dist')}"
    client.tag(BUSYBOX, repo, "t1")
    cleanup(lambda: client.remove_image(f"{repo}:t1", force=True))
    client.push(repo, "t1", auth_config=creds)
    described = client.inspect_distribution(f"{repo}:t1", auth_config=creds)
    assert described["Descriptor"]["digest"].startswith("sha256:")
    assert described.descriptor is not None and described.descriptor.size > 0


def test_image_attestations_needs_a_newer_api_than_these_daemons(docker28_client: Client) -> None:
    # API 1.55 added the endpoint; the newest daemon here speaks 1.51: refused before anything is sent
    with pytest.raises(InvalidVersion, match=r"image_attestations\(\) needs API >= 1\.55; this client uses API 1\.51"):
        docker28_client.image_attestations(BUSYBOX)


def test_insert_explains_that_the_endpoint_is_gone(docker20_client: Client) -> None:
    with pytest.raises(DockerException, match="insert"):
        docker20_client.insert(BUSYBOX, "http://example.invalid/file", "/tmp")


def test_session_hands_over_an_h2c_connection(client: Client) -> None:
    # BuildKit's session: the daemon upgrades the request to HTTP/2 (h2c) and the client gets the socket
    if client.engine == "podman":  # type: ignore[attr-defined]
        with pytest.raises(NotFound) as raised:  # Podman 4.3 has no BuildKit session endpoint
            client.session()
        assert (raised.value.status_code, raised.value.explanation) == (404, "Not Found")
        return
    preface = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
    with client.session() as sock:
        sock.settimeout(10)
        received = b""
        while len(received) < len(preface):
            piece = sock.recv(len(preface) - len(received))
            if not piece:
                break
            received += piece
    # the daemon calls back into the session: it opens HTTP/2 as the client, starting with the preface
    assert received == preface
