"""Connecting: every base_url form, DOCKER_HOST, from_env, docker contexts, clear connection errors."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

import dockerapi
import pytest
from dockerapi import Client, DockerConnectionError, DockerTimeoutError


def _socket(facts: dict[str, Any]) -> str:
    return facts["base_url"][len("unix://"):]


def test_unix_absolute_and_relative_forms(docker20: dict[str, Any]) -> None:
    path = _socket(docker20)
    for url in (f"unix://{path}", "unix://" + path.lstrip("/"), path):
        with Client(url) as client:
            assert client.version()["ApiVersion"] == docker20["api"]


def test_default_comes_from_docker_host(docker20: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", docker20["base_url"])
    with Client() as client:
        assert client.version()["Version"] == docker20["version"]


def test_missing_socket_names_the_address() -> None:
    with Client("unix:///tmp/dockerapi-no-such.sock") as client:
        with pytest.raises(DockerConnectionError, match="unix:///tmp/dockerapi-no-such.sock"):
            client.version()


@pytest.mark.parametrize("url", ["tcp://127.0.0.1:9", "http://127.0.0.1:9"])
def test_refused_tcp_names_the_address(url: str) -> None:
    with Client(url) as client, pytest.raises(DockerConnectionError, match="127.0.0.1:9"):
        client.version()


def test_npipe_fails_clearly() -> None:
    with pytest.raises(DockerConnectionError, match="(?i)windows"):
        Client("npipe:////./pipe/docker_engine")


def test_plain_http_to_the_tls_port_is_an_api_error(tls_server: dict[str, Any]) -> None:
    with Client("tcp://127.0.0.1:2376") as client, pytest.raises(dockerapi.APIError, match="HTTPS"):
        client.version()


def test_from_env_docker_host(docker20: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    monkeypatch.setenv("DOCKER_HOST", docker20["base_url"])
    monkeypatch.delenv("DOCKER_TLS_VERIFY", raising=False)
    monkeypatch.delenv("DOCKER_CERT_PATH", raising=False)
    with dockerapi.from_env() as client:
        assert client.version()["Version"] == docker20["version"]


def test_from_env_tls_verify_and_cert_path(tls_server: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2376")
    monkeypatch.setenv("DOCKER_TLS_VERIFY", "1")
    monkeypatch.setenv("DOCKER_CERT_PATH", tls_server["cert_dir"])
    with dockerapi.from_env() as client:
        assert client.version()["ApiVersion"] == "1.41"
    monkeypatch.setenv("DOCKER_CERT_PATH", tls_server["wrong_cert_dir"])
    with dockerapi.from_env() as client, pytest.raises(dockerapi.TLSParameterError):
        client.version()


def test_from_env_docker_context(docker20: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    name = "dapi-ctx"
    meta_dir = tmp_path / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest()
    meta_dir.mkdir(parents=True)
    (meta_dir / "meta.json").write_text(json.dumps(
        {"Name": name, "Metadata": {}, "Endpoints": {"docker": {"Host": docker20["base_url"], "SkipTLSVerify": False}}}
    ))
    (tmp_path / "config.json").write_text(json.dumps({"currentContext": name}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    monkeypatch.delenv("DOCKER_HOST", raising=False)
    monkeypatch.delenv("DOCKER_CONTEXT", raising=False)
    with dockerapi.from_env() as client:
        assert client.version()["Version"] == docker20["version"]
    monkeypatch.setenv("DOCKER_CONTEXT", "no-such-context")
    with pytest.raises(dockerapi.DockerException, match="no-such-context"):
        dockerapi.from_env()


def test_thread_safety_20_threads(docker20_client: Client) -> None:
    container = docker20_client.create_container("busybox:latest", "true")
    errors: list[BaseException] = []
    ids: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            for _ in range(10):
                found = docker20_client.inspect_container(container)["Id"]
                with lock:
                    ids.append(found)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    try:
        threads = [threading.Thread(target=work) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        assert len(ids) == 200 and set(ids) == {container["Id"]}
    finally:
        docker20_client.remove_container(container, force=True)


def test_short_timeout_raises_docker_timeout(docker20_client: Client) -> None:
    container = docker20_client.create_container("busybox:latest", "sleep 30")
    try:
        docker20_client.start(container)
        with pytest.raises(DockerTimeoutError, match=r"^wait\(\): no answer within 0\.5 s from unix://"):
            docker20_client.wait(container, timeout=0.5)
        with pytest.raises(DockerTimeoutError, match=r"^logs\(\): no answer within 0\.5 s from "):
            docker20_client.logs(container, follow=True, request_timeout=0.5)
        # the client still works afterwards
        assert docker20_client.inspect_container(container)["State"]["Running"] is True
    finally:
        docker20_client.remove_container(container, force=True)

