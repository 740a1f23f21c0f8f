"""The real test servers answer as promised (plain HTTP; independent of the client package)."""

from __future__ import annotations

import os
import subprocess
from typing import Any

import httpx
import pytest
import servers

EXPECTED_API = {"docker20": "1.41", "docker28": "1.51", "podman": "1.41"}


def test_facts_file_describes_every_server(servers_facts: dict[str, Any]) -> None:
    if not servers_facts:
        if servers.require_servers():
            pytest.fail(f"no facts at {servers.facts_path()}", pytrace=False)
        pytest.skip(f"no facts at {servers.facts_path()}")
    for name in ("docker20", "docker28", "podman", "swarm", "tls", "ssh", "registry"):
        assert name in servers_facts, name
    for name in ("docker20", "docker28", "podman", "swarm"):
        assert servers_facts[name]["base_url"].startswith("unix://")
    tls = servers_facts["tls"]
    for key in ("ca", "cert", "key", "wrong_ca", "wrong_cert", "wrong_key"):
        assert os.path.isfile(tls[key]), key
    for name in ("ca.pem", "cert.pem", "key.pem"):
        assert os.path.isfile(os.path.join(tls["cert_dir"], name))
        assert os.path.isfile(os.path.join(tls["wrong_cert_dir"], name))
    ssh = servers_facts["ssh"]
    assert os.access(os.path.join(ssh["bin_dir"], "ssh"), os.X_OK)
    assert os.path.isfile(ssh["ssh_config"]) and os.path.isfile(ssh["known_hosts"])


def test_ping_and_version(engine: dict[str, Any]) -> None:
    with servers.http_client(engine["base_url"]) as c:
        ping = c.get("/_ping")
        assert ping.status_code == 200
        assert ping.text == "OK"
        assert "Api-Version" in ping.headers
        version = c.get("/version")
        assert version.status_code == 200
        body = version.json()
    assert body["ApiVersion"] == EXPECTED_API[engine["name"]]
    assert body["ApiVersion"] == engine["api"]
    if engine["name"] == "podman":
        assert body["Version"].startswith("4.")
        assert any(comp.get("Name") == "Podman Engine" for comp in body.get("Components", []))
    else:
        assert body["Version"].startswith({"docker20": "20.10.", "docker28": "28.5."}[engine["name"]])


@pytest.mark.parametrize("image", ["busybox:latest", "busybox:1.35"])
def test_offline_images_present(engine: dict[str, Any], image: str) -> None:
    with servers.http_client(engine["base_url"]) as c:
        r = c.get(f"/images/{image}/json")
    assert r.status_code == 200, r.text
    config = r.json()["Config"]
    assert config["Cmd"] == ["sh"]
    assert any(e.startswith("PATH=") for e in config["Env"])


@pytest.mark.parametrize("image", ["busybox:latest", "busybox:1.35"])
def test_offline_images_present_on_swarm(swarm_manager: dict[str, Any], image: str) -> None:
    with servers.http_client(swarm_manager["base_url"]) as c:
        assert c.get(f"/images/{image}/json").status_code == 200


def test_swarm_inspect(any_swarm_manager: dict[str, Any]) -> None:
    with servers.http_client(any_swarm_manager["base_url"]) as c:
        r = c.get("/swarm")
        assert r.status_code == 200, r.text
        assert r.json()["ID"]
        info = c.get("/info").json()
    assert info["Swarm"]["LocalNodeState"] == "active"
    assert info["Swarm"]["ControlAvailable"] is True


# --- registry login through a daemon --------------------------------------------------------------------


def _login_address(engine_name: str, registry: dict[str, Any]) -> str:
    # Podman 4.3's /auth only falls back to plain HTTP for "localhost:..." addresses
    key = "podman_address" if engine_name == "podman" else "address"
    return str(registry[key])


