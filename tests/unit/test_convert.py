"""The converters against docker-py 7.2's utilities, used as an oracle (never as a source)."""

from __future__ import annotations

import json
import signal
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from docker import utils as oracle
from docker.types import ContainerConfig, HostConfig
from dockerapi import _convert as cv
from dockerapi._errors import InvalidArgument
from hypothesis import given, settings
from hypothesis import strategies as st

ORACLE_VERSION = "1.44"
# Keep hypothesis from writing an example database into the working tree.
NO_DB = settings(database=None)


def host_config(**kwargs: Any) -> dict[str, Any]:
    return dict(HostConfig(ORACLE_VERSION, **kwargs))


# --------------------------------------------------------------------------- resource_id


class _Model:
    def __init__(self, ident: str) -> None:
        self.id = ident


class _Upper:
    def __init__(self, ident: str) -> None:
        self.Id = ident


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abc", "abc"),
        ({"Id": "x1"}, "x1"),
        ({"ID": "x2"}, "x2"),
        (_Model("m1"), "m1"),
        (_Upper("m2"), "m2"),
    ],
)
def test_resource_id(value: Any, expected: str) -> None:
    assert cv.resource_id(value) == expected


@pytest.mark.parametrize("value", ["", {"Id": ""}, {"Name": "x"}, 42, None, _Model("")])
def test_resource_id_rejects(value: Any) -> None:
    with pytest.raises(InvalidArgument):
        cv.resource_id(value)


def test_resource_id_empty_message() -> None:
    with pytest.raises(InvalidArgument, match="empty id"):
        cv.resource_id("")


def test_invalid_argument_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        cv.resource_id("")


# --------------------------------------------------------------------------- byte_size

BYTE_CASES = ["128m", "1g", "1G", "1000k", "100000b", "512", "0", "-1", "1.5k", "1.5g", "10kb", "10K", "2M"]


@pytest.mark.parametrize("text", BYTE_CASES)
def test_byte_size_matches_oracle(text: str) -> None:
    assert cv.byte_size(text) == oracle.parse_bytes(text)


@NO_DB
@given(st.integers(min_value=0, max_value=2**40), st.sampled_from(["", "b", "k", "m", "g", "K", "M", "G"]))
def test_byte_size_property(number: int, unit: str) -> None:
    text = f"{number}{unit}"
    assert cv.byte_size(text) == oracle.parse_bytes(text)


def test_byte_size_numbers() -> None:
    assert cv.byte_size(100) == 100
    assert cv.byte_size(1.9) == 1
    assert cv.optional_byte_size(None) is None
    assert cv.optional_byte_size("1k") == 1024


@pytest.mark.parametrize("bad", ["abc", "1x", "m", "", "1t", "12 mb x", True, None, [1], float("nan")])
def test_byte_size_rejects(bad: Any) -> None:
    with pytest.raises(InvalidArgument) as info:
        cv.byte_size(bad)
    if isinstance(bad, str) and bad:
        assert repr(bad) in str(info.value)


# --------------------------------------------------------------------------- command_argv

COMMANDS = [
    "/bin/sleep 30",
    'sh -c "echo hello world"',
    "sh -c 'a b' c",
    "echo a\\ b",
    "  spaced   out  ",
    "",
]


@pytest.mark.parametrize("text", COMMANDS)
def test_command_argv_matches_oracle(text: str) -> None:
    assert cv.command_argv(text) == oracle.split_command(text)


@NO_DB
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=10), max_size=5))
def test_command_argv_roundtrips_quoted(argv: list[str]) -> None:
    import shlex

    assert cv.command_argv(shlex.join(argv)) == argv


def test_command_argv_list() -> None:
    assert cv.command_argv(["echo", 1, b"x"]) == ["echo", "1", "x"]
    with pytest.raises(InvalidArgument):
        cv.command_argv('echo "unterminated')
    with pytest.raises(InvalidArgument):
        cv.command_argv(5)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- env_list / labels_map

