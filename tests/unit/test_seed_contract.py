"""The user's contract (the seed's classic `Client` API, ../shared/seed/client-api.md) against the package.

Every `## method` section of the seed must be a method of `Client` and of `AsyncClient`, and every
parameter its `**Params**` list names must be a parameter of that method. A parameter the seed documents
but that no supported API version has (moved into host_config, removed, or never there) keeps its
keyword and is refused with `InvalidVersion` before anything is sent.

The seed is not shipped with the package: where it is absent these tests skip and say so.
"""

from __future__ import annotations

import asyncio
import inspect
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import dockerapi
import dockerapi.utils
import httpx
import pytest
from dockerapi import AsyncClient, Client, InvalidArgument, InvalidVersion, TLSConfig, _catalog
from dockerapi import _convert as cv
from dockerapi._operation import Operation

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "client-api.md"
SEED_SHOWN = "../shared/seed/client-api.md"
MIN_API = (1, 24)


# --------------------------------------------------------------------------- parsing the seed


class Section:
    def __init__(self, name: str, body: str) -> None:
        self.name = name
        self.body = body
        self.params = _params(body)

    @property
    def prose(self) -> bool:
        """Only words (`execute`, `insert`): no parameters, no result, no example calling it."""
        return (
            "**Params**" not in self.body
            and "**Returns**" not in self.body
            and f".{self.name}(" not in self.body
        )

    def __repr__(self) -> str:
        return self.name


_BULLET = re.compile(r"^\* (\w+)(?: \((.*?)\))?:", re.M)


def _params(body: str) -> list[tuple[str, str]]:
    """The `* name (type): ...` bullets of a section's **Params** block (nested `- key` lines excluded)."""
    if "**Params**" not in body:
        return []
    block = body.split("**Params**", 1)[1]
    block = re.split(r"^\*\*(?!Params)|^```|^###", block, maxsplit=1, flags=re.M)[0]
    return [(name, kind or "") for name, kind in _BULLET.findall(block)]


def _read_seed() -> tuple[str, list[Section]]:
    text = SEED.read_text(encoding="utf-8")
    preamble, *rest = re.split(r"^## ", text, flags=re.M)
    sections = []
    for chunk in rest:
        heading, _, body = chunk.partition("\n")
        sections.append(Section(heading.strip(), body))
    return preamble, sections


if not SEED.is_file():
    pytest.skip(f"SKIPPED: {SEED_SHOWN} not found", allow_module_level=True)

PREAMBLE, SECTIONS = _read_seed()
METHODS = [s for s in SECTIONS if re.fullmatch(r"[a-z_]+", s.name) and not s.prose]
PROSE = [s for s in SECTIONS if s.prose]
SEED_PARAMS = [(s.name, name) for s in METHODS for name, _ in s.params]


def test_the_seed_was_read_as_expected() -> None:
    """Guards the parser: if the seed's layout changed, the tests below would check nothing."""
    names = [s.name for s in METHODS]
    assert len(names) >= 60
    for expected in ("create_container", "exec_create", "logs", "get_archive", "wait", "volumes"):
        assert expected in names
    assert {s.name for s in PROSE} == {"execute", "insert"}
    by_name = {s.name: s for s in SECTIONS}
    assert by_name["exec_create"].params[4] == ("since", "UTC datetime or int")
    assert [n for n, _ in by_name["build"].params][-2:] == ["container_limits", "decode"]  # not memory...
    assert [n for n, _ in by_name["update_container"].params][-1] == "kernel_memory"
    assert len(SEED_PARAMS) >= 200


# --------------------------------------------------------------------------- methods and parameters


def _signature(cls: type, method: str) -> inspect.Signature:
    function = getattr(cls, method, None)
    assert function is not None, f"{cls.__name__} has no method {method}() (the seed documents it)"
    return inspect.signature(function)


