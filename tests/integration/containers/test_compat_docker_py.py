"""docker-py 7.1 as the oracle where the seed is silent (issue 12, section 2): the same call on the same
daemon through both clients, and the user-visible results compared.

Engines: Docker 20.10, Docker 28.5 and Podman 4.3 (`client`/`oracle`), the swarm calls on both managers.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
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
    assert isinstance(mine, dict) and isinstance(theirs, dict)
    assert set(mine) == set(theirs)  # one sample each (Podman names the id key differently from Docker)


def test_flags_keep_bool_annotations() -> None:
    import inspect

    assert inspect.signature(Client.logs).parameters["stdout"].annotation in (bool, "bool")


# --- create_network(labels=list) -----------------------------------------------------------------------


def test_create_network_with_a_list_of_labels_is_refused_before_sending(client: Client, oracle: Any) -> None:
    name = unique("dapi-cnetlbl")
    with pytest.raises(TypeError):
        oracle.create_network(name, labels=["a"])
    with pytest.raises(dockerapi.InvalidArgument) as error:
        client.create_network(name, labels=["a"])
    assert isinstance(error.value, TypeError) and "labels" in str(error.value)
    assert client.networks(names=[name]) == []  # nothing was sent


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


# --- load_image -----------------------------------------------------------------------------------------


def test_load_image_streams_decoded_messages_like_docker_py(client: Client, oracle: Any, cleanup: Any) -> None:
    repository = unique("dapi-cload")
    name = f"{repository}:v1"
    client.tag(BUSYBOX, repository, "v1")
    cleanup(lambda: client.remove_image(name))
    data = client.get_image(name).data
    mine = list(client.load_image(data))
    theirs = list(oracle.load_image(data))
    assert mine == theirs
    assert all(isinstance(message, dict) for message in mine) and mine
    text = client.load_image(data, stream=False, decode=False)  # the whole output at once, as text
    assert isinstance(text, str) and repository in text


# --- swarm: service_logs / task_logs, secrets and configs ---------------------------------------------------


@pytest.fixture
def swarm_pair(any_swarm_manager: dict[str, Any]) -> Iterator[tuple[Client, Any]]:
    api = docker.APIClient(base_url=any_swarm_manager["base_url"], version="auto")
    with Client(any_swarm_manager["base_url"]) as c:
        yield c, api
    api.close()


def _wait(check: Any, what: str, seconds: float = 60) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def test_service_and_task_logs_are_streams_like_docker_py(swarm_pair: tuple[Client, Any]) -> None:
    client, oracle = swarm_pair
    task = {"ContainerSpec": {"Image": BUSYBOX, "Command": ["sh", "-c", "echo one; echo two; sleep 300"]}}
    service = client.create_service(task, name=unique("dapi-clog"))["ID"]
    try:
        _wait(lambda: b"two" in b"".join(client.service_logs(service, stdout=True)), "service output")
        mine = client.service_logs(service, stdout=True, follow=False)
        assert not isinstance(mine, bytes) and iter(mine) is not None  # a stream, as docker-py returns
        assert b"".join(mine) == b"".join(oracle.service_logs(service, stdout=True, follow=False)) == b"one\ntwo\n"
        task_id = client.tasks(filters={"service": service})[0]["ID"]
        task_output = client.task_logs(task_id, stdout=True)  # docker-py has no task_logs: as service_logs
        assert not isinstance(task_output, bytes) and b"".join(task_output) == b"one\ntwo\n"
        assert client.service_logs(service, stdout=True, stream=False) == b"one\ntwo\n"
    finally:
        client.remove_service(service)


def test_service_secrets_and_configs_from_docker_py_types(swarm_pair: tuple[Client, Any]) -> None:
    client, oracle = swarm_pair
    name = unique("dapi-cref")
    secret = client.create_secret(name, b"s")["ID"]
    config = client.create_config(name, b"c")["ID"]
    services = []
    try:
        spec = docker.types.ContainerSpec(
            BUSYBOX, ["sleep", "300"],
            secrets=[docker.types.SecretReference(secret, name, filename="s.txt")],
            configs=[docker.types.ConfigReference(config, name, filename="/c.txt")],
        )
        template = docker.types.TaskTemplate(spec)
        services.append(client.create_service(template, name=f"{name}-a")["ID"])
        services.append(oracle.create_service(template, name=f"{name}-b")["ID"])
        specs = [oracle.inspect_service(s)["Spec"]["TaskTemplate"]["ContainerSpec"] for s in services]
        assert [s["Secrets"] for s in specs[:1]] == [s["Secrets"] for s in specs[1:]]
        assert specs[0]["Configs"] == specs[1]["Configs"]
        assert specs[0]["Secrets"][0]["File"]["Name"] == "s.txt"
    finally:
        for service in services:
            client.remove_service(service)
        _wait(lambda: _removed(client, secret, config), "secret and config released")


def _removed(client: Client, secret: str, config: str) -> bool:
    done = True
    for remove, ident in ((client.remove_secret, secret), (client.remove_config, config)):
        try:
            remove(ident)
        except dockerapi.NotFound:
            pass
        except dockerapi.APIError:  # still in use by a task that is shutting down
            done = False
    return done


# --- build ---------------------------------------------------------------------------------------------


def _built(messages: Any) -> list[dict[str, Any]]:
    """The build's messages, after checking that none reports an error."""
    collected = list(messages)
    assert not [m for m in collected if "error" in m], collected
    return collected