ENVS: list[Any] = [
    {"A": "1", "B": None, "C": 3},
    {"PASSWORD": "xxx", "EMPTY": ""},
    ["A=1", "B"],
    {},
]


@pytest.mark.parametrize("env", ENVS)
def test_env_list_matches_oracle(env: Any) -> None:
    expected = dict(ContainerConfig(ORACLE_VERSION, "img", None, environment=env))["Env"]
    assert cv.env_list(env) == (expected or [])


@NO_DB
@given(st.dictionaries(st.text(min_size=1, max_size=5), st.one_of(st.none(), st.text(max_size=5))))
def test_env_list_property(env: dict[str, str | None]) -> None:
    assert cv.env_list(env) == oracle.format_environment(env)


def test_env_list_rejects_string() -> None:
    with pytest.raises(InvalidArgument):
        cv.env_list("A=1")  # type: ignore[arg-type]


@pytest.mark.parametrize("labels", [["a", "b"], {"a": "1", "b": "2"}, []])
def test_labels_map_matches_oracle(labels: Any) -> None:
    expected = dict(ContainerConfig(ORACLE_VERSION, "img", None, labels=labels))["Labels"]
    assert cv.labels_map(labels) == expected


# --------------------------------------------------------------------------- filters_json

FILTERS: list[dict[str, Any]] = [
    {"dangling": True},
    {"dangling": False, "label": ["a=b", "c"]},
    {"status": "running", "exited": 0},
    {"name": ["x", "y"], "id": "abc"},
    {},
]


@pytest.mark.parametrize("filters", FILTERS)
def test_filters_json_matches_oracle(filters: dict[str, Any]) -> None:
    assert json.loads(cv.filters_json(filters)) == json.loads(oracle.convert_filters(filters))


@NO_DB
@given(
    st.dictionaries(
        st.text(min_size=1, max_size=6),
        st.one_of(
            st.booleans(),
            st.integers(),
            st.text(max_size=6),
            # docker-py leaves booleans inside lists as "True"; here they become "true" too.
            st.lists(st.text(max_size=4), max_size=3),
        ),
        max_size=4,
    )
)
def test_filters_json_property(filters: dict[str, Any]) -> None:
    assert json.loads(cv.filters_json(filters)) == json.loads(oracle.convert_filters(filters))


def test_filters_json_label_mapping_and_passthrough() -> None:
    got = json.loads(cv.filters_json({"label": {"com.example": "1", "flag": None}}))
    assert got == {"label": ["com.example=1", "flag"]}
    assert json.loads(cv.filters_json({"dangling": [True, False]})) == {"dangling": ["true", "false"]}
    assert cv.filters_json('{"a":["b"]}') == '{"a":["b"]}'
    with pytest.raises(InvalidArgument):
        cv.filters_json(["a"])  # type: ignore[arg-type]


def test_json_param() -> None:
    assert json.loads(cv.json_param({"a": 1})) == {"a": 1}
    assert cv.json_param("x") == "x"
    with pytest.raises(InvalidArgument):
        cv.json_param({"a": object()})


# --------------------------------------------------------------------------- epoch_seconds

MOMENTS = [
    datetime(2020, 1, 1),
    datetime(2015, 6, 30, 23, 59, 59),
    datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2))),
    datetime(2021, 3, 4, 5, 6, 7, tzinfo=timezone.utc),
]


@pytest.mark.parametrize("moment", MOMENTS)
def test_epoch_seconds_matches_oracle(moment: datetime) -> None:
    assert cv.epoch_seconds(moment) == oracle.datetime_to_timestamp(moment)


@NO_DB
@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)))
def test_epoch_seconds_naive_is_utc(moment: datetime) -> None:
    assert cv.epoch_seconds(moment) == oracle.datetime_to_timestamp(moment)


