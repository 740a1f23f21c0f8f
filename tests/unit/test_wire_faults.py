"""Crafted HTTP from a fake daemon: every failure is a dockerapi error that says what and where, never a hang.

A fake daemon is fine here: this is pure wire logic (issue 11, case 4). Each answer is fed to the sync
`Client` and to the `AsyncClient`; a generous pytest timeout turns a hang into a failure.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dockerapi import (  # noqa: E402
    AsyncClient,
    Client,
    DockerConnectionError,
    DockerException,
    DockerTimeoutError,
    ProtocolError,
    StreamError,
)
from faults import CLOSE, STALL, FakeDaemon  # noqa: E402

pytestmark = pytest.mark.timeout(60)

JSON_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
MUX_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n"


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data)


def frame(stream: int, data: bytes) -> bytes:
    return bytes([stream, 0, 0, 0]) + len(data).to_bytes(4, "big") + data


# (answer, the call that reads it, the error class, words the message must contain)
CASES: dict[str, tuple[Any, Callable[[Any], Any], type[Exception], list[str]]] = {
    "invalid chunk size": (
        (JSON_HEAD + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", CLOSE),
        lambda c: c.inspect_container("x"), ProtocolError, ["chunk size", "zz"]),
    "chunk data not followed by CRLF": (
        (JSON_HEAD + b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n", CLOSE),
        lambda c: c.inspect_container("x"), ProtocolError, ["CRLF"]),
    "chunked body cut before its last chunk": (
        (JSON_HEAD + b"Transfer-Encoding: chunked\r\n\r\n" + chunk(b'{"Id": "a'), CLOSE),
        lambda c: c.inspect_container("x"), DockerConnectionError, ["cut at byte 9"]),
    "Content-Length longer than the body": (
        (JSON_HEAD + b"Content-Length: 100\r\n\r\n{\"Id\": \"abc\"}", CLOSE),
        lambda c: c.inspect_container("x"), DockerConnectionError, ["cut at byte 13 of 100"]),
    "peer gone before answering": (
        (b"", CLOSE), lambda c: c.inspect_container("x"), DockerConnectionError, ["before answering"]),
    "peer gone inside the head": (
        (b"HTTP/1.1 200 OK\r\nContent-Ty", CLOSE), lambda c: c.inspect_container("x"), DockerConnectionError,
        ["before answering", "bytes of the head"]),
    "a 2 MB header line": (
        (b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 2_000_000 + b"\r\n\r\n", CLOSE),
        lambda c: c.inspect_container("x"), ProtocolError, ["longer than 65536"]),
    "101 header lines": (
        (b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 101 + b"Content-Length: 2\r\n\r\n{}", CLOSE),
        lambda c: c.inspect_container("x"), ProtocolError, ["more than 100 header lines"]),
    "not an HTTP status line": (
        (b"SSH-2.0-OpenSSH_9.2\r\n\r\n", CLOSE), lambda c: c.inspect_container("x"), ProtocolError,
        ["status line", "SSH-2.0"]),
    "malformed Content-Length": (
        (b"HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n{}", CLOSE), lambda c: c.inspect_container("x"),
        ProtocolError, ["Content-Length"]),
    "a header line without a colon": (
        (b"HTTP/1.1 200 OK\r\nnonsense\r\nContent-Length: 2\r\n\r\n{}", CLOSE),
        lambda c: c.inspect_container("x"), ProtocolError, ["header line"]),
    "a JSON body that is not JSON": (
        (JSON_HEAD + b"Content-Length: 5\r\n\r\n{oops", CLOSE), lambda c: c.inspect_container("x"),
        ProtocolError, ["inspect_container()", "cannot be read"]),
    "a model field of the wrong type": (
        (JSON_HEAD + b"Content-Length: 18\r\n\r\n{\"State\": \"sleep\"}", CLOSE), lambda c: c.inspect_container("x"),
        ProtocolError, ["cannot be read"]),
    "a JSON list that is an object": (
        (JSON_HEAD + b"Content-Length: 2\r\n\r\n{}", CLOSE), lambda c: c.containers(), ProtocolError,
        ["containers()", "cannot be read"]),
    "a bad frame header in logs": (
        (MUX_HEAD + b"Content-Length: 12\r\n\r\n\x07\x00\x00\x00\x00\x00\x00\x04abcd", CLOSE),
        lambda c: c.logs("x"), StreamError, ["bad frame header"]),
    "logs cut inside a frame": (
        (MUX_HEAD + b"Content-Length: 100\r\n\r\n" + frame(1, b"hello")[:9], CLOSE),
        lambda c: c.logs("x"), DockerConnectionError, ["cut at byte 9 of 100"]),
    "a JSON stream document that is not UTF-8": (
        (JSON_HEAD + b"Content-Length: 7\r\n\r\n\"\xff\xfe\"\r\n\r\n", CLOSE),
        lambda c: c.pull("busybox", stream=False), StreamError, ["UTF-8"]),
    "a JSON stream cut inside a document": (
        (JSON_HEAD + b"Connection: close\r\n\r\n{\"status\": \"Pul", CLOSE),
        lambda c: c.pull("busybox", stream=False), StreamError, ["inside a JSON document"]),
    "a base64 stat header that is not base64": (
        (b"HTTP/1.1 200 OK\r\nX-Docker-Container-Path-Stat: !!!\r\nContent-Length: 0\r\n\r\n", CLOSE),
        lambda c: c.get_archive("x", "/etc"), ProtocolError, ["cannot be read"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_sync_client_raises_our_error(case: str) -> None:
    answer, call, error, words = CASES[case]
    with FakeDaemon(lambda head: answer) as daemon, Client(daemon.base_url, timeout=10) as client:
        with pytest.raises(error) as raised:
            call(client)
    message = str(raised.value)
    assert all(word in message for word in words), message
    assert isinstance(raised.value, DockerException)


@pytest.mark.parametrize("case", list(CASES))
def test_async_client_raises_our_error(case: str) -> None:
    answer, call, error, words = CASES[case]

    async def main() -> Exception:
        async with AsyncClient(daemon.base_url, timeout=10) as client:
            try:
                await call(client)
            except Exception as exc:  # noqa: BLE001 - the test checks what it is
                return exc
        raise AssertionError("no error")

    with FakeDaemon(lambda head: answer) as daemon:
        raised = asyncio.run(main())
    assert isinstance(raised, error), repr(raised)
    assert all(word in str(raised) for word in words), str(raised)


def test_a_stalled_answer_ends_at_the_client_timeout_sync_and_async() -> None:
    stalls = (JSON_HEAD + b"Content-Length: 100\r\n\r\n{\"Id\":", STALL)
    with FakeDaemon(lambda head: stalls) as daemon:
        with Client(daemon.base_url, timeout=1) as client, pytest.raises(DockerTimeoutError):
            client.inspect_container("x")

        async def main() -> None:
            async with AsyncClient(daemon.base_url, timeout=1) as client:
                await client.inspect_container("x")

        with pytest.raises(DockerTimeoutError):
            asyncio.run(main())


def test_a_non_follow_stream_whose_daemon_sends_only_the_head_times_out() -> None:
    head_only = (MUX_HEAD + b"Transfer-Encoding: chunked\r\n\r\n", STALL)
    with FakeDaemon(lambda head: head_only) as daemon, Client(daemon.base_url, timeout=1) as client:
        stream = client.logs("x", stream=True, follow=False)
        with pytest.raises(DockerTimeoutError):
            list(stream)


def test_a_stream_iterated_after_close_ends_quietly() -> None:
    answer = (MUX_HEAD + b"Transfer-Encoding: chunked\r\n\r\n" + chunk(frame(1, b"a\n")), STALL)
    with FakeDaemon(lambda head: answer) as daemon, Client(daemon.base_url, timeout=5) as client:
        stream = client.logs("x", stream=True, follow=True)
        stream.close()
        assert list(stream) == []


def test_a_timeout_names_the_call_and_the_limit_that_ran_out() -> None:
    # issue 26 item 6: "timed out waiting for bytes from unix://..." said neither which call nor which limit
    stalls = (JSON_HEAD + b"Content-Length: 100\r\n\r\n{\"Id\":", STALL)
    with FakeDaemon(lambda head: stalls) as daemon:
        with Client(daemon.base_url, timeout=1, version="1.41") as client:
            with pytest.raises(DockerTimeoutError) as raised:
                client.inspect_container("x")
            assert str(raised.value) == f"inspect_container(): no answer within 1 s from {daemon.base_url}"
            with pytest.raises(DockerTimeoutError) as raised:
                client.wait("x", timeout=0.5)  # the method's own limit
            assert str(raised.value) == f"wait(): no answer within 0.5 s from {daemon.base_url}"
            with pytest.raises(DockerTimeoutError) as raised:
                client.version(request_timeout=0.25)  # a call's request_timeout
            assert str(raised.value) == f"version(): no answer within 0.25 s from {daemon.base_url}"
            assert isinstance(raised.value, TimeoutError) and raised.value.__cause__ is not None

        async def main() -> Exception:
            async with AsyncClient(daemon.base_url, timeout=1, version="1.41") as client:
                try:
                    await client.wait("x", timeout=0.5)
                except DockerTimeoutError as exc:
                    return exc
            raise AssertionError("no error")

        assert str(asyncio.run(main())) == f"wait(): no answer within 0.5 s from {daemon.base_url}"


def test_a_connection_error_names_the_call(tmp_path: Path) -> None:
    missing = f"unix://{tmp_path}/no-daemon.sock"
    with Client(missing, timeout=1) as client, pytest.raises(DockerConnectionError) as raised:
        client.ping()  # the negotiation's own request fails: still said as the caller's call
    assert str(raised.value).startswith(f"ping(): cannot connect to the Docker daemon at {missing}: ")
    with Client(missing, timeout=1, version="1.41") as client, pytest.raises(DockerConnectionError) as raised:
        client.wait("x")
    assert str(raised.value).startswith(f"wait(): cannot connect to the Docker daemon at {missing}: ")
    cut = (JSON_HEAD + b"Content-Length: 100\r\n\r\n{\"Id\": \"abc\"}", CLOSE)
    with FakeDaemon(lambda head: cut) as daemon, Client(daemon.base_url, version="1.41") as client:
        with pytest.raises(DockerConnectionError, match=r"^inspect_container\(\): .* cut at byte 13 of 100$"):
            client.inspect_container("x")


def test_a_composite_method_names_itself_and_the_call_that_failed(tmp_path: Path) -> None:
    missing = f"unix://{tmp_path}/no-daemon.sock"
    with Client(missing, timeout=1, version="1.41") as client, pytest.raises(DockerConnectionError) as raised:
        client.port("x", 80)  # built on inspect_container()
    assert str(raised.value).startswith(f"port(): inspect_container(): cannot connect to the Docker daemon at {missing}")


def test_a_stream_read_after_the_method_returned_names_the_call_too() -> None:
    head_only = (MUX_HEAD + b"Transfer-Encoding: chunked\r\n\r\n" + chunk(frame(1, b"a\n")), STALL)
    with FakeDaemon(lambda head: head_only) as daemon, Client(daemon.base_url, timeout=1, version="1.42") as client:
        stream = client.logs("x", stream=True, follow=False)
        with pytest.raises(DockerTimeoutError) as raised:
            list(stream)
    assert str(raised.value) == f"logs(): no output within 1 s from {daemon.base_url}"

    async def main() -> Exception:
        async with AsyncClient(daemon.base_url, timeout=1, version="1.42") as client:
            stream = await client.logs("x", stream=True, follow=False)
            try:
                async for _ in stream:
                    pass
            except DockerTimeoutError as exc:
                return exc
        raise AssertionError("no error")

    with FakeDaemon(lambda head: head_only) as daemon:
        assert str(asyncio.run(main())) == f"logs(): no output within 1 s from {daemon.base_url}"


def test_an_error_carries_the_daemons_answer_sync_and_async() -> None:
    # docker-py code reads `err.response.status_code` and `err.response.json()`: the answer is on the error
    answer = (b"HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\nContent-Length: 38\r\n\r\n"
              b'{"message": "name is already in use"}\n')
    with FakeDaemon(lambda head: answer) as daemon:
        with Client(daemon.base_url) as client, pytest.raises(DockerException) as sync_error:
            client.inspect_container("x")

        async def call() -> None:
            async with AsyncClient(daemon.base_url) as client:
                await client.inspect_container("x")

        with pytest.raises(DockerException) as async_error:
            asyncio.run(call())
    for error in (sync_error.value, async_error.value):
        response = error.response  # type: ignore[attr-defined]
        assert (response.status_code, response.headers["Content-Type"]) == (409, "application/json")
        assert response.json() == {"message": "name is already in use"}
        assert response.text.strip() == '{"message": "name is already in use"}'