def test_build_from_the_same_file_object_twice_like_docker_py(client: Client, oracle: Any, cleanup: Any) -> None:
    import io

    marker = unique("dapi-creuse")
    buffer = io.BytesIO(f"FROM {BUSYBOX}\nLABEL dapi.reuse={marker}\n".encode())
    for who, api in (("mine", client), ("theirs", oracle)):
        for attempt in range(2):
            tag = f"{marker}-{who}{attempt}:v1"
            _built(api.build(fileobj=buffer, tag=tag, decode=True, rm=True))
            cleanup(lambda t=tag: client.remove_image(t))
            assert oracle.inspect_image(tag)["Config"]["Labels"]["dapi.reuse"] == marker


def test_dockerfile_outside_the_context_is_not_in_the_image_like_docker_py(
    client: Client, oracle: Any, cleanup: Any, tmp_path: Any
) -> None:
    context = tmp_path / "ctx"
    context.mkdir()
    (context / "a.txt").write_text("a")
    dockerfile = tmp_path / "Dockerfile.outside"
    dockerfile.write_text(f"FROM {BUSYBOX}\nCOPY . /ctx\nCMD [\"ls\", \"-a\", \"/ctx\"]\n")
    listings = []
    apis = [("mine", client), ("theirs", oracle)]
    if client.engine == "podman":  # type: ignore[attr-defined]
        # docker-py sends its (name, content) pair as two `dockerfile` query values; Podman takes the
        # content as the file name and fails, Docker takes the name. Only ours is compared on Podman.
        failed = list(oracle.build(path=str(context), dockerfile=str(dockerfile), decode=True, rm=True))
        assert "no such file or directory" in failed[-1]["error"]
        apis = apis[:1]
    for who, api in apis:
        tag = f"{unique('dapi-cdfout')}-{who}:v1"
        _built(api.build(path=str(context), dockerfile=str(dockerfile), tag=tag, decode=True, rm=True))
        cleanup(lambda t=tag: client.remove_image(t))
        container = client.create_container(tag, name=unique("dapi-cdfout"))
        cleanup(lambda c=container: client.remove_container(c, force=True))
        client.start(container)
        assert client.wait(container, timeout=30) == 0
        listings.append(client.logs(container))
    assert all(listing == listings[0] for listing in listings)
    assert listings[0].split() == [b".", b"..", b"a.txt"]


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


