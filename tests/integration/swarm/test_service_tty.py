"""Logs of a service whose tasks have a TTY are raw, not framed: the catalog says where inspect keeps the flag."""

from __future__ import annotations

import time
from typing import Any

from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import Client


def test_service_and_task_logs_of_a_tty_service(any_swarm_manager: dict[str, Any]) -> None:
    with Client(any_swarm_manager["base_url"]) as client:
        created = client.create_service(
            {"ContainerSpec": {"Image": BUSYBOX, "Command": ["sh", "-c", "echo tty-line; sleep 60"], "TTY": True}},
            name=unique("dapi-tty"),
        )
        service = created["ID"]
        try:
            service_out = task_out = b""
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                service_out = client.service_logs(service, stdout=True, stream=False)
                tasks = client.tasks(filters={"service": service})
                task_out = client.task_logs(tasks[0]["ID"], stdout=True, stream=False) if tasks else b""
                if b"tty-line" in service_out and b"tty-line" in task_out:
                    break
                time.sleep(0.5)
            assert service_out.endswith(b"tty-line\r\n")  # a TTY ends lines with CRLF; no frame headers
            assert task_out == b"tty-line\r\n"
        finally:
            client.remove_service(service)