@pytest.mark.parametrize("cls", [Client, AsyncClient])
@pytest.mark.parametrize("section", METHODS, ids=str)
def test_each_seed_method_exists_with_its_documented_params(cls: type, section: Section) -> None:
    parameters = _signature(cls, section.name).parameters
    missing = [name for name, _ in section.params if name not in parameters]
    assert not missing, f"{cls.__name__}.{section.name}() lacks the seed's parameters {missing}"


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_async_methods_are_coroutines_with_the_same_signature(cls: type) -> None:
    for section in METHODS:
        sync, other = _signature(Client, section.name), _signature(cls, section.name)
        assert list(sync.parameters) == list(other.parameters), section.name
        if cls is AsyncClient:
            assert inspect.iscoroutinefunction(getattr(AsyncClient, section.name)), section.name


def test_prose_sections_are_still_callable_names() -> None:
    """`execute` (deprecated in favour of exec_create/exec_start) and `insert` (removed) are named only."""
    for section in PROSE:
        assert callable(getattr(Client, section.name)), section.name
        assert callable(getattr(AsyncClient, section.name)), section.name


# --------------------------------------------------------------------------- parameters no API version has


def _operation(method: str) -> Operation | None:
    found = getattr(_catalog, method, None)
    return found if isinstance(found, Operation) else None


REFUSED = sorted(
    (method, name)
    for method, name in SEED_PARAMS
    if (op := _operation(method)) is not None
    for p in op.params
    if p.name == name and p.until is not None and p.until <= MIN_API
)

# a value for each such keyword (one a user would have written for the old API)
SAMPLE = {
    "mem_limit": "128m",
    "memswap_limit": "256m",
    "cpu_shares": 512,
    "dns": ["8.8.8.8"],
    "volumes_from": ["other"],
    "volume_driver": "local",
    "since": datetime(2024, 1, 2, tzinfo=timezone.utc),
    "insecure_registry": True,
    "host_config": {"Privileged": True},
}


class Recorder:
    """A daemon that answers everything and records what it was asked."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/_ping"):
            return httpx.Response(200, text="OK", headers={"Api-Version": "1.44"})
        if request.url.path.endswith("/exec"):
            return httpx.Response(201, json={"Id": "e1"})
        if request.url.path.endswith("/logs"):
            return httpx.Response(
                200, content=b"", headers={"Content-Type": "application/vnd.docker.raw-stream"}
            )
        if request.url.path.endswith("/json"):
            return httpx.Response(200, json={"Id": "c1", "Config": {"Tty": True}})
        return httpx.Response(200, json={})


def _call_args(method: str) -> list[Any]:
    """Plain strings for the method's required positional parameters."""
    parameters = inspect.signature(getattr(Client, method)).parameters.values()
    return [
        "x"
        for p in parameters
        if p.name != "self" and p.default is inspect.Parameter.empty and p.kind is p.POSITIONAL_OR_KEYWORD
    ]


def test_refused_seed_params_are_the_expected_ones() -> None:
    """The seed parameters that only old (unsupported) API versions had; each has an advice."""
    assert REFUSED == sorted(
        [
            ("create_container", "cpu_shares"),
            ("create_container", "dns"),
            ("create_container", "mem_limit"),
            ("create_container", "memswap_limit"),
            ("create_container", "volume_driver"),
            ("create_container", "volumes_from"),
            ("exec_create", "since"),
            ("pull", "insecure_registry"),
            ("push", "insecure_registry"),
        ]
    )
    for method, name in REFUSED:
        (param,) = [p for p in _operation(method).params if p.name == name]  # type: ignore[union-attr]
        assert param.advice, f"{method}({name}=...) is refused without telling what to do instead"


@pytest.mark.parametrize(("method", "name"), REFUSED)
def test_refused_seed_params_raise_invalid_version_before_sending(method: str, name: str) -> None:
    daemon = Recorder()
    client = Client("unix:///nonexistent.sock", version="1.44", transport=httpx.MockTransport(daemon))
    with pytest.raises(InvalidVersion, match=rf"{method}\(\): parameter '{name}' needs API < 1\.24") as info:
        getattr(client, method)(*_call_args(method), **{name: SAMPLE[name]})
    assert "no version this client supports" in str(info.value)
    assert daemon.requests == []


