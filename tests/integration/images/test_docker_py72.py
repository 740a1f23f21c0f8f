"""docker-py 7.2 as the oracle for builds and pushes (issue 24, items 5 and 6): a build step silent for longer
than the client's timeout, a failed build collected with stream=False, and a push without credentials. Each
call is made through both clients on the same engine and what a user sees is compared."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import docker
import dockerapi
import pytest
from conftest import BUSYBOX, is_podman, unique  # tests/integration/conftest.py
from dockerapi import Client, classic

SILENT_STEP = b"FROM busybox:latest\nRUN sleep 4\nLABEL dapi-silent=1\n"  # 4 s without output, timeout 2


def test_a_build_step_silent_longer_than_the_client_timeout_finishes_like_docker_py(
        engine: dict[str, Any], client: Client, cleanup: Any) -> None:
    tags = [unique("dapi-silent"), unique("dapi-silent")]
    for tag in tags:
        cleanup(lambda t=tag: client.remove_image(t, force=True))
    with classic.Client(engine["base_url"], timeout=2) as mine:
        messages = list(mine.build(fileobj=io.BytesIO(SILENT_STEP), tag=tags[0], nocache=True, rm=True,
                                   forcerm=True, decode=True))
    oracle = docker.APIClient(base_url=engine["base_url"], version="auto", timeout=2)
    try:
        theirs = [json.loads(line) for chunk in oracle.build(fileobj=io.BytesIO(SILENT_STEP), tag=tags[1],
                                                               nocache=True, rm=True, forcerm=True)
                  for line in chunk.decode().splitlines() if line.strip()]
    finally:
        oracle.close()
    for output in (messages, theirs):
        assert not [m for m in output if "error" in m or "errorDetail" in m], output
    for tag in tags:  # both builds ran to the end: the image is there, with the last step's label
        assert client.inspect_image(tag)["Config"]["Labels"]["dapi-silent"] == "1"


def test_a_given_build_timeout_still_bounds_a_silent_step(engine: dict[str, Any], client: Client) -> None:
    if is_podman(client):
        pytest.skip("Podman keeps building after the client left; its image would outlive the test untagged")
    with classic.Client(engine["base_url"]) as mine:
        with pytest.raises(dockerapi.DockerTimeoutError):
            mine.build(fileobj=io.BytesIO(b"FROM busybox:latest\nRUN sleep 4\n"), nocache=True, rm=True,
                       forcerm=True, timeout=1, stream=False)


FAILING = b"FROM busybox:latest\nRUN echo building && exit 7\n"


def test_a_failed_build_collected_raises_build_error_with_docker_pys_reason(engine: dict[str, Any],
                                                                           oracle: Any) -> None:
    with classic.Client(engine["base_url"]) as mine:
        with pytest.raises(dockerapi.BuildError) as failed:
            mine.build(fileobj=io.BytesIO(FAILING), rm=True, forcerm=True, stream=False)
    assert isinstance(failed.value, dockerapi.StreamError)  # `except StreamError` catches it too
    theirs = [json.loads(line) for chunk in oracle.build(fileobj=io.BytesIO(FAILING), rm=True, forcerm=True)
              for line in chunk.decode().splitlines() if line.strip()]
    reasons = [m["error"] for m in theirs if "error" in m]
    assert reasons and failed.value.msg == reasons[-1]
    assert failed.value.build_log and failed.value.build_log[-1].get("error") == reasons[-1]
    with classic.Client(engine["base_url"]) as mine:  # a stream yields the error as before
        streamed = list(mine.build(fileobj=io.BytesIO(FAILING), rm=True, forcerm=True, decode=True))
    assert streamed[-1]["error"] == reasons[-1]


def test_a_push_without_credentials_says_what_the_registry_said_like_docker_py(
        engine: dict[str, Any], client: Client, registry: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if is_podman(client):
        pytest.skip("Podman 4.3 answers 404 to both clients: it reads the repository path of the push URL wrong")
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))  # an empty config: no credentials anywhere
    repository = f"{registry['address']}/dapi/{unique('noauth')}"
    client.tag(BUSYBOX, repository, "v1")
    try:
        with classic.Client(engine["base_url"]) as mine:
            with pytest.raises(dockerapi.StreamError) as refused:
                mine.push(repository, tag="v1")
        oracle = docker.APIClient(base_url=engine["base_url"], version="auto")
        try:
            theirs = [json.loads(line) for line in oracle.push(repository, tag="v1").splitlines() if line.strip()]
        finally:
            oracle.close()
        reasons = [m["error"] for m in theirs if "error" in m]
        assert reasons == [str(refused.value)]
        assert "basic auth" in str(refused.value)  # the registry's own reason, not "missing X-Registry-Auth"
    finally:
        client.remove_image(f"{repository}:v1")
