"""The parts of docker-py that libraries reach for beside the object API (testcontainers-python among them):
`docker.version`, `docker.context.ContextAPI`, `docker.types.EndpointConfig`, `APIClient.get_adapter()`.
dockerapi.classic's answer each time compared with docker-py 7.2's (pure logic: no daemon involved)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import docker
import docker.context
import pytest
from dockerapi import InvalidArgument, classic
from dockerapi.classic import context as classic_context


def test_version_module_names_the_docker_py_release_the_face_follows() -> None:
    assert classic.version.__version__ == classic.__version__ == docker.version.__version__ == "7.2.0"


def _write_context(config: Path, name: str, host: str, *, skip_verify: bool = False,
                   orchestrator: str | None = None) -> None:
    """A context as `docker context create` lays it out under the CLI's config directory."""
    meta_dir = config / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest()
    meta_dir.mkdir(parents=True)
    metadata = {"StackOrchestrator": orchestrator} if orchestrator else {}
    (meta_dir / "meta.json").write_text(json.dumps({
        "Name": name, "Metadata": metadata, "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": skip_verify}},
    }))


@pytest.fixture
def cli_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "docker-config"
    config.mkdir()
    monkeypatch.setenv("DOCKER_CONFIG", str(config))
    monkeypatch.delenv("DOCKER_CONTEXT", raising=False)
    monkeypatch.delenv("DOCKER_HOST", raising=False)
    return config


def _seen(ctx: Any) -> dict[str, Any] | None:
    if ctx is None:
        return None
    return {"Name": ctx.Name, "Host": ctx.Host, "Orchestrator": ctx.Orchestrator, "docker": ctx.is_docker_host(),
            "tls": ctx.TLSConfig is not None, "repr": repr(ctx)}


def test_current_context_is_the_default_one_without_a_choice(cli_config: Path) -> None:
    ours, theirs = classic_context.ContextAPI.get_current_context(), docker.context.ContextAPI.get_current_context()
    assert _seen(ours) == _seen(theirs)
    assert ours is not None and (ours.Name, ours.Host) == ("default", "unix:///var/run/docker.sock")
    assert ours.Metadata == theirs.Metadata  # what `docker context inspect` shows: Name, Metadata, Endpoints
    assert json.loads(str(ours)) == ours.Metadata


def test_current_context_of_the_config_with_its_host(cli_config: Path) -> None:
    _write_context(cli_config, "remote", "tcp://10.1.2.3:2375")
    _write_context(cli_config, "other", "ssh://me@build-host")
    (cli_config / "config.json").write_text(json.dumps({"currentContext": "remote"}))
    ours, theirs = classic_context.ContextAPI.get_current_context(), docker.context.ContextAPI.get_current_context()
    assert _seen(ours) == _seen(theirs)
    assert ours is not None and (ours.Name, ours.Host) == ("remote", "tcp://10.1.2.3:2375")
    assert _seen(classic_context.ContextAPI.get_context("other")) == _seen(docker.context.ContextAPI.get_context("other"))
    assert classic_context.ContextAPI.get_context("missing") is docker.context.ContextAPI.get_context("missing") is None
    names = sorted(c.Name for c in classic_context.ContextAPI.contexts())
    assert names == sorted(c.Name for c in docker.context.ContextAPI.contexts()) == ["default", "other", "remote"]


