"""docker-py 7.2 as the oracle for pure document builders: the same keywords give the same JSON."""

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


# --- dockerapi.types against docker.types ---------------------------------------------------------------

from docker import types as theirs  # noqa: E402
from dockerapi import types as ours  # noqa: E402

TYPE_CASES = [
    ("Healthcheck", (), {"test": "exit 0", "interval": 10**9, "retries": 3}),
    ("Healthcheck", (), {"test": ["CMD", "true"], "start_period": 5 * 10**9}),
    ("Ulimit", (), {"name": "nofile", "soft": 1024, "hard": 2048}),
    ("LogConfig", (), {"type": "json-file", "config": {"max-size": "1m"}}),
    ("Mount", ("/data", "vol"), {}),
    ("Mount", ("/data", "/srv"), {"type": "bind", "read_only": True, "propagation": "rshared"}),
    ("Mount", ("/data", "vol"), {"no_copy": True, "labels": {"a": "b"}}),
    ("Mount", ("/tmp/x", None), {"type": "tmpfs", "tmpfs_size": 1 << 20, "tmpfs_mode": 0o700}),
    ("IPAMPool", (), {"subnet": "10.9.0.0/16", "gateway": "10.9.0.1", "aux_addresses": {"h": "10.9.0.5"}}),
    ("NetworkAttachmentConfig", ("net",), {"aliases": ["a"], "options": {"o": "1"}}),
    ("DriverConfig", ("local",), {"options": {"type": "tmpfs"}}),
    ("SecretReference", ("sid", "sname"), {}),
    ("SecretReference", ("sid", "sname"), {"filename": "f", "uid": "1", "gid": "2", "mode": 0o400}),
    ("ConfigReference", ("cid", "cname"), {"filename": "/etc/c"}),
    ("Privileges", (), {"selinux_disable": True}),
    ("Privileges", (), {"credentialspec_file": "spec.json", "selinux_user": "u", "selinux_level": "s0"}),
    ("ContainerSpec", ("busybox", "sleep 30"), {"env": {"A": "1"}, "workdir": "/tmp", "tty": True,
                                                "labels": {"l": "v"}, "hosts": {"db": "10.0.0.2"},
                                                "stop_grace_period": 10**9, "groups": ["wheel"]}),
    ("Resources", (), {"cpu_limit": 10**9, "mem_limit": 1 << 26, "cpu_reservation": 10**8,
                       "mem_reservation": 1 << 24, "generic_resources": {"gpu": 2, "ssd": "fast"}}),
    ("RestartPolicy", (), {"condition": "on-failure", "delay": 10**9, "max_attempts": 3}),
    ("UpdateConfig", (), {"parallelism": 2, "delay": 10**9, "failure_action": "rollback", "order": "start-first"}),
    ("RollbackConfig", (), {"parallelism": 1, "monitor": 10**9, "max_failure_ratio": 0.5}),
    ("Placement", (), {"constraints": ["node.role==manager"], "preferences": [("spread", "node.labels.z")],
                       "platforms": [("x86_64", "linux")], "maxreplicas": 2}),
    ("ServiceMode", ("replicated",), {"replicas": 3}),
    ("ServiceMode", ("global",), {}),
    ("EndpointSpec", (), {"mode": "vip", "ports": {8080: 80, 5353: (53, "udp"), 9000: (90, None, "host")}}),
    ("DNSConfig", (), {"nameservers": ["10.0.0.53"], "search": ["example.internal"], "options": ["timeout:2"]}),
    ("DNSConfig", (), {}),
    ("PlacementPreference", ("spread", "node.labels.zone"), {}),
    ("SwarmExternalCA", ("https://ca.example.internal",), {"protocol": "cfssl", "options": {"k": "v"},
                                                          "ca_cert": "-----BEGIN CERTIFICATE-----"}),
    ("SwarmExternalCA", ("https://ca.example.internal",), {}),
]


