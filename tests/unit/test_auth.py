from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import docker.auth
import docker.utils
import pytest
from dockerapi._auth import (
    INDEX_URL,
    AuthConfig,
    CredentialStore,
    encode_header,
    encode_registry_config,
    normalize_registry,
    split_repository,
    split_tag,
)
from dockerapi._errors import CredentialError, InvalidArgument

SECRET = "s3cr3t-value"


def test_repr_hides_secrets() -> None:
    auth = AuthConfig(
        username="bob", password=SECRET, identitytoken=SECRET, registrytoken=SECRET, email="b@x"
    )
    for text in (repr(auth), str(auth), f"{auth}", repr([auth])):
        assert SECRET not in text
    assert "username='bob'" in repr(auth) and "password='***'" in repr(auth)
    assert repr(AuthConfig()) == "AuthConfig()"


def test_to_wire_only_set_fields() -> None:
    assert AuthConfig(username="u", password="p").to_wire() == {"username": "u", "password": "p"}
    assert AuthConfig(identitytoken="t", serveraddress="r").to_wire() == {
        "serveraddress": "r",
        "identitytoken": "t",
    }


def test_from_mapping_any_case() -> None:
    auth = AuthConfig.from_mapping({"Username": "u", "Password": "p", "IdentityToken": "t", "Other": "x"})
    assert (auth.username, auth.password, auth.identitytoken) == ("u", "p", "t")


@pytest.mark.parametrize(
    "auth",
    [
        AuthConfig(username="u", password="p", serveraddress="reg.example:5000"),
        AuthConfig(identitytoken="tok+/="),
        AuthConfig(username="ünïcode", password="p?>~", email="a@b"),
    ],
)
def test_header_matches_docker_py_and_round_trips(auth: AuthConfig) -> None:
    header = encode_header(auth)
    assert header == docker.auth.encode_header(auth.to_wire()).decode("ascii")
    assert json.loads(base64.urlsafe_b64decode(header)) == auth.to_wire()
    assert encode_header(auth.to_wire()) == header


def test_registry_config() -> None:
    value = encode_registry_config({"reg:5000": AuthConfig(username="u", password="p")})
    assert json.loads(base64.urlsafe_b64decode(value)) == {"reg:5000": {"username": "u", "password": "p"}}


@pytest.mark.parametrize(
    "name",
    [
        "ubuntu",
        "library/ubuntu",
        "user/repo",
        "localhost/repo",
        "localhost:5000/repo",
        "reg.example.com/a/b/c",
        "10.0.0.1:5000/repo",
        "index.docker.io/user/repo",
        "docker.io/library/busybox",
        "host:5000/name:tag",
    ],
)
def test_split_repository_like_docker_py(name: str) -> None:
    assert split_repository(name) == docker.auth.resolve_repository_name(name)


def test_split_repository_errors() -> None:
    with pytest.raises(InvalidArgument):
        split_repository("https://reg/x")
    with pytest.raises(InvalidArgument):
        split_repository("-bad.host/x")


@pytest.mark.parametrize(
    "repo",
    [
        "ubuntu",
        "ubuntu:22.04",
        "host:5000/name",
        "host:5000/name:tag",
        "name@sha256:" + "a" * 64,
        "host:5000/name@sha256:" + "b" * 64,
        "a/b/c:latest",
    ],
)
def test_split_tag_like_docker_py(repo: str) -> None:
    assert split_tag(repo) == docker.utils.parse_repository_tag(repo)


@pytest.mark.parametrize(
    ("given", "key"),
    [
        (None, INDEX_URL),
        ("", INDEX_URL),
        ("docker.io", INDEX_URL),
        ("index.docker.io", INDEX_URL),
        ("https://index.docker.io/v1/", INDEX_URL),
        ("reg.example:5000", "reg.example:5000"),
        ("https://reg.example:5000/v2/", "reg.example:5000"),
        ("http://reg.example", "reg.example"),
    ],
)
def test_normalize_registry(given: str | None, key: str) -> None:
    assert normalize_registry(given) == key


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def write_config(d: Path, data: dict[str, object]) -> None:
    d.mkdir(parents=True, exist_ok=True)
    (d / "config.json").write_text(json.dumps(data))


def test_load_from_docker_config_env(tmp_path: Path) -> None:
    write_config(
        tmp_path / "cfg",
        {
            "auths": {
                "https://index.docker.io/v1/": {"auth": b64("hubuser:hub:pass"), "email": "h@x"},
                "https://reg.example:5000": {"auth": b64("u:p")},
                "tok.example": {"identitytoken": "idtok"},
            }
        },
    )
    store = CredentialStore.load(environ={"DOCKER_CONFIG": str(tmp_path / "cfg"), "HOME": str(tmp_path)})
    hub = store.resolve(None)
    assert hub is not None and (hub.username, hub.password, hub.email) == ("hubuser", "hub:pass", "h@x")
    assert store.resolve("docker.io") == hub
    reg = store.resolve("reg.example:5000")
    assert reg is not None and (reg.username, reg.password) == ("u", "p")
    tok = store.resolve("tok.example")
    assert tok is not None and tok.identitytoken == "idtok"
    assert store.resolve("unknown.example") is None
    assert set(store.all_auths()) == {INDEX_URL, "reg.example:5000", "tok.example"}


