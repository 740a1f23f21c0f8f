"""Load and leaks on Docker 20.10: a shared client under threads, many hijacked sessions and early-closed
streams, many clients; no errors, right answers, no file descriptor left behind (counted in /proc/self/fd).
Sized to finish in CI; nothing here asserts on speed.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import BUSYBOX, unique
from dockerapi import Client

pytestmark = pytest.mark.timeout(900)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture(scope="module")
def setup(docker20: dict[str, Any]) -> Iterator[dict[str, str]]:
    """An exited container with known output, and a running one for execs."""
    with Client(docker20["base_url"]) as c:
        done = c.create_container(BUSYBOX, ["sh", "-c", "seq 1 2000"], name=unique("dapi-load"))["Id"]
        c.start(done)
        c.wait(done)
        running = c.create_container(BUSYBOX, "sleep 900", name=unique("dapi-load"))["Id"]
        c.start(running)
        yield {"done": done, "running": running, "url": docker20["base_url"]}
        c.remove_container(done, force=True)
        c.remove_container(running, force=True)


EXPECTED_LOGS = b"".join(b"%d\n" % n for n in range(1, 2001))


def test_one_client_eight_threads_a_thousand_calls_each(setup: dict[str, str]) -> None:
    errors: list[BaseException] = []
    counts = [0] * 8
    with Client(setup["url"]) as client:
        name = client.inspect_container(setup["done"])["Name"]

        def work(index: int) -> None:
            try:
                for n in range(1000):
                    step = (n + index) % 5
                    if step == 0:
                        assert client.ping() in (True, "OK")
                    elif step == 1:
                        assert client.inspect_container(setup["done"])["Name"] == name
                    elif step == 2:
                        assert client.logs(setup["done"]) == EXPECTED_LOGS
                    elif step == 3:
                        listed = client.containers(all=True, filters={"id": setup["done"]})
                        assert [c["Id"] for c in listed] == [setup["done"]]
                    else:
                        assert client.version()["ApiVersion"]
                    counts[index] += 1
            except BaseException as exc:  # noqa: BLE001 - collected for the assert below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(600)
        assert not any(t.is_alive() for t in threads)
    assert errors == []
    assert counts == [1000] * 8


def test_a_thousand_hijacked_exec_sessions(setup: dict[str, str]) -> None:
    with Client(setup["url"]) as client:
        client.ping()
        before = open_fds()
        for n in range(1000):
            exec_id = client.exec_create(setup["running"], ["echo", str(n)])
            with client.exec_start(exec_id, socket=True) as sock:
                output = sock.read_all()
            assert output.endswith(b"%d\n" % n)  # one stdout frame: header, then the line
        assert open_fds() <= before + 1


def test_a_thousand_log_streams_closed_early(setup: dict[str, str]) -> None:
    with Client(setup["url"]) as client:
        client.ping()
        before = open_fds()
        for _ in range(1000):
            stream = client.logs(setup["done"], stream=True, follow=False)
            first = next(iter(stream))
            assert EXPECTED_LOGS.startswith(first)
            stream.close()
        assert open_fds() <= before + 1


def test_five_hundred_clients_opened_and_closed(setup: dict[str, str]) -> None:
    with Client(setup["url"]) as warm:  # imports and lazy set-up done once
        warm.ping()
    before = open_fds()
    for _ in range(500):
        with Client(setup["url"]) as client:
            assert client.ping() in (True, "OK")
    assert open_fds() <= before
