"""docker-py 7.2 as the oracle for containers where the seed is silent (issue 12, section 2): the same call on
the same daemon through both clients, and the user-visible results compared.

Engines: Docker 20.10, Docker 28.5 and Podman 4.3 (`client`/`oracle`). The same comparisons for networks,
images and services are in networks/, images/ and swarm/test_compat_docker_py.py.
"""

from __future__ import annotations

import time
from typing import Any

import docker
import dockerapi
import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import Client

# --- healthcheck --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given",
    [{"test": "exit 0", "interval": 2_000_000_000, "retries": 2},
     {"Test": "true", "Timeout": 3_000_000_000},
     docker.types.Healthcheck(test="exit 0", interval=2_000_000_000)],
    ids=["snake-case-string", "wire-keys-string", "docker-py-Healthcheck"],
)
def test_healthcheck_test_string_runs_in_a_shell_like_docker_py(
    client: Client, oracle: Any, cleanup: Any, given: Any
) -> None:
    seen = []
    for create in (client.create_container, oracle.create_container):
        created = create(BUSYBOX, "sleep 5", healthcheck=given, name=unique("dapi-chc"))
        cleanup(lambda c=created: client.remove_container(c["Id"], force=True))
        seen.append(oracle.inspect_container(created["Id"])["Config"]["Healthcheck"])
    mine, theirs = seen
    assert mine == theirs
    assert mine["Test"][0] == "CMD-SHELL"


def test_healthcheck_helper_turns_the_string_into_a_shell_command() -> None:
    body = dockerapi.utils.create_container_config("1.41", BUSYBOX, "true", healthcheck={"test": "exit 1"})
    assert body["Healthcheck"]["Test"] == ["CMD-SHELL", "exit 1"]


# --- flags by truthiness --------------------------------------------------------------------------------


def test_flags_take_any_value_by_its_truth(client: Client, oracle: Any, make_container: Any) -> None:
    container = make_container(["sh", "-c", "echo out; echo err >&2; sleep 30"], start=True)
    time.sleep(0.5)
    # logs(container, stdout, stderr) with ints: 1 means True, 0 False
    assert client.logs(container, 1, 0) == oracle.logs(container["Id"], 1, 0) == b"out\n"
    assert client.logs(container, 0, "yes") == oracle.logs(container["Id"], 0, "yes") == b"err\n"
    # stats(stream=0): one sample, not a stream
    mine, theirs = client.stats(container, stream=0), oracle.stats(container["Id"], stream=0)
    assert isinstance(mine, dockerapi.models.ContainerStatsResponse) and isinstance(theirs, dict)
    assert set(mine) == set(theirs)  # one sample each (Podman names the id key differently from Docker)


def test_flags_keep_bool_annotations() -> None:
    import inspect

    assert inspect.signature(Client.logs).parameters["stdout"].annotation in (bool, "bool")


# --- bind propagation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bind",
    [{"bind": "/mnt", "mode": "rw,rshared"}, {"bind": "/mnt", "mode": "rw", "propagation": "rshared"},
     {"bind": "/mnt", "ro": True, "propagation": "rslave"}],
    ids=["in-mode", "propagation-key", "ro-and-propagation"],
)
def test_bind_propagation_equals_docker_py(client: Client, oracle: Any, cleanup: Any, bind: dict[str, Any]) -> None:
    seen = []
    for api in (client, oracle):
        config = api.create_host_config(binds={"/tmp": bind})
        created = api.create_container(BUSYBOX, "true", host_config=config, name=unique("dapi-cbind"))
        cleanup(lambda c=created: client.remove_container(c["Id"], force=True))
        info = oracle.inspect_container(created["Id"])
        seen.append((info["HostConfig"]["Binds"], [(m["Destination"], m["RW"], m["Propagation"]) for m in info["Mounts"]]))
    mine, theirs = seen
    assert mine == theirs
    assert mine[1][0][2] == bind.get("propagation", "rshared")


def test_unknown_bind_propagation_is_refused() -> None:
    with pytest.raises(dockerapi.InvalidArgument):
        dockerapi.utils.create_host_config(binds={"/tmp": {"bind": "/mnt", "propagation": "sideways"}})


# --- keywords and methods docker-py has ------------------------------------------------------------------


def test_create_container_runtime(client: Client, oracle: Any, cleanup: Any) -> None:
    mine = client.create_container(BUSYBOX, "true", runtime="runc", name=unique("dapi-crt"))
    cleanup(lambda: client.remove_container(mine, force=True))
    theirs = oracle.create_container(BUSYBOX, "true", runtime="runc", name=unique("dapi-crt"))
    cleanup(lambda: client.remove_container(theirs["Id"], force=True))
    runtimes = [oracle.inspect_container(c["Id"])["HostConfig"]["Runtime"] for c in (mine, theirs)]
    if client.engine == "podman":  # type: ignore[attr-defined]
        assert runtimes == ["oci", "oci"]  # Podman's compat API reports its own runtime name and ignores ours
        return
    assert runtimes == ["runc", "runc"]
    # docker-py sends a top-level Runtime that only Docker 20.10 still reads; ours goes in HostConfig, where
    # every Docker reads it: an unknown runtime is refused by both Dockers
    with pytest.raises(dockerapi.APIError) as error:
        client.create_container(BUSYBOX, "true", runtime="no-such-runtime", name=unique("dapi-crt"))
    assert error.value.status_code == 400 and "runtime" in str(error.value).lower()


