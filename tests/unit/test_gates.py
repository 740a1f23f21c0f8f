"""Version gates: a parameter or operation the API version in use lacks is refused before anything is sent.

These use httpx.MockTransport as the daemon: the gate is pure logic. The same refusals are shown against
real daemons in tests/integration/compat/test_gates_live.py.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from dockerapi import AsyncClient, Client, InvalidArgument, InvalidVersion


class Recorder:
    """A fake daemon that records every request and answers from a small table."""

    def __init__(self, api_version: str = "1.41") -> None:
        self.api_version = api_version
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path.endswith("/_ping"):
            return httpx.Response(200, text="OK", headers={"Api-Version": self.api_version})
        if path.endswith("/containers/create"):
            return httpx.Response(201, json={"Id": "abc", "Warnings": []})
        if path.endswith("/exec"):
            return httpx.Response(201, json={"Id": "e1"})
        if path.endswith("/wait"):
            return httpx.Response(200, json={"StatusCode": 0})
        if path.startswith("/v1.") and "/images/" in path and path.endswith("/json"):
            return httpx.Response(200, json={"Id": "sha256:b1"})
        if path.endswith("/logs"):
            # multiplexed-stream decides the framing at any version (raw-stream below 1.42 would need a probe)
            return httpx.Response(200, content=b"", headers={"Content-Type": "application/vnd.docker.multiplexed-stream"})
        if request.method == "POST":
            return httpx.Response(201, json={"Id": "n1", "Warning": ""})
        return httpx.Response(200, json=[])

    @property
    def sent(self) -> list[str]:
        """The requests other than version negotiation."""
        return [f"{r.method} {r.url.raw_path.decode()}" for r in self.requests if not r.url.path.endswith("/_ping")]


def pinned(version: str) -> tuple[Client, Recorder]:
    daemon = Recorder()
    return Client("unix:///nonexistent.sock", version=version, transport=httpx.MockTransport(daemon)), daemon


@pytest.mark.parametrize(
    ("call", "needs"),
    [
        (lambda c: c.exec_create("ctr", "pwd", workdir="/tmp"), "workdir"),
        (lambda c: c.logs("ctr", until=10), "until"),
        (lambda c: c.wait("ctr", condition="not-running"), "condition"),
        (lambda c: c.create_container("busybox", platform="linux/amd64"), "platform"),
        (lambda c: c.configs(), "configs()"),
    ],
)
def test_refused_at_a_pinned_old_version_and_nothing_is_sent(call: Any, needs: str) -> None:
    client, daemon = pinned("1.24")
    with pytest.raises(InvalidVersion) as refused:
        call(client)
    assert needs in str(refused.value)
    assert "1.24" in str(refused.value)
    assert daemon.requests == []  # pinned: no negotiation, and the refused call sent nothing


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.exec_create("ctr", "pwd", workdir="/tmp"),
        lambda c: c.logs("ctr", until=10),
        lambda c: c.wait("ctr", condition="not-running"),
        lambda c: c.create_container("busybox", platform="linux/amd64"),
        lambda c: c.configs(),
    ],
)
def test_the_same_calls_go_through_at_a_version_that_has_them(call: Any) -> None:
    client, daemon = pinned("1.41")
    call(client)
    assert len(daemon.sent) == 1


def test_the_message_names_parameter_needed_version_and_version_in_use() -> None:
    client, _ = pinned("1.30")
    with pytest.raises(InvalidVersion, match=r"exec_create\(\): parameter 'workdir' needs API >= 1\.35; this client uses API 1\.30"):
        client.exec_create("ctr", "pwd", workdir="/tmp")


def test_a_removed_parameter_is_refused_after_its_last_version() -> None:
    # NetworkCreate's CheckDuplicate is gone from the API at 1.46
    old, daemon = pinned("1.41")
    old.create_network("n", check_duplicate=False)
    assert json.loads(daemon.requests[-1].content)["CheckDuplicate"] is False
    new, daemon = pinned("1.51")
    with pytest.raises(InvalidVersion, match="check_duplicate.*False cannot be honoured"):
        new.create_network("n", check_duplicate=False)
    assert daemon.requests == []


def test_a_removed_parameter_given_the_value_the_daemon_now_implies_is_not_sent() -> None:
    # docker-py code passes check_duplicate=True, which daemons from API 1.44 on do anyway (spec: `implied`)
    for version, sent in (("1.41", True), ("1.51", None)):
        client, daemon = pinned(version)
        client.create_network("n", check_duplicate=True)
        assert json.loads(daemon.requests[-1].content).get("CheckDuplicate") is sent, version


def test_classic_parameters_moved_to_host_config_explain_where_they_went() -> None:
    client, daemon = pinned("1.41")
    with pytest.raises(InvalidVersion, match="host_config"):
        client.create_container("busybox", mem_limit="128m")
    assert daemon.requests == []


def test_nested_body_fields_are_gated_too() -> None:
    client, daemon = pinned("1.24")
    host_config = {"Init": True}  # HostConfig.Init is newer than 1.24
    with pytest.raises(InvalidVersion, match=r"HostConfig\.Init"):
        client.create_container("busybox", host_config=host_config)
    assert daemon.requests == []


def test_negotiated_version_is_the_lower_of_daemon_and_catalog() -> None:
    daemon = Recorder(api_version="9.99")
    client = Client("unix:///nonexistent.sock", transport=httpx.MockTransport(daemon))
    assert client.api_version == client.newest_api_version
    daemon = Recorder(api_version="1.41")
    client = Client("unix:///nonexistent.sock", transport=httpx.MockTransport(daemon))
    assert client.api_version == "1.41"
    client.containers()
    assert daemon.sent == ["GET /v1.41/containers/json?all=0&limit=-1&size=0&trunc_cmd=0"] or daemon.sent[0].startswith(
        "GET /v1.41/containers/json"
    )


def test_a_daemon_older_than_1_24_is_refused() -> None:
    daemon = Recorder(api_version="1.23")
    client = Client("unix:///nonexistent.sock", transport=httpx.MockTransport(daemon))
    with pytest.raises(InvalidVersion, match="1.23"):
        client.containers()


def test_wrong_argument_type_is_a_type_error_naming_the_parameter_before_any_request() -> None:
    client, daemon = pinned("1.41")
    with pytest.raises(TypeError, match="'limit'"):
        client.containers(limit="ten")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        client.inspect_container("")
    with pytest.raises(TypeError):
        client.containers(no_such_keyword=True)  # type: ignore[call-arg]
    assert daemon.requests == []


def test_a_flag_takes_any_value_by_its_truth_as_docker_py_does() -> None:
    client, daemon = pinned("1.41")
    client.containers(all="yes")  # type: ignore[arg-type]
    client.containers(all=0)  # type: ignore[arg-type]
    sent = [request.url.params.get("all") for request in daemon.requests if "/containers/json" in str(request.url)]
    assert sent == ["1", "0"]


def test_only_what_the_caller_set_is_sent_in_a_body() -> None:
    client, daemon = pinned("1.41")
    client.create_container("busybox", "true", labels={"a": "b"})
    body = json.loads(daemon.requests[-1].content)
    assert body == {"Image": "busybox", "Cmd": ["true"], "Labels": {"a": "b"}} or set(body) <= {
        "Image", "Cmd", "Labels", "AttachStdin", "AttachStdout", "AttachStderr", "Tty", "OpenStdin", "StdinOnce",
        "NetworkDisabled",
    }


def test_async_client_gates_the_same_way() -> None:
    daemon = Recorder()
    client = AsyncClient("unix:///nonexistent.sock", version="1.24", transport=httpx.MockTransport(daemon))

    async def refused() -> None:
        with pytest.raises(InvalidVersion, match="workdir"):
            await client.exec_create("ctr", "pwd", workdir="/tmp")

    asyncio.run(refused())
    assert daemon.requests == []


# --- issue 26 item 1: a default of a parameter the version lacks is never sent -----------------------------


def _sent_names(prepared: Any) -> set[str]:
    """Every name the request carries: query keys, headers, JSON body keys (dotted for nested objects)."""
    from urllib.parse import parse_qsl

    names = {key for key, _ in parse_qsl(prepared.url.partition("?")[2], keep_blank_values=True)}
    names |= set(prepared.headers)
    content = prepared.content
    if isinstance(content, bytes) and prepared.headers.get("Content-Type") == "application/json":
        def walk(document: Any, prefix: str) -> None:
            if isinstance(document, dict):
                for key, value in document.items():
                    names.add(prefix + key)
                    walk(value, f"{prefix}{key}.")

        walk(json.loads(content), "")
    return names


def _defaults(method: Any) -> dict[str, Any]:
    """The arguments a generated method hands the core when the caller gives only what is required."""
    import inspect

    args: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        args[name] = None if parameter.default is parameter.empty else parameter.default
    return args


def _required_values(op: Any, args: dict[str, Any], plugin_dir: Path) -> dict[str, Any]:
    import io

    from dockerapi._operation import PATH

    if op.method == "build":  # a context is required (its preparer refuses none)
        args["fileobj"] = io.BytesIO(b"FROM scratch\n")
    if op.method == "create_plugin":
        args["plugin_data_dir"] = str(plugin_dir)
    for param in op.params:
        if param.location == PATH and args.get(param.name) is None:
            args[param.name] = "x1"
    return args


@pytest.mark.parametrize("face", ["typed", "classic"])
def test_at_its_oldest_version_a_request_holds_no_parameter_gated_later(face: str, tmp_path: Path) -> None:
    from dockerapi import _catalog, classic
    from dockerapi._operation import MIN_API_VERSION, Operation
    from dockerapi._request import build_request

    client_class = Client if face == "typed" else classic.Client
    client = client_class("unix:///nonexistent.sock", version="1.41", timeout=5)
    (tmp_path / "config.json").write_text("{}")
    operations = [op for op in vars(_catalog).values() if isinstance(op, Operation)]
    assert len(operations) > 100
    checked, leaks = 0, []
    for op in operations:
        method = getattr(client_class, op.method, None)
        if method is None:
            continue
        oldest = max(op.since, MIN_API_VERSION)
        later = {param.wire for param in op.params if not param.constant and not param.gate.admits(oldest)}
        later -= {param.wire for param in op.params if param.gate.admits(oldest)}  # a version alias's other name
        prepared = build_request(client, op, _required_values(op, _defaults(method), tmp_path), oldest)
        sent = _sent_names(prepared)
        leaks += [f"{op.method}() at {oldest}: {wire}" for wire in sorted(later & sent)]
        checked += 1
    assert checked > 100
    assert leaks == []


def test_inspect_image_at_1_41_sends_no_manifests_flag() -> None:
    client, daemon = pinned("1.41")
    assert client.inspect_image("busybox").id == "sha256:b1"
    assert daemon.sent == ["GET /v1.41/images/busybox/json"]  # manifests is API >= 1.48
    newer, newer_daemon = pinned("1.48")
    newer.inspect_image("busybox", manifests=True)
    assert newer_daemon.sent == ["GET /v1.48/images/busybox/json?manifests=1"]
