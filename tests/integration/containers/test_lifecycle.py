"""Container lifecycle on every engine: start, stop, restart, kill, pause, wait, rename, resize, update, remove."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest
from dockerapi import APIError, Client, Conflict, DockerTimeoutError, NotFound

TRAP_USR1 = ["sh", "-c", "trap 'echo got-usr1; exit 7' USR1; echo ready; while true; do sleep 0.1; done"]


def unique(prefix: str = "dapi") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def state(client: Client, container: Any) -> Any:
    return client.inspect_container(container)["State"]


def wait_for_log(client: Client, container: Any, needle: bytes, seconds: float = 10.0) -> bytes:
    deadline = time.monotonic() + seconds
    while True:
        out = client.logs(container)
        if needle in out or time.monotonic() > deadline:
            return out
        time.sleep(0.05)


def test_start_returns_none_and_runs(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30")
    assert state(client, container)["Status"] == "created"
    assert client.start(container) is None
    assert state(client, container)["Running"] is True


def test_start_accepts_the_create_result_and_its_id(client: Client, make_container: Any) -> None:
    first = make_container("true")
    client.start(first["Id"])
    assert client.wait(first) == 0
    client.start(container=first)  # restarting an exited container works too
    assert client.wait(first["Id"]) == 0


def test_stop_with_timeout_kills_a_process_that_ignores_sigterm(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)  # busybox as PID 1 ignores SIGTERM
    assert client.stop(container, timeout=1) is None
    info = state(client, container)
    assert info["Running"] is False
    assert info["ExitCode"] == 137


def test_stop_timeout_is_how_long_the_daemon_waits_before_sigkill(client: Client, make_container: Any) -> None:
    # SIGTERM starts a 6 s clean-up that would end with exit 0; the daemon's default grace period is
    # 10 s, so exit 137 (SIGKILL) after "got-term" shows the daemon used timeout=1 (no clock involved)
    slow_exit = ["sh", "-c", "trap 'echo got-term; sleep 6; exit 0' TERM; echo ready; while true; do sleep 0.1; done"]
    container = make_container(slow_exit, start=True)
    wait_for_log(client, container, b"ready")
    client.stop(container, timeout=1)
    assert state(client, container)["ExitCode"] == 137
    assert client.logs(container) == b"ready\ngot-term\n"


def test_stop_positional_timeout_and_stop_signal(client: Client, make_container: Any) -> None:
    container = make_container(TRAP_USR1, stop_signal="SIGUSR1", start=True)
    wait_for_log(client, container, b"ready")
    client.stop(container, 5)
    assert state(client, container)["ExitCode"] == 7
    assert b"got-usr1" in client.logs(container)


def test_stop_of_a_stopped_container_is_not_an_error(client: Client, make_container: Any) -> None:
    container = make_container("true", start=True)
    client.wait(container)
    assert client.stop(container, timeout=1) is None


def test_restart_starts_the_process_again(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "echo run; sleep 30"], start=True)
    wait_for_log(client, container, b"run")
    assert client.restart(container, timeout=1) is None
    assert state(client, container)["Running"] is True
    assert wait_for_log(client, container, b"run\nrun") == b"run\nrun\n"


@pytest.mark.parametrize("signal", ["SIGUSR1", "USR1", 10], ids=["name", "short-name", "number"])
def test_kill_with_a_signal(client: Client, make_container: Any, signal: Any) -> None:
    container = make_container(TRAP_USR1, start=True)
    wait_for_log(client, container, b"ready")
    assert client.kill(container, signal) is None
    assert client.wait(container, timeout=10) == 7
    assert client.logs(container) == b"ready\ngot-usr1\n"


def test_kill_defaults_to_sigkill(client: Client, make_container: Any) -> None:
    container = make_container(TRAP_USR1, start=True)
    client.kill(container)
    assert client.wait(container, timeout=10) == 137


def test_kill_a_stopped_container_is_a_conflict(client: Client, make_container: Any) -> None:
    container = make_container("true")
    with pytest.raises(APIError) as raised:
        client.kill(container)
    assert raised.value.status_code in (409, 500)
    if client.engine != "podman":  # type: ignore[attr-defined]
        assert isinstance(raised.value, Conflict)


def test_pause_and_unpause(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    assert client.pause(container) is None
    info = state(client, container)
    assert info["Paused"] is True and info["Status"] == "paused"
    assert client.unpause(container) is None
    info = state(client, container)
    assert info["Paused"] is False and info["Status"] == "running"


def test_wait_returns_the_exit_code_as_int(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "exit 42"], start=True)
    code = client.wait(container)
    # an int (the seed's result) that also reads as docker-py's {"StatusCode": ..., "Error": ...} (issue 24)
    assert code == 42 and isinstance(code, int) and code + 1 == 43 and code["StatusCode"] == 42


def test_wait_timeout_raises(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    with pytest.raises(DockerTimeoutError):
        client.wait(container, timeout=0.5)
    assert state(client, container)["Running"] is True
    # the timed-out request left the client usable: the next wait sees the kill
    client.kill(container)
    assert client.wait(container, timeout=30) == 137


def test_wait_for_a_missing_container(client: Client) -> None:
    with pytest.raises(NotFound):
        client.wait("dapi-no-such-container")


def test_rename(client: Client, make_container: Any) -> None:
    container = make_container("true")
    new_name = unique("renamed")
    assert client.rename(container, new_name) is None
    assert client.inspect_container(new_name)["Id"] == container["Id"]
    assert client.inspect_container(container)["Name"] == f"/{new_name}"


def test_rename_to_a_taken_name_is_a_conflict(client: Client, make_container: Any) -> None:
    first, second = make_container("true"), make_container("true")
    taken = client.inspect_container(second)["Name"].lstrip("/")
    with pytest.raises(APIError) as raised:
        client.rename(first, taken)
    assert raised.value.status_code in (409, 500)


def test_resize_changes_the_tty_size(client: Client, make_container: Any) -> None:
    container = make_container(
        ["sh", "-c", "while true; do stty size; sleep 0.1; done"], tty=True, stdin_open=True, start=True
    )
    wait_for_log(client, container, b" ")
    assert client.resize(container, height=33, width=101) is None
    assert b"33 101" in wait_for_log(client, container, b"33 101")
    client.resize(container, 20, 80)  # positional: height, width
    assert b"20 80" in wait_for_log(client, container, b"20 80")


def test_update_container(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True, host_config=client.create_host_config(mem_limit="64m"))
    changes: dict[str, Any] = dict(
        cpu_shares=512,
        mem_limit="96m",
        mem_reservation="32m",
        memswap_limit="192m",
        cpu_period=100000,
        cpu_quota=50000,
        cpuset_cpus="0",
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 2},
    )
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman 4.3's Docker-compatible API has no /containers/{id}/update: its router answers 404
        with pytest.raises(NotFound) as raised:
            client.update_container(container, **changes)
        assert (raised.value.status_code, raised.value.explanation) == (404, "Not Found")
        assert client.inspect_container(container)["HostConfig"]["CpuShares"] == 0  # nothing changed
        return
    result = client.update_container(container, **changes)
    assert "Warnings" in result
    assert isinstance(result["Warnings"], (list, type(None)))
    host = client.inspect_container(container)["HostConfig"]
    assert host["CpuShares"] == 512
    assert host["Memory"] == 96 * 1024 * 1024
    assert host["MemoryReservation"] == 32 * 1024 * 1024
    assert host["MemorySwap"] == 192 * 1024 * 1024
    assert (host["CpuPeriod"], host["CpuQuota"], host["CpusetCpus"]) == (100000, 50000, "0")
    assert host["RestartPolicy"] == {"Name": "on-failure", "MaximumRetryCount": 2}


def test_update_container_positional_order(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    # container, blkio_weight, cpu_period, cpu_quota, cpu_shares, cpuset_cpus, cpuset_mems, mem_limit,
    # mem_reservation, memswap_limit
    positional = (container, None, 100000, 20000, 256, None, None, "80m", None, "160m")
    if client.engine == "podman":  # type: ignore[attr-defined]
        with pytest.raises(NotFound) as raised:  # Podman 4.3 has no update endpoint
            client.update_container(*positional)
        assert (raised.value.status_code, raised.value.explanation) == (404, "Not Found")
        return
    client.update_container(*positional)
    host = client.inspect_container(container)["HostConfig"]
    assert (host["CpuPeriod"], host["CpuQuota"], host["CpuShares"]) == (100000, 20000, 256)
    assert (host["Memory"], host["MemorySwap"]) == (80 << 20, 160 << 20)


def test_update_container_kernel_memory_is_gated(client: Client, make_container: Any) -> None:
    from dockerapi import InvalidVersion

    container = make_container("true")
    if client.engine == "podman":  # type: ignore[attr-defined]
        # API 1.41 still has the field, but Podman 4.3 has no update endpoint at all
        with pytest.raises(NotFound) as raised:
            client.update_container(container, kernel_memory="64m")
        assert (raised.value.status_code, raised.value.explanation) == (404, "Not Found")
    elif client.api_version == "1.41":
        # Docker 20.10 still takes the field, with a deprecation warning
        result = client.update_container(container, kernel_memory="64m")
        assert result["Warnings"] == [
            "Specifying a kernel memory limit is deprecated and will be removed in a future release."
        ]
    else:
        # API 1.42 dropped KernelMemory: refused before anything is sent
        with pytest.raises(InvalidVersion, match="kernel_memory"):
            client.update_container(container, kernel_memory="64m")


def test_remove_container_refuses_a_running_one_without_force(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    with pytest.raises(APIError) as raised:
        client.remove_container(container)
    assert raised.value.status_code in (409, 500)
    assert client.remove_container(container, force=True) is None
    with pytest.raises(NotFound):
        client.inspect_container(container)


def test_remove_container_v_removes_anonymous_volumes(client: Client, make_container: Any) -> None:
    keep = make_container("true", volumes=["/data"])
    drop = make_container("true", volumes=["/data"])
    keep_volume = client.inspect_container(keep)["Mounts"][0]["Name"]
    drop_volume = client.inspect_container(drop)["Mounts"][0]["Name"]
    client.remove_container(keep)
    client.remove_container(drop, v=True)
    assert client.inspect_volume(keep_volume)["Name"] == keep_volume
    client.remove_volume(keep_volume)
    with pytest.raises(NotFound):
        client.inspect_volume(drop_volume)


def test_remove_container_positional_v_link_force(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    client.remove_container(container, False, False, True)
    with pytest.raises(NotFound):
        client.inspect_container(container)


def test_remove_container_link(client: Client, make_container: Any) -> None:
    target = make_container("sleep 30", start=True)
    target_name = client.inspect_container(target)["Name"].lstrip("/")
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman has no legacy links: it refuses them at create time
        with pytest.raises(APIError) as raised:
            make_container("sleep 30", host_config=client.create_host_config(links={target_name: "db"}))
        assert (raised.value.status_code, raised.value.explanation) == (400, "bad parameter: link is not supported")
        return
    linked = make_container(
        "sleep 30", host_config=client.create_host_config(links={target_name: "db"}), start=True
    )
    linked_name = client.inspect_container(linked)["Name"].lstrip("/")
    assert client.inspect_container(linked)["HostConfig"]["Links"] == [f"/{target_name}:/{linked_name}/db"]
    assert client.remove_container(f"/{linked_name}/db", link=True) is None
    assert not client.inspect_container(linked)["HostConfig"].get("Links")
    assert state(client, target)["Running"] is True  # only the link went away


def test_container_names_with_docker_s_leading_slash(client: Client, make_container: Any) -> None:
    container = make_container("true")
    name = client.inspect_container(container)["Name"]
    assert name.startswith("/")
    assert client.inspect_container(name)["Id"] == container["Id"]


def test_missing_container_operations_raise_not_found(client: Client) -> None:
    for call in (client.start, client.stop, client.pause, client.remove_container, client.kill, client.top):
        with pytest.raises(NotFound):
            call("dapi-no-such-container")
