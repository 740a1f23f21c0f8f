"""Mistakes a type checker must report in object-API code (line numbers are read by the tests)."""

from __future__ import annotations

import dockerapi


def mistakes(client: dockerapi.DockerClient, aclient: dockerapi.AsyncDockerClient) -> None:
    client.containers.run("busybox", "true", no_such_option=1)
    client.containers.run("busybox", detach="yes")
    text: str = client.containers.run("busybox", "true")
    container = client.containers.get("x")
    container.kill(signal=[9])
    labels: list[str] = container.labels
    aclient.containers.get("x").status
    print(text, labels)
