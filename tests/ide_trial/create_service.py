"""Create a swarm service, check its spec and its task, then remove it."""

# pyright: reportTypedDictNotRequiredAccess=false

from __future__ import annotations

import os
import time
import uuid
from typing import Any

import dockerapi
import dockerapi.classic
from dockerapi import models


def create_typed(base_url: str, image: str = "busybox:latest") -> tuple[models.ServiceSpec | None, list[str]]:
    """A replicated service of one task built from models; its spec and the states its task went through."""
    name = f"ide-svc-{uuid.uuid4().hex[:10]}"
    # a model is built with the daemon's (wire) names; type checkers do not know the snake_case ones here
    task_template = models.TaskSpec(
        ContainerSpec=models.TaskSpecContainerSpec(Image=image, Command=["sleep", "300"], Env=["ROLE=trial"]),
        RestartPolicy=models.TaskSpecRestartPolicy(Condition="none"),
    )
    with dockerapi.Client(base_url) as client:
        created = client.create_service(task_template, name=name, labels={"ide-trial": "yes"},
                                        mode={"Replicated": {"Replicas": 1}})
        try:
            spec = client.inspect_service(created).spec
            states: list[str] = []
            deadline = time.monotonic() + 60
            while "running" not in states and time.monotonic() < deadline:
                for task in client.tasks(filters={"service": name}):
                    state = task.status.state if task.status else None
                    if state and state not in states:
                        states.append(state)
                time.sleep(0.5)
            return spec, states
        finally:
            client.remove_service(created)


def create_classic(base_url: str, image: str = "busybox:latest") -> dict[str, Any]:
    """The same from plain dicts with the classic client; the spec read back as a dict."""
    name = f"ide-svc-{uuid.uuid4().hex[:10]}"
    with dockerapi.classic.Client(base_url) as client:
        created = client.create_service({"ContainerSpec": {"Image": image, "Command": ["sleep", "300"]}},
                                        name=name, mode="replicated")
        try:
            return dict(client.inspect_service(created["ID"])["Spec"])
        finally:
            client.remove_service(created["ID"])


def main(base_url: str) -> tuple[tuple[models.ServiceSpec | None, list[str]], dict[str, Any]]:
    return create_typed(base_url), create_classic(base_url)


if __name__ == "__main__":
    print(main(os.environ["DOCKERAPI_SWARM_URL"]))
