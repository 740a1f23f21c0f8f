"""Issue 24, the parts that are pure logic: read deadlines of builds, pulls and pushes; the empty auth header of
a push; detachKeys from the config file; wait()'s ExitStatus; BuildError as a StreamError; docker-py's
constructor keywords and `kwargs_from_env` (with docker-py 7.2's own as the oracle, never as a source).
The same behaviours against the real servers: tests/integration/*/test_docker_py72.py."""

from __future__ import annotations

import base64
import copy
import io
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from dockerapi import BuildError, ExitStatus, InvalidArgument, StreamError, classic
from dockerapi import _catalog as catalog
from dockerapi._auth import CredentialStore
from dockerapi._request import build_request, timeout_limits
from dockerapi.classic import Client

# --- read deadlines (item 5) ------------------------------------------------------------------------------


def _client(**kwargs: Any) -> Client:
    # never contacted: build_request reads only the client's timeout and credentials
    client = Client("unix:///nonexistent/docker.sock", version="1.41", timeout=7, **kwargs)
    client._credentials, client._credentials_loaded = CredentialStore({}), True
    return client


def _read(op: Any, args: dict[str, Any], client: Client | None = None) -> Any:
    return timeout_limits(build_request(client or _client(), op, args, (1, 41)).timeout)["read"]


def test_a_build_has_no_read_deadline_unless_the_call_gives_one() -> None:
    dockerfile = {"fileobj": io.BytesIO(b"FROM busybox\nRUN sleep 100\n")}
    assert _read(catalog.build, dict(dockerfile)) is None  # a silent step may take as long as it needs
    assert timeout_limits(build_request(_client(), catalog.build, dict(dockerfile), (1, 41)).timeout)["connect"] == 7
    assert _read(catalog.build, {"fileobj": io.BytesIO(b"FROM busybox\n"), "timeout": 30}) == 30
    assert _read(catalog.build, {"fileobj": io.BytesIO(b"FROM busybox\n"), "request_timeout": 3}) == 3


def test_pull_and_imports_wait_as_long_as_they_run_push_and_load_keep_the_clients_deadline() -> None:
    assert _read(catalog.pull, {"repository": "busybox"}) is None
    assert _read(catalog.import_image_from_data, {"data": b"tar"}) is None
    assert _read(catalog.import_image_from_url, {"url": "http://x/y.tar"}) is None
    assert _read(catalog.push, {"repository": "127.0.0.1:5000/x/y"}) == 7
    assert _read(catalog.load_image, {"data": b"tar"}) == 7


# --- push sends X-Registry-Auth always (item 6) ---------------------------------------------------------------


def test_a_push_without_credentials_sends_an_empty_auth_document() -> None:
    prepared = build_request(_client(), catalog.push, {"repository": "127.0.0.1:5000/x/y", "tag": "t"}, (1, 41))
    assert json.loads(base64.urlsafe_b64decode(prepared.headers["X-Registry-Auth"])) == {}
    # a pull without credentials sends none, as before (the daemon then pulls anonymously)
    pulled = build_request(_client(), catalog.pull, {"repository": "busybox"}, (1, 41))
    assert "X-Registry-Auth" not in pulled.headers


# --- detachKeys from the config file (item 10) -----------------------------------------------------------------


def test_detach_keys_come_from_the_config_file_unless_the_call_names_some() -> None:
    client = _client()
    client._credentials = CredentialStore({"detachKeys": "ctrl-x,x"})
    socket_request = build_request(client, catalog.attach_socket, {"container": "c"}, (1, 41))
    assert "detachKeys=ctrl-x%2Cx" in socket_request.url
    mine = build_request(client, catalog.attach_socket, {"container": "c", "detach_keys": "ctrl-y"}, (1, 41))
    assert "detachKeys=ctrl-y" in mine.url and "ctrl-x" not in mine.url
    created = build_request(client, catalog.exec_create, {"container": "c", "cmd": "sh"}, (1, 41))
    assert json.loads(created.content)["DetachKeys"] == "ctrl-x,x"
    plain = build_request(_client(), catalog.exec_create, {"container": "c", "cmd": "sh"}, (1, 41))
    assert "DetachKeys" not in json.loads(plain.content)