@pytest.mark.parametrize(("method", "name"), REFUSED)
def test_refused_seed_params_raise_invalid_version_async(method: str, name: str) -> None:
    daemon = Recorder()

    async def run() -> None:
        async with AsyncClient(
            "unix:///nonexistent.sock", version="1.44", transport=httpx.MockTransport(daemon)
        ) as client:
            await getattr(client, method)(*_call_args(method), **{name: SAMPLE[name]})

    with pytest.raises(InvalidVersion, match=rf"parameter '{name}'"):
        asyncio.run(run())
    assert daemon.requests == []


def test_start_host_config_is_refused_like_the_seed_warns() -> None:
    """The seed's start() deprecation: host settings go to create_container(host_config=...)."""
    daemon = Recorder()
    client = Client("unix:///nonexistent.sock", version="1.44", transport=httpx.MockTransport(daemon))
    with pytest.raises(InvalidVersion, match=r"create_container\(host_config=create_host_config"):
        client.start("ctr", host_config=SAMPLE["host_config"])
    assert daemon.requests == []


def test_exec_create_since_is_refused_with_advice_and_absent_by_default() -> None:
    daemon = Recorder()
    client = Client("unix:///nonexistent.sock", version="1.44", transport=httpx.MockTransport(daemon))
    with pytest.raises(InvalidVersion, match=r"logs\(container, since=\.\.\.\)"):
        client.exec_create("ctr", "pwd", since=1700000000)
    assert daemon.requests == []
    assert client.exec_create("ctr", "pwd", since=None)["Id"] == "e1"
    (sent,) = daemon.requests
    assert sent.method == "POST" and sent.url.path == "/v1.44/containers/ctr/exec"
    body = httpx.Response(200, content=sent.content).json()
    assert body["Cmd"] == ["pwd"] and "since" not in body and "Since" not in body


# --------------------------------------------------------------------------- the constructor


def test_constructor_params_of_the_seed() -> None:
    documented = [name for name, _ in _params(PREAMBLE)]
    assert documented == ["base_url", "version", "timeout", "tls"]
    # the seed's own example, "unix://" with a relative-looking path: the socket /var/run/docker.sock
    cli = Client(base_url="unix://var/run/docker.sock")
    assert cli.base_url == "http+docker://localhost"  # as docker-py shows a socket (testcontainers reads it)
    pinned = Client(base_url="tcp://127.0.0.1:2375", version="1.41", timeout=7, tls=False)
    assert (pinned.base_url, pinned.api_version, pinned.timeout) == ("http://127.0.0.1:2375", "1.41", 7)
    secured = Client(base_url="tcp://127.0.0.1:2376", version="1.41", tls=TLSConfig(verify=False))
    assert secured.base_url == "https://127.0.0.1:2376"
    assert (
        Client(base_url="tcp://127.0.0.1:2376", version="1.41", tls=True).base_url == "https://127.0.0.1:2376"
    )
    # positional, in the seed's order
    ordered = Client("tcp://127.0.0.1:2375", "1.30", 3, False)
    assert (ordered.api_version, ordered.timeout) == ("1.30", 3)
    asynchronous = AsyncClient(base_url="tcp://127.0.0.1:2375", version="1.41", timeout=7, tls=False)
    assert asynchronous.timeout == 7
    with pytest.raises(InvalidVersion, match="older than the oldest"):
        Client(base_url="tcp://127.0.0.1:2375", version="1.18")


def test_version_auto_negotiates_with_the_daemon() -> None:
    daemon = Recorder()
    client = Client("unix:///nonexistent.sock", version="auto", transport=httpx.MockTransport(daemon))
    assert client.api_version == "1.44"
    assert [r.url.path for r in daemon.requests] == ["/_ping"]


