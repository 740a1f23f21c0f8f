"""Follow a running container's output as it is written, with Client and AsyncClient."""

from __future__ import annotations

import asyncio
import os
import uuid

import dockerapi

SCRIPT = "for i in 1 2 3 4 5; do echo line $i; sleep 0.2; done; echo done >&2"


def follow_typed(base_url: str, image: str = "busybox:latest") -> tuple[list[bytes], list[bytes]]:
    """The stdout and stderr chunks seen while following, in order."""
    out: list[bytes] = []
    err: list[bytes] = []
    with dockerapi.Client(base_url) as client:
        container = client.create_container(image, ["sh", "-c", SCRIPT], name=f"ide-logs-{uuid.uuid4().hex[:10]}")
        try:
            client.start(container)
            with client.logs(container, stream=True, follow=True, demux=True) as pairs:
                for stdout, stderr in pairs:
                    if stdout is not None:
                        out.append(stdout)
                    if stderr is not None:
                        err.append(stderr)
        finally:
            client.remove_container(container, force=True)
    return out, err


async def follow_async(base_url: str, image: str = "busybox:latest") -> bytes:
    """Everything the container wrote, read with `async for` while it runs."""
    collected = b""
    async with dockerapi.AsyncClient(base_url) as client:
        container = await client.create_container(
            image, ["sh", "-c", SCRIPT], name=f"ide-logs-{uuid.uuid4().hex[:10]}"
        )
        try:
            await client.start(container)
            async with await client.logs(container, stream=True, follow=True) as chunks:
                async for chunk in chunks:
                    collected += chunk
        finally:
            await client.remove_container(container, force=True)
    return collected


def main(base_url: str) -> tuple[list[bytes], list[bytes], bytes]:
    out, err = follow_typed(base_url)
    return out, err, asyncio.run(follow_async(base_url))


if __name__ == "__main__":
    print(main(os.environ.get("DOCKERAPI_DOCKER20_URL", "unix:///var/run/docker.sock")))
