"""The seed's example that lists images and reads info() and version(), run as written on both faces
(dockerapi.classic and dockerapi). It sits here rather than in images/ for its two system calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from dockerapi import Client, classic


@pytest.fixture(params=["classic", "typed"])
def client(request: pytest.FixtureRequest, engine: dict[str, Any]) -> Iterator[Any]:
    """The seed's examples run on both faces: `dockerapi.classic.Client` (plain dicts) and `dockerapi.Client`."""
    client_class = classic.Client if request.param == "classic" else Client
    with client_class(engine["base_url"]) as c:
        c.engine = engine["name"]
        yield c


def test_images_info_version_examples(client: Client) -> None:
    images = client.images()
    assert any('Created' in image and 'Id' in image and 'RepoTags' in image for image in images)
    info = client.info()
    assert {'Containers', 'Driver', 'Images', 'KernelVersion', 'OperatingSystem'} <= set(dict(info))
    version = client.version()
    assert {'KernelVersion', 'Arch', 'ApiVersion', 'Version', 'GitCommit', 'Os', 'GoVersion'} <= set(dict(version))
