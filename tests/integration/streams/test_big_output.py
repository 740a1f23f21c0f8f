"""Several MB of multiplexed output through a real socket, on every engine.

4.4 MB of short stdout lines and 2 MB (an odd size) of stderr in large writes: the daemon cuts these into
frames of its own sizes and the socket into reads of its own sizes, so frame headers land across
every kind of read boundary. Each path a user reads output by (logs, exec_start, whole or streamed, sync
and async) must give back exactly the bytes written, each on its own stream.
"""

from __future__ import annotations

import asyncio
from typing import Any

from dockerapi import AsyncClient, Client

STDOUT_LINES = 600_000
STDERR_BYTES = 2 * 1024 * 1024 + 1
COMMAND = ["sh", "-c", f"seq 1 {STDOUT_LINES}; yes abcdefg | head -c {STDERR_BYTES} >&2"]
EXPECTED_OUT = "".join(f"{i}\n" for i in range(1, STDOUT_LINES + 1)).encode()
EXPECTED_ERR = (b"abcdefg\n" * (STDERR_BYTES // 8 + 1))[:STDERR_BYTES]


def split_streams(items: Any) -> tuple[bytes, bytes]:
    out, err = bytearray(), bytearray()
    for stdout, stderr in items:
        out += stdout or b""
        err += stderr or b""
    return bytes(out), bytes(err)


def test_logs_of_several_megabytes(client: Client, oracle: Any, make_container: Any) -> None:
    container = make_container(COMMAND, start=True)
    assert client.wait(container, timeout=120) == 0
    out, err = client.logs(container, demux=True)
    assert len(out) == len(EXPECTED_OUT) and out == EXPECTED_OUT
    assert len(err) == len(EXPECTED_ERR) and err == EXPECTED_ERR
    with client.logs(container, stream=True, follow=False, demux=True) as chunks:
        assert split_streams(chunks) == (EXPECTED_OUT, EXPECTED_ERR)
    assert client.logs(container, stderr=False) == EXPECTED_OUT
    assert oracle.logs(container["Id"], stdout=False, stderr=True) == EXPECTED_ERR  # docker-py reads the same


def test_exec_output_of_several_megabytes(client: Client, make_container: Any) -> None:
    container = make_container("sleep 120", start=True)
    whole = client.exec_create(container, COMMAND)["Id"]
    assert client.exec_start(whole, demux=True) == (EXPECTED_OUT, EXPECTED_ERR)
    assert client.exec_inspect(whole)["ExitCode"] == 0
    streamed = client.exec_create(container, COMMAND)["Id"]
    with client.exec_start(streamed, stream=True, demux=True) as chunks:
        assert split_streams(chunks) == (EXPECTED_OUT, EXPECTED_ERR)


def test_async_exec_and_logs_of_several_megabytes(engine: dict[str, Any]) -> None:
    async def main() -> None:
        async with AsyncClient(engine["base_url"]) as client:
            container = await client.create_container("busybox:latest", "sleep 120")
            try:
                await client.start(container)
                exec_id = (await client.exec_create(container, COMMAND))["Id"]
                stream = await client.exec_start(exec_id, stream=True, demux=True)
                parts = []
                async with stream:
                    async for part in stream:
                        parts.append(part)
                assert split_streams(parts) == (EXPECTED_OUT, EXPECTED_ERR)
                exec_id = (await client.exec_create(container, COMMAND))["Id"]
                assert await client.exec_start(exec_id, demux=True) == (EXPECTED_OUT, EXPECTED_ERR)
            finally:
                await client.remove_container(container, force=True)

    asyncio.run(asyncio.wait_for(main(), 240))
