"""What testcontainers-python users do, run in a process of its own; prints what a user sees, as JSON.

    python testcontainers_scenario.py dockerapi|docker-py TAG [ending|restart]

`dockerapi`: `docker` and its submodules are `dockerapi.classic` and its submodules (aliased in sys.modules
before testcontainers is imported); `docker-py`: the real docker package. The daemon is $DOCKER_HOST. TAG
makes the names of what the scenario creates unique. Run by tests/integration/compat/test_testcontainers.py,
which compares the two answers.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import socket
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any


def alias_docker_to_dockerapi_classic() -> None:
    """`import docker` (and `docker.errors`, `docker.models.containers`, ...) gives dockerapi.classic's modules."""
    import dockerapi.classic as classic

    sys.modules["docker"] = classic
    for info in pkgutil.walk_packages(classic.__path__, "dockerapi.classic."):
        rest = info.name.removeprefix("dockerapi.classic.")
        if not any(part.startswith("_") for part in rest.split(".")):
            sys.modules["docker." + rest] = importlib.import_module(info.name)


def http_get(host: str, port: int, path: str = "/") -> str:
    with urllib.request.urlopen(f"http://{host}:{port}{path}", timeout=10) as answer:
        return str(answer.read().decode().strip())


def fetch_from(container: Any, host: str, seconds: float = 150) -> list[Any]:
    """What `container.exec` of a fetch of http://HOST/ gives, asked again until it answers or time is up.

    Each exec stays well under the clients' 60 s read timeout (at most 8 tries of 2 s): on Podman 4.3 the
    network's DNS sometimes answers a name connected moments before (the "late" alias) only ~50 s later,
    with docker-py as with dockerapi.classic, seen when the other face's network went away meanwhile."""
    tries = "for i in 1 2 3 4 5 6 7 8; do timeout 2 wget -qO- http://%s/ && exit 0; sleep 0.5; done 2>/dev/null; exit 1"
    deadline = time.monotonic() + seconds
    while True:
        answer = list(container.exec(["sh", "-c", tries % host]))
        if answer[0] == 0 or time.monotonic() > deadline:
            return answer


