"""Pipelined reads (a list's inspects): the answers are cut apart right, land in order, and a daemon that closes,
stalls or fails one answer gives what one request at a time would have given.

`Answers` is sans-IO (bytes in, answers out); the client-level cases use a fake daemon, since they are wire
logic (which bytes a daemon sends). The same path against the real engines: tests/integration/containers.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dockerapi  # noqa: E402
from dockerapi import DockerTimeoutError, NotFound, ProtocolError, classic  # noqa: E402
from dockerapi._pipeline import LANES, Answers  # noqa: E402
from faults import STALL, FakeDaemon  # noqa: E402

pytestmark = pytest.mark.timeout(60)


def _answer(body: bytes, *, chunked: bool = False, status: bytes = b"200 OK", extra: bytes = b"") -> bytes:
    head = b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n" + extra
    if chunked:
        half = len(body) // 2
        pieces = b"".join(b"%x\r\n%b\r\n" % (len(p), p) for p in (body[:half], body[half:]) if p)
        return head + b"Transfer-Encoding: chunked\r\n\r\n" + pieces + b"0\r\n\r\n"
    return head + b"Content-Length: %d\r\n\r\n" % len(body) + body


# --- Answers: cutting pipelined answers apart -----------------------------------------------------------


def test_answers_of_both_framings_fed_a_byte_at_a_time_come_out_whole_and_in_order() -> None:
    bodies = [json.dumps({"Id": str(i), "pad": "x" * i * 7}).encode() for i in range(6)]
    wire = b"".join(_answer(body, chunked=i % 2 == 1) for i, body in enumerate(bodies))
    answers = Answers(len(bodies))
    for i in range(len(wire)):
        answers.feed(wire[i:i + 1])
    assert [body for _, body in answers.done] == bodies
    assert [head.status for head, _ in answers.done] == [200] * 6
    assert answers.left == 0 and answers.clean


def test_answers_skip_an_interim_answer_and_keep_error_statuses() -> None:
    wire = (b"HTTP/1.1 100 Continue\r\n\r\n" + _answer(b'{"a": 1}')
            + _answer(b'{"message": "No such container: x"}', status=b"404 Not Found"))
    answers = Answers(2)
    answers.feed(wire)
    assert [(head.status, body) for head, body in answers.done] == [
        (200, b'{"a": 1}'), (404, b'{"message": "No such container: x"}')]


def test_answers_stop_at_connection_close_and_leave_the_rest_unanswered() -> None:
    answers = Answers(3)
    answers.feed(_answer(b"{}") + _answer(b"[]", extra=b"Connection: close\r\n"))
    assert len(answers.done) == 2 and answers.left == 1
    assert not answers.open and not answers.clean


def test_an_answer_cut_by_the_connection_closing_is_an_error() -> None:
    answers = Answers(2)
    answers.feed(_answer(b'{"Id": "abc"}') + _answer(b'{"Id": "def"}')[:-4])
    with pytest.raises(ProtocolError, match="middle of an answer"):
        answers.eof()
    assert len(answers.done) == 1


def test_an_answer_framed_by_the_end_of_the_connection_ends_there() -> None:
    answers = Answers(1)
    answers.feed(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"Id\":")
    answers.feed(b' "abc"}')
    answers.eof()
    assert [body for _, body in answers.done] == [b'{"Id": "abc"}'] and not answers.open


# --- the client: a list's inspects over a fake daemon ------------------------------------------------------


class ListingDaemon:
    """Answers a container list of `count` entries and each inspect with that container's id; counts the
    connections and the inspects. `on_inspect(number, id)` may return other bytes (or (bytes, STALL))."""

    def __init__(self, count: int, on_inspect: Any = None) -> None:
        self.ids = [f"{i:064x}" for i in range(count)]
        self.inspected: list[str] = []
        self.lock = threading.Lock()
        self.on_inspect = on_inspect
        self.fake = FakeDaemon(self.handle)
        self.base_url = self.fake.base_url

    def handle(self, head: bytes) -> Any:
        target = head.split(b" ", 2)[1].decode()
        if target.split("?")[0].endswith("/containers/json"):
            return _answer(json.dumps([{"Id": i, "Names": [f"/c{i[-3:]}"]} for i in self.ids]).encode())
        container = target.split("/containers/", 1)[1].split("/json")[0]
        with self.lock:
            self.inspected.append(container)
            number = len(self.inspected)
        if self.on_inspect is not None:
            special = self.on_inspect(number, container)
            if special is not None:
                return special
        return _answer(json.dumps({"Id": container, "Name": f"/c{container[-3:]}",
                                   "State": {"Status": "exited"}}).encode(), chunked=number % 3 == 0)

    def close(self) -> None:
        self.fake.close()


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many connections the clients open (the unix socket connects), counted across the test."""
    import socket

    opened: list[int] = []
    original = socket.socket.connect

    def counting(self: socket.socket, address: Any) -> Any:
        opened.append(1)
        return original(self, address)

    monkeypatch.setattr(socket.socket, "connect", counting)
    return opened


def test_a_list_of_40_pipelines_its_inspects_on_a_few_connections(connections: list[int]) -> None:
    daemon = ListingDaemon(40)
    try:
        with classic.DockerClient(base_url=daemon.base_url) as client:
            listed = client.containers.list(all=True)
        assert [c.id for c in listed] == daemon.ids  # the list's order, each with its own attrs
        assert all(c.attrs["State"]["Status"] == "exited" and c.name == f"c{c.id[-3:]}" for c in listed)
        assert sorted(daemon.inspected) == sorted(daemon.ids)
        assert len(connections) <= LANES + 1  # no connection per inspect (the first one carried ping and list)
    finally:
        daemon.close()


