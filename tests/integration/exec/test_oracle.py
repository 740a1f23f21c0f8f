"""Differential tests for execs: dockerapi's plain data equals docker-py 7.2's (the oracle), on Docker 20.10,
Docker 28.5 and Podman 4.3.
"""

from __future__ import annotations

from typing import Any

from conftest import wire  # tests/integration/conftest.py
from dockerapi import Client

# --- exec_inspect ----------------------------------------------------------------------------------


def test_exec_inspect_equals_docker_py(client: Client, oracle: Any, make_container: Any) -> None:
    container = make_container("sleep 60", start=True)
    finished = client.exec_create(container, ["sh", "-c", "exit 4"], workdir="/tmp", environment={"X": "1"})
    client.exec_start(finished)
    running = client.exec_create(container, "sleep 30", tty=True)
    client.exec_start(running, detach=True)
    never_started = client.exec_create(container, "true", stdout=False, stderr=True, user="nobody")
    for exec_id in (finished, running, never_started):
        mine, theirs = wire(client.exec_inspect(exec_id)), oracle.exec_inspect(exec_id["Id"])
        assert mine == theirs
    assert wire(client.exec_inspect(finished))["ExitCode"] == 4
    assert wire(client.exec_inspect(running))["Running"] is True
    assert wire(client.exec_inspect(never_started))["OpenStdout"] is False