def test_load_home_and_legacy(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path)}
    assert CredentialStore.load(environ=env).resolve("x.example") is None
    (tmp_path / ".dockercfg").write_text(json.dumps({"x.example": {"auth": b64("a:b")}}))
    legacy = CredentialStore.load(environ=env).resolve("x.example")
    assert legacy is not None and legacy.password == "b"
    write_config(tmp_path / ".docker", {"auths": {"x.example": {"auth": b64("c:d")}}})
    modern = CredentialStore.load(environ=env).resolve("x.example")
    assert modern is not None and modern.password == "d"


def test_bad_config_and_bad_auth_do_not_leak(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{not json " + SECRET)
    with pytest.raises(CredentialError) as e:
        CredentialStore.load(str(tmp_path / "config.json"))
    assert SECRET not in str(e.value)
    store = CredentialStore({"auths": {"r.example": {"auth": b64("no-colon-" + SECRET)}}})
    with pytest.raises(CredentialError) as e2:
        store.resolve("r.example")
    assert SECRET not in str(e2.value)


HELPER = """#!/bin/sh
action="$1"
read -r server || true
case "$action" in
  get)
    case "$server" in
      https://index.docker.io/v1/) echo '{"ServerURL":"'$server'","Username":"hub","Secret":"hubsecret"}' ;;
      tok.example) echo '{"ServerURL":"tok.example","Username":"<token>","Secret":"idtok"}' ;;
      slow.example) sleep 5 ;;
      broken.example) echo 'not json SECRETLEAK' ;;
      fail.example) echo 'backend exploded' ; exit 3 ;;
      *) echo 'credentials not found in native keychain' ; exit 1 ;;
    esac ;;
  list) echo '{"https://index.docker.io/v1/":"hub","tok.example":"<token>"}' ;;
esac
"""


@pytest.fixture
def helper_env(tmp_path: Path) -> dict[str, str]:
    bindir = tmp_path / "bin"
    bindir.mkdir()
    script = bindir / "docker-credential-test"
    script.write_text(HELPER)
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return {"PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}", "HOME": str(tmp_path)}


def test_creds_store_helper(helper_env: dict[str, str]) -> None:
    store = CredentialStore({"credsStore": "test"}, environ=helper_env)
    hub = store.resolve("docker.io")
    assert hub is not None and (hub.username, hub.password) == ("hub", "hubsecret")
    tok = store.resolve("tok.example")
    assert tok is not None and tok.identitytoken == "idtok" and tok.username is None
    assert store.resolve("nothing.example") is None
    assert set(store.all_auths()) == {INDEX_URL, "tok.example"}


def test_cred_helpers_beat_store_and_auths(helper_env: dict[str, str]) -> None:
    config = {
        "credsStore": "missing-helper",
        "credHelpers": {"tok.example": "test"},
        "auths": {"tok.example": {"auth": b64("inline:pw")}, "inline.example": {"auth": b64("i:j")}},
    }
    store = CredentialStore(config, environ=helper_env)
    tok = store.resolve("tok.example")
    assert tok is not None and tok.identitytoken == "idtok"
    with pytest.raises(CredentialError, match="not found on PATH"):
        store.resolve("inline.example")  # the configured credsStore is consulted first, as the CLI does


def test_auths_used_when_store_has_nothing(helper_env: dict[str, str]) -> None:
    store = CredentialStore(
        {"credsStore": "test", "auths": {"inline.example": {"auth": b64("i:j")}}}, environ=helper_env
    )
    found = store.resolve("inline.example")
    assert found is not None and (found.username, found.password) == ("i", "j")


def test_helper_failures_are_credential_errors_without_secrets(helper_env: dict[str, str]) -> None:
    store = CredentialStore({"credsStore": "test"}, environ=helper_env, helper_timeout=0.5)
    with pytest.raises(CredentialError, match="timed out"):
        store.resolve("slow.example")
    with pytest.raises(CredentialError) as e:
        store.resolve("broken.example")
    assert "SECRETLEAK" not in str(e.value)
    with pytest.raises(CredentialError, match="exit 3"):
        store.resolve("fail.example")


def test_remember_wins(helper_env: dict[str, str]) -> None:
    store = CredentialStore({"credsStore": "test"}, environ=helper_env)
    store.remember("https://index.docker.io/v1/", AuthConfig(username="me", password="pw"))
    hub = store.resolve("docker.io")
    assert hub is not None and hub.username == "me"
    assert store.all_auths()[INDEX_URL].username == "me"