def test_epoch_seconds_other_forms() -> None:
    assert cv.epoch_seconds(1423339459) == 1423339459
    assert cv.epoch_seconds(1.9) == 1
    assert cv.epoch_seconds("10m") == "10m"
    with pytest.raises(InvalidArgument):
        cv.epoch_seconds(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        cv.epoch_seconds(True)


# --------------------------------------------------------------------------- exposed_ports


@pytest.mark.parametrize(
    "ports",
    [[80], [80, 443], [(53, "udp")], [(53,)], ["1000-1010"], [8080, (9090, "tcp")]],
)
def test_exposed_ports_matches_oracle(ports: list[Any]) -> None:
    expected = dict(ContainerConfig(ORACLE_VERSION, "img", None, ports=ports))["ExposedPorts"]
    assert cv.exposed_ports(ports) == expected


def test_exposed_ports_string_protocol() -> None:
    # docker-py 7.2 appends "/tcp" to "81/udp" (giving "81/udp/tcp"); the protocol given is kept here.
    assert cv.exposed_ports(["81/udp", "90/tcp", "5000-5001/UDP"]) == {
        "81/udp": {},
        "90/tcp": {},
        "5000-5001/udp": {},
    }
    assert cv.exposed_ports(80) == {"80/tcp": {}}  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [["http"], [(1, 2, 3)], [True], ["80/"]])
def test_exposed_ports_rejects(bad: Any) -> None:
    with pytest.raises(InvalidArgument):
        cv.exposed_ports(bad)


# --------------------------------------------------------------------------- port_bindings

BINDINGS: list[dict[Any, Any]] = [
    {80: 8080},
    {80: "8080"},
    {80: ("127.0.0.1", 8080)},
    {80: ("127.0.0.1",)},
    {80: None},
    {80: [8080, 8081]},
    {80: [("1.1.1.1", 1), 2, None]},
    {"1111/udp": 4567},
    {"1111/udp": ("127.0.0.1", 4567)},
    {"1000-1010": "2000-2010"},
    {"1000-1010/udp": ("0.0.0.0", "2000-2010")},
    {80: ("0.0.0.0", 8080, "extra")},
    {"80": 80, 443: 8443},
]


@pytest.mark.parametrize("bindings", BINDINGS)
def test_port_bindings_matches_oracle(bindings: dict[Any, Any]) -> None:
    assert cv.port_bindings(bindings) == oracle.convert_port_bindings(bindings)


@NO_DB
@given(
    st.dictionaries(
        st.integers(min_value=1, max_value=65535),
        st.one_of(
            st.none(),
            st.integers(min_value=1, max_value=65535),
            st.tuples(st.ip_addresses(v=4).map(str), st.integers(min_value=1, max_value=65535)),
            st.tuples(st.ip_addresses(v=4).map(str)),
            st.lists(st.integers(min_value=1, max_value=65535), min_size=1, max_size=3),
        ),
        max_size=4,
    )
)
def test_port_bindings_property(bindings: dict[Any, Any]) -> None:
    assert cv.port_bindings(bindings) == oracle.convert_port_bindings(bindings)


def test_port_bindings_in_host_config() -> None:
    bindings = {80: ("127.0.0.1", 8080), "53/udp": 5353}
    assert cv.port_bindings(bindings) == host_config(port_bindings=bindings)["PortBindings"]


@pytest.mark.parametrize("bad", [[80], {"http": 80}, {(): 1}, {80: ()}])
def test_port_bindings_rejects(bad: Any) -> None:
    with pytest.raises(InvalidArgument):
        cv.port_bindings(bad)


# --------------------------------------------------------------------------- volumes

BINDS: list[Any] = [
    {"/host": {"bind": "/ctr", "mode": "rw"}},
    {"/host": {"bind": "/ctr", "mode": "ro"}},
    {"/host": {"bind": "/ctr", "mode": "z"}},
    {"/host": {"bind": "/ctr", "ro": True}},
    {"/host": {"bind": "/ctr", "ro": False}},
    {"/host": {"bind": "/ctr"}},
    {"/host": "/ctr"},
    {"/a": "/b", "named": {"bind": "/data", "mode": "ro"}},
    ["/host:/ctr:ro", "/x:/y"],
]