def test_tls_config_is_exported_and_takes_docker_py_s_main_keywords() -> None:
    parameters = inspect.signature(TLSConfig).parameters
    for name in ("client_cert", "ca_cert", "verify", "assert_hostname"):
        assert name in parameters
    assert dockerapi.TLSConfig is TLSConfig


# --------------------------------------------------------------------------- helpers the seed names


def test_parse_env_file_and_create_container_config_as_in_the_seed(tmp_path: Path) -> None:
    section = next(s for s in SECTIONS if s.name == "create_container")
    assert "### docker.utils.parse_env_file" in section.body
    env_file = tmp_path / "env"
    env_file.write_text("USERNAME=jdoe\nPASSWORD=secret\n")
    my_envs = dockerapi.utils.parse_env_file(str(env_file))
    assert my_envs == {"USERNAME": "jdoe", "PASSWORD": "secret"}
    config = dockerapi.utils.create_container_config("1.18", "_mongodb", "foobar", environment=my_envs)
    assert config["Image"] == "_mongodb"
    assert config["Cmd"] == ["foobar"]
    assert sorted(config["Env"]) == ["PASSWORD=secret", "USERNAME=jdoe"]


def test_create_host_config_is_a_client_method() -> None:
    for cls in (Client, AsyncClient):
        assert "port_bindings" in _signature(cls, "create_host_config").parameters
    cli = Client("tcp://127.0.0.1:2375", version="1.44")
    host_config = cli.create_host_config(port_bindings={80: 8080}, binds=["/tmp:/data:ro"])
    assert host_config["PortBindings"] == {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}
    assert host_config["Binds"] == ["/tmp:/data:ro"]


# --------------------------------------------------------------------------- logs since/until keep fractions


def test_epoch_time_keeps_fractions_of_a_second() -> None:
    assert cv.epoch_time(1700000000.5) == "1700000000.5"
    assert cv.epoch_time(1700000000.1) == "1700000000.1"  # the decimal written, not 0.0999999046
    assert cv.epoch_time(1700000000.123456789) == "1700000000.1234567"  # a float's own precision
    assert cv.epoch_time(0.25) == "0.25"
    assert cv.epoch_time(1e-7) == "0.0000001"
    assert cv.epoch_time(1700000000.0) == 1700000000
    assert cv.epoch_time(1700000000) == 1700000000
    assert cv.epoch_time("1700000000.25") == "1700000000.25"
    moment = datetime(2023, 11, 14, 22, 13, 20, 500000, tzinfo=timezone.utc)
    assert cv.epoch_time(moment) == "1700000000.5"
    assert cv.epoch_time(moment.replace(microsecond=0)) == 1700000000
    assert cv.epoch_time(datetime(2023, 11, 14, 22, 13, 20, 1)) == "1700000000.000001"  # naive is UTC
    plus_two = timezone(timedelta(hours=2))
    assert cv.epoch_time(datetime(2023, 11, 15, 0, 13, 20, 250000, tzinfo=plus_two)) == "1700000000.25"


def test_epoch_time_refuses_what_is_not_a_moment() -> None:
    for bad in (True, None, float("nan"), float("inf"), [1]):
        with pytest.raises(InvalidArgument):
            cv.epoch_time(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="before 1970"):
        cv.epoch_time(-0.5)


def test_logs_since_and_until_send_fractional_seconds() -> None:
    daemon = Recorder()
    client = Client("unix:///nonexistent.sock", version="1.44", transport=httpx.MockTransport(daemon))
    client.logs(
        "ctr", since=1700000000.5, until=datetime(2023, 11, 14, 22, 13, 21, 750000, tzinfo=timezone.utc)
    )
    client.logs("ctr", since=1700000000)
    first, second = [r for r in daemon.requests if r.url.path.endswith("/logs")]
    assert first.url.params["since"] == "1700000000.5"
    assert first.url.params["until"] == "1700000001.75"
    assert second.url.params["since"] == "1700000000"
