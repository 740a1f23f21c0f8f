"""`dockerapi.classic` (pure logic over httpx.MockTransport) and its typing; live comparisons with docker-py
are in tests/integration/compat/test_classic_oracle.py."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import dockerapi
import httpx
import pytest
from dockerapi import classic

TYPING = Path(__file__).resolve().parents[1] / "typing"
INSPECT = {
    "Id": "c" * 64, "State": {"Status": "running", "ExitCode": 0, "NewField": [1, None]},
    "Config": {"Tty": False, "Labels": None}, "FutureTopLevel": {"x": 1},
}


def daemon(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/_ping":
        return httpx.Response(200, headers={"Api-Version": "1.41"}, text="OK")
    if request.url.path.endswith("/json") and "/containers/" in request.url.path and "json" != request.url.path:
        if request.url.path.endswith("/containers/json"):
            return httpx.Response(200, json=[{"Id": "a" * 64, "Names": ["/x"]}, {"Id": "b" * 64}])
        return httpx.Response(200, json=INSPECT)
    return httpx.Response(404, json={"message": "no such thing"})


def test_results_are_the_daemons_json_unchanged() -> None:
    client = classic.Client("unix:///nonexistent.sock", transport=httpx.MockTransport(daemon))
    info = client.inspect_container("web")
    assert type(info) is dict and info == INSPECT  # unknown keys, nested unknowns and nulls kept as sent
    assert json.loads(json.dumps(info)) == INSPECT
    listed = client.containers(all=True)
    assert type(listed) is list and all(type(item) is dict for item in listed)
    assert [c["Id"] for c in client.containers(all=True, trunc=True)] == ["a" * 12, "b" * 12]
    with pytest.raises(classic.NotFound, match="no such thing"):
        client.inspect_image("nope")


def test_typed_client_on_the_same_answer_gives_models() -> None:
    client = dockerapi.Client("unix:///nonexistent.sock", transport=httpx.MockTransport(daemon))
    info = client.inspect_container("web")
    assert info.state is not None and info.state.status == "running"
    assert info["FutureTopLevel"] == {"x": 1}


def test_async_classic_client_returns_dicts_and_awaits_helpers() -> None:
    async def main() -> tuple[Any, Any]:
        async with classic.AsyncClient("unix:///nonexistent.sock", version="1.41",
                                       transport=httpx.MockTransport(daemon)) as client:
            return await client.inspect_container("web"), await client.create_host_config(privileged=True)

    info, host_config = asyncio.run(main())
    assert info == INSPECT
    assert type(host_config) is dict and host_config["Privileged"] is True


def test_classic_and_typed_clients_have_the_same_methods_and_signatures() -> None:
    def public(cls: type) -> dict[str, list[str]]:
        return {name: list(inspect.signature(member).parameters) for name, member in inspect.getmembers(cls)
                if not name.startswith("_") and inspect.isfunction(member)}

    # beyond the typed clients' methods, the classic ones have what docker-py code reads of its APIClient as a
    # requests session (get_adapter): that and nothing else
    from dockerapi.classic._session import SessionCompat

    session = public(SessionCompat)
    assert session == {"get_adapter": ["self", "url"]}
    for plain, typed in ((classic.Client, dockerapi.Client), (classic.AsyncClient, dockerapi.AsyncClient)):
        assert {name: params for name, params in public(plain).items() if name not in session} == public(typed)
        assert issubclass(plain, SessionCompat)
    assert classic.Client.inspect_container.__doc__ and "dict (ContainerInspectResponse keys)" in (
        classic.Client.inspect_container.__doc__)


def _mypy(*files: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary", *files],
        capture_output=True, text=True, cwd=TYPING,
    )
    return done.stdout


def test_mypy_reads_classic_results_through_the_typeddicts() -> None:
    output = _mypy("classic_code.py")
    assert [line for line in output.splitlines() if ": error:" in line] == []
    revealed = {int(m.group(1)): m.group(2) for m in
                re.finditer(r"classic_code\.py:(\d+): note: Revealed type is \"(.+)\"", output)}
    assert revealed[12].startswith("TypedDict(dockerapi.classic.typeddicts.ContainerCreateResponse")
    assert revealed[13] == "builtins.str" or revealed[13] == "str"
    assert revealed[16].startswith("TypedDict(dockerapi.classic.typeddicts.ContainerInspectResponse")
    assert revealed[17].replace("builtins.", "") == "str"  # info["State"]["Status"]
    assert revealed[18].replace("builtins.", "") == "int"  # info["State"]["ExitCode"]
    assert revealed[19].startswith("builtins.list[TypedDict(dockerapi.classic.typeddicts.ContainerSummary") or \
        revealed[19].startswith("list[TypedDict(dockerapi.classic.typeddicts.ContainerSummary")
    assert revealed[30].startswith("TypedDict(dockerapi.classic.typeddicts.ContainerInspectResponse")


def test_mypy_reports_unknown_keys_and_wrong_value_types() -> None:
    output = _mypy("classic_errors.py")
    lines = {int(m.group(1)) for m in re.finditer(r"classic_errors\.py:(\d+): error:", output)}
    assert lines == {10, 11, 12}, output
    assert 'has no key "Stat"' in output


def test_attribute_names_keep_acronyms_whole() -> None:
    """A plain CamelCase split cuts acronyms into letters (`ExecIDs` -> `exec_i_ds`); none may appear."""
    from dockerapi import models

    split = re.compile(r"(^|_)[a-z](_|$)")
    allowed = {"n_fd", "n_goroutines", "n_events_listener", "v"}  # "number of ...", and the query flag `v`
    bad = sorted(f"{name}.{field}" for name in models.__all__ if isinstance(getattr(models, name), type)
                 for field in getattr(models, name).model_fields
                 if split.search(field) and field not in allowed)
    bad += sorted(f"{method}({param})" for method, member in inspect.getmembers(dockerapi.Client, inspect.isfunction)
                  for param in inspect.signature(member).parameters if split.search(param) and param not in allowed)
    assert bad == []
    assert "exec_ids" in models.ContainerInspectResponse.model_fields
    assert "enable_ipv6" in models.NetworkCreateRequest.model_fields


def test_networking_helpers_take_docker_pys_positional_arguments() -> None:
    import docker

    theirs = docker.APIClient(base_url="unix:///nonexistent.sock", version="1.41")
    client = classic.Client("unix:///nonexistent.sock", version="1.41")
    mine = client.create_networking_config({"net1": client.create_endpoint_config(["web"], {"db": "database"})})
    expected = theirs.create_networking_config({"net1": theirs.create_endpoint_config(["web"], {"db": "database"})})
    assert mine == expected
    typed = dockerapi.Client("unix:///nonexistent.sock", version="1.41")
    assert typed.create_networking_config({"net1": typed.create_endpoint_config(["web"])}).to_wire() == {
        "EndpointsConfig": {"net1": {"Aliases": ["web"]}}}
