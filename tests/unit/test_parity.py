"""The hand-written sync/async pairs stay in step: the same public names and parameters, the async side awaited.

(The generated `Client`/`AsyncClient` are compared the same way in test_classic.py and by the generator.)
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pytest
from dockerapi import _objects, _streams
from dockerapi._base_client import AsyncAPIClient, SyncAPIClient

PAIRS = [
    (SyncAPIClient, AsyncAPIClient),
    (_streams.JSONStream, _streams.AsyncJSONStream),
    (_streams.OutputStream, _streams.AsyncOutputStream),
    (_streams.RawStream, _streams.AsyncRawStream),
    (_streams.HijackedSocket, _streams.AsyncHijackedSocket),
]
# the object API's hand-written pairs (the generated objects are compared in test_objects_surface.py)
OBJECT_PAIRS = [
    (_objects.ExecResult, _objects.AsyncExecResult),
    (_objects.RunOutput, _objects.AsyncRunOutput),
    (_objects.ImageStream, _objects.AsyncImageStream),
    (_objects.SyncDockerClientBase, _objects.AsyncDockerClientBase),
]
# the private steps both client halves implement, each with its twin: compared like the public surface
PAIRED_PRIVATE = {"_call", "_complete", "_send", "_fetch", "_hijack", "_stream_result", "_is_tty", "_run", "_version", "_open",
                  "_default_transport"}
PROTOCOL = {"__iter__": "__aiter__", "__next__": "__anext__", "__enter__": "__aenter__", "__exit__": "__aexit__"}
# The only differences, each for a reason the language imposes: a property cannot await.
KEPT = {
    ("RawStream", "data"): "a property that reads the whole body; the async stream has `await read()`",
}


def surface(cls: type) -> dict[str, Any]:
    members: dict[str, Any] = {}
    for name, member in inspect.getmembers(cls):
        if (name.startswith("_") and name not in PROTOCOL and name not in PROTOCOL.values()
                and name not in PAIRED_PRIVATE):
            continue
        if isinstance(inspect.getattr_static(cls, name), property):
            members[PROTOCOL.get(name, name)] = "property"
        elif callable(member):
            members[PROTOCOL.get(name, name)] = [p for p in inspect.signature(member).parameters]
    return members


@pytest.mark.parametrize(("sync", "async_"), PAIRS + OBJECT_PAIRS, ids=[s.__name__ for s, _ in PAIRS + OBJECT_PAIRS])
def test_sync_and_async_halves_offer_the_same_surface(sync: type, async_: type) -> None:
    mine, theirs = surface(sync), surface(async_)
    kept = {name for (cls, name) in KEPT if cls == sync.__name__}
    assert sorted(set(mine) - set(theirs) - kept) == []
    assert sorted(set(theirs) - set(mine)) == []
    differing = {name: (mine[name], theirs[name]) for name in set(mine) & set(theirs) if mine[name] != theirs[name]}
    assert differing == {}


def test_io_methods_of_the_async_halves_are_coroutines() -> None:
    for _, async_ in PAIRS + OBJECT_PAIRS:
        for name in ("close", "wait", "result", "read", "recv", "sendall", "send", "close_write", "collect", "collect_progress",
                     "negotiate"):
            member = getattr(async_, name, None)
            if member is not None:
                assert inspect.iscoroutinefunction(member), f"{async_.__name__}.{name}"


def _daemon(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/_ping":
        return httpx.Response(200, headers={"Api-Version": "1.43"}, text="OK")
    return httpx.Response(200, content=b"0123456789" * 10, headers={"Content-Type": "application/x-tar"})


def test_api_version_and_negotiation_read_the_same_on_both_clients() -> None:
    from dockerapi import AsyncClient, Client

    sync = Client("unix:///nonexistent.sock", transport=httpx.MockTransport(_daemon))
    assert sync.negotiated_version is None
    assert sync.negotiate() == sync.api_version == sync.negotiated_version == "1.43"

    async def main() -> tuple[str | None, str, str | None]:
        client = AsyncClient("unix:///nonexistent.sock", transport=httpx.MockTransport(_daemon))
        before = client.negotiated_version
        async with client:  # entering negotiates, so the property answers inside the block
            return before, client.api_version, client.negotiated_version

    assert asyncio.run(main()) == (None, "1.43", "1.43")


def test_stream_types_are_importable_for_annotations() -> None:
    import dockerapi.streams as streams

    for sync, async_ in PAIRS[1:]:
        assert getattr(streams, sync.__name__) is sync and getattr(streams, async_.__name__) is async_