@pytest.mark.parametrize("binds", BINDS)
def test_volume_binds_matches_oracle(binds: Any) -> None:
    assert cv.volume_binds(binds) == oracle.convert_volume_binds(binds)


def test_volume_binds_rejects() -> None:
    with pytest.raises(InvalidArgument, match="bind"):
        cv.volume_binds({"/host": {"mode": "ro"}})
    with pytest.raises(InvalidArgument):
        cv.volume_binds(3)  # type: ignore[arg-type]


@pytest.mark.parametrize("volumes", ["/data", ["/a", "/b"], []])
def test_volume_mounts_matches_oracle(volumes: Any) -> None:
    expected = dict(ContainerConfig(ORACLE_VERSION, "img", None, volumes=volumes))["Volumes"]
    assert cv.volume_mounts(volumes) == (expected or {})


def test_volume_mounts_takes_container_side() -> None:
    assert cv.volume_mounts(["/host:/ctr", "/h2:/c2:ro", "/plain"]) == {"/ctr": {}, "/c2": {}, "/plain": {}}
    with pytest.raises(InvalidArgument):
        cv.volume_mounts([":"])


@pytest.mark.parametrize("text", ["/a:/b", "vol:/b:ro", "/a:/b:rw", "/b"])
def test_mount_list_matches_oracle(text: str) -> None:
    from docker.types import Mount

    expected = {k: v for k, v in dict(Mount.parse_mount_string(text)).items() if v is not None}
    assert cv.mount_list([text]) == [expected]


def test_mount_list_dicts_and_errors() -> None:
    mount = {"Type": "tmpfs", "Target": "/t"}
    assert cv.mount_list([mount]) == [mount]
    for bad in ["/a:/b:xx", "a:b:c:d", "a::b"]:
        with pytest.raises(InvalidArgument):
            cv.mount_list([bad])


# --------------------------------------------------------------------------- host config pieces


@pytest.mark.parametrize("links", [{"db": "database"}, [("a", "b"), ("c", "c")], {}])
def test_links_list_matches_oracle(links: Any) -> None:
    assert cv.links_list(links) == host_config(links=links).get("Links", [])


def test_links_list_rejects() -> None:
    with pytest.raises(InvalidArgument):
        cv.links_list([("a", "b", "c")])


@pytest.mark.parametrize("hosts", [{"h": "1.2.3.4"}, ["h:1.1.1.1"], {"a": "::1", "b": "10.0.0.1"}])
def test_extra_hosts_matches_oracle(hosts: Any) -> None:
    assert cv.extra_hosts(hosts) == host_config(extra_hosts=hosts)["ExtraHosts"]


@pytest.mark.parametrize("value", [["a", "b"], "a,b", "a"])
def test_volumes_from_matches_oracle(value: Any) -> None:
    assert cv.volumes_from(value) == host_config(volumes_from=value)["VolumesFrom"]


def test_dns_and_str_list() -> None:
    assert cv.dns_list(["8.8.8.8"]) == host_config(dns=["8.8.8.8"])["Dns"]
    assert cv.dns_list("1.1.1.1") == ["1.1.1.1"]
    assert cv.str_list([1, "a"]) == host_config(group_add=[1, "a"])["GroupAdd"]
    with pytest.raises(InvalidArgument):
        cv.str_list({"a": 1})  # type: ignore[arg-type]


def test_str_map_matches_oracle() -> None:
    assert (
        cv.str_map({"net.core.x": 1, "b": "2"}) == host_config(sysctls={"net.core.x": 1, "b": "2"})["Sysctls"]
    )


@pytest.mark.parametrize(
    "limits",
    [
        [{"Name": "nofile", "Soft": 1024, "Hard": 2048}],
        [{"name": "nofile", "soft": 1, "hard": 2}],
    ],
)
def test_ulimits_matches_oracle(limits: list[dict[str, Any]]) -> None:
    assert cv.ulimits(limits) == host_config(ulimits=limits)["Ulimits"]


def test_ulimits_rejects() -> None:
    for bad in [["nofile"], [{"soft": 1}], [{"name": "x", "bogus": 1}]]:
        with pytest.raises(InvalidArgument):
            cv.ulimits(bad)


