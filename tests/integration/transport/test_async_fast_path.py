"""The AsyncClient's unix-socket fast path: the lean AsyncResponse and the httpx interface give the same
answer, and a typed async call imports no httpx."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from typing import Any

import httpx
from dockerapi._http11 import AsyncResponse, AsyncSocketTransport

_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))  # the repository


def _transport(server: dict[str, Any]) -> AsyncSocketTransport:
    path = server["base_url"].removeprefix("unix://")
    return AsyncSocketTransport(path=path, address=server["base_url"], default_headers={"User-Agent": "t"})


def test_send_and_handle_async_request_give_the_same_answer(docker20: dict[str, Any]) -> None:
    async def main() -> None:
        transport = _transport(docker20)
        try:
            lean = await transport.send("GET", "/v1.41/containers/json?all=1", {}, None, {"read": 30.0})
            assert isinstance(lean, AsyncResponse)
            lean_body = await lean.aread()
            request = httpx.Request("GET", "http://docker/v1.41/containers/json?all=1", extensions={"timeout": {}})
            answer = await transport.handle_async_request(request)
            assert isinstance(answer, httpx.Response)
            body = await answer.aread()
            assert (lean.status_code, lean.reason_phrase) == (answer.status_code, answer.reason_phrase) == (200, "OK")
            assert lean.headers["content-type"] == answer.headers["content-type"] == "application/json"
            assert lean.headers.get("Api-Version") == answer.headers.get("api-version") == "1.41"
            assert lean_body == body and body.startswith(b"[")
            # a read body is kept; reading the stream again is refused as httpx refuses it
            assert lean.content == lean_body
            try:
                async for _ in lean.aiter_raw():
                    pass
            except httpx.StreamConsumed:
                pass
            else:
                raise AssertionError("a consumed AsyncResponse streamed again")
        finally:
            await transport.aclose()

    asyncio.run(main())


def test_aiter_raw_chunk_size_gives_pieces_of_that_size(docker20: dict[str, Any]) -> None:
    async def main() -> tuple[bytes, list[bytes]]:
        transport = _transport(docker20)
        try:
            whole = await (await transport.send("GET", "/v1.41/info", {}, None, {})).aread()
            response = await transport.send("GET", "/v1.41/info", {}, None, {})
            return whole, [piece async for piece in response.aiter_raw(100)]
        finally:
            await transport.aclose()

    whole, pieces = asyncio.run(main())
    assert len(whole) > 300  # /info is a few KB: several pieces
    assert {len(piece) for piece in pieces[:-1]} == {100} and 0 < len(pieces[-1]) <= 100
    assert b"".join(pieces)[:100] == whole[:100]  # same document (a few counters may move in between)


def test_streamed_async_request_body_is_sent_chunked(docker20: dict[str, Any]) -> None:
    async def main() -> tuple[int, bytes]:
        transport = _transport(docker20)

        async def body() -> Any:
            yield b'{"Image": "busybox:latest", '
            yield b'"Cmd": ["true"]}'

        try:
            response = await transport.send("POST", "/v1.41/containers/create", {"Content-Type": "application/json"},
                                            body(), {})
            created = await response.aread()
            if response.status_code == 201:
                remove = await transport.send("DELETE", f"/v1.41/containers/{json.loads(created)['Id']}?force=1",
                                              {}, None, {})
                await remove.aread()
            return response.status_code, created
        finally:
            await transport.aclose()

    status, created = asyncio.run(main())
    assert status == 201, created
    assert b'"Id"' in created


def test_typed_async_call_over_unix_imports_no_httpx(docker20: dict[str, Any]) -> None:
    script = (
        "import asyncio, sys\n"
        "from dockerapi import AsyncClient\n"
        "async def main():\n"
        f"    async with AsyncClient({docker20['base_url']!r}) as client:\n"
        "        assert await client.ping() is True\n"
        "        info = await client.version()\n"
        "        assert info.api_version\n"
        "asyncio.run(main())\n"
        "print(sorted(name for name in ('httpx', 'httpcore', 'h11') if name in sys.modules))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.path.join(_ROOT, "generated"))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