def test_the_async_face_pipelines_the_same_way(connections: list[int]) -> None:
    daemon = ListingDaemon(40)

    async def scenario() -> list[Any]:
        async with dockerapi.AsyncDockerClient(daemon.base_url) as client:
            return await client.containers.list(all=True)

    try:
        listed = asyncio.run(scenario())
        assert [c.id for c in listed] == daemon.ids
        assert all(c.attrs.state is not None and c.attrs.state.status == "exited" for c in listed)
        assert len(connections) <= LANES + 1
    finally:
        daemon.close()


def test_a_container_gone_before_its_inspect_is_skipped_or_raised_as_docker_py_would() -> None:
    gone = _answer(b'{"message": "No such container"}', status=b"404 Not Found")
    daemon = ListingDaemon(12, on_inspect=lambda number, container: gone if container.endswith("5") else None)
    try:
        with dockerapi.DockerClient(daemon.base_url) as client:
            listed = client.containers.list(all=True, ignore_removed=True)
            assert [c.id for c in listed] == [i for i in daemon.ids if not i.endswith("5")]
            with pytest.raises(NotFound, match="No such container"):
                client.containers.list(all=True)
    finally:
        daemon.close()


def test_a_daemon_that_closes_midway_gets_the_unanswered_requests_again() -> None:
    def close_now_and_then(number: int, container: str) -> Any:
        if number % 7 == 0:  # this answer says so, and the daemon closes after it
            return _answer(json.dumps({"Id": container}).encode(), extra=b"Connection: close\r\n")
        return None

    daemon = ListingDaemon(30, on_inspect=close_now_and_then)
    try:
        with classic.DockerClient(base_url=daemon.base_url) as client:
            listed = client.containers.list(all=True)
        assert [c.id for c in listed] == daemon.ids
    finally:
        daemon.close()


def test_stale_pooled_connections_are_replaced_without_an_error() -> None:
    daemon = ListingDaemon(20)
    try:
        with classic.DockerClient(base_url=daemon.base_url) as client:
            client.containers.list(all=True)  # leaves idle connections in the pool
            daemon.fake.drop_connections()  # which the daemon then closes
            listed = client.containers.list(all=True)
        assert [c.id for c in listed] == daemon.ids
    finally:
        daemon.close()


def test_a_stalled_inspect_times_out_naming_the_call() -> None:
    stalled = (b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{", STALL)
    daemon = ListingDaemon(10, on_inspect=lambda number, container: stalled if number == 4 else None)
    try:
        with classic.DockerClient(base_url=daemon.base_url, timeout=1) as client:
            with pytest.raises(DockerTimeoutError, match=r"inspect_container\(\).*within 1 s"):
                client.containers.list(all=True)
    finally:
        daemon.close()


def test_a_connection_closed_early_does_not_time_out_the_others_still_answering() -> None:
    # 8 inspects on 4 connections: the first answer closes its connection, the other three answer slowly
    # (1.2 s apart, 2.4 s in all) under a 2 s timeout: each of their reads comes within it, so none times out
    import time

    def slow(number: int, container: str) -> Any:
        if container == f"{0:064x}":
            return _answer(json.dumps({"Id": container}).encode(), extra=b"Connection: close\r\n")
        if container != f"{4:064x}":
            time.sleep(1.2)
        return None

    daemon = ListingDaemon(8, on_inspect=slow)
    try:
        with classic.DockerClient(base_url=daemon.base_url, timeout=2) as client:
            listed = client.containers.list(all=True)
        assert [c.id for c in listed] == daemon.ids
    finally:
        daemon.close()


def test_a_method_replaced_on_the_client_is_still_called() -> None:
    # a replaced method runs on the thread fallback: each container is inspected through it once, in
    # whatever order the threads reach it, and the list still comes back in the daemon's order
    daemon = ListingDaemon(5)
    seen: list[str] = []
    try:
        with classic.DockerClient(base_url=daemon.base_url) as client:
            original = client.api.inspect_container

            def spy(container: str, *args: Any, **kwargs: Any) -> Any:
                seen.append(container)
                return original(container, *args, **kwargs)

            client.api.inspect_container = spy  # type: ignore[method-assign]
            listed = client.containers.list(all=True)
        assert sorted(seen) == sorted(daemon.ids)
        assert [c.id for c in listed] == daemon.ids
    finally:
        daemon.close()


@pytest.mark.parametrize("face", ["sync", "async"])
def test_a_batch_larger_than_the_socket_buffers_neither_deadlocks_nor_loses_an_answer(face: str) -> None:
    # 8,000 requests (about 330 KB of heads a connection, more than a unix socket buffers) against 5 KB
    # answers: the daemon's writes block while requests are still going out, so the client must read as it writes
    padding = "x" * 5000
    daemon = ListingDaemon(8000)
    daemon.on_inspect = lambda number, container: _answer(json.dumps({"Id": container, "Pad": padding}).encode())

    try:
        if face == "sync":
            with classic.DockerClient(base_url=daemon.base_url) as client:
                listed = [(c.id, len(c.attrs["Pad"])) for c in client.containers.list(all=True)]
        else:
            async def scenario() -> list[Any]:
                async with dockerapi.AsyncDockerClient(daemon.base_url) as client:
                    return [(c.id, len(c.attrs["Pad"])) for c in await client.containers.list(all=True)]

            listed = asyncio.run(scenario())
        assert listed == [(i, 5000) for i in daemon.ids]
    finally:
        daemon.close()
