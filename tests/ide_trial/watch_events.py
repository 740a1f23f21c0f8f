"""Watch the daemon's events for the containers this program starts."""

from __future__ import annotations

import os
import time
import uuid
from typing import Any

import dockerapi


def watch_live(base_url: str, image: str = "busybox:latest") -> tuple[str, list[dict[str, Any]]]:
    """Open the event stream first, then run a container; the events until it died."""
    name = f"ide-events-{uuid.uuid4().hex[:10]}"
    seen: list[dict[str, Any]] = []
    with dockerapi.Client(base_url) as client:
        with client.events(decode=True, filters={"type": "container", "container": name}) as events:
            container = client.create_container(image, "true", name=name)
            try:
                client.start(container)
                for event in events:
                    seen.append(event)
                    if event["Action"] == "die":
                        break
            finally:
                client.remove_container(container, force=True)
    return name, seen


def replay(base_url: str, image: str = "busybox:latest") -> tuple[str, list[str]]:
    """Run a container first, then read back its events between two moments."""
    name = f"ide-events-{uuid.uuid4().hex[:10]}"
    with dockerapi.Client(base_url) as client:
        start = time.time()
        container = client.create_container(image, "true", name=name, labels={"ide-trial": name})
        try:
            client.start(container)
            client.wait(container, timeout=60)
        finally:
            client.remove_container(container, force=True)
        actions = [event["Action"] for event in client.events(
            since=start - 1, until=time.time() + 1, decode=True, filters={"label": {"ide-trial": name}})]
    return name, actions


def main(base_url: str) -> tuple[tuple[str, list[dict[str, Any]]], tuple[str, list[str]]]:
    return watch_live(base_url), replay(base_url)


if __name__ == "__main__":
    print(main(os.environ.get("DOCKERAPI_DOCKER20_URL", "unix:///var/run/docker.sock")))
