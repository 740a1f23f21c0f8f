"""The two I/O-free halves of the core on their own: arguments -> request, answer -> result.

No transport is involved: `build_request` and the `_response` functions are called directly with catalog
operations, as the sync and async clients call them.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from dockerapi import Client, Conflict, InvalidArgument, InvalidVersion, NotFound, classic
from dockerapi import _catalog as catalog
from dockerapi._operation import Gate
from dockerapi._request import build_request, timeout_limits
from dockerapi._response import raise_for_status, shape, tty_decision

# never contacted: build_request only reads the client's timeout and credentials
CLIENT = Client("unix:///nonexistent/docker.sock", version="1.41", timeout=7)


class Answer:
    """What `_response` reads of an answer: status, reason, headers."""

    def __init__(self, status: int, headers: dict[str, str] | None = None, reason: str = "") -> None:
        self.status_code = status
        self.reason_phrase = reason
        self.headers = headers or {}


def test_a_request_is_built_without_any_io() -> None:
    prepared = build_request(CLIENT, catalog.create_container,
                             {"image": "busybox", "command": ["true"], "environment": {"A": "1"}, "name": "web 1"},
                             (1, 41))
    assert (prepared.verb, prepared.url) == ("POST", "/v1.41/containers/create?name=web+1")
    assert prepared.headers["Content-Type"] == "application/json"
    body = json.loads(prepared.content)
    assert (body["Image"], body["Cmd"], body["Env"]) == ("busybox", ["true"], ["A=1"])
    assert prepared.timeout == 7


def test_follow_streams_have_no_read_deadline_and_plain_calls_the_clients() -> None:
    follow = build_request(CLIENT, catalog.logs, {"container": "abc", "stdout": True, "stderr": True, "follow": True},
                           (1, 41))
    assert follow.url == "/v1.41/containers/abc/logs?follow=1&stdout=1&stderr=1"
    assert timeout_limits(follow.timeout) == {"connect": 7, "read": None, "write": 7, "pool": 7}
    whole = build_request(CLIENT, catalog.logs, {"container": "abc", "follow": False}, (1, 41))
    assert timeout_limits(whole.timeout)["read"] == 7
    own = build_request(CLIENT, catalog.logs, {"container": "abc", "follow": True, "request_timeout": 2}, (1, 41))
    assert timeout_limits(own.timeout)["read"] == 2


def test_gates_refuse_before_a_request_exists() -> None:
    with pytest.raises(InvalidVersion, match=r"^configs\(\) needs API >= 1\.30; this client uses API 1\.29$"):
        build_request(CLIENT, catalog.configs, {}, (1, 29))
    with pytest.raises(InvalidVersion, match=r"exec_create\(\): parameter 'workdir' needs API >= 1\.35"):
        build_request(CLIENT, catalog.exec_create, {"container": "c", "cmd": "ls", "workdir": "/"}, (1, 30))
    with pytest.raises(InvalidArgument, match=r"inspect_container\(\): 'container' is required"):
        build_request(CLIENT, catalog.inspect_container, {}, (1, 41))


def test_one_gate_type_describes_every_range() -> None:
    assert Gate((1, 30), None).describe() == ">= 1.30"
    assert Gate(None, (1, 42)).describe() == "< 1.42"
    assert Gate((1, 30), (1, 42)).describe() == ">= 1.30 and < 1.42"
    assert Gate(None, (1, 24)).describe() == "< 1.24 (no version this client supports)"
    assert Gate((1, 30), (1, 42)).admits((1, 41)) and not Gate((1, 30), (1, 42)).admits((1, 42))
    with pytest.raises(InvalidVersion, match=r"^x\(\) needs API >= 1\.30; asked for API 1\.25\. use y$"):
        Gate((1, 30), None).check((1, 25), "x()", "use y", using="asked for")


def test_statuses_become_the_catalogs_errors_with_the_daemons_words() -> None:
    prepared = build_request(CLIENT, catalog.inspect_container, {"container": "gone"}, (1, 41))
    with pytest.raises(NotFound, match="No such container: gone") as raised:
        raise_for_status(catalog.inspect_container, prepared, Answer(404), b'{"message":"No such container: gone"}')
    assert (raised.value.status_code, raised.value.url) == (404, "/v1.41/containers/gone/json")
    with pytest.raises(Conflict, match="in use"):
        raise_for_status(catalog.inspect_container, prepared, Answer(409), b"name in use")
    assert raise_for_status(catalog.inspect_container, prepared, Answer(200), b"{}") is True
    start = build_request(CLIENT, catalog.start, {"container": "c"}, (1, 41))
    assert raise_for_status(catalog.start, start, Answer(304), b"") is False  # already started: not an error


@pytest.mark.parametrize("client", [CLIENT, classic.Client("unix:///nonexistent/docker.sock", version="1.41")],
                         ids=["typed", "classic"])
def test_a_whole_body_takes_the_result_shape(client: Any) -> None:
    prepared = build_request(client, catalog.inspect_container, {"container": "c"}, (1, 41))
    result = shape(client, catalog.inspect_container, prepared, Answer(200),
                   b'{"Id": "c", "State": {"Status": "running", "Future": 1}}')
    assert result["State"]["Status"] == "running" and result["State"]["Future"] == 1
    assert isinstance(result, dict) == (client is not CLIENT)
    listed = build_request(client, catalog.diff, {"container": "c"}, (1, 41))
    assert shape(client, catalog.diff, listed, Answer(200), b"null") == ([] if client is CLIENT else None)


def test_the_framing_is_read_off_the_content_type_from_api_1_42() -> None:
    prepared = build_request(CLIENT, catalog.logs, {"container": "c"}, (1, 42))
    raw = Answer(200, {"Content-Type": "application/vnd.docker.raw-stream"})
    assert tty_decision(catalog.logs, prepared, raw, (1, 42)) == (True, None)
    framed = Answer(200, {"Content-Type": "application/vnd.docker.multiplexed-stream"})
    assert tty_decision(catalog.logs, prepared, framed, (1, 42)) == (False, None)
    # below 1.42 raw-stream is sent for both: the container is inspected to tell
    decided, probe = tty_decision(catalog.logs, prepared, raw, (1, 41))
    assert probe is not None and probe[0] is catalog.inspect_container and probe[1] == {"container": "c"}


@pytest.mark.parametrize("bad", ["slow", -1, float("nan"), True, (3, 60)])
def test_a_timeout_the_client_cannot_wait_by_is_refused_before_any_call(bad: Any) -> None:
    import httpx
    from dockerapi import AsyncClient, DockerClient

    for make in (Client, AsyncClient, classic.Client, DockerClient):
        with pytest.raises(InvalidArgument, match=r"^timeout must be a number of seconds"):
            make("unix:///nonexistent/docker.sock", timeout=bad)
    for good in (None, 0, 2.5, httpx.Timeout(5.0)):
        assert Client("unix:///nonexistent/docker.sock", timeout=good).timeout is good
    # a call's own: refused before sending (the address does not exist: sending would raise DockerConnectionError)
    with pytest.raises(InvalidArgument, match=r"^inspect_container\(\): 'request_timeout' must be"):
        CLIENT.inspect_container("web", request_timeout=bad)


def test_a_connection_failure_inside_an_object_method_names_the_method_called() -> None:
    import dockerapi
    from dockerapi import DockerConnectionError

    for module in (dockerapi, classic):
        client = module.DockerClient(base_url="unix:///nonexistent/docker.sock", version="1.41")  # nothing sent yet
        with pytest.raises(DockerConnectionError, match=r"^containers\.list\(\): containers\(\): cannot connect"):
            client.containers.list()
        with pytest.raises(DockerConnectionError, match=r"^images\.list\(\): images\(\): cannot connect"):
            client.images.list()


def test_the_settings_typed_for_from_env_are_the_constructors_parameters() -> None:
    import inspect

    from dockerapi import DockerClient
    from dockerapi._base_client import BaseClient, ClientOptions, ClientSettings

    constructor = inspect.signature(BaseClient.__init__).parameters
    assert set(ClientSettings.__annotations__) == set(constructor) - {"self"}
    keyword_only = {name for name, p in constructor.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    assert set(ClientOptions.__annotations__) == keyword_only
    for name, annotation in ClientSettings.__annotations__.items():  # ForwardRef("str | None"): the source text
        assert annotation.__forward_arg__ == constructor[name].annotation, name
    # the object clients take the same positional parameters, with the same defaults
    ours = inspect.signature(DockerClient.__init__).parameters
    for name in ("base_url", "version", "timeout", "tls"):
        assert ours[name].default == constructor[name].default, name


def test_the_classic_object_client_asks_for_the_api_version_as_it_is_made_as_docker_py_does() -> None:
    import docker
    import dockerapi

    nowhere = "unix:///nonexistent/docker.sock"
    with pytest.raises(docker.errors.DockerException):
        docker.DockerClient(base_url=nowhere)  # the idiom `try: docker.from_env() except DockerException: skip`
    for make in (lambda: classic.DockerClient(base_url=nowhere),
                 lambda: classic.from_env(environment={"DOCKER_HOST": nowhere}),
                 lambda: classic.DockerClient.from_context("default", base_url=nowhere)):
        with pytest.raises(classic.errors.DockerException, match="cannot connect"):
            make()
    # a pinned version needs no answer, as in docker-py; the typed faces connect on their first call
    docker.DockerClient(base_url=nowhere, version="1.41")
    classic.DockerClient(base_url=nowhere, version="1.41")
    dockerapi.DockerClient(base_url=nowhere)
    dockerapi.from_env(environment={"DOCKER_HOST": nowhere})


def test_a_value_a_converter_refuses_is_named_by_method_and_keyword() -> None:
    with pytest.raises(InvalidArgument, match=r"^logs\(\): 'since': not a point in time: \[1\] \(a list\)$"):
        CLIENT.logs("web", since=[1])
    with pytest.raises(InvalidArgument, match=r"^inspect_container\(\): 'container': cannot take an id from 123 \(an int\)$"):
        CLIENT.inspect_container(123)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match=r"^create_host_config\(\): 'mem_limit': not a byte size: \[1\]"):
        CLIENT.create_host_config(mem_limit=[1])  # type: ignore[arg-type]
    # inside a method built on others, both are named, as for a connection failure
    from dockerapi import DockerClient

    objects = DockerClient(base_url="unix:///nonexistent/docker.sock", version="1.41")
    with pytest.raises(InvalidArgument, match=r"^containers\.run\(\): create_host_config\(\): 'mem_limit': not a byte"):
        objects.containers.run("busybox", "true", mem_limit=[1])  # type: ignore[arg-type]