# --- wait() (item 3) and BuildError (item 5) -------------------------------------------------------------------


def test_exit_status_is_the_int_and_the_document() -> None:
    status = ExitStatus(3, {"Message": "boom"})
    assert status == 3 and isinstance(status, int) and status + 1 == 4
    assert (status["StatusCode"], status["Error"], status.get("Error")) == (3, {"Message": "boom"}, {"Message": "boom"})
    assert status.get("Other", "x") == "x" and "StatusCode" in status
    assert dict(status) == status.to_dict() == {"StatusCode": 3, "Error": {"Message": "boom"}}
    with pytest.raises(KeyError):
        status["Other"]
    assert json.dumps(status) == "3"  # the seed's exit code on the wire
    copied = pickle.loads(pickle.dumps(status))
    assert copied == 3 and copied.error == {"Message": "boom"} and copy.copy(status).error == {"Message": "boom"}
    assert ExitStatus(0).get("Error") is None


def test_build_error_is_also_a_stream_error() -> None:
    error = BuildError("failed", [{"stream": "Step 1"}, {"error": "failed"}])
    assert isinstance(error, StreamError) and error.msg == "failed" and error.detail == {"error": "failed"}
    assert classic.BuildError is BuildError


# --- docker-py's constructor keywords and kwargs_from_env (item 2) ----------------------------------------------


def test_docker_py_constructor_keywords_are_accepted() -> None:
    client = Client("unix:///nonexistent/docker.sock", max_pool_size=3, num_pools=5, use_ssh_client=True,
                    credstore_env={"FOO": "bar"})
    assert client._transport._max_idle == 3  # max_pool_size is the pool size
    assert client.credentials._helper_env == {"FOO": "bar"}
    client.close()
    with pytest.raises(InvalidArgument, match="max_pool_size"):
        Client("unix:///nonexistent/docker.sock", max_pool_size=3, max_connections=4)


def test_credential_helpers_run_with_credstore_env(tmp_path: Path) -> None:
    helper = tmp_path / "docker-credential-c72"
    helper.write_text('#!/bin/sh\nread server\nprintf \'{"ServerURL":"%s","Username":"%s","Secret":"%s"}\' '
                      '"$server" "$C72_USER" "$C72_SECRET"\n')
    helper.chmod(0o755)
    store = CredentialStore({"credsStore": "c72"}, environ={"PATH": str(tmp_path)},
                            helper_env={"C72_USER": "me", "C72_SECRET": "s3"})
    auth = store.resolve("registry.example")
    assert auth is not None and (auth.username, auth.password) == ("me", "s3")


def _comparable(kwargs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"base_url": kwargs.get("base_url")}
    tls = kwargs.get("tls")
    if tls is not None:
        out["tls"] = (tuple(tls.cert) if hasattr(tls, "cert") else tls.client_cert, tls.ca_cert, tls.verify)
    return out


@pytest.mark.parametrize("environment", [
    {},
    {"DOCKER_HOST": "tcp://10.0.0.1:2375"},
    {"DOCKER_HOST": "tcp://10.0.0.1:2376", "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": "CERTS"},
    {"DOCKER_HOST": "tcp://10.0.0.1:2376", "DOCKER_TLS_VERIFY": "", "DOCKER_CERT_PATH": "CERTS"},
    {"DOCKER_CERT_PATH": "CERTS"},
], ids=["empty", "host", "tls-verify", "tls-no-verify", "cert-path-only"])
def test_kwargs_from_env_gives_what_docker_py_gives(environment: dict[str, str], tmp_path: Path) -> None:
    docker_utils = pytest.importorskip("docker.utils")
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / name).write_text("not checked here")
    env = {k: (str(tmp_path) if v == "CERTS" else v) for k, v in environment.items()}
    from dockerapi.classic.utils import kwargs_from_env
    from dockerapi.utils import kwargs_from_env as same

    assert kwargs_from_env is same
    assert _comparable(kwargs_from_env(env)) == _comparable(docker_utils.kwargs_from_env(environment=env))
    assert set(kwargs_from_env(env)) == set(docker_utils.kwargs_from_env(environment=env))
