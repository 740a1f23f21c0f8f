"""The regeneration drill of docs/architecture.md ("A new API version"), run end to end on a synthetic API 1.57.

A copy of the swagger folder gets a v1.57.yaml derived from the newest file with a new endpoint, a new query
parameter, a new model field and a removed body field; `python -m codegen import` and `python -m codegen
generate` then run in a temporary copy of the repository (the real spec/ and generated/ are never written).
The result must have the new method, typed and gated at 1.57, the new parameter gated, the removed field
carrying `until`, a package that passes `mypy --strict`, and a coverage check that asks for a test of the new
operation.

Needs the swagger folder (../shared/moby-api): without it the test skips and says so, except under CI=true
where a missing input is a failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SWAGGER = ROOT.parent / "shared" / "moby-api"

pytestmark = pytest.mark.regeneration

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _version_key(path: Path) -> tuple[int, int]:
    major, minor = path.stem[1:].split(".")
    return int(major), int(minor)


def _next_version(newest: Path) -> tuple[str, str]:
    major, minor = _version_key(newest)
    return f"{major}.{minor}", f"{major}.{minor + 1}"


def next_swagger(doc: dict[str, Any]) -> dict[str, Any]:
    """The newest swagger plus what a next release might bring (one change of each kind)."""
    doc["paths"]["/containers/{id}/health"] = {"get": {
        "summary": "The health-check state of a container.",
        "operationId": "ContainerHealth",
        "tags": ["Container"],
        "produces": ["application/json"],
        "parameters": [{"name": "id", "in": "path", "required": True, "type": "string",
                        "description": "ID or name of the container"}],
        "responses": {
            "200": {"description": "no error", "schema": {"$ref": "#/definitions/Health"}},
            "404": {"description": "no such container", "schema": {"$ref": "#/definitions/ErrorResponse"}},
            "500": {"description": "server error", "schema": {"$ref": "#/definitions/ErrorResponse"}},
        },
    }}
    doc["paths"]["/containers/json"]["get"]["parameters"].append(
        {"name": "includeHealth", "in": "query", "type": "boolean", "default": False,
         "description": "Add each container's health-check state."})
    doc["definitions"]["Health"]["properties"]["LastCheck"] = {
        "type": "string", "format": "dateTime", "description": "When the last check ran."}
    del doc["definitions"]["ContainerConfig"]["properties"]["StopTimeout"]
    return doc


# Runs with the regenerated package on PYTHONPATH; every check says what it looked at.
CHECKS = textwrap.dedent('''
    import inspect, json, sys
    import httpx
    from dockerapi import Client, InvalidVersion, models

    OLD, NEW = sys.argv[1], sys.argv[2]
    sent = []

    def daemon(request):
        sent.append(request)
        if request.url.path.endswith("/health"):
            return httpx.Response(200, json={"Status": "healthy", "FailingStreak": 0,
                                             "LastCheck": "2026-01-02T03:04:05.123456789Z"})
        if request.url.path.endswith("/containers/json"):
            return httpx.Response(200, json=[])
        return httpx.Response(201, json={"Id": "abc", "Warnings": []})

    def client(version):
        return Client("http://daemon", version=version, transport=httpx.MockTransport(daemon))

    def refused(call):
        before = len(sent)
        try:
            call()
        except InvalidVersion as exc:
            assert len(sent) == before, "a refused call sent a request"
            return str(exc)
        raise AssertionError("not refused")

    # the new operation: a typed method, refused before 1.57, sent from 1.57
    returns = inspect.signature(Client.container_health).return_annotation
    assert returns == "models.Health", returns
    print("refused at", OLD, "->", refused(lambda: client(OLD).container_health("abc")))
    health = client(NEW).container_health("abc")
    assert isinstance(health, models.Health) and health.status == "healthy", health
    assert sent[-1].url.path == f"/v{NEW}/containers/abc/health", sent[-1].url

    # the new field: typed, gated 1.57
    assert models.Health.__gates__["LastCheck"] == ((1, int(NEW.split(".")[1])), None), models.Health.__gates__
    assert health.last_check == "2026-01-02T03:04:05.123456789Z", health.last_check

    # the new parameter: refused before 1.57, sent from 1.57; left at its default it is never refused
    client(OLD).containers()
    print("refused at", OLD, "->", refused(lambda: client(OLD).containers(include_health=True)))
    client(NEW).containers(include_health=True)
    assert sent[-1].url.params["includeHealth"] == "1", sent[-1].url  # booleans go as 1/0, like the others

    # the removed field: still a keyword for the versions that have it, refused from 1.57
    client(OLD).create_container("busybox", stop_timeout=5)
    assert json.loads(sent[-1].content)["StopTimeout"] == 5
    print("refused at", NEW, "->", refused(lambda: client(NEW).create_container("busybox", stop_timeout=5)))
    assert models.ContainerConfig.__gates__["StopTimeout"][1] == (1, int(NEW.split(".")[1]))
    print("checks passed")
''')


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env={**os.environ, **env}, timeout=300)


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"{' '.join(done.args)} exited {done.returncode}:\n{done.stdout}{done.stderr}"
    return done.stdout


def _digest(folder: Path) -> str:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return hashlib.sha256(b"".join(p.relative_to(folder).as_posix().encode() + p.read_bytes() for p in files)).hexdigest()


@pytest.fixture(scope="module")
def drill(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not SWAGGER.is_dir():
        message = f"{SWAGGER} not found: the regeneration drill needs the Engine API swagger files"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    base = tmp_path_factory.mktemp("drill")
    swagger = base / "moby-api"
    swagger.mkdir()
    for entry in SWAGGER.iterdir():  # the released files unchanged (linked), plus the next one
        (swagger / entry.name).symlink_to(entry)
    newest = max(SWAGGER.glob("v1.*.yaml"), key=_version_key)
    old, new = _next_version(newest)
    doc = next_swagger(yaml.load(newest.read_text(encoding="utf-8"), Loader=_Loader))
    (swagger / f"v{new}.yaml").write_text(yaml.dump(doc, Dumper=_Dumper, sort_keys=False), encoding="utf-8")

    repo = base / "repo"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", ".pytest_cache", ".ruff_cache")
    for part in ("codegen", "spec", "generated", "docs", "tests"):
        shutil.copytree(ROOT / part, repo / part, ignore=skip)
    shutil.copy2(ROOT / "pyproject.toml", repo / "pyproject.toml")
    real = {part: _digest(ROOT / part) for part in ("spec", "generated")}

    env = {"PYTHONPATH": str(repo / "generated")}
    imported = _ok(_run([sys.executable, "-m", "codegen", "import", str(swagger)], repo, **env))
    generated = _ok(_run([sys.executable, "-m", "codegen", "generate"], repo, **env))
    return {"repo": repo, "old": old, "new": new, "env": env, "real": real,
            "import": imported, "generate": generated}


def _imported(drill: dict[str, Any], area: str) -> dict[str, Any]:
    path = drill["repo"] / "spec" / "imported" / "operations" / f"{area}.yaml"
    return yaml.safe_load(path.read_text())["operations"]


def test_the_import_dates_each_change(drill: dict[str, Any]) -> None:
    new = drill["new"]
    ops = _imported(drill, "container")
    assert (ops["ContainerHealth"]["since"], ops["ContainerHealth"]["response"]["type"]) == (new, "Health")
    params = {p["wire"]: p for p in ops["ContainerList"]["params"]}
    assert params["includeHealth"]["since"] == new
    stop = {p["wire"]: p for p in ops["ContainerCreate"]["params"]}["StopTimeout"]
    assert stop["until"] == new and "since" in stop
    models = yaml.safe_load((drill["repo"] / "spec" / "imported" / "models.yaml").read_text())
    assert models["newest"] == new
    health = {f["wire"]: f for f in models["models"]["Health"]["fields"]}
    assert (health["LastCheck"]["since"], health["LastCheck"]["type"]) == (new, "timestamp")
    config = {f["wire"]: f for f in models["models"]["ContainerConfig"]["fields"]}
    assert config["StopTimeout"]["until"] == new


def test_the_regenerated_client_is_typed_and_gated(drill: dict[str, Any]) -> None:
    done = _run([sys.executable, "-c", CHECKS, drill["old"], drill["new"]], drill["repo"], **drill["env"])
    out = _ok(done)
    assert "checks passed" in out
    refusals = [line for line in out.splitlines() if line.startswith("refused at")]
    assert len(refusals) == 3 and all(drill["new"] in line for line in refusals), out


USAGE = textwrap.dedent('''
    from dockerapi import AsyncClient, Client

    async def both(client: Client, aclient: AsyncClient) -> None:
        reveal_type(client.container_health("abc"))
        reveal_type((await aclient.container_health("abc")).last_check)
        client.containers(include_health=True)
        client.containers(include_health="yes")  # a str where a bool belongs: mypy must object
''')


def test_the_regenerated_package_is_mypy_strict_clean_and_the_new_method_typed(drill: dict[str, Any]) -> None:
    (drill["repo"] / "usage.py").write_text(USAGE)
    done = _run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(drill["repo"] / ".mypy_cache"),
                 "generated/dockerapi", "usage.py"], drill["repo"], MYPYPATH=str(drill["repo"] / "generated"))
    problems = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(problems) == 1 and problems[0].startswith("usage.py:8:"), done.stdout  # only the wrong argument
    assert 'Revealed type is "dockerapi.models.Health"' in done.stdout, done.stdout
    assert re.search(r'usage\.py:6: note: Revealed type is "(Union\[builtins\.str, None\]|(builtins\.)?str \| None)"',
                     done.stdout), done.stdout


def test_the_coverage_check_asks_for_a_test_of_the_new_operation(drill: dict[str, Any]) -> None:
    done = _run([sys.executable, "-m", "codegen", "coverage", "--json"], drill["repo"], **drill["env"])
    assert done.returncode == 1, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["without_test"] == ["ContainerHealth"]
    row = next(r for r in result["operations"] if r["operation"] == "ContainerHealth")
    assert (row["method"], row["since"], row["derived"]) == ("container_health", drill["new"], True)


def test_both_clients_have_the_new_method_with_one_signature(drill: dict[str, Any]) -> None:
    done = _run([sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", "-k", "container_health",
                 "tests/unit/test_catalog_coverage.py"], drill["repo"], **drill["env"])
    out = _ok(done)
    for test in ("test_method_on_both_clients_with_the_same_signature", "test_method_parameters_are_the_catalogs"):
        assert f"{test}[container_health] PASSED" in out, out


def test_the_real_catalog_and_package_were_not_touched(drill: dict[str, Any]) -> None:
    assert {part: _digest(ROOT / part) for part in ("spec", "generated")} == drill["real"]
