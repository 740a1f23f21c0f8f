"""Composite methods (plans) driven against a fake daemon: pure control flow, no endpoint semantics."""

from __future__ import annotations

import json

import httpx
import pytest
from dockerapi import APIError, Client


def test_update_service_rereads_the_version_when_the_swarm_moved_on() -> None:
    versions = iter([10, 11])
    sent: list[int] = []

    def daemon(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/services/web"):
            return httpx.Response(200, json={"ID": "web", "Version": {"Index": next(versions)},
                                             "Spec": {"Name": "web", "TaskTemplate": {"ContainerSpec": {"Image": "b"}}}})
        if request.url.path.endswith("/update"):
            sent.append(int(request.url.params["version"]))
            if len(sent) == 1:
                return httpx.Response(500, json={"message": "rpc error: code = Unknown desc = update out of sequence"})
            return httpx.Response(200, json={"Warnings": []})
        raise AssertionError(request.url)

    client = Client("unix:///nonexistent.sock", version="1.41", transport=httpx.MockTransport(daemon))
    client.update_service("web", fetch_current_spec=True, mode={"Replicated": {"Replicas": 2}})
    assert sent == [10, 11]


def test_update_service_with_a_given_version_does_not_retry() -> None:
    def daemon(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/services/web"):
            return httpx.Response(200, json={"ID": "web", "Version": {"Index": 3}, "Spec": {"Name": "web"}})
        body = json.loads(request.content or b"{}")
        assert body["Name"] == "web"
        return httpx.Response(500, json={"message": "update out of sequence"})

    client = Client("unix:///nonexistent.sock", version="1.41", transport=httpx.MockTransport(daemon))
    with pytest.raises(APIError, match="out of sequence"):
        client.update_service("web", version=2, fetch_current_spec=True)
