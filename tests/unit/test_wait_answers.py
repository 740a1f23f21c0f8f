"""wait() on daemon answers without a StatusCode (a fake daemon: no real engine sends these)."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from dockerapi import AsyncClient, Client


def daemon(body: bytes) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/_ping":
            return httpx.Response(200, text="OK", headers={"Api-Version": "1.41"})
        assert request.url.path.endswith("/containers/abc/wait")
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(answer)


ANSWERS = [
    pytest.param(b"{}", id="empty-object"),
    pytest.param(b'{"Error": null}', id="no-status-code"),
    pytest.param(b'{"StatusCode": null}', id="null-status-code"),
]


@pytest.mark.parametrize("body", ANSWERS)
def test_wait_without_status_code_is_minus_one(body: bytes) -> None:
    # the seed documents -1 for "the daemon did not say"
    with Client("unix:///nonexistent.sock", transport=daemon(body)) as client:
        assert client.wait("abc") == -1


@pytest.mark.parametrize("body", ANSWERS)
def test_async_wait_without_status_code_is_minus_one(body: bytes) -> None:
    async def main() -> int:
        async with AsyncClient("unix:///nonexistent.sock", transport=daemon(body)) as client:
            return await client.wait("abc")

    assert asyncio.run(main()) == -1


def test_wait_with_a_status_code_and_an_error_message_returns_the_code() -> None:
    body = json.dumps({"StatusCode": 2, "Error": {"Message": "exec failed"}}).encode()
    with Client("unix:///nonexistent.sock", transport=daemon(body)) as client:
        assert client.wait("abc") == 2