@pytest.mark.parametrize(
    "config",
    [
        {"type": "json-file", "config": {"max-size": "1m"}},
        {"Type": "syslog"},
        {"type": "none", "config": None},
    ],
)
def test_log_config_matches_oracle(config: dict[str, Any]) -> None:
    assert cv.log_config(config) == host_config(log_config=config)["LogConfig"]


def test_log_config_rejects() -> None:
    with pytest.raises(InvalidArgument):
        cv.log_config({"driver": "x"})


@pytest.mark.parametrize(
    "devices",
    [
        ["/dev/a:/dev/b:rw"],
        ["/dev/c"],
        ["/dev/d:/dev/e"],
        [{"PathOnHost": "/x", "PathInContainer": "/y", "CgroupPermissions": "r"}],
    ],
)
def test_device_list_matches_oracle(devices: list[Any]) -> None:
    assert cv.device_list(devices) == host_config(devices=devices)["Devices"]


def test_device_list_rejects() -> None:
    for bad in [[""], ["/a:/b:rw:x"], [5]]:
        with pytest.raises(InvalidArgument):
            cv.device_list(bad)


@pytest.mark.parametrize("mounts", [["/mnt:size=3G,uid=1000", "/run"], {"/a": "size=1"}, ["/x"]])
def test_tmpfs_matches_oracle(mounts: Any) -> None:
    assert cv.tmpfs(mounts) == host_config(tmpfs=mounts)["Tmpfs"]


def test_restart_policy() -> None:
    policy = {"Name": "on-failure", "MaximumRetryCount": 3}
    assert cv.restart_policy(policy) == host_config(restart_policy=policy)["RestartPolicy"]
    assert cv.restart_policy("always") == {"Name": "always"}
    with pytest.raises(InvalidArgument):
        cv.restart_policy(3)  # type: ignore[arg-type]


def test_nano_cpus() -> None:
    assert cv.nano_cpus(2000) == host_config(nano_cpus=2000)["NanoCpus"]
    assert cv.nano_cpus(1.5) == 1_500_000_000
    assert cv.nano_cpus("0.25") == 250_000_000
    with pytest.raises(InvalidArgument):
        cv.nano_cpus("lots")


def test_bool_flag() -> None:
    assert cv.bool_flag(True) == "1"
    assert cv.bool_flag(False) == "0"
    assert cv.bool_flag("true") == "true"
    with pytest.raises(InvalidArgument):
        cv.bool_flag(None)


# --------------------------------------------------------------------------- signal_name


def test_signal_name() -> None:
    assert cv.signal_name("SIGKILL") == "SIGKILL"
    assert cv.signal_name("HUP") == "HUP"
    assert cv.signal_name(9) == "9"
    assert cv.signal_name(signal.SIGTERM) == str(int(signal.SIGTERM))
    for bad in [0, -1, "", "  ", True, None, 1.5]:
        with pytest.raises(InvalidArgument):
            cv.signal_name(bad)


def test_all_is_complete() -> None:
    public = {name for name, value in vars(cv).items()
              if not name.startswith("_") and callable(value) and getattr(value, "__module__", None) == cv.__name__}
    assert public <= set(cv.__all__)
    for name in cv.__all__:
        assert callable(getattr(cv, name))


def test_text() -> None:
    assert cv.text(1000) == "1000"
    assert cv.text("root") == "root"
    assert cv.text(5) == dict(ContainerConfig(ORACLE_VERSION, "img", None, user=5))["User"]
    for bad in [None, True, 1.5]:
        with pytest.raises(InvalidArgument):
            cv.text(bad)


def test_base64_data() -> None:
    import base64

    assert cv.base64_data(b"\x00secret") == base64.b64encode(b"\x00secret").decode()
    assert cv.base64_data("s\u00e9") == base64.b64encode("s\u00e9".encode()).decode()
    with pytest.raises(InvalidArgument):
        cv.base64_data(3)  # type: ignore[arg-type]