def main(face: str, tag: str) -> dict[str, Any]:
    if face == "dockerapi":
        alias_docker_to_dockerapi_classic()
    import docker
    from testcontainers.core.config import testcontainers_config
    from testcontainers.core.container import DockerContainer, ExecConfig
    from testcontainers.core.docker_client import DockerClient
    from testcontainers.core.image import DockerImage
    from testcontainers.core.network import Network
    from testcontainers.core.wait_strategies import HttpWaitStrategy, LogMessageWaitStrategy
    from testcontainers.core.waiting_utils import wait_for_logs

    seen: dict[str, Any] = {"docker_module": docker.__name__, "docker_version": docker.version.__version__}
    tc_client = DockerClient()
    seen["host"] = tc_client.host()
    seen["connection_mode"] = tc_client.get_connection_mode().value
    seen["ryuk_docker_socket"] = testcontainers_config.ryuk_docker_socket

    # a long-running container: exec, host ip, status, inspect info, copy in and out
    name = f"tc-{tag}-sleep"
    with DockerContainer("busybox:latest").with_command("sleep 300").with_name(name).with_env("GREETING", "hej") as c:
        wrapped = c.get_wrapped_container()
        seen["name"] = wrapped.name == name
        seen["status"] = c.status
        seen["exec_str"] = list(c.exec("echo hi"))
        seen["exec_list"] = list(c.exec(["sh", "-c", "echo err >&2; exit 3"]))  # one stream: no ordering race
        config = ExecConfig(command=["sh", "-c", "echo $GREETING $EXTRA; pwd; id -u"], environment={"EXTRA": "x"},
                            workdir="/tmp", user="nobody")
        seen["exec_config"] = list(c.exec(config))
        seen["exec_result_type"] = type(c.exec("true")).__name__
        seen["container_host_ip"] = c.get_container_host_ip()
        info = c.get_container_info()
        seen["inspect_info"] = None if info is None else {
            "status": info.State.Status if info.State else None,
            "running": info.State.Running if info.State else None,
            "name": info.Name == "/" + name,
            "env_has_greeting": "GREETING=hej" in ((info.Config.Env or []) if info.Config else []),
        }
        c.copy_into_container(b"copied\n", "/tmp/in.txt")
        seen["copied_in"] = list(c.exec("cat /tmp/in.txt"))
        with tempfile.TemporaryDirectory() as scratch:
            target = Path(scratch) / "out.txt"
            c.copy_from_container("/tmp/in.txt", target)
            seen["copied_out"] = target.read_text()
    # (the container's own client is closed by stop(): a fresh one looks)
    fresh = docker.from_env()
    try:
        fresh.containers.get(wrapped.id)
        seen["after_exit"] = "still there"
    except docker.errors.NotFound as e:
        seen["after_exit"] = type(e).__name__
    finally:
        fresh.close()

    # a published port, reached from here; wait strategies on logs and on HTTP
    server = ["sh", "-c", "mkdir -p /www && echo hi-from-$ROLE > /www/index.html && echo ready"
                          " && echo warming >&2 && exec httpd -f -p 80 -h /www"]
    web = (DockerContainer("busybox:latest").with_command(server).with_env("ROLE", "web").with_exposed_ports(80)
           .waiting_for(LogMessageWaitStrategy("ready")))
    with web:
        port = web.get_exposed_port(80)
        seen["exposed_port_is_int"] = isinstance(port, int) and port > 0
        host = web.get_container_host_ip()
        # "ready" is logged just before httpd starts listening: the HTTP wait strategy bridges the gap
        HttpWaitStrategy(80).for_status_code(200).with_startup_timeout(30).wait_until_ready(web)
        seen["http_wait"] = "ready"
        seen["http"] = http_get(host, port)
        seen["wait_for_logs"] = wait_for_logs(web, "ready", timeout=30) >= 0
        out, err = web.get_logs()
        seen["logs"] = [out.decode(), err.decode()]
        with socket.create_connection((host, port), timeout=10) as conn:
            conn.sendall(b"GET /index.html HTTP/1.0\r\n\r\n")
            seen["raw_socket_status"] = conn.recv(64).split(b"\r\n", 1)[0].decode()

    # a network: two containers joined with aliases, one joined later through Network.connect
    with Network() as net:
        seen["network_id_is_str"] = isinstance(net.id, str)
        srv = (DockerContainer("busybox:latest").with_command(server).with_env("ROLE", "srv").with_network(net)
               .with_network_aliases("srv", "web-srv").waiting_for(LogMessageWaitStrategy("ready")))
        with srv:
            cli = (DockerContainer("busybox:latest").with_command("sleep 300").with_network(net)
                   .with_network_aliases("cli"))
            with cli:
                # "ready" is logged just before httpd listens: fetch_from asks again
                seen["by_alias"] = fetch_from(cli, "srv")
                seen["by_second_alias"] = fetch_from(cli, "web-srv")
                late = DockerContainer("busybox:latest").with_command(server).with_env("ROLE", "late")
                with late:
                    net.connect(late.get_container_id(), network_aliases=["late"])
                    seen["by_connect_alias"] = fetch_from(cli, "late")
                attrs = cli.get_wrapped_container().attrs["NetworkSettings"]["Networks"]
                seen["cli_networks"] = sorted(attrs) == [net.name]
                seen["cli_aliases_include"] = "cli" in (attrs[net.name].get("Aliases") or [])

    # an image built from a Dockerfile FROM busybox:latest (offline), used by a container, removed after
    with tempfile.TemporaryDirectory() as context:
        # the label makes this image its own: the other face's build of the same steps gets another id
        dockerfile = f"FROM busybox:latest\nLABEL scenario={tag}\nRUN echo built > /built\nCMD [\"sleep\", \"300\"]\n"
        Path(context, "Dockerfile").write_text(dockerfile)
        image_tag = f"tc-{tag}-image:latest"
        with DockerImage(path=context, tag=image_tag) as image:
            seen["image_str"] = str(image) == image_tag
            seen["image_short_id_len"] = len(image.short_id)
            seen["build_log_has_stream"] = any("stream" in entry for entry in image.get_logs())
            seen["image_tags"] = image.get_wrapped_image().tags
            with DockerContainer(str(image)) as built:
                seen["built_file"] = list(built.exec("cat /built"))
        try:
            tc_client.client.images.get(image_tag)
            seen["image_after_exit"] = "still there"
        except docker.errors.ImageNotFound as e:
            seen["image_after_exit"] = type(e).__name__
    tc_client.client.close()
    return seen


def ending(face: str, tag: str) -> dict[str, Any]:
    """A container that ends: DockerContainer.wait()'s exit code (docker-py's wait() document) and both streams."""
    if face == "dockerapi":
        alias_docker_to_dockerapi_classic()
    from testcontainers.core.container import DockerContainer

    seen: dict[str, Any] = {}
    container = DockerContainer("busybox:latest").with_command(["sh", "-c", "echo out; echo err >&2; exit 7"])
    with container:
        seen["wait_exit_code"] = container.wait()
        seen["ending_logs"] = [part.decode() for part in container.get_logs()]
    return seen


def restart(face: str, tag: str) -> dict[str, Any]:
    """One DockerContainer started, stopped and started again (stop() closed its client in between)."""
    if face == "dockerapi":
        alias_docker_to_dockerapi_classic()
    from testcontainers.core.container import DockerContainer

    seen: dict[str, Any] = {}
    container = DockerContainer("busybox:latest").with_command("sleep 300")
    for attempt in ("first", "second"):
        container.start()
        try:
            seen[attempt] = list(container.exec("echo up"))
        finally:
            container.stop()
    return seen


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"bytes": value.decode("utf-8", "replace")}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    return value


if __name__ == "__main__":
    scenario = {"restart": restart, "ending": ending}.get(sys.argv[3] if sys.argv[3:] else "", main)
    print(json.dumps(_jsonable(scenario(sys.argv[1], sys.argv[2])), sort_keys=True))