def _plain(value: Any) -> Any:
    """docker-py's documents as the daemon reads them: nulls dropped (ours never sends them)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@pytest.mark.parametrize(("name", "args", "kwargs"), TYPE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(TYPE_CASES)])
def test_types_build_what_docker_py_builds(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    mine = getattr(ours, name)(*args, **kwargs).to_wire()
    reference = _plain(dict(getattr(theirs, name)(*args, **kwargs)))
    if name == "ServiceMode":  # docker-py writes "replicated"; the daemon reads keys in any case, ours is the wire's
        mine = {key.lower(): value for key, value in mine.items()}
    assert mine == reference


def test_ipam_config_and_task_template_from_nested_types_of_either_library() -> None:
    for lib in (ours, theirs):
        pool = lib.IPAMPool(subnet="10.8.0.0/16")
        assert ours.IPAMConfig(pool_configs=[pool]).to_wire() == _plain(dict(theirs.IPAMConfig(pool_configs=[pool])))
        spec = lib.ContainerSpec("busybox", ["true"])
        mine = ours.TaskTemplate(spec, restart_policy=lib.RestartPolicy(), placement=["node.role==manager"],
                                 networks=["n1"], force_update=1)
        reference = theirs.TaskTemplate(spec, restart_policy=theirs.RestartPolicy(),
                                        placement=["node.role==manager"], networks=["n1"], force_update=1)
        assert mine.to_wire() == _plain(dict(reference))


def test_swarm_spec_type_is_the_helper() -> None:
    assert ours.SwarmSpec(task_history_retention_limit=3).to_wire() == {"Orchestration": {"TaskHistoryRetentionLimit": 3}}


def test_types_refuse_options_of_another_kind() -> None:
    import dockerapi

    with pytest.raises(dockerapi.InvalidArgument):
        ours.Mount("/x", "vol", propagation="rshared")
    with pytest.raises(dockerapi.InvalidArgument):
        ours.ServiceMode("global", replicas=2)
    with pytest.raises(dockerapi.InvalidArgument):
        ours.RestartPolicy("sometimes")


@pytest.mark.parametrize(("keywords", "named", "bad"), [
    ({"cpu_quota": "x"}, "'cpu_quota'", "x"),
    ({"pids_limit": "many"}, "'pids_limit'", "many"),
    ({"device_requests": [{"Count": "x"}]}, "'device_requests' (DeviceRequests.0.Count)", "x"),
])
def test_host_config_of_a_wrong_type_is_refused_by_keyword(keywords: dict[str, Any], named: str, bad: str) -> None:
    import dockerapi

    # docker-py refuses these too (a TypeError or ValueError); ours is InvalidArgument, a TypeError naming the
    # caller's keyword, not pydantic's ValidationError about the wire field
    with pytest.raises((TypeError, ValueError)):
        docker.APIClient(version="1.45").create_host_config(**keywords)
    with pytest.raises(dockerapi.InvalidArgument) as refused:
        Client(version="1.45").create_host_config(**keywords)
    message = str(refused.value)
    assert message.startswith(f"create_host_config(): {named}: "), message
    assert "valid integer" in message and message.endswith(f", not {bad!r}"), message


def test_types_of_a_wrong_type_raise_invalid_argument_naming_the_builder() -> None:
    import docker.types
    import dockerapi

    with pytest.raises(ValueError):
        docker.types.Ulimit(name="nofile", soft="y")
    with pytest.raises(dockerapi.InvalidArgument, match=r"^Ulimit\(\): 'Soft': .*valid integer.*, not 'y'$"):
        ours.Ulimit(name="nofile", soft="y")
    with pytest.raises(dockerapi.InvalidArgument, match=r"^Mount\(\): 'Type': .*, not 5$"):
        ours.Mount("/x", "vol", type=5)  # type: ignore[arg-type]
    assert ours.Ulimit.__name__ == "Ulimit" and "resource limit" in (ours.Ulimit.__doc__ or "")
