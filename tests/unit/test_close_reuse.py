"""After close(), the classic client opens new connections on its next call, as docker-py's does
(testcontainers closes a container's client in stop() and starts the container again); the typed
clients refuse calls once closed. A fake daemon answers the pings."""

from __future__ import annotations

import asyncio

import dockerapi
import pytest
from dockerapi import classic
from faults import FakeDaemon

_OK = b"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK"


def test_classic_client_works_again_after_close() -> None:
    with FakeDaemon(lambda head: _OK) as daemon:
        client = classic.Client(daemon.base_url, version="1.41")
        assert client.ping() is True
        client.close()
        assert client.ping() is True
        client.close()


def test_classic_async_client_works_again_after_close() -> None:
    async def main() -> None:
        client = classic.AsyncClient(daemon.base_url, version="1.41")
        assert await client.ping() is True
        await client.close()
        assert await client.ping() is True
        await client.close()

    with FakeDaemon(lambda head: _OK) as daemon:
        asyncio.run(main())


def test_typed_client_refuses_calls_once_closed() -> None:
    with FakeDaemon(lambda head: _OK) as daemon:
        client = dockerapi.Client(daemon.base_url, version="1.41")
        client.ping()
        client.close()
        with pytest.raises(dockerapi.DockerConnectionError, match="closed"):
            client.ping()
