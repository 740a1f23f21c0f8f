"""AsyncClient against every engine for each streaming and hijacking method.

build, pull, push, exec_start (output, stream, socket), attach (stream, socket), put_archive and
get_archive, stats, logs and events: each awaited the way a user would, and the result compared with
what the daemon holds afterwards or with docker-py 7.2 (the oracle) where it has the call.
"""

from __future__ import annotations

import asyncio
import io
import json
import tarfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import AsyncClient

ADDRESS = "127.0.0.1:5000"


def run(engine: dict[str, Any], body: Callable[[AsyncClient, list[Any]], Awaitable[Any]]) -> Any:
    """Run `body(client, containers)` on a fresh AsyncClient; containers it lists are removed after."""

    async def main() -> Any:
        async with AsyncClient(engine["base_url"]) as client:
            client.engine = engine["name"]  # type: ignore[attr-defined]
            made: list[Any] = []
            try:
                return await body(client, made)
            finally:
                for container in made:
                    await client.remove_container(container, force=True)

    return asyncio.run(asyncio.wait_for(main(), 120))


async def container(client: AsyncClient, made: list[Any], command: Any, **kwargs: Any) -> Any:
    created = await client.create_container(BUSYBOX, command, name=unique("async"), **kwargs)
    made.append(created)
    return created


def unframe(raw: bytes) -> tuple[bytes, bytes]:
    """(stdout, stderr) of a multiplexed byte string, decoded here without the client."""
    out, err = b"", b""
    while raw:
        kind, size = raw[0], int.from_bytes(raw[4:8], "big")
        payload, raw = raw[8 : 8 + size], raw[8 + size :]
        if kind == 2:
            err += payload
        else:
            out += payload
    return out, err


