"""testcontainers-python 4.15 runs on `dockerapi.classic` instead of docker-py, and sees what docker-py shows it.

Each test runs testcontainers_scenario.py twice in processes of their own, so this session's `docker`
package (docker-py 7.2, the oracle) stays untouched: once with `docker` and its submodules aliased to
`dockerapi.classic` and its submodules in sys.modules before testcontainers is imported, once with the real
docker-py. The scenario does what testcontainers users do with images available offline (busybox:latest):
containers as context managers, exec, the host and a published port reached from the client's side, logs,
wait strategies, a network with aliases, an image built from a Dockerfile. The two answers must be equal.

Ryuk, testcontainers' reaper, is off (TESTCONTAINERS_RYUK_DISABLED): its image is on Docker Hub, which the
test machine does not reach; the scenario removes what it creates itself (the context managers do).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import dockerapi
import pytest
from conftest import unique  # tests/integration/conftest.py

pytest.importorskip("testcontainers", reason="testcontainers==4.15.0 is in the dev extra")

SCENARIO = Path(__file__).with_name("testcontainers_scenario.py")
GENERATED = str(Path(dockerapi.__file__).resolve().parents[1])  # the dockerapi under test


def _command(face: str, engine: dict[str, Any], tag: str, *extra: str) -> tuple[list[str], dict[str, str]]:
    env = {
        **os.environ,
        "DOCKER_HOST": engine["base_url"],
        "TESTCONTAINERS_RYUK_DISABLED": "true",
        "PYTHONPATH": os.pathsep.join(filter(None, [GENERATED, os.environ.get("PYTHONPATH")])),
    }
    if engine["name"] == "podman":
        # This machine is a container (/.dockerenv), so testcontainers' default connection mode reads the
        # gateway from the container list's HostConfig, which Podman 4.3's list does not have: docker-py
        # fails there too (KeyError: 'HostConfig'). docker_host mode (the one testcontainers uses outside
        # containers) reaches published ports on the daemon's host, here localhost.
        env["TESTCONTAINERS_CONNECTION_MODE"] = "docker_host"
    command = [sys.executable, "-W", "ignore::DeprecationWarning", str(SCENARIO), face, tag, *extra]
    if engine.get("netns"):
        # the daemon runs in a network namespace of its own: its published ports are reached from there,
        # as a testcontainers user on that daemon's host reaches them
        command = ["ip", "netns", "exec", engine["netns"], *command]
    return command, env


def _run_faces(engine: dict[str, Any], *extra: str) -> dict[str, tuple[int, Any, str]]:
    """The scenario through dockerapi.classic and through docker-py, run side by side:
    {face: (exit status, the JSON answer or None, stderr)}."""
    tags = {face: unique("tc") for face in ("dockerapi", "docker-py")}
    running = {}
    for face, tag in tags.items():
        command, env = _command(face, engine, tag, *extra)
        running[face] = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                         text=True)
    results = {}
    for face, process in running.items():
        out, err = process.communicate(timeout=300)
        lines = out.strip().splitlines()
        answer = json.loads(lines[-1].replace(tags[face], "TAG")) if process.returncode == 0 and lines else None
        results[face] = (process.returncode, answer, err)
    return results


def _run_both(engine: dict[str, Any], *extra: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both answers, (ours, theirs); each process must have succeeded."""
    results = _run_faces(engine, *extra)
    for face, (status, _, err) in results.items():
        assert status == 0, f"{face} on {engine['name']}:\n{err[-4000:]}"
    return results["dockerapi"][1], results["docker-py"][1]


def test_testcontainers_sees_the_same_through_dockerapi_classic_as_through_docker_py(engine: dict[str, Any]) -> None:
    ours, theirs = _run_both(engine)
    # each process used the `docker` it was meant to
    assert ours.pop("docker_module") == "dockerapi.classic"
    assert theirs.pop("docker_module") == "docker"
    assert ours == theirs
    # and what both see is what a testcontainers user expects
    assert ours["docker_version"] == "7.2.0"
    assert ours["exec_str"] == [0, {"bytes": "hi\n"}]
    assert ours["exec_list"] == [3, {"bytes": "err\n"}]
    assert ours["exec_config"] == [0, {"bytes": "hej x\n/tmp\n65534\n"}]
    assert ours["exec_result_type"] == "BytesExecResult"
    assert ours["copied_in"] == [0, {"bytes": "copied\n"}] and ours["copied_out"] == "copied\n"
    assert ours["after_exit"] == "NotFound"  # the context manager removed the container
    assert ours["exposed_port_is_int"] and ours["http"] == "hi-from-web"
    assert ours["raw_socket_status"] == "HTTP/1.1 200 OK"
    assert ours["logs"] == ["ready\n", "warming\n"] and ours["wait_for_logs"]
    assert ours["by_alias"] == ours["by_second_alias"] == [0, {"bytes": "hi-from-srv\n"}]
    assert ours["by_connect_alias"] == [0, {"bytes": "hi-from-late\n"}]
    assert ours["cli_networks"] and ours["cli_aliases_include"]
    assert ours["built_file"] == [0, {"bytes": "built\n"}] and ours["build_log_has_stream"]
    assert ours["image_after_exit"] == "ImageNotFound"  # DockerImage removed what it built
    # the reaper's socket mount comes from client.api.get_adapter(base_url).socket_path
    assert ours["ryuk_docker_socket"] == engine["base_url"].removeprefix("unix://")


def test_a_container_that_ends_gives_its_exit_code_and_streams(engine: dict[str, Any]) -> None:
    # DockerContainer.wait() reads docker-py's {"StatusCode": ...}: ExitStatus is an int that reads like it
    ours, theirs = _run_both(engine, "ending")
    assert ours == theirs == {"wait_exit_code": 7, "ending_logs": ["out\n", "err\n"]}


def test_a_stopped_container_starts_again(docker20: dict[str, Any]) -> None:
    results = _run_faces({"name": "docker20", **docker20}, "restart")
    status, theirs, err = results["docker-py"]
    assert status == 0, err[-4000:]
    assert theirs == {"first": [0, {"bytes": "up\n"}], "second": [0, {"bytes": "up\n"}]}
    # DockerContainer.stop() closes its client; the classic client, as docker-py's, opens new connections
    status, ours, err = results["dockerapi"]
    assert status == 0, err[-4000:]
    assert ours == theirs
