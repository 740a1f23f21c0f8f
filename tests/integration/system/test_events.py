"""events(): since/until/filters/decode, with events made by creating and removing a container."""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timezone
from typing import Any

from conftest import unique  # tests/integration/conftest.py
from dockerapi import Client


def _container_lifecycle(client: Client) -> tuple[str, int]:
    start = int(time.time()) - 1
    created = client.create_container("busybox:latest", "true", name=unique("dapi-ev"))
    client.remove_container(created)
    return created["Id"], start


def _soon() -> int:
    """An `until` just ahead: Podman 4.3 answers nothing when a query's `until` is already in the past."""
    return int(time.time()) + 2


def test_events_since_until_filters_decode(client: Client) -> None:
    container_id, since = _container_lifecycle(client)
    until = _soon()
    events = list(client.events(since=since, until=until, filters={"container": container_id}, decode=True))
    assert all(isinstance(event, dict) for event in events)
    assert [event["id"] for event in events] == [container_id] * len(events)
    actions = [event["Action"] for event in events]
    assert actions[0] == "create"
    assert actions[-1] in ("destroy", "remove")  # Podman says "remove"
    assert all(event["Type"] == "container" and since <= event["time"] <= until for event in events)
    # not decoded: JSON strings; datetimes work for since/until
    raw = list(client.events(since=datetime.fromtimestamp(since, timezone.utc),
                             until=datetime.fromtimestamp(_soon(), timezone.utc),
                             filters={"container": container_id, "event": "create"}))
    assert all(isinstance(line, str) for line in raw)
    assert [json.loads(line)["Action"] for line in raw] == ["create"]


def test_events_filter_by_type_excludes_others(client: Client) -> None:
    container_id, since = _container_lifecycle(client)
    images_only = list(client.events(since=since, until=_soon(), filters={"type": "image"}, decode=True))
    assert container_id not in [event.get("id") for event in images_only]


def test_events_is_a_live_generator(client: Client) -> None:
    """Without `until`, events() blocks and yields events as they happen."""
    name = unique("dapi-live")
    stream = client.events(filters={"container": name}, decode=True)
    received: list[dict[str, Any]] = []

    def read() -> None:
        for event in stream:
            received.append(event)
            return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    time.sleep(0.5)
    created = client.create_container("busybox:latest", "true", name=name)
    try:
        reader.join(timeout=15)
    finally:
        stream.close()
        client.remove_container(created, force=True)
    assert received and received[0]["Action"] == "create"
    assert received[0]["id"] == created["Id"]
