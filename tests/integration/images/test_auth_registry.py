"""Registry credentials from the Docker config: `auths` entries and `credHelpers`, used automatically."""

from __future__ import annotations

import base64
import json
import logging
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from dockerapi import APIError, Client, DockerException


def _push_pull(client: Client, registry: dict[str, Any], name: str) -> None:
    repo = f"{registry['address']}/dapi/{name}"
    client.tag("busybox:latest", repo, "v1")
    try:
        client.push(repo, tag="v1")  # raises StreamError if the registry refused
        client.remove_image(f"{repo}:v1")
        client.pull(repo, tag="v1")
        assert client.inspect_image(f"{repo}:v1")["Id"]
    finally:
        try:
            client.remove_image(f"{repo}:v1")
        except DockerException:
            pass


def test_auths_entry_is_used_for_push_and_pull(docker20: dict[str, Any], registry: dict[str, Any], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    token = base64.b64encode(f"{registry['username']}:{registry['password']}".encode()).decode()
    (tmp_path / "config.json").write_text(json.dumps({"auths": {registry["address"]: {"auth": token}}}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    caplog.set_level(logging.DEBUG)
    with Client(docker20["base_url"]) as client:
        _push_pull(client, registry, "auths")
        assert registry["password"] not in repr(client.credentials.resolve(registry["address"]))
    assert registry["password"] not in caplog.text


def test_without_credentials_push_is_refused(docker20: dict[str, Any], registry: dict[str, Any], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))  # empty config
    with Client(docker20["base_url"]) as client:
        repo = f"{registry['address']}/dapi/noauth"
        client.tag("busybox:latest", repo, "v1")
        try:
            with pytest.raises(DockerException, match="(?i)auth"):
                client.push(repo, tag="v1")
        finally:
            client.remove_image(f"{repo}:v1")


def test_cred_helper_is_used(docker20: dict[str, Any], registry: dict[str, Any], tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls.log"
    helper = bin_dir / "docker-credential-dapitest"
    secret = json.dumps({"ServerURL": registry["address"], "Username": registry["username"],
                         "Secret": registry["password"]})
    helper.write_text(f"#!/bin/sh\nread server\necho \"$1 $server\" >> {calls}\necho '{secret}'\n")
    helper.chmod(helper.stat().st_mode | stat.S_IEXEC)
    (tmp_path / "config.json").write_text(json.dumps({"credHelpers": {registry["address"]: "dapitest"}}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    monkeypatch.setenv("PATH", str(bin_dir) + os.pathsep + os.environ["PATH"])
    with Client(docker20["base_url"]) as client:
        _push_pull(client, registry, "helper")
    assert f"get {registry['address']}" in calls.read_text()


def test_wrong_password_error_does_not_leak_it(docker20: dict[str, Any], registry: dict[str, Any], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    with Client(docker20["base_url"]) as client:
        with pytest.raises(APIError) as info:
            client.login(registry["username"], password="not-the-password-123", registry=registry["url"])
    assert "not-the-password-123" not in str(info.value) and "not-the-password-123" not in repr(info.value)
