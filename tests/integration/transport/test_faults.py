"""Streams that always end, timeouts that hold, cancellation that releases (issue 11, cases 2, 3 and 6).

Stalls and cuts come from `tests/faults.py`'s proxy in front of the real daemon's socket. A thread joined
with a generous deadline turns a hang into a failure; nothing asserts on speed.
"""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for faults.py

from conftest import BUSYBOX, unique  # noqa: E402
from dockerapi import AsyncClient, Client, DockerConnectionError, DockerTimeoutError  # noqa: E402
from faults import FaultProxy  # noqa: E402

pytestmark = pytest.mark.timeout(180)

BIG_OUTPUT = 5_000_000


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def in_thread(work: Callable[[], Any], deadline: float = 30) -> Any:
    """Run `work` in a thread; fail if it has not ended by `deadline` (a hang), else return or raise its result."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(("ok", work()))
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome.append(("error", exc))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(deadline)
    assert not worker.is_alive(), f"still blocked after {deadline} s"
    kind, value = outcome[0]
    if kind == "error":
        raise value
    return value


@pytest.fixture(scope="module")
def chatty(docker20: dict[str, Any]) -> Iterator[str]:
    """An exited container on Docker 20.10 that wrote 5 MB to stdout."""
    with Client(docker20["base_url"]) as c:
        cid = c.create_container(BUSYBOX, ["sh", "-c", f"yes 0123456789abcdef | head -c {BIG_OUTPUT}"],
                                 name=unique("dapi-faults"))["Id"]
        c.start(cid)
        c.wait(cid)
        yield cid
        c.remove_container(cid, force=True)


@pytest.fixture
def sleeper(client: Client) -> Iterator[str]:
    cid = client.create_container(BUSYBOX, ["sh", "-c", "echo up; sleep 300"], name=unique("dapi-faults"))["Id"]
    client.start(cid)
    yield cid
    client.remove_container(cid, force=True)


# --- case 2: the read deadline ------------------------------------------------------------------------


def test_whole_logs_stalled_mid_body_time_out(docker20: dict[str, Any], chatty: str) -> None:
    with FaultProxy(docker20["base_url"], stall_at=1_000_000, match=b"/logs") as proxy, \
            Client(proxy.base_url, timeout=2) as client:
        assert client.inspect_container(chatty)["Id"] == chatty  # the proxy passes other calls
        with pytest.raises(DockerTimeoutError):
            in_thread(lambda: client.logs(chatty, stream=False))
        assert proxy.faults == 1


def test_non_follow_log_stream_with_only_a_head_times_out(docker20: dict[str, Any], chatty: str) -> None:
    with FaultProxy(docker20["base_url"], stall_at="head", match=b"/logs") as proxy, \
            Client(proxy.base_url, timeout=2) as client:
        stream = client.logs(chatty, stream=True, follow=False)
        with pytest.raises(DockerTimeoutError):
            in_thread(lambda: list(stream))


def test_per_call_request_timeout_wins(docker20: dict[str, Any], chatty: str) -> None:
    with FaultProxy(docker20["base_url"], stall_at=1_000_000, match=b"/logs") as proxy, \
            Client(proxy.base_url, timeout=None) as client:
        with pytest.raises(DockerTimeoutError):
            in_thread(lambda: client.logs(chatty, stream=False, request_timeout=2))


def test_inspect_behind_a_stall_times_out(docker20: dict[str, Any], chatty: str) -> None:
    with FaultProxy(docker20["base_url"], stall_at="head", match=b"/json") as proxy, \
            Client(proxy.base_url, timeout=2) as client, pytest.raises(DockerTimeoutError):
        in_thread(lambda: client.inspect_container(chatty))


def test_logs_cut_mid_body_say_where(docker20: dict[str, Any], chatty: str) -> None:
    with FaultProxy(docker20["base_url"], cut_at=1_000_000, match=b"/logs") as proxy, \
            Client(proxy.base_url, timeout=10) as client:
        with pytest.raises(DockerConnectionError, match="cut at byte"):
            in_thread(lambda: client.logs(chatty, stream=False))
        with pytest.raises(DockerConnectionError, match="cut at byte"):
            in_thread(lambda: list(client.logs(chatty, stream=True, follow=False)))


def test_follow_stream_waits_past_the_client_timeout(engine: dict[str, Any], sleeper: str) -> None:
    with Client(engine["base_url"], timeout=1) as short:
        stream = short.logs(sleeper, stream=True, follow=True)
        received: list[bytes] = []

        def read() -> None:
            for piece in stream:
                received.append(piece)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(3)  # three client timeouts without a byte: a follow stream keeps waiting
        assert reader.is_alive()
        assert received == [b"up\n"]
        stream.close()
        reader.join(30)
        assert not reader.is_alive()


# --- case 3: close() from another thread, and the client's close() ---------------------------------


def _blocked_reader(stream: Any) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []

    def read() -> None:
        try:
            for item in stream:
                outcome.append(item)
            outcome.append("ended")
        except BaseException as exc:  # noqa: BLE001 - the test checks there is none
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, outcome


@pytest.mark.parametrize("kind", ["events", "follow logs", "stats"])
def test_close_from_another_thread_wakes_the_reader(client: Client, sleeper: str, kind: str) -> None:
    before = open_fds()
    if kind == "events":
        stream: Any = client.events(decode=True, filters={"container": [sleeper], "event": ["nothing"]})
    elif kind == "follow logs":
        stream = client.logs(sleeper, stream=True, follow=True)
    else:
        stream = client.stats(sleeper, decode=True, stream=True)
    reader, outcome = _blocked_reader(stream)
    time.sleep(1)  # let the reader block in recv() (not a timing assert: the join below has the deadline)
    stream.close()
    reader.join(10)
    assert not reader.is_alive(), f"{kind}: close() did not wake the reader"
    assert outcome[-1] == "ended", outcome[-1:]
    assert open_fds() <= before + 1  # the stream's connection is closed (the pool may keep one idle)


def test_client_close_closes_every_stream_and_socket(engine: dict[str, Any]) -> None:
    before = open_fds()
    client = Client(engine["base_url"])
    cid = client.create_container(BUSYBOX, ["sh", "-c", "echo up; sleep 300"], name=unique("dapi-faults"))["Id"]
    try:
        client.start(cid)
        logs = client.logs(cid, stream=True, follow=True)
        events = client.events()
        never_read = client.logs(cid, stream=True, follow=True)
        attached = client.attach_socket(cid)
        reader, outcome = _blocked_reader(logs)
        events_reader, events_outcome = _blocked_reader(events)
        time.sleep(1)
        client.close()
        reader.join(10)
        events_reader.join(10)
        assert not reader.is_alive() and not events_reader.is_alive()
        assert outcome[-1] == "ended" and events_outcome[-1] == "ended"
        assert list(never_read) == []
        assert attached.recv(10) == b""
        assert open_fds() <= before
    finally:
        with Client(engine["base_url"]) as cleaner:
            cleaner.remove_container(cid, force=True)


# --- case 6 and async cancellation ----------------------------------------------------------------


def test_cancelling_a_task_releases_its_connection(engine: dict[str, Any]) -> None:
    async def main() -> tuple[int, int, int]:
        async with AsyncClient(engine["base_url"]) as client:
            # output first: Podman sends a follow stream's head only with the first output
            cid = (await client.create_container(BUSYBOX, ["sh", "-c", "echo up; sleep 300"],
                                                 name=unique("dapi-faults")))["Id"]
            try:
                await client.start(cid)
                await client.ping()
                before = open_fds()

                async def follow() -> None:
                    async for _ in await client.logs(cid, stream=True, follow=True):
                        pass

                task = asyncio.create_task(follow())
                await asyncio.sleep(1)
                during = open_fds()
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                await asyncio.sleep(0)
                return before, during, open_fds()
            finally:
                await client.remove_container(cid, force=True)

    before, during, after = asyncio.run(main())
    assert during >= before  # the stream holds a connection (a new one, or the idle one the ping left)
    assert after < during  # and cancelling closed it


def test_async_client_close_closes_a_never_read_stream_without_warnings(engine: dict[str, Any]) -> None:
    async def main() -> Any:
        async with AsyncClient(engine["base_url"]) as client:
            stream = await client.events(decode=True)
            logs_cid = (await client.create_container(BUSYBOX, ["sh", "-c", "echo up; sleep 300"],
                                                      name=unique("dapi-faults")))["Id"]
            await client.start(logs_cid)
            logs = await client.logs(logs_cid, stream=True, follow=True)
            await client.remove_container(logs_cid, force=True)
        return stream, logs

    before = open_fds()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stream, logs = asyncio.run(main())
        del stream, logs
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert open_fds() <= before


def test_async_first_typed_call_imports_the_models_off_the_loop(docker20: dict[str, Any]) -> None:
    # a fresh interpreter: the models module is not imported yet; record which thread imports it
    program = f"""
import asyncio, sys, threading
import dockerapi
assert "dockerapi.models" not in sys.modules
importers = []
class Spy:
    def find_spec(self, name, path=None, target=None):
        if name == "dockerapi.models":
            importers.append(threading.current_thread().name)
        return None
sys.meta_path.insert(0, Spy())
async def main():
    async with dockerapi.AsyncClient({docker20['base_url']!r}) as client:
        assert (await client.version())["ApiVersion"]
        return threading.current_thread().name
loop_thread = asyncio.run(main())
print(importers, loop_thread)
assert importers and loop_thread not in importers, (importers, loop_thread)
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120,
                          env={**os.environ})
    assert done.returncode == 0, done.stderr + done.stdout
