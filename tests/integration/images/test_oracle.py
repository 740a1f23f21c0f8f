"""Differential tests for images: dockerapi's plain data equals docker-py 7.2's on the same daemon (the
oracle).

The images' `Containers` count changes with what other tests run at the same time: left out.
"""

from __future__ import annotations

from typing import Any

from conftest import BUSYBOX, wire, without  # tests/integration/conftest.py
from dockerapi import Client


def test_images_inspect_image_and_history_equal_docker_py(client: Client, oracle: Any) -> None:
    def stable(images: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted((without(i, {"Containers"}) for i in images), key=lambda i: i["Id"])

    assert stable(wire(client.images("busybox"))) == stable(oracle.images("busybox"))
    assert client.images("busybox", quiet=True) == oracle.images("busybox", quiet=True)
    assert wire(client.inspect_image(BUSYBOX)) == oracle.inspect_image(BUSYBOX)
    assert wire(client.history(BUSYBOX)) == oracle.history(BUSYBOX)
