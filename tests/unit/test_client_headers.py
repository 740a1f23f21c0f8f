"""`client.headers` (docker-py's `client.api.headers`) is a live mapping: what a caller sets there is sent
with every later request, on the lean unix-socket transport (sync and async) and through httpx transports.
testcontainers-python sets its session header this way. A fake daemon records the request heads (of
`start()`: it answers the unversioned `/_ping` itself)."""

from __future__ import annotations

import asyncio

import dockerapi
import httpx
from dockerapi import classic
from faults import FakeDaemon

_OK = b"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK"


def _recording_daemon() -> tuple[list[bytes], FakeDaemon]:
    """A fake daemon answering 200 OK to everything, and the list of request heads it fills."""
    heads: list[bytes] = []

    def answer(head: bytes) -> bytes:
        heads.append(head)
        return _OK

    return heads, FakeDaemon(answer)


def test_a_header_set_later_is_sent_by_the_sync_client() -> None:
    heads, daemon = _recording_daemon()
    with daemon, classic.Client(daemon.base_url, version="1.41") as client:
        client.start("web")
        client.headers["x-tc-sid"] = "session-1"
        client.headers["User-Agent"] = "tc-python/9"
        client.start("web")
        del client.headers["x-tc-sid"]
        client.start("web")
    assert b"x-tc-sid" not in heads[0].lower()
    assert b"x-tc-sid: session-1" in heads[1].lower() and b"user-agent: tc-python/9" in heads[1].lower()
    assert b"x-tc-sid" not in heads[2].lower() and b"tc-python/9" in heads[2].lower()


def test_repeated_and_alternating_plain_requests_are_sent_as_asked() -> None:
    # the transport reuses the last plain request's bytes when the same one is asked again
    heads, daemon = _recording_daemon()
    with daemon, classic.Client(daemon.base_url, version="1.41") as client:
        for name in ("a", "a", "b", "a"):
            client.start(name)
        client.stop("a", timeout=None)  # another path after a repeated one
        client.headers["x-late"] = "1"
        client.start("a")
    lines = [head.split(b"\r\n", 1)[0] for head in heads]
    assert lines == [b"POST /v1.41/containers/%s/start HTTP/1.1" % n for n in (b"a", b"a", b"b", b"a")] + [
        lines[4], b"POST /v1.41/containers/a/start HTTP/1.1"]
    assert lines[4].startswith(b"POST /v1.41/containers/a/stop")
    assert all(b"content-length: 0" in head.lower() for head in heads)
    assert b"x-late: 1" in heads[-1].lower() and not any(b"x-late" in head.lower() for head in heads[:-1])


def test_a_header_set_later_is_sent_by_the_async_client() -> None:
    heads, daemon = _recording_daemon()
    async def main() -> None:
        async with dockerapi.AsyncClient(daemon.base_url, version="1.41") as client:
            await client.start("web")
            client.headers.update({"x-tc-sid": "session-2"})
            await client.start("web")

    with daemon:
        asyncio.run(main())
    assert b"x-tc-sid" not in heads[0].lower() and b"x-tc-sid: session-2" in heads[1].lower()


def test_a_header_set_later_is_sent_through_an_httpx_transport() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Api-Version": "1.41"}, text="OK")

    with dockerapi.Client("tcp://127.0.0.1:1", version="1.41", transport=httpx.MockTransport(handler)) as client:
        client.headers["x-tc-sid"] = "session-3"
        client.ping()
    assert seen[-1].headers["x-tc-sid"] == "session-3"


def test_the_object_client_shares_its_api_headers() -> None:
    client = classic.DockerClient(base_url="unix:///nonexistent.sock", version="1.41")
    client.api.headers["x-tc-sid"] = "s"
    assert client.api.headers["x-tc-sid"] == "s" and client.api.base_url == "http+docker://localhost"
    client.close()