@pytest.mark.parametrize("isolation", ["default", "hyperv"])
def test_build_isolation_like_docker_py(client: Client, oracle: Any, isolation: str) -> None:
    import io

    outcomes = []
    for api in (client, oracle):
        try:
            messages = list(api.build(fileobj=io.BytesIO(f"FROM {BUSYBOX}\n".encode()), isolation=isolation, decode=True))
            outcomes.append(("built", any("Successfully built" in m.get("stream", "") for m in messages)))
        except (dockerapi.APIError, docker.errors.APIError) as error:
            status = getattr(error, "status_code", None) or error.response.status_code  # type: ignore[union-attr]
            outcomes.append(("refused", status))
    assert outcomes[0] == outcomes[1]
    if isolation == "hyperv" and client.engine != "podman":  # type: ignore[attr-defined]
        assert outcomes[0] == ("refused", 400)  # Linux Dockers know only "default"; Podman ignores it


# --- proxies from the client config ------------------------------------------------------------------------


@pytest.fixture
def proxy_config(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    import json

    proxies = {"httpProxy": "http://proxy.example:3128", "noProxy": "localhost,.internal"}
    (tmp_path / "config.json").write_text(json.dumps({"proxies": {"default": proxies}}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    return proxies


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


def test_config_proxies_reach_builds_like_docker_py(engine: dict[str, Any], proxy_config: dict[str, str]) -> None:
    import io

    oracle = docker.APIClient(base_url=engine["base_url"], version="auto")
    dockerfile = f"FROM {BUSYBOX}\nRUN echo \"seen=$http_proxy\"\n".encode()
    seen = []
    with Client(engine["base_url"]) as client:
        for api in (client, oracle):
            messages = list(api.build(fileobj=io.BytesIO(dockerfile), nocache=True, rm=True, decode=True))
            seen.append([m["stream"].strip() for m in messages if m.get("stream", "").startswith("seen=")])
    oracle.close()
    assert seen[0] == seen[1] == ["seen=http://proxy.example:3128"]


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


def test_network_ipam_of_either_library_gives_docker_pys_network(client: Client, oracle: Any, cleanup: Any) -> None:
    from dockerapi import types as ours

    seen = []
    for index, (lib, api) in enumerate(((docker.types, client), (ours, client), (docker.types, oracle))):
        subnet = f"10.{231 + index}.0.0/24"
        ipam = lib.IPAMConfig(pool_configs=[lib.IPAMPool(subnet=subnet, gateway=subnet.replace("0/24", "1"))])
        created = api.create_network(unique("dapi-cipam"), ipam=ipam)
        cleanup(lambda n=created: client.remove_network(n["Id"]))
        config = oracle.inspect_network(created["Id"])["IPAM"]["Config"]
        seen.append([{k: v.replace(str(231 + index), "X") for k, v in pool.items()} for pool in config])
    assert seen[0] == seen[1] == seen[2]


def test_service_types_of_either_library_give_docker_pys_service(swarm_pair: tuple[Client, Any]) -> None:
    from dockerapi import types as ours

    client, oracle = swarm_pair
    name = unique("dapi-cstypes")
    secret = client.create_secret(name, b"s")["ID"]
    services = []
    try:
        specs = []
        for lib, api in ((docker.types, client), (ours, client), (docker.types, oracle)):
            template = lib.TaskTemplate(
                lib.ContainerSpec(BUSYBOX, "sleep 300", env={"A": "1"}, hosts={"db": "10.0.0.2"},
                                  secrets=[lib.SecretReference(secret, name, filename="s.txt")],
                                  healthcheck=lib.Healthcheck(test="true", interval=10**9)),
                resources=lib.Resources(mem_limit=64 << 20),
                restart_policy=lib.RestartPolicy(condition="on-failure", max_attempts=2),
                placement=lib.Placement(constraints=["node.role==manager"]),
            )
            service = api.create_service(
                template, name=f"{name}-{len(services)}", mode=lib.ServiceMode("replicated", replicas=1),
                update_config=lib.UpdateConfig(parallelism=1, order="start-first"),
                rollback_config=lib.RollbackConfig(parallelism=1),
                endpoint_spec=lib.EndpointSpec(mode="dnsrr"),
            )["ID"]
            services.append(service)
            spec = oracle.inspect_service(service)["Spec"]
            specs.append({k: v for k, v in spec.items() if k not in ("Name", "Labels")})
        assert specs[0] == specs[1] == specs[2]
    finally:
        for service in services:
            client.remove_service(service)
        _wait(lambda: _removed(client, secret, secret), "secret released")