def test_create_container_from_config_equals_docker_py(client: Client, oracle: Any, cleanup: Any) -> None:
    label = unique("dapi-cfc")
    config = oracle.create_container_config(BUSYBOX, ["echo", "hi"], labels={label: "1"}, environment={"A": "1"})
    created = []
    for create in (client.create_container_from_config, oracle.create_container_from_config):
        result = create(config, unique("dapi-cfc"))
        cleanup(lambda r=result: client.remove_container(r["Id"], force=True))
        created.append(oracle.inspect_container(result["Id"])["Config"])
    mine, theirs = created
    for key in ("Image", "Cmd", "Labels", "AttachStdout"):
        assert mine[key] == theirs[key], key
    # Podman keeps Env in a map: the same request comes back in a different order from one create to the next
    assert sorted(mine["Env"]) == sorted(theirs["Env"]) and "A=1" in mine["Env"]
    ours_built = client.create_container_config(BUSYBOX, ["echo", "hi"], labels={label: "1"})
    result = client.create_container_from_config(ours_built, name=unique("dapi-cfc"))
    cleanup(lambda: client.remove_container(result, force=True))
    assert client.inspect_container(result)["Config"]["Labels"] == {label: "1"}


# --- proxies from the client config ------------------------------------------------------------------------



def test_config_proxies_reach_containers_like_docker_py(engine: dict[str, Any], proxy_config: dict[str, str],
                                                        cleanup: Any) -> None:
    oracle = docker.APIClient(base_url=engine["base_url"], version="auto")  # reads DOCKER_CONFIG now
    with Client(engine["base_url"]) as client:
        envs = []
        for api in (client, oracle):
            created = api.create_container(BUSYBOX, "true", environment={"no_proxy": "mine"}, name=unique("dapi-cpx"))
            cleanup(lambda c=created: client.remove_container(c["Id"], force=True))
            envs.append([e for e in oracle.inspect_container(created["Id"])["Config"]["Env"] if "proxy" in e.lower()])
        if engine["name"] == "podman":  # Podman keeps the environment as a map: one entry per name, any order
            envs = [sorted(env) for env in envs]
        assert envs[0] == envs[1]
        assert "http_proxy=http://proxy.example:3128" in envs[0] and "no_proxy=mine" in envs[0]
        plain = client.create_container(BUSYBOX, "true", use_config_proxy=False, name=unique("dapi-cpx"))
        cleanup(lambda: client.remove_container(plain, force=True))
        assert not [e for e in client.inspect_container(plain)["Config"]["Env"] or [] if "proxy" in e.lower()]
    oracle.close()


def test_reload_config_reads_new_proxies(engine: dict[str, Any], tmp_path: Any, cleanup: Any) -> None:
    import json

    path = tmp_path / "other.json"
    with Client(engine["base_url"]) as client:
        path.write_text(json.dumps({"proxies": {"default": {"httpsProxy": "http://later.example:8080"}}}))
        client.reload_config(str(path))
        created = client.create_container(BUSYBOX, "true", name=unique("dapi-cpx"))
        cleanup(lambda: client.remove_container(created, force=True))
        env = client.inspect_container(created)["Config"]["Env"]
        assert "https_proxy=http://later.example:8080" in env and "HTTPS_PROXY=http://later.example:8080" in env


# --- docker.types and dockerapi.types ------------------------------------------------------------------------


def _host_config_with(lib: Any, api: Any) -> Any:
    return api.create_host_config(
        ulimits=[lib.Ulimit(name="nofile", soft=1024, hard=2048)],
        log_config=lib.LogConfig(type="json-file", config={"max-size": "1m"}),
        mounts=[lib.Mount("/data", None, type="tmpfs", tmpfs_size=1 << 20)],
    )


def test_container_types_of_either_library_give_docker_pys_container(client: Client, oracle: Any, cleanup: Any) -> None:
    from dockerapi import types as ours

    host_configs = []
    for lib, api in ((docker.types, client), (ours, client), (docker.types, oracle)):
        created = api.create_container(BUSYBOX, "true", host_config=_host_config_with(lib, api),
                                       healthcheck=lib.Healthcheck(test="exit 0", interval=10**9),
                                       name=unique("dapi-ctypes"))
        cleanup(lambda c=created: client.remove_container(c["Id"], force=True))
        info = oracle.inspect_container(created["Id"])
        host_configs.append(({k: info["HostConfig"].get(k) for k in ("Ulimits", "LogConfig", "Mounts")},
                             info["Config"]["Healthcheck"]))
    assert host_configs[0] == host_configs[1] == host_configs[2]