def test_docker_context_variable_chooses_the_context_as_the_cli_does(cli_config: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # docker-py 7.2 reads only the config's currentContext; the CLI (and dockerapi.from_env) let
    # $DOCKER_CONTEXT win, and so does ContextAPI here
    _write_context(cli_config, "ci", "tcp://ci-host:2375")
    monkeypatch.setenv("DOCKER_CONTEXT", "ci")
    current = classic_context.ContextAPI.get_current_context()
    assert current is not None and (current.Name, current.Host) == ("ci", "tcp://ci-host:2375")


def test_context_with_tls_files_and_a_broken_meta(cli_config: Path) -> None:
    _write_context(cli_config, "secure", "tcp://secure:2376")
    tls_dir = cli_config / "contexts" / "tls" / hashlib.sha256(b"secure").hexdigest() / "docker"
    tls_dir.mkdir(parents=True)
    (tls_dir / "ca.pem").write_text("not checked until used")
    ours = classic_context.ContextAPI.get_context("secure")
    assert ours is not None and isinstance(ours.TLSConfig, classic.TLSConfig)
    assert ours.TLSConfig.ca_cert == str(tls_dir / "ca.pem")
    broken = cli_config / "contexts" / "meta" / hashlib.sha256(b"broken").hexdigest()
    broken.mkdir(parents=True)
    (broken / "meta.json").write_text("{not json")
    with pytest.raises(InvalidArgument, match="broken"):
        classic_context.ContextAPI.get_context("broken")


@pytest.mark.parametrize("keywords", [
    {"aliases": ["db", "cache"]},
    {"aliases": ["a"], "links": {"redis": "store"}, "ipv4_address": "10.0.0.2", "ipv6_address": "fd00::2",
     "link_local_ips": ["169.254.1.1"], "driver_opt": {"com.example": "1"}, "mac_address": "02:42:ac:11:00:02"},
    {},
])
@pytest.mark.parametrize("version", ["1.41", "1.44", "7.2.0"])
def test_endpoint_config_builds_docker_py_s_document(version: str, keywords: dict[str, Any]) -> None:
    ours = classic.types.EndpointConfig(version, **keywords)
    theirs = docker.types.EndpointConfig(version, **keywords)
    assert type(ours) is dict
    assert ours == dict(theirs)


@pytest.mark.parametrize(("url", "address"), [("unix:///tmp/some/docker.sock", "unix:///tmp/some/docker.sock"),
                                              ("tcp://127.0.0.1:2375", "http://127.0.0.1:2375")])
def test_get_adapter_tells_where_the_daemon_listens_as_docker_py_s_does(url: str, address: str) -> None:
    theirs_api = docker.APIClient(base_url=url, version="1.41")
    with classic.Client(url) as ours_api:
        assert ours_api.base_url == theirs_api.base_url
        ours = ours_api.get_adapter(ours_api.base_url)
        theirs = theirs_api.get_adapter(theirs_api.base_url)
        assert ours.socket_path == getattr(theirs, "socket_path", None)
        assert ours.address == address
        with pytest.raises(InvalidArgument):
            ours_api.get_adapter("ftp://elsewhere/")
    theirs_api.close()


def test_the_container_side_builders_of_docker_types() -> None:
    import docker.types as theirs
    from dockerapi.classic import types as mine

    assert mine.DeviceRequest(driver="nvidia", count=-1, capabilities=[["gpu"]]) == \
        dict(theirs.DeviceRequest(driver="nvidia", count=-1, capabilities=[["gpu"]]))
    endpoint = {"n": mine.EndpointConfig("1.41", aliases=["a"])}
    assert mine.NetworkingConfig(endpoint) == dict(theirs.NetworkingConfig(
        {"n": theirs.EndpointConfig("1.41", aliases=["a"])})) == {"EndpointsConfig": {"n": {"Aliases": ["a"]}}}
    host, their_host = mine.HostConfig("1.41", mem_limit="64m", binds=["/a:/b"]), theirs.HostConfig(
        "1.41", mem_limit="64m", binds=["/a:/b"])
    assert (host["Memory"], host["Binds"]) == (their_host["Memory"], their_host["Binds"]) == (64 << 20, ["/a:/b"])
    config = mine.ContainerConfig("1.41", "busybox", "true")
    assert {k: config[k] for k in ("Image", "Cmd")} == {"Image": "busybox", "Cmd": ["true"]}
    assert isinstance(config, dict) and not hasattr(config, "to_wire")


def test_every_exception_docker_errors_names_can_be_imported_and_caught() -> None:
    import docker.errors

    theirs = {name for name, value in vars(docker.errors).items()
              if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == "docker.errors"}
    assert theirs - set(classic.errors.__all__) == set()
    for name in theirs:
        assert issubclass(getattr(classic.errors, name), classic.errors.DockerException), name
    # what is raised here where docker-py raises its own: an empty id, caught by docker-py's name
    with pytest.raises(classic.errors.NullResource):
        classic.Client("unix:///nonexistent/docker.sock", version="1.41").inspect_container("")
    assert str(classic.errors.ContextNotFound("ci")) and classic.errors.ContextNotFound("ci").name == "ci"


def test_errors_made_by_hand_as_docker_py_s_are() -> None:
    # test code builds docker-py's errors as stand-ins (side_effect=NotFound("gone")): the same calls work here
    import docker.errors

    class Answer:
        status_code = 409

    for args, keywords in ((("gone",), {}), (("gone", None, "No such container: x"), {}),
                           (("gone",), {"explanation": "No such container: x"})):
        theirs = docker.errors.NotFound(*args, **keywords)
        mine = classic.errors.NotFound(*args, **keywords)
        assert str(mine) == str(theirs)
        assert (mine.explanation or "gone") == (theirs.explanation or "gone")
        assert mine.status_code is theirs.status_code is None
    conflict = classic.errors.APIError("busy", Answer(), "container is running")
    assert (conflict.status_code, conflict.explanation, conflict.is_client_error()) == (409, "container is running", True)
    # what the client raises itself still says the status, the request and what the daemon said
    raised = classic.errors.NotFound("No such container: x", status_code=404, method="GET", url="/v1.41/containers/x/json")
    assert str(raised) == "404 error for GET /v1.41/containers/x/json: No such container: x"
