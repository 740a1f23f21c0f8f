"""login, push and pull against the authenticated registry (127.0.0.1:5000), on every engine.

Podman 4.3's compat `/auth` ignores the `insecure = true` of registries.conf, so its login to the
plain-HTTP registry fails; its push and pull with `auth_config` do work. Docker reports a refused pull
as an error status; Podman reports it inside a 200 stream (the client raises `StreamError`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from conftest import BUSYBOX, is_podman, unique  # tests/integration/conftest.py
from dockerapi import APIError, Client, DockerException, StreamError

ADDRESS = "127.0.0.1:5000"



@pytest.fixture
def creds(registry: dict[str, Any]) -> dict[str, str]:
    return {"username": registry["username"], "password": registry["password"]}


@pytest.fixture
def pushed(client: Client, creds: dict[str, str], cleanup: Callable[[Callable[[], Any]], None]) -> str:
    """busybox pushed to the registry as 127.0.0.1:5000/dapi/<unique>:t1 (local tag removed afterwards)."""
    repo = f"{ADDRESS}/dapi/{unique('reg')}"
    assert client.tag(BUSYBOX, repo, "t1") is True
    cleanup(lambda: client.remove_image(f"{repo}:t1", force=True))
    client.push(repo, "t1", auth_config=creds)
    return repo


def assert_secret_free(password: str, *things: Any) -> None:
    for thing in things:
        assert password not in str(thing)
        assert password not in repr(thing)


def test_login_keeps_credentials_for_push_and_pull(client: Client, creds: dict[str, str], cleanup: Any) -> None:
    repo = f"{ADDRESS}/dapi/{unique('login')}"
    client.tag(BUSYBOX, repo, "t1")
    cleanup(lambda: client.remove_image(f"{repo}:t1", force=True))
    if is_podman(client):
        with pytest.raises(APIError) as refused:
            client.login(creds["username"], creds["password"], registry=ADDRESS)
        assert "HTTP response to HTTPS client" in refused.value.explanation
        assert_secret_free(creds["password"], refused.value, client.credentials)
        return
    answer = client.login(creds["username"], creds["password"], registry=ADDRESS)
    assert answer["Status"] == "Login Succeeded"
    assert_secret_free(creds["password"], answer, client.credentials)
    # reauth asks the daemon again
    assert client.login(creds["username"], creds["password"], registry=ADDRESS, reauth=True)["Status"] == (
        "Login Succeeded")
    # no auth_config: the credentials of login() are used
    output = client.push(repo, "t1")
    assert isinstance(output, str) and "digest: sha256:" in output
    client.remove_image(f"{repo}:t1")
    pulled = client.pull(repo, "t1")
    assert isinstance(pulled, str) and f"{repo}:t1" in pulled
    assert client.inspect_image(f"{repo}:t1")["Id"] == client.inspect_image(BUSYBOX)["Id"]


def test_a_fresh_client_without_credentials_is_refused(client: Client, engine: dict[str, Any],
                                                        pushed: str) -> None:
    with Client(engine["base_url"]) as anonymous:
        with pytest.raises(DockerException) as refused:
            anonymous.pull(pushed, "t1")
    if is_podman(client):
        assert isinstance(refused.value, StreamError)
        assert "authentication required" in str(refused.value)
    else:
        assert isinstance(refused.value, APIError)
        assert "no basic auth credentials" in refused.value.explanation


def test_login_with_a_bad_password_says_what_the_daemon_said(client: Client, engine: dict[str, Any],
                                                             creds: dict[str, str]) -> None:
    bad = "not-the-password-" + unique("pw")
    with Client(engine["base_url"]) as fresh:
        with pytest.raises(APIError) as refused:
            fresh.login(creds["username"], bad, registry=ADDRESS)
        error = refused.value
        if is_podman(client):
            assert "HTTP response to HTTPS client" in error.explanation
        else:
            assert "401 Unauthorized" in error.explanation
        assert_secret_free(bad, error, error.explanation, fresh.credentials)
        assert_secret_free(creds["password"], error)
        # nothing was remembered: a pull without auth_config is refused
        with pytest.raises(DockerException):
            fresh.pull(f"{ADDRESS}/dapi/never-pushed", "t1")


def test_pull_with_bad_auth_config_is_refused(client: Client, creds: dict[str, str], pushed: str) -> None:
    bad = {"username": creds["username"], "password": "wrong-" + unique("pw")}
    with pytest.raises(DockerException) as refused:
        client.pull(pushed, "t1", auth_config=bad)
    if is_podman(client):
        assert isinstance(refused.value, StreamError)
    else:
        assert isinstance(refused.value, APIError)
    assert "authentication required" in str(refused.value)
    assert_secret_free(bad["password"], refused.value)


def test_push_and_pull_with_auth_config_stream_and_decode(client: Client, creds: dict[str, str],
                                                         pushed: str) -> None:
    client.remove_image(f"{pushed}:t1")
    text = client.pull(pushed, "t1", auth_config=creds)
    assert isinstance(text, str)
    documents = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert documents and all(isinstance(d, dict) for d in documents)
    assert client.inspect_image(f"{pushed}:t1")["Id"] == client.inspect_image(BUSYBOX)["Id"]
    # stream=True: one JSON document string per item
    streamed = list(client.pull(pushed, "t1", stream=True, auth_config=creds))
    assert streamed and all(isinstance(line, str) and isinstance(json.loads(line), dict) for line in streamed)
    # decode=True: dicts
    decoded = list(client.pull(pushed, tag="t1", stream=True, decode=True, auth_config=creds))
    assert decoded and all(isinstance(item, dict) for item in decoded)
    assert not any("error" in item for item in decoded)
    # a tag inside the repository name works too
    assert isinstance(client.pull(f"{pushed}:t1", auth_config=creds), str)
    # push streamed and decoded
    pushed_again = list(client.push(pushed, "t1", stream=True, decode=True, auth_config=creds))
    assert pushed_again and all(isinstance(item, dict) for item in pushed_again)
    assert not any("error" in item for item in pushed_again)


def test_pull_of_a_missing_tag_is_an_error(client: Client, creds: dict[str, str], pushed: str) -> None:
    with pytest.raises(DockerException) as missing:
        client.pull(pushed, "no-such-tag", auth_config=creds)
    assert "no-such-tag" in str(missing.value) or "manifest unknown" in str(missing.value)
