"""The seed's example that lists images and reads info() and version(), run as written on both faces
(dockerapi.classic and dockerapi). It sits here rather than in images/ for its two system calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import SEED_FACES, seed_client  # tests/integration/conftest.py
from dockerapi import Client


@pytest.fixture(params=SEED_FACES)
def client(request: pytest.FixtureRequest, engine: dict[str, Any]) -> Iterator[Any]:
    """The seed's `client`, on both faces (conftest.SEED_FACES)."""
    with seed_client(request.param, engine) as c:
        yield c


def test_images_info_version_examples(client: Client) -> None:
    images = client.images()
    assert any('Created' in image and 'Id' in image and 'RepoTags' in image for image in images)
    info = client.info()
    assert {'Containers', 'Driver', 'Images', 'KernelVersion', 'OperatingSystem'} <= set(dict(info))
    version = client.version()
    assert {'KernelVersion', 'Arch', 'ApiVersion', 'Version', 'GitCommit', 'Os', 'GoVersion'} <= set(dict(version))
