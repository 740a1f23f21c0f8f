"""Connection facts of the real test servers started by ``scripts/servers.sh up``.

``up`` writes ``$DOCKERAPI_SERVERS_DIR/servers.json`` (default directory ``/tmp/dockerapi-servers``)::

    {"docker20": {"base_url": "unix://.../d20/docker.sock", "api": "1.41", ...},
     "docker28": {"base_url": "unix://...", "api": "1.51", "swarm": true, ...},
     "podman":   {"base_url": "unix://..."},
     "swarm":    {"base_url": "unix://...", "swarm": true},
     "tls":      {"base_url": "https://127.0.0.1:2376", "ca": ..., "cert": ..., "key": ...,
                  "wrong_ca": ..., "wrong_cert": ..., "wrong_key": ..., "server_daemon": "docker20"},
     "ssh":      {"base_url": "ssh://root@127.0.0.1:2222", "ssh_config": ..., "bin_dir": ..., ...},
     "registry": {"address": "127.0.0.1:5000", "username": "testuser", "password": ...}}

This module loads those facts, probes each server once per process, and offers small plain-HTTP helpers
(httpx over a unix socket, an explicit TLS context, an HTTP request through ``docker system dial-stdio``
over ssh) that do not depend on the client package under test.
"""

from __future__ import annotations

import functools
import json
import os
import ssl
import subprocess
from pathlib import Path
from typing import Any

import httpx

DEFAULT_DIR = "/tmp/dockerapi-servers"

#: server name -> the pytest marker that selects tests needing it
MARKERS = {
    "docker20": "docker20",
    "docker28": "docker28",
    "podman": "podman",
    "swarm": "swarm",
    "registry": "registry",
    "tls": "tls",
    "ssh": "ssh",
}

#: engines every "works on all engines" test runs against
ENGINES = ("docker20", "docker28", "podman")

#: daemons that are swarm managers
SWARM_MANAGERS = ("swarm", "docker28")


def servers_dir() -> Path:
    return Path(os.environ.get("DOCKERAPI_SERVERS_DIR") or DEFAULT_DIR)


def facts_path() -> Path:
    return servers_dir() / "servers.json"


def require_servers() -> bool:
    """True when a missing or dead server must fail the tests instead of skipping them (CI)."""
    truthy = {"1", "true", "yes", "on"}
    return (
        os.environ.get("CI", "").strip().lower() in truthy
        or os.environ.get("DOCKERAPI_REQUIRE_SERVERS", "").strip().lower() in truthy
    )


@functools.cache
def load_facts() -> dict[str, Any]:
    """All facts, or an empty dict when ``servers.json`` is missing or unreadable."""
    try:
        data = json.loads(facts_path().read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def unix_socket(base_url: str) -> str:
    if not base_url.startswith("unix://"):
        raise ValueError(f"not a unix:// URL: {base_url}")
    return base_url[len("unix://") :]


def http_client(base_url: str, timeout: float = 30.0) -> httpx.Client:
    """A plain httpx client for a ``unix://`` or ``http(s)://`` engine URL."""
    if base_url.startswith("unix://"):
        transport = httpx.HTTPTransport(uds=unix_socket(base_url))
        return httpx.Client(transport=transport, base_url="http://docker", timeout=timeout, trust_env=False)
    return httpx.Client(base_url=base_url, timeout=timeout, trust_env=False)


def tls_context(ca: str, cert: str | None = None, key: str | None = None) -> ssl.SSLContext:
    """An SSL context trusting only ``ca`` (never the environment's bundles), with an optional client cert."""
    ctx = ssl.create_default_context(cafile=ca)
    if cert is not None:
        ctx.load_cert_chain(cert, key)
    return ctx


def tls_client(facts: dict[str, Any], ca: str, cert: str | None, key: str | None) -> httpx.Client:
    return httpx.Client(
        base_url=facts["base_url"], verify=tls_context(ca, cert, key), timeout=15.0, trust_env=False
    )


def ssh_target(facts: dict[str, Any]) -> tuple[str, str]:
    """(user@host, port) from an ``ssh://user@host:port`` URL."""
    rest = facts["base_url"][len("ssh://") :]
    hostpart, _, port = rest.rpartition(":")
    return hostpart, port or "22"


def ssh_dial_stdio_argv(facts: dict[str, Any]) -> list[str]:
    target, port = ssh_target(facts)
    return ["ssh", "-F", facts["ssh_config"], "-p", port, target, "docker", "system", "dial-stdio"]


def ssh_http(facts: dict[str, Any], request: bytes, timeout: float = 30.0) -> bytes:
    """Send one raw HTTP/1.1 request through ``docker system dial-stdio`` over ssh; return the raw reply.

    The request should say ``Connection: close`` so the daemon closes the stream after answering.
    """
    proc = subprocess.run(
        ssh_dial_stdio_argv(facts),
        input=request,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    if not proc.stdout:
        raise RuntimeError(
            f"no answer through ssh (exit {proc.returncode}): {proc.stderr.decode(errors='replace')}"
        )
    return proc.stdout


# --- liveness probes ------------------------------------------------------------------------------------


def _probe_engine(facts: dict[str, Any]) -> None:
    with http_client(facts["base_url"], timeout=5.0) as c:
        r = c.get("/_ping")
        if r.status_code != 200 or r.text.strip() != "OK":
            raise RuntimeError(f"/_ping answered {r.status_code} {r.text[:100]!r}")


def _probe_registry(facts: dict[str, Any]) -> None:
    r = httpx.get(f"http://{facts['address']}/v2/", timeout=5.0, trust_env=False)
    if r.status_code != 401:
        raise RuntimeError(f"/v2/ answered {r.status_code}, expected 401 (auth required)")


def _probe_tls(facts: dict[str, Any]) -> None:
    with tls_client(facts, facts["ca"], facts["cert"], facts["key"]) as c:
        r = c.get("/_ping")
        if r.text.strip() != "OK":
            raise RuntimeError(f"/_ping answered {r.status_code} {r.text[:100]!r}")


def _probe_ssh(facts: dict[str, Any]) -> None:
    reply = ssh_http(facts, b"GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n", timeout=20)
    if not reply.startswith(b"HTTP/1.1 200") or not reply.rstrip().endswith(b"OK"):
        raise RuntimeError(f"unexpected reply {reply[:200]!r}")


_PROBES = {
    "docker20": _probe_engine,
    "docker28": _probe_engine,
    "podman": _probe_engine,
    "swarm": _probe_engine,
    "registry": _probe_registry,
    "tls": _probe_tls,
    "ssh": _probe_ssh,
}


@functools.cache
def check(name: str) -> tuple[dict[str, Any] | None, str]:
    """(facts, "") when server ``name`` is described and answers, else (None, reason). Cached per process."""
    facts = load_facts()
    if not facts:
        return None, (
            f"no server facts at {facts_path()}: start the test servers with "
            "'bash scripts/servers.sh up' (or run 'bash scripts/test.sh')"
        )
    entry = facts.get(name)
    if not isinstance(entry, dict):
        return None, f"server {name!r} is not described in {facts_path()}"
    try:
        _PROBES[name](entry)
    except Exception as exc:  # noqa: BLE001 - any failure means "not usable"
        return (
            None,
            f"server {name!r} ({entry.get('base_url') or entry.get('address')}) does not answer: {exc}",
        )
    return entry, ""
