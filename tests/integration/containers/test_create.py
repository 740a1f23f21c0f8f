"""create_container with every parameter the classic API documents, on every engine.

Each test reads back what the daemon stored (inspect_container) or what the process saw (its output):
what a user would check after `docker run`.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from dockerapi import Client, InvalidVersion, NotFound

BUSYBOX = "busybox:latest"


def unique(prefix: str = "dapi") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def run_output(client: Client, container: Any) -> bytes:
    client.start(container)
    assert client.wait(container, timeout=30) == 0, client.logs(container)
    return client.logs(container)


def test_returns_id_and_warnings_as_the_daemon_sent_them(client: Client, make_container: Any) -> None:
    created = make_container("true")
    assert isinstance(created["Id"], str) and len(created["Id"]) == 64
    assert created.id == created["Id"]
    assert set(dict(created)) >= {"Id", "Warnings"}
    assert dict(created)["Warnings"] in (None, [])


def test_command_as_string_is_split_like_a_shell(client: Client, make_container: Any) -> None:
    created = make_container("sh -c 'echo one   two'")
    assert client.inspect_container(created)["Config"]["Cmd"] == ["sh", "-c", "echo one   two"]
    assert run_output(client, created) == b"one two\n"


def test_command_as_list_is_kept_verbatim(client: Client, make_container: Any) -> None:
    created = make_container(["echo", "a  b", "$HOME"])
    assert client.inspect_container(created)["Config"]["Cmd"] == ["echo", "a  b", "$HOME"]
    assert run_output(client, created) == b"a  b $HOME\n"


def test_image_and_command_keywords(client: Client, cleanup: Any) -> None:
    created = client.create_container(image=BUSYBOX, command="/bin/sleep 30", name=unique())
    cleanup(lambda: client.remove_container(created, force=True))
    info = client.inspect_container(created)
    assert info["Config"]["Cmd"] == ["/bin/sleep", "30"]
    # Podman stores the fully qualified name it resolved the short name to
    assert info["Config"]["Image"] == (
        "docker.io/library/busybox:latest" if client.engine == "podman" else BUSYBOX  # type: ignore[attr-defined]
    )


def test_positional_arguments_in_the_classic_order(client: Client, cleanup: Any) -> None:
    name = unique()
    created = client.create_container(
        BUSYBOX,
        "cat",
        "posbox",
        "nobody",
        True,
        True,
        True,
        None,
        [80],
        {"E": "1"},
        None,
        ["/vol"],
        None,
        False,
        name,
        None,
        None,
        "/tmp",
        None,
        None,
        None,
        None,
        {"pos": "yes"},
        None,
        "SIGUSR1",
    )
    cleanup(lambda: client.remove_container(created, force=True))
    info = client.inspect_container(name)
    config = info["Config"]
    assert (config["Hostname"], config["User"], config["OpenStdin"], config["Tty"]) == (
        "posbox",
        "nobody",
        True,
        True,
    )
    assert config["AttachStdout"] is False  # detach=True
    assert set(config["ExposedPorts"]) == {"80/tcp"} and "E=1" in config["Env"]
    assert config["WorkingDir"] == "/tmp" and config["Labels"]["pos"] == "yes"
    assert "/vol" in {m["Destination"] for m in info["Mounts"]}


def test_name_hostname_domainname_user_working_dir(client: Client, make_container: Any) -> None:
    name = unique()
    created = make_container(
        ["sh", "-c", "hostname; id -u; pwd"],
        name=name,
        hostname="box1",
        domainname="example.test",
        user="nobody",
        working_dir="/tmp",
    )
    info = client.inspect_container(created)
    assert info["Name"] == f"/{name}"
    assert client.inspect_container(name)["Id"] == created["Id"]
    config = info["Config"]
    # Podman 4.3 accepts Domainname but does not keep it (its compat layer drops the field)
    domainname = "" if client.engine == "podman" else "example.test"  # type: ignore[attr-defined]
    assert (config["Hostname"], config["Domainname"], config["User"], config["WorkingDir"]) == (
        "box1",
        domainname,
        "nobody",
        "/tmp",
    )
    out = run_output(client, created).decode().split()
    assert out[0] == "box1"
    assert out[1] == "65534"  # busybox's nobody
    assert out[2] == "/tmp"


def test_user_as_uid_int(client: Client, make_container: Any) -> None:
    created = make_container(["id", "-u"], user=1234)
    assert client.inspect_container(created)["Config"]["User"] == "1234"
    assert run_output(client, created) == b"1234\n"


@pytest.mark.parametrize("environment", [{"A": "1", "B": "x y"}, ["A=1", "B=x y"]], ids=["dict", "list"])
def test_environment_dict_and_list(client: Client, make_container: Any, environment: Any) -> None:
    created = make_container(["sh", "-c", 'echo "$A|$B"'], environment=environment)
    env = client.inspect_container(created)["Config"]["Env"]
    assert "A=1" in env and "B=x y" in env
    assert run_output(client, created) == b"1|x y\n"


@pytest.mark.parametrize(
    ("labels", "expected"),
    [({"l1": "v1", "l2": "v2"}, {"l1": "v1", "l2": "v2"}), (["l1", "l2"], {"l1": "", "l2": ""})],
    ids=["dict", "list"],
)
def test_labels_dict_and_list(client: Client, make_container: Any, labels: Any, expected: Any) -> None:
    created = make_container("true", labels=labels)
    stored = client.inspect_container(created)["Config"]["Labels"]
    assert {k: v for k, v in stored.items() if k in expected} == expected


@pytest.mark.parametrize(
    ("entrypoint", "expected"),
    [
        ("echo from-entrypoint", ["echo", "from-entrypoint"]),
        (["echo", "from entrypoint"], ["echo", "from entrypoint"]),
    ],
    ids=["str", "list"],
)
def test_entrypoint_str_and_list(client: Client, make_container: Any, entrypoint: Any, expected: Any) -> None:
    created = make_container(["tail"], entrypoint=entrypoint)
    assert client.inspect_container(created)["Config"]["Entrypoint"] == expected
    assert run_output(client, created) == (" ".join(expected[1:]) + " tail\n").encode()


def test_stdin_open_and_tty(client: Client, make_container: Any) -> None:
    created = make_container("cat", stdin_open=True, tty=True)
    config = client.inspect_container(created)["Config"]
    assert config["OpenStdin"] is True
    assert config["Tty"] is True
    plain = make_container("true")
    config = client.inspect_container(plain)["Config"]
    assert config["OpenStdin"] is False and config["Tty"] is False


def test_detach_controls_the_attach_flags(client: Client, make_container: Any) -> None:
    attached = client.inspect_container(make_container("true", stdin_open=True))["Config"]
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman 4.3 reports the Attach* flags and StdinOnce as false whatever was sent
        assert (attached["AttachStdin"], attached["AttachStdout"], attached["AttachStderr"]) == (
            False,
            False,
            False,
        )
        assert attached["StdinOnce"] is False
    else:
        assert (attached["AttachStdin"], attached["AttachStdout"], attached["AttachStderr"]) == (
            True,
            True,
            True,
        )
        assert attached["StdinOnce"] is True
    detached = client.inspect_container(make_container("true", stdin_open=True, detach=True))["Config"]
    assert (detached["AttachStdin"], detached["AttachStdout"], detached["AttachStderr"]) == (
        False,
        False,
        False,
    )
    assert detached["StdinOnce"] is False


def test_ports_are_exposed(client: Client, make_container: Any) -> None:
    created = make_container("true", ports=[80, "53/udp", (8080, "tcp")])
    exposed = client.inspect_container(created)["Config"]["ExposedPorts"]
    assert set(exposed) == {"80/tcp", "53/udp", "8080/tcp"}


def test_volumes_create_anonymous_volumes(client: Client, make_container: Any) -> None:
    created = make_container("true", volumes=["/data", "/more"])
    info = client.inspect_container(created)
    destinations = {m["Destination"] for m in info["Mounts"]}
    assert destinations == {"/data", "/more"}
    single = client.inspect_container(make_container("true", volumes="/one"))
    assert {m["Destination"] for m in single["Mounts"]} == {"/one"}
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman mounts the volumes but reports no Config.Volumes
        assert info["Config"].get("Volumes") is None
    else:
        assert set(info["Config"]["Volumes"]) == {"/data", "/more"}
        assert set(single["Config"]["Volumes"]) == {"/one"}


def test_network_disabled(client: Client, make_container: Any) -> None:
    created = make_container(["sh", "-c", "ls /sys/class/net"], network_disabled=True)
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman 4.3 ignores NetworkDisabled: the container gets its default network
        assert client.inspect_container(created)["Config"].get("NetworkDisabled") is None
        assert b"eth0" in run_output(client, created).split()
    else:
        assert client.inspect_container(created)["Config"].get("NetworkDisabled") is True
        assert run_output(client, created).split() == [b"lo"]


def test_stop_signal(client: Client, make_container: Any) -> None:
    created = make_container("true", stop_signal="SIGINT")
    # Podman reports the signal by number
    expected = "2" if client.engine == "podman" else "SIGINT"  # type: ignore[attr-defined]
    assert client.inspect_container(created)["Config"]["StopSignal"] == expected


def test_mac_address(client: Client, make_container: Any) -> None:
    created = make_container(["cat", "/sys/class/net/eth0/address"], mac_address="02:42:ac:11:ff:01")
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman 4.3's compat API ignores the top-level MacAddress: the interface gets a random one
        assert run_output(client, created) != b"02:42:ac:11:ff:01\n"
    else:
        assert run_output(client, created) == b"02:42:ac:11:ff:01\n"


@pytest.mark.parametrize(
    ("keyword", "value", "advice"),
    [
        ("mem_limit", "128m", "create_host_config(mem_limit=...)"),
        ("memswap_limit", 1 << 30, "create_host_config(memswap_limit=...)"),
        ("cpu_shares", 512, "create_host_config(cpu_shares=...)"),
        ("dns", ["8.8.8.8"], "create_host_config(dns=...)"),
        ("volumes_from", "other", "create_host_config(volumes_from=...)"),
        ("volume_driver", "local", "create_host_config(volume_driver=...)"),
    ],
)
def test_settings_moved_to_host_config_raise_invalid_version_with_advice(
    client: Client, keyword: str, value: Any, advice: str
) -> None:
    name = unique()
    with pytest.raises(InvalidVersion) as raised:
        client.create_container(BUSYBOX, "true", name=name, **{keyword: value})
    message = str(raised.value)
    assert f"'{keyword}'" in message and advice in message
    with pytest.raises(NotFound):  # nothing was sent
        client.inspect_container(name)


def test_moved_settings_work_through_host_config(client: Client, make_container: Any) -> None:
    source = make_container("true", volumes=["/shared"])
    host_config = client.create_host_config(
        mem_limit="128m",
        memswap_limit="256m",
        cpu_shares=512,
        dns=["10.0.0.53"],
        volumes_from=[source["Id"]],
        volume_driver="local",
    )
    created = make_container("true", host_config=host_config)
    stored = client.inspect_container(created)["HostConfig"]
    assert stored["Memory"] == 128 * 1024 * 1024
    assert stored["MemorySwap"] == 256 * 1024 * 1024
    assert stored["CpuShares"] == 512
    assert stored["Dns"] == ["10.0.0.53"]
    assert stored["VolumesFrom"] == [source["Id"]]
    assert "/shared" in {m["Destination"] for m in client.inspect_container(created)["Mounts"]}


# --- port bindings, in every form the classic docs show -------------------------------------------


PORT_FORMS = [
    # (ports, port_bindings, expected PortBindings as the daemon stores them)
    ([1111], {1111: 4567}, {"1111/tcp": [{"HostIp": "", "HostPort": "4567"}]}),
    ([1111], {1111: None}, {"1111/tcp": [{"HostIp": "", "HostPort": ""}]}),
    ([1111], {1111: ("127.0.0.1", 4568)}, {"1111/tcp": [{"HostIp": "127.0.0.1", "HostPort": "4568"}]}),
    ([1111], {1111: ("127.0.0.1",)}, {"1111/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}]}),
    (
        [1111],
        {1111: [4569, 4570]},
        {"1111/tcp": [{"HostIp": "", "HostPort": "4569"}, {"HostIp": "", "HostPort": "4570"}]},
    ),
    (
        [(1111, "udp"), 2222],
        {"1111/udp": 4571, 2222: None},
        {"1111/udp": [{"HostIp": "", "HostPort": "4571"}], "2222/tcp": [{"HostIp": "", "HostPort": ""}]},
    ),
]


@pytest.mark.parametrize(
    ("ports", "bindings", "expected"),
    PORT_FORMS,
    ids=["port", "any-port", "ip-port", "ip-only", "many", "udp-and-tcp"],
)
def test_port_bindings_forms(
    client: Client, make_container: Any, ports: Any, bindings: Any, expected: Any
) -> None:
    created = make_container(
        "sleep 30", ports=ports, host_config=client.create_host_config(port_bindings=bindings)
    )
    stored = client.inspect_container(created)["HostConfig"]["PortBindings"]
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman picks the free host port at create time where Docker keeps "" until start
        assert set(stored) == set(expected)
        for key, bindings_ in expected.items():
            for want, got in zip(bindings_, stored[key], strict=True):
                assert got["HostIp"] == want["HostIp"]
                assert got["HostPort"] == want["HostPort"] or (
                    not want["HostPort"] and got["HostPort"].isdigit()
                )
    else:
        assert stored == expected


def test_published_port_is_reported_by_port(client: Client, make_container: Any) -> None:
    created = make_container(
        "sleep 30",
        ports=[1111, (2222, "udp")],
        start=True,
        host_config=client.create_host_config(port_bindings={1111: ("127.0.0.1", 4580), "2222/udp": 4581}),
    )
    assert client.port(created, 1111) == [{"HostIp": "127.0.0.1", "HostPort": "4580"}]
    assert client.port(created, "1111/tcp") == [{"HostIp": "127.0.0.1", "HostPort": "4580"}]
    udp = client.port(created, "2222/udp")
    assert udp is not None and [b["HostPort"] for b in udp] and {b["HostPort"] for b in udp} == {"4581"}
    assert client.port(created, 3333) is None


# --- binds, in every form the classic docs show --------------------------------------------------


def _bind_dirs(tmp_path: Path) -> tuple[Path, Path]:
    rw, ro = tmp_path / "rw", tmp_path / "ro"
    rw.mkdir()
    ro.mkdir()
    (ro / "file").write_text("from host\n")
    rw.chmod(0o777)
    return rw, ro


@pytest.mark.parametrize("form", ["dict-mode", "dict-ro-flag", "list"])
def test_binds_forms(client: Client, make_container: Any, tmp_path: Path, form: str) -> None:
    rw, ro = _bind_dirs(tmp_path)
    binds: Any
    if form == "dict-mode":
        binds = {str(rw): {"bind": "/mnt/rw", "mode": "rw"}, str(ro): {"bind": "/mnt/ro", "mode": "ro"}}
    elif form == "dict-ro-flag":
        binds = {str(rw): {"bind": "/mnt/rw", "ro": False}, str(ro): {"bind": "/mnt/ro", "ro": True}}
    else:
        binds = [f"{rw}:/mnt/rw", f"{ro}:/mnt/ro:ro"]
    created = make_container(
        [
            "sh",
            "-c",
            "cat /mnt/ro/file; echo written > /mnt/rw/out; touch /mnt/ro/x 2>/dev/null || echo ro-refused",
        ],
        volumes=["/mnt/rw", "/mnt/ro"],
        host_config=client.create_host_config(binds=binds),
    )
    stored = client.inspect_container(created)["HostConfig"]["Binds"]
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman spells out the propagation options it applied
        assert f"{ro}:/mnt/ro:ro,rprivate,rbind" in stored
        assert f"{rw}:/mnt/rw:rw,rprivate,rbind" in stored
    else:
        assert f"{ro}:/mnt/ro:ro" in stored
        assert any(b.startswith(f"{rw}:/mnt/rw") for b in stored)
    assert run_output(client, created) == b"from host\nro-refused\n"
    assert (rw / "out").read_text() == "written\n"


def test_host_config_restart_policy_and_more(client: Client, make_container: Any) -> None:
    host_config = client.create_host_config(
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 3},
        publish_all_ports=True,
        extra_hosts={"db.test": "10.1.2.3"},
        read_only=True,
        tmpfs={"/scratch": "size=1m"},
        init=True,
        cap_drop=["NET_RAW"],
        shm_size="32m",
    )
    created = make_container(
        ["sh", "-c", "grep db.test /etc/hosts; touch /x 2>/dev/null || echo ro"],
        host_config=host_config,
        ports=[80],
    )
    stored = client.inspect_container(created)["HostConfig"]
    assert stored["RestartPolicy"] == {"Name": "on-failure", "MaximumRetryCount": 3}
    # Podman 4.3 accepts PublishAllPorts but reports false
    assert stored["PublishAllPorts"] is (client.engine != "podman")  # type: ignore[attr-defined]
    assert stored["ReadonlyRootfs"] is True
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman adds its default options (and its own tmpfs mounts for /run, /tmp, /var/tmp)
        assert stored["Tmpfs"]["/scratch"].startswith("size=1m,")
    else:
        assert stored["Tmpfs"] == {"/scratch": "size=1m"}
    assert stored["ShmSize"] == 32 * 1024 * 1024
    assert any(cap.upper().endswith("NET_RAW") for cap in stored["CapDrop"])
    out = run_output(client, created).decode().split()
    assert out == ["10.1.2.3", "db.test", "ro"]


def test_host_config_as_plain_dict(client: Client, make_container: Any) -> None:
    created = make_container("true", host_config={"Memory": 64 * 1024 * 1024, "NetworkMode": "none"})
    stored = client.inspect_container(created)["HostConfig"]
    assert stored["Memory"] == 64 * 1024 * 1024
    assert stored["NetworkMode"] == "none"


def test_networking_config_with_aliases(client: Client, make_container: Any, cleanup: Any) -> None:
    network = client.create_network(unique("dapinet"), driver="bridge")
    network_id = network["Id"]
    cleanup(lambda: client.remove_network(network_id))
    name = client.inspect_network(network_id)["Name"]
    created = make_container(
        "sleep 30",
        host_config=client.create_host_config(network_mode=name),
        networking_config=client.create_networking_config(
            endpoints_config={name: client.create_endpoint_config(aliases=["alias-one"])}
        ),
        start=True,
    )
    endpoint = client.inspect_container(created)["NetworkSettings"]["Networks"][name]
    assert "alias-one" in (endpoint.get("Aliases") or [])
    # Podman names the network by its name where Docker gives its id
    assert endpoint["NetworkID"] == (name if client.engine == "podman" else network_id)  # type: ignore[attr-defined]