def test_registry_login_succeeds(engine: dict[str, Any], registry: dict[str, Any]) -> None:
    body = {
        "username": registry["username"],
        "password": registry["password"],
        "serveraddress": _login_address(engine["name"], registry),
    }
    with servers.http_client(engine["base_url"]) as c:
        r = c.post("/auth", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["Status"] == "Login Succeeded"


def test_registry_login_refused_with_wrong_password(engine: dict[str, Any], registry: dict[str, Any]) -> None:
    body = {
        "username": registry["username"],
        "password": "definitely-not-" + registry["password"],
        "serveraddress": _login_address(engine["name"], registry),
    }
    with servers.http_client(engine["base_url"]) as c:
        r = c.post("/auth", json=body)
    assert 400 <= r.status_code < 600, r.text
    assert "401" in r.text or "unauthorized" in r.text.lower()


def test_registry_requires_auth_directly(registry: dict[str, Any]) -> None:
    url = f"http://{registry['address']}/v2/"
    assert httpx.get(url, trust_env=False).status_code == 401
    ok = httpx.get(url, auth=(registry["username"], registry["password"]), trust_env=False)
    assert ok.status_code == 200
    bad = httpx.get(url, auth=(registry["username"], "wrong"), trust_env=False)
    assert bad.status_code == 401


# --- mutual TLS -----------------------------------------------------------------------------------------


def test_tls_ping_with_right_certs(tls_server: dict[str, Any]) -> None:
    with servers.tls_client(tls_server, tls_server["ca"], tls_server["cert"], tls_server["key"]) as c:
        r = c.get("/_ping")
        assert r.status_code == 200 and r.text == "OK"
        assert c.get("/version").json()["ApiVersion"] == "1.41"


def test_tls_refused_with_wrong_ca(tls_server: dict[str, Any]) -> None:
    # the client does not trust the server's certificate
    client = servers.tls_client(tls_server, tls_server["wrong_ca"], tls_server["cert"], tls_server["key"])
    with client as c, pytest.raises(httpx.ConnectError) as exc:
        c.get("/_ping")
    assert "CERTIFICATE_VERIFY_FAILED" in str(exc.value) or "certificate verify failed" in str(exc.value)


def test_tls_refused_without_client_cert(tls_server: dict[str, Any]) -> None:
    with (
        servers.tls_client(tls_server, tls_server["ca"], None, None) as c,
        pytest.raises(httpx.TransportError),
    ):
        c.get("/_ping")


def test_tls_refused_with_foreign_client_cert(tls_server: dict[str, Any]) -> None:
    # the server does not trust a client certificate signed by another CA
    client = servers.tls_client(
        tls_server, tls_server["ca"], tls_server["wrong_cert"], tls_server["wrong_key"]
    )
    with client as c, pytest.raises(httpx.TransportError):
        c.get("/_ping")


def test_plain_http_refused_on_tls_port(tls_server: dict[str, Any]) -> None:
    url = tls_server["base_url"].replace("https://", "http://") + "/_ping"
    r = httpx.get(url, trust_env=False, timeout=10)
    assert r.status_code == 400  # Go's TLS server answers a plain-HTTP request with 400


# --- ssh ------------------------------------------------------------------------------------------------

_PING = b"GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n"


def test_ssh_dial_stdio_ping(ssh_server: dict[str, Any]) -> None:
    reply = servers.ssh_http(ssh_server, _PING)
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK")
    assert b"Api-Version: 1.41" in head
    assert body.strip() == b"OK" or body.strip().endswith(b"OK")


def test_ssh_wrapper_on_path(ssh_server: dict[str, Any]) -> None:
    # a client that runs plain 'ssh' finds the config through the wrapper directory
    env = dict(os.environ, PATH=ssh_server["bin_dir"] + os.pathsep + os.environ.get("PATH", ""))
    target, port = servers.ssh_target(ssh_server)
    proc = subprocess.run(
        ["ssh", "-p", port, target, "docker", "system", "dial-stdio"],
        input=_PING,
        capture_output=True,
        timeout=30,
        env=env,
        check=False,
    )
    assert proc.stdout.startswith(b"HTTP/1.1 200 OK"), proc.stderr
