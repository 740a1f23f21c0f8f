"""docker-py 7.1 as the oracle for pure document builders: the same keywords give the same JSON."""

from __future__ import annotations

from typing import Any

import docker
import pytest
from dockerapi import Client, utils
from dockerapi._auth import CredentialStore


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    return value


SWARM_SPECS = [
    {"task_history_retention_limit": 7},
    {"snapshot_interval": 5000, "keep_old_snapshots": 1, "heartbeat_tick": 1, "election_tick": 10,
     "log_entries_for_slow_followers": 500},
    {"dispatcher_heartbeat_period": 5_000_000_000, "node_cert_expiry": 7_776_000_000_000_000,
     "name": "default", "labels": {"a": "b"}, "autolock_managers": True, "ca_force_rotate": 1,
     "log_driver": {"Name": "json-file", "Options": {"max-size": "1m"}}},
]


@pytest.mark.parametrize("keywords", SWARM_SPECS)
def test_create_swarm_spec_equals_docker_py(keywords: dict[str, Any]) -> None:
    oracle = docker.APIClient(base_url="unix:///nonexistent.sock", version="1.41")
    theirs = oracle.create_swarm_spec(**keywords)
    if "log_driver" in keywords:  # docker-py wants its DriverConfig type there
        theirs = oracle.create_swarm_spec(**{**keywords, "log_driver": docker.types.DriverConfig(
            keywords["log_driver"]["Name"], keywords["log_driver"]["Options"])})
    mine = Client("unix:///nonexistent.sock", version="1.41").create_swarm_spec(**keywords)
    assert mine.to_wire() == _without_nulls(dict(theirs))
    assert utils.create_swarm_spec(**keywords).to_wire() == mine.to_wire()


def test_proxy_environment_per_daemon_then_default() -> None:
    store = CredentialStore({"proxies": {
        "default": {"httpProxy": "http://d:1", "noProxy": "x"},
        "tcp://10.0.0.1:2375": {"httpsProxy": "http://s:2", "ftpProxy": "ftp://f:3"},
    }})
    assert store.proxy_environment("unix:///var/run/docker.sock") == {
        "http_proxy": "http://d:1", "HTTP_PROXY": "http://d:1", "no_proxy": "x", "NO_PROXY": "x"}
    assert store.proxy_environment("tcp://10.0.0.1:2375") == {
        "https_proxy": "http://s:2", "HTTPS_PROXY": "http://s:2", "ftp_proxy": "ftp://f:3", "FTP_PROXY": "ftp://f:3"}
    assert CredentialStore({}).proxy_environment("default") == {}


def test_proxy_environment_matches_docker_py() -> None:
    from docker.utils.proxy import ProxyConfig

    settings = {"httpProxy": "http://p:1", "httpsProxy": "https://p:2", "ftpProxy": "ftp://p:3", "noProxy": "a,b"}
    mine = CredentialStore({"proxies": {"default": settings}}).proxy_environment("anything")
    assert mine == ProxyConfig.from_dict(settings).get_environment()
