"""Image and distribution operations no other file calls: image streams and sets, distribution, an endpoint
newer than these daemons (attestations) and one gone (insert).
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Callable
from typing import Any

import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import Client, DockerException, InvalidVersion

ADDRESS = "127.0.0.1:5000"


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
