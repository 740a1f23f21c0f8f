"""Version gates against real daemons: an operation or parameter newer than the client's API version is refused
before anything is sent; at the negotiated version the same call reaches the daemon and works.

A recording transport (the real unix-socket transport, wrapped) shows what went on the wire.
"""

from __future__ import annotations

from typing import Any

import dockerapi
import httpx
import pytest
from dockerapi import Client


class Recording(httpx.BaseTransport):
    def __init__(self, base_url: str) -> None:
        self.inner = httpx.HTTPTransport(uds=base_url[len("unix://"):])
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(f"{request.method} {request.url.raw_path.decode()}")
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def client_for(facts: dict[str, Any], version: str = "auto") -> tuple[Client, Recording]:
    recording = Recording(facts["base_url"])
    return Client(facts["base_url"], version=version, transport=recording), recording


@pytest.fixture
def manager(any_swarm_manager: dict[str, Any]) -> dict[str, Any]:
    return any_swarm_manager


def test_configs_refused_at_1_24_and_listed_at_the_negotiated_version(manager: dict[str, Any]) -> None:
    old, sent = client_for(manager, "1.24")
    with old:
        with pytest.raises(dockerapi.InvalidVersion, match=r"configs\(\) needs API >= 1.30"):
            old.configs()
        with pytest.raises(dockerapi.InvalidVersion):
            old.secrets()  # 1.25
        with pytest.raises(dockerapi.InvalidVersion):
            old.get_unlock_key()  # 1.25
        with pytest.raises(dockerapi.InvalidVersion):
            old.service_logs("x", stdout=True)  # 1.25
        with pytest.raises(dockerapi.InvalidVersion):
            old.task_logs("x", stdout=True)  # 1.29
        with pytest.raises(dockerapi.InvalidVersion):
            old.prune_containers()  # 1.25
    assert sent.paths == []

    new, sent = client_for(manager)
    with new:
        assert new.api_version == manager["api"]
        assert isinstance(new.configs(), list)
        assert isinstance(new.secrets(), list)
    assert sent.paths[0] == "GET /_ping"
    assert f"GET /v{manager['api']}/configs" in sent.paths


def test_parameter_gates(manager: dict[str, Any]) -> None:
    old, sent = client_for(manager, "1.28")
    with old:
        with pytest.raises(dockerapi.InvalidVersion, match="insert_defaults"):
            old.inspect_service("x", insert_defaults=True)  # 1.29
    assert sent.paths == []
    old, sent = client_for(manager, "1.36")
    with old:
        with pytest.raises(dockerapi.InvalidVersion, match="'templating'"):
            old.create_config("x", "data", templating={"Name": "golang"})  # 1.37
    assert sent.paths == []
    old, sent = client_for(manager, "1.30")
    with old:
        with pytest.raises(dockerapi.InvalidVersion, match="'driver'"):
            old.create_secret("x", "data", driver={"Name": "vault"})  # 1.31
    assert sent.paths == []


def test_ping_head_refused_at_1_24_works_when_negotiated(manager: dict[str, Any]) -> None:
    old, sent = client_for(manager, "1.24")
    with old:
        with pytest.raises(dockerapi.InvalidVersion, match=r"ping_head\(\) needs API >= 1.40"):
            old.ping_head()
    assert sent.paths == []
    new, sent = client_for(manager)
    with new:
        assert new.ping_head() is True
    assert sent.paths[-1] == "HEAD /_ping"  # unversioned, as the docker CLI pings (spec/api/system.yaml)


def test_update_volume_needs_1_42(manager: dict[str, Any]) -> None:
    client, sent = client_for(manager)
    with client:
        version = client.api_version
        if version < "1.42":  # Docker 20.10: refused here, nothing sent
            with pytest.raises(dockerapi.InvalidVersion, match=r"update_volume\(\) needs API >= 1.42"):
                client.update_volume("whatever", 1, {"Availability": "active"})
            assert not any("/volumes/" in p for p in sent.paths)
        else:  # Docker 28: sent; the daemon answers (no cluster volume of that name)
            with pytest.raises(dockerapi.APIError) as err:
                client.update_volume("dapi-no-such-cluster-volume", 1, {"Availability": "active"})
            assert not isinstance(err.value, dockerapi.InvalidVersion)
            assert any(p.startswith("PUT /v1.51/volumes/dapi-no-such-cluster-volume") for p in sent.paths)


def test_df_type_parameter_needs_1_42(manager: dict[str, Any]) -> None:
    client, sent = client_for(manager)
    with client:
        if client.api_version < "1.42":
            with pytest.raises(dockerapi.InvalidVersion, match="'type'"):
                client.df(type=["volume"])
            assert not any("/system/df" in p for p in sent.paths)
        else:
            usage = client.df(type=["volume"])
            assert "Volumes" in usage.keys()