def tar_of(name: str, payload: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(payload)
        info.mode = 0o644
        tar.addfile(info, io.BytesIO(payload))
    return buffer.getvalue()


# --- logs, stats --------------------------------------------------------------------------------------


def test_async_logs_whole_streamed_and_demuxed(engine: dict[str, Any]) -> None:
    async def body(client: AsyncClient, made: list[Any]) -> None:
        ct = await container(client, made, ["sh", "-c", "echo a; echo b >&2; sleep 0.3; echo c"])
        await client.start(ct)
        stream = await client.logs(ct, stream=True)  # follows until the container exits
        async with stream:
            followed = b"".join([chunk async for chunk in stream])
        assert sorted(followed.splitlines()) == [b"a", b"b", b"c"]
        assert await client.wait(ct) == 0
        assert await client.logs(ct, demux=True) == (b"a\nc\n", b"b\n")
        assert await client.logs(ct, stderr=False, tail=1) == b"c\n"

    run(engine, body)


def test_async_stats_one_sample_and_stream(engine: dict[str, Any], oracle: Any) -> None:
    async def body(client: AsyncClient, made: list[Any]) -> None:
        ct = await container(client, made, "sleep 30")
        await client.start(ct)
        one = await client.stats(ct, stream=False)
        theirs = oracle.stats(ct["Id"], stream=False)
        assert set(one) == set(theirs)  # the same document shape as docker-py reads
        assert one["memory_stats"]["usage"] > 0
        samples = await client.stats(ct, decode=True)
        async with samples:
            async for sample in samples:
                assert sample["memory_stats"]["usage"] > 0
                break

    run(engine, body)


# --- exec_start ---------------------------------------------------------------------------------------


def test_async_exec_start_output_stream_and_socket(engine: dict[str, Any]) -> None:
    async def body(client: AsyncClient, made: list[Any]) -> None:
        ct = await container(client, made, "sleep 30")
        await client.start(ct)
        command = ["sh", "-c", "echo out; echo err >&2"]
        exec_id = (await client.exec_create(ct, command))["Id"]
        assert await client.exec_start(exec_id, demux=True) == (b"out\n", b"err\n")
        exec_id = (await client.exec_create(ct, command))["Id"]
        stream = await client.exec_start(exec_id, stream=True)
        async with stream:
            assert sorted(b"".join([c async for c in stream]).splitlines()) == [b"err", b"out"]
        # socket: stdin in, end of input by half-closing, framed output back
        exec_id = (await client.exec_create(ct, ["sh", "-c", "cat; echo done >&2"], stdin=True))["Id"]
        sock = await client.exec_start(exec_id, socket=True)
        async with sock:
            await sock.sendall(b"to cat\n")
            await sock.close_write()
            raw = await sock.read_all()
        assert unframe(raw) == (b"to cat\n", b"done\n")
        assert (await client.exec_inspect(exec_id))["ExitCode"] == 0

    run(engine, body)


# --- attach -------------------------------------------------------------------------------------------


def test_async_attach_stream_and_socket(engine: dict[str, Any]) -> None:
    async def body(client: AsyncClient, made: list[Any]) -> None:
        # attach, then start: the stream carries the whole run and ends with it
        ct = await container(client, made, ["sh", "-c", "sleep 0.5; echo out; echo err >&2"])
        stream = await client.attach(ct, stream=True, demux=True)
        await client.start(ct)
        async with stream:
            parts = [part async for part in stream]
        assert b"".join(o for o, _ in parts if o) == b"out\n"
        assert b"".join(e for _, e in parts if e) == b"err\n"
        # socket: stdin reaches the process, half-close is its EOF
        ct = await container(client, made, ["sh", "-c", "cat; echo end"], stdin_open=True)
        await client.start(ct)
        sock = await client.attach_socket(ct, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
        async with sock:
            await sock.sendall(b"typed\n")
            await sock.close_write()
            raw = await sock.read_all()
        assert unframe(raw) == (b"typed\nend\n", b"")
        assert await client.wait(ct) == 0

    run(engine, body)


# --- put_archive / get_archive ------------------------------------------------------------------------


def test_async_put_and_get_archive(engine: dict[str, Any], oracle: Any) -> None:
    async def body(client: AsyncClient, made: list[Any]) -> None:
        ct = await container(client, made, "sleep 30")
        await client.start(ct)
        assert await client.put_archive(ct, "/tmp", tar_of("async.txt", b"put asynchronously\n")) is True
        stream, stat = await client.get_archive(ct, "/tmp/async.txt")
        data = b"".join([chunk async for chunk in stream])
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            member = tar.extractfile("async.txt")
            assert member is not None and member.read() == b"put asynchronously\n"
        _chunks, their_stat = oracle.get_archive(ct["Id"], "/tmp/async.txt")
        assert dict(stat) == their_stat

    run(engine, body)


# --- build, push, pull --------------------------------------------------------------------------------


def test_async_build_streams_progress_and_makes_the_image(engine: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "Dockerfile").write_text("FROM busybox:latest\nRUN echo built > /built\nCMD [\"cat\", \"/built\"]\n")
    tag = unique("dapi-async-build")

    async def body(client: AsyncClient, made: list[Any]) -> None:
        try:
            stream = await client.build(path=str(tmp_path), tag=tag, decode=True)
            async with stream:
                documents = [document async for document in stream]
            assert not [d for d in documents if "error" in d or "errorDetail" in d], documents
            assert any("stream" in d for d in documents)  # the build's own progress lines
            ct = await client.create_container(tag, None, name=unique("async"))
            made.append(ct)
            await client.start(ct)
            assert await client.wait(ct) == 0
            assert await client.logs(ct) == b"built\n"
        finally:
            for ct in made:
                await client.remove_container(ct, force=True)
            made.clear()
            await client.remove_image(tag, force=True)

    run(engine, body)


def test_async_push_and_pull(engine: dict[str, Any], registry: dict[str, Any]) -> None:
    creds = {"username": registry["username"], "password": registry["password"]}
    repo = f"{ADDRESS}/dapi/{unique('async')}"

    async def body(client: AsyncClient, made: list[Any]) -> None:
        busybox_id = (await client.inspect_image(BUSYBOX))["Id"]
        assert await client.tag(BUSYBOX, repo, "a1") is True
        try:
            pushed = await client.push(repo, "a1", auth_config=creds, stream=True, decode=True)
            async with pushed:
                documents = [document async for document in pushed]
            assert not [d for d in documents if "error" in d or "errorDetail" in d], documents
            await client.remove_image(f"{repo}:a1")
            pulled = await client.pull(repo, "a1", auth_config=creds, stream=True, decode=True)
            async with pulled:
                documents = [document async for document in pulled]
            assert documents and not [d for d in documents if "error" in d or "errorDetail" in d]
            assert (await client.inspect_image(f"{repo}:a1"))["Id"] == busybox_id
            text = await client.pull(repo, "a1", auth_config=creds)  # not streamed: the whole output
            lines = [json.loads(line) for line in text.split("\r\n")]
            assert lines and all("status" in line for line in lines)
            if client.engine != "podman":  # type: ignore[attr-defined]
                assert lines[-1]["status"] == f"Status: Image is up to date for {repo}:a1"
            # Podman 4.3's progress names layers only, never the reference
        finally:
            await client.remove_image(f"{repo}:a1")

    run(engine, body)


# --- events -------------------------------------------------------------------------------------------


def test_async_events_live_and_bounded(engine: dict[str, Any]) -> None:
    async def body(client: AsyncClient, made: list[Any]) -> None:
        since = int(time.time()) - 1
        events = await client.events(decode=True, filters={"type": "container", "event": "create"})
        ct = await container(client, made, "true")
        async with events:
            async for event in events:
                if event.get("id") == ct["Id"]:
                    assert event["Action"] == "create"
                    break
        # with `until` the daemon ends the stream by itself once that moment has passed
        bounded = await client.events(
            since=since, until=int(time.time()) + 1, decode=True, filters={"container": ct["Id"]}
        )
        async with bounded:
            actions = [event["Action"] async for event in bounded]
        assert "create" in actions

    run(engine, body)


@pytest.mark.parametrize("method", ["logs", "stats", "events"])
def test_async_stream_broken_off_leaves_the_client_usable(engine: dict[str, Any], method: str) -> None:
    async def body(client: AsyncClient, made: list[Any]) -> None:
        ct = await container(client, made, ["sh", "-c", "while true; do echo tick; sleep 0.1; done"])
        await client.start(ct)
        if method == "logs":
            stream = await client.logs(ct, stream=True)
        elif method == "stats":
            stream = await client.stats(ct, decode=True)
        else:
            stream = await client.events(decode=True, filters={"container": ct["Id"]})
            await client.pause(ct)
        async with stream:
            async for _item in stream:
                break
        # many calls after a broken-off stream: the pool was not left holding it
        results = await asyncio.gather(*[client.inspect_container(ct) for _ in range(20)])
        assert {r["Id"] for r in results} == {ct["Id"]}

    run(engine, body)
