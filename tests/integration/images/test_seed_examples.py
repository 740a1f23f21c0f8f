"""The seed's image examples (build, get_image, pull, push), run as written (dockerapi for docker, local
images)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED_FACES, seed_client, unique  # tests/integration/conftest.py
from dockerapi import Client


@pytest.fixture(params=SEED_FACES)
def client(request: pytest.FixtureRequest, engine: dict[str, Any]) -> Iterator[Any]:
    """The seed's `client`, on both faces (conftest.SEED_FACES)."""
    with seed_client(request.param, engine) as c:
        yield c


def test_build_example(client: Client, cleanup: Any) -> None:
    dockerfile = '''
# Shared Volume
FROM busybox:latest
MAINTAINER first last, first.last@yourdomain.com
VOLUME /data
CMD ["/bin/sh"]
'''
    f = BytesIO(dockerfile.encode('utf-8'))
    tag = unique('yourname-volume')
    response = [line for line in client.build(fileobj=f, rm=True, tag=tag)]
    cleanup(lambda: client.remove_image(tag, force=True))
    assert all(isinstance(json.loads(line), dict) for line in response)
    assert not any("error" in json.loads(line) for line in response)
    config = client.inspect_image(tag)["Config"]
    assert config["Cmd"] == ["/bin/sh"]
    assert "/data" in config["Volumes"]


def test_get_image_example(client: Client, tmp_path: Path) -> None:
    image = client.get_image("busybox:latest")
    target = tmp_path / 'busybox-latest.tar'
    image_tar = open(target, 'wb')
    image_tar.write(image.data)
    image_tar.close()
    assert target.stat().st_size > 1_000_000


def test_pull_and_push_examples_against_the_local_registry(client: Client, registry: dict[str, Any],
                                                           cleanup: Any) -> None:
    repo = f"127.0.0.1:5000/yourname/{unique('app')}"
    auth = {"username": registry["username"], "password": registry["password"]}
    client.tag("busybox:latest", repo, "latest")
    cleanup(lambda: client.remove_image(f"{repo}:latest", force=True))
    response = [line for line in client.push(repo, stream=True, auth_config=auth)]
    assert all(isinstance(json.loads(line), dict) for line in response)
    assert not any("error" in json.loads(line) for line in response)
    lines = []
    for line in client.pull(repo, stream=True, auth_config=auth):
        lines.append(json.dumps(json.loads(line), indent=4))
    assert lines and all("error" not in json.loads(text) for text in lines)
