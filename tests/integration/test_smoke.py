"""The first thing a user does, on every engine: connect, negotiate, run a container, read its output."""

from __future__ import annotations

from typing import Any

from dockerapi import Client, NotFound


def test_negotiates_the_daemons_version(client: Client, engine: dict[str, Any]) -> None:
    assert client.api_version == engine["api"]
    assert client.ping() is True


def test_run_a_container_and_read_its_logs(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "echo out; echo err >&2; exit 3"])
    assert client.start(container) is None
    assert client.wait(container) == 3
    assert client.logs(container, stdout=True, stderr=False) == b"out\n"
    assert client.logs(container, stdout=False, stderr=True) == b"err\n"
    assert client.inspect_container(container)["State"]["ExitCode"] == 3


def test_missing_container_raises_not_found_with_the_daemons_words(client: Client) -> None:
    try:
        client.inspect_container("no-such-container-dapi")
    except NotFound as error:
        assert error.status_code == 404
        assert "no-such-container-dapi" in error.explanation
    else:
        raise AssertionError("inspect_container of a missing container did not raise")
