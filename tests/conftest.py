"""Shared pytest fixtures: one fixture per real test server (see tests/servers.py, scripts/servers.sh).

Each fixture returns that server's facts dict from ``servers.json``. A server that is not described or
does not answer makes the test skip, or fail when ``CI=true`` or ``DOCKERAPI_REQUIRE_SERVERS=1`` (so CI
can never pass by skipping). Liveness is checked once per session per server.

Tests using a server fixture get the matching marker automatically (``-m "not podman"`` works).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import servers  # tests/servers.py, importable thanks to the line above

# fixture name -> server name in servers.json
_FIXTURE_SERVER = {
    "docker20": "docker20",
    "docker28": "docker28",
    "podman": "podman",
    "registry": "registry",
    "tls_server": "tls",
    "ssh_server": "ssh",
    "swarm_manager": "swarm",
}


def require_server(name: str) -> dict[str, Any]:
    """The facts of server ``name``, or skip / fail the current test when it is unavailable."""
    facts, reason = servers.check(name)
    if facts is None:
        if servers.require_servers():
            pytest.fail(f"required test server unavailable (CI): {reason}", pytrace=False)
        pytest.skip(reason)
    return facts


@pytest.fixture(scope="session")
def servers_facts() -> dict[str, Any]:
    """The whole servers.json (empty dict when absent)."""
    return servers.load_facts()


@pytest.fixture(scope="session")
def docker20() -> dict[str, Any]:
    return require_server("docker20")


@pytest.fixture(scope="session")
def docker28() -> dict[str, Any]:
    return require_server("docker28")


@pytest.fixture(scope="session")
def podman() -> dict[str, Any]:
    return require_server("podman")


@pytest.fixture(scope="session")
def registry() -> dict[str, Any]:
    return require_server("registry")


@pytest.fixture(scope="session")
def tls_server() -> dict[str, Any]:
    return require_server("tls")


@pytest.fixture(scope="session")
def ssh_server() -> dict[str, Any]:
    return require_server("ssh")


@pytest.fixture(scope="session")
def swarm_manager() -> dict[str, Any]:
    """The dedicated Docker 20.10 swarm manager (in its own network namespace)."""
    return require_server("swarm")


@pytest.fixture(params=servers.ENGINES, ids=list(servers.ENGINES))
def engine(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Each engine in turn (docker20, docker28, podman): facts plus ``"name"``."""
    return {"name": request.param, **require_server(request.param)}


@pytest.fixture(params=servers.SWARM_MANAGERS, ids=list(servers.SWARM_MANAGERS))
def any_swarm_manager(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Each swarm manager in turn (swarm 20.10, docker28): facts plus ``"name"``."""
    return {"name": request.param, **require_server(request.param)}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        names = getattr(item, "fixturenames", ())
        wanted = {servers.MARKERS[_FIXTURE_SERVER[f]] for f in names if f in _FIXTURE_SERVER}
        callspec = getattr(item, "callspec", None)
        if callspec is not None:
            for key in ("engine", "any_swarm_manager"):
                server = callspec.params.get(key)
                if server in servers.MARKERS:
                    wanted.add(servers.MARKERS[server])
        for marker in sorted(wanted):
            item.add_marker(getattr(pytest.mark, marker))
