"""The object API of containers (issue 23): docker-py 7.2's `DockerClient` as the oracle for
`dockerapi.classic.DockerClient`, and the same scenarios through the typed `DockerClient`.

Engines: Docker 20.10, Docker 28.5 and Podman 4.3 (`engine`). Each scenario runs the same code through
docker-py and dockerapi.classic on the same daemon and compares what a user sees: return values and
their types, the container's configuration as the daemon stored it, the errors raised. The async face
is in test_objects_async.py.
"""

from __future__ import annotations

import io
import re
import tarfile
import time
from typing import Any

import docker
import dockerapi
import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import classic

# Fields of an inspect answer that differ between two containers made the same way.
_MOVING_CONFIG = {"Hostname", "Labels"}
_MOVING_HOST = {"ContainerIDFile"}


def _label(marker: str) -> dict[str, str]:
    return {"dapi-objects": marker}


def _sweep(client: Any, marker: str) -> None:
    for c in client.containers.list(all=True, filters={"label": f"dapi-objects={marker}"}):
        try:
            c.remove(force=True)
        except (docker.errors.NotFound, docker.errors.APIError):
            pass  # gone, or a removal in progress


@pytest.fixture
def marker(docker_py: Any) -> Any:
    """A label value for this test's containers; everything carrying it is removed afterwards."""
    value = unique("objs")
    yield value
    _sweep(docker_py, value)


def _both(docker_py: Any, classic_docker: Any) -> list[tuple[str, Any]]:
    return [("docker-py", docker_py), ("dockerapi.classic", classic_docker)]


# --- run: output, errors ---------------------------------------------------------------------------------


def test_run_returns_the_output_as_docker_py_does(docker_py: Any, classic_docker: Any, marker: str) -> None:
    command = ["sh", "-c", "echo out; sleep 0.2; echo err >&2"]
    for stderr in (False, True):
        seen = [client.containers.run(BUSYBOX, command, stderr=stderr, labels=_label(marker), remove=True)
                for _name, client in _both(docker_py, classic_docker)]
        assert seen[0] == seen[1]
        assert type(seen[1]) is bytes
    assert b"out\n" in seen[1] and b"err\n" in seen[1]


def test_run_stream_yields_the_output(docker_py: Any, classic_docker: Any, marker: str) -> None:
    command = ["sh", "-c", "echo one; sleep 0.2; echo two"]
    seen = [b"".join(client.containers.run(BUSYBOX, command, stream=True, labels=_label(marker)))
            for _name, client in _both(docker_py, classic_docker)]
    assert seen[0] == seen[1] == b"one\ntwo\n"


def test_run_stream_yields_while_the_container_runs(typed_docker: dockerapi.DockerClient, marker: str) -> None:
    # docker-py #2510: its stream starts only once the container has exited. Here the first line arrives
    # while the container still runs (it waits for a file that the test writes after reading that line).
    command = ["sh", "-c", "echo ready; while [ ! -e /tmp/go ]; do sleep 0.1; done; echo done"]
    name = unique("dapi-stream")
    output = typed_docker.containers.run(BUSYBOX, command, stream=True, name=name, labels=_label(marker))
    assert next(output) == b"ready\n"
    assert typed_docker.containers.get(name).status == "running"
    typed_docker.containers.get(name).exec_run(["touch", "/tmp/go"])
    assert b"".join(output) == b"done\n"


def test_run_nonzero_exit_raises_container_error(docker_py: Any, classic_docker: Any, marker: str) -> None:
    command = ["sh", "-c", "echo out; echo bad >&2; exit 3"]
    errors = []
    for _name, client in _both(docker_py, classic_docker):
        with pytest.raises(docker.errors.ContainerError if client is docker_py else classic.ContainerError) as caught:
            client.containers.run(BUSYBOX, command, labels=_label(marker))
        errors.append(caught.value)
    theirs, mine = errors
    assert (mine.exit_status, mine.command, mine.image, mine.stderr) == \
        (theirs.exit_status, theirs.command, theirs.image, theirs.stderr) == (3, command, BUSYBOX, b"bad\n")
    # the error's container is whole (docker-py's as created, ours as it exited)
    assert (theirs.container.status, mine.container.status) == ("created", "exited")
    assert mine.container.name == mine.container.attrs["Name"].lstrip("/") and mine.container.image is not None
    # better than docker-py (#2439): stdout is kept too
    assert mine.stdout == b"out\n"


def test_run_auto_remove_returns_the_output_as_docker_py_does(docker_py: Any, classic_docker: Any,
                                                               typed_docker: dockerapi.DockerClient,
                                                               marker: str) -> None:
    # the daemon removes the container as it exits: its output is read while it runs (it was read after the
    # exit, from a container already gone: Conflict or NotFound)
    command = ["sh", "-c", "echo out; sleep 0.2; echo err >&2"]
    for stderr in (False, True):
        seen = [client.containers.run(BUSYBOX, command, stderr=stderr, auto_remove=True, labels=_label(marker))
                for client in (docker_py, classic_docker, typed_docker)]
        assert seen[0] == seen[1] == seen[2] == (b"out\nerr\n" if stderr else b"out\n")
    if classic_docker.engine == "podman":
        # Podman 4.3 answers the wait of an auto-removed container with 0 or its status, by timing, and answers
        # docker-py's inspects of it with 500s: no fixed answer to compare a failing run with
        return
    failing = ["sh", "-c", "echo out; echo bad >&2; sleep 0.5; exit 3"]  # docker-py waits after its logs call
    outcomes = []
    for client in (docker_py, classic_docker):
        name = unique("dapi-autorm")
        try:
            outcomes.append(client.containers.run(BUSYBOX, failing, auto_remove=True, name=name,
                                                  labels=_label(marker)))
        except (docker.errors.ContainerError, classic.ContainerError) as error:
            outcomes.append(error)
            assert (error.exit_status, error.container.name, error.container.status) == (3, name, "created")
    theirs, mine = outcomes
    assert isinstance(theirs, docker.errors.ContainerError) and isinstance(mine, classic.ContainerError)
    assert theirs.stderr is None and mine.stderr == b"bad\n"  # better than docker-py: read before the removal
    assert mine.stdout == b"out\n"
    deadline = time.monotonic() + 10  # the daemon removes them as they exit: gone soon after
    while docker_py.containers.list(all=True, sparse=True, filters={"label": f"dapi-objects={marker}"}):
        assert time.monotonic() < deadline, "an auto-removed container was left behind"
        time.sleep(0.1)


def test_run_with_remove_keeps_the_output_of_a_failed_run(classic_docker: Any, marker: str) -> None:
    # docker-py #2427: with remove=True the container may be gone before its output is read
    with pytest.raises(classic.ContainerError) as caught:
        classic_docker.containers.run(BUSYBOX, ["sh", "-c", "echo lost? >&2; exit 2"], remove=True,
                                      labels=_label(marker))
    assert caught.value.stderr == b"lost?\n"
    assert classic_docker.containers.list(all=True, filters={"label": f"dapi-objects={marker}"}) == []


def test_unknown_keyword_is_a_type_error_before_anything_is_sent(classic_docker: Any, typed_docker: Any,
                                                                  marker: str) -> None:
    before = len(classic_docker.containers.list(all=True))
    for client in (classic_docker, typed_docker):
        with pytest.raises(TypeError, match="no_such_option"):
            client.containers.run(BUSYBOX, "true", no_such_option=1, labels=_label(marker))
        with pytest.raises(TypeError, match="colour"):
            client.containers.create(BUSYBOX, "true", colour="red")
    assert len(classic_docker.containers.list(all=True)) == before


def test_a_collection_is_not_callable(classic_docker: Any, typed_docker: Any) -> None:
    for client in (classic_docker, typed_docker):
        with pytest.raises(TypeError, match="not callable"):
            client.containers()


# --- run/create: where each keyword goes ---------------------------------------------------------------


_KEYWORDS: dict[str, Any] = {
    "environment": {"A": "1", "B": "two"},
    "working_dir": "/tmp",
    "user": "nobody",
    "entrypoint": ["sh", "-c"],
    "ports": {"8080/tcp": None, "53/udp": ("127.0.0.1", None)},
    "volumes": {"/tmp": {"bind": "/mnt/host", "mode": "ro"}},
    "mem_limit": "64m",
    "cap_drop": ["MKNOD"],
    "restart_policy": {"Name": "on-failure", "MaximumRetryCount": 2},
    "extra_hosts": {"somehost": "10.0.0.9"},
    "tty": True,
    "stop_signal": "SIGINT",
    "init": True,
    "read_only": True,
    "tmpfs": {"/run": "size=1m"},
    "sysctls": {"net.ipv4.ip_forward": "1"},
    "shm_size": "8m",
    "hostname": "objects-test",
}


def _config_of(client: Any, container_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    attrs = client.api.inspect_container(container_id)
    config = {k: v for k, v in attrs["Config"].items() if k not in _MOVING_CONFIG}
    config["Env"] = sorted(config.get("Env") or [])  # Podman keeps Env in map order
    host = {k: v for k, v in attrs["HostConfig"].items() if k not in _MOVING_HOST}
    # a random host port (None asked) is chosen at create time by Podman: the port, not the binding, moves
    host["PortBindings"] = {port: [{**b, "HostPort": ""} for b in bindings or []]
                            for port, bindings in (host.get("PortBindings") or {}).items()}
    return config, host


def test_create_splits_keywords_as_docker_py_does(docker_py: Any, classic_docker: Any, marker: str) -> None:
    if classic_docker.engine == "podman":
        keywords = {k: v for k, v in _KEYWORDS.items() if k != "sysctls"}  # rootful netns sysctl differs
    else:
        keywords = _KEYWORDS
    made = [client.containers.create(BUSYBOX, "echo hi", labels=_label(marker), **keywords)
            for _name, client in _both(docker_py, classic_docker)]
    assert type(made[1]).__name__ == "Container"
    theirs, mine = (_config_of(docker_py, c.id) for c in made)
    assert mine == theirs
    assert mine[1]["Memory"] == 64 * 1024 * 1024 and mine[0]["Env"]


def test_run_detach_returns_the_container_as_docker_py_does(docker_py: Any, classic_docker: Any,
                                                               typed_docker: dockerapi.DockerClient,
                                                               marker: str) -> None:
    made = [client.containers.run(BUSYBOX, "sleep 30", detach=True, labels=_label(marker), init=True)
            for _name, client in _both(docker_py, classic_docker)]
    theirs, mine = made
    # docker-py answers with the container as it was created (before the start): so does the classic face
    assert mine.status == theirs.status
    assert type(mine.attrs) is dict and mine.attrs["State"]["Status"] == theirs.attrs["State"]["Status"]
    assert mine.name and mine.labels == theirs.labels == _label(marker)
    mine.reload()
    assert mine.status == "running"
    # the typed face answers with the container after its start (docker-py #1375: stale attrs)
    typed = typed_docker.containers.run(BUSYBOX, "sleep 30", detach=True, labels=_label(marker), init=True)
    assert typed.status == "running" and typed.attrs.state.running is True
    assert isinstance(typed.attrs, dockerapi.models.ContainerInspectResponse)


def test_run_remove_with_detach_is_auto_remove(docker_py: Any, classic_docker: Any, marker: str) -> None:
    made = [client.containers.run(BUSYBOX, "sleep 30", detach=True, remove=True, labels=_label(marker))
            for _name, client in _both(docker_py, classic_docker)]
    for container in made:
        assert docker_py.api.inspect_container(container.id)["HostConfig"]["AutoRemove"] is True


def test_run_remove_with_detach_below_api_1_25_is_refused(engine: dict[str, Any], marker: str) -> None:
    if engine["name"] == "podman":
        pytest.skip("Podman's compat API starts at 1.40: no 1.24 client")
    with classic.DockerClient(base_url=engine["base_url"], version="1.24") as old:
        before = len(old.containers.list(all=True))
        with pytest.raises(classic.InvalidVersion, match="AutoRemove"):
            old.containers.run(BUSYBOX, "true", detach=True, remove=True, labels=_label(marker))
        assert len(old.containers.list(all=True)) == before


def test_run_publishes_ports_and_names_the_network(docker_py: Any, classic_docker: Any, marker: str) -> None:
    network = "bridge" if classic_docker.engine != "podman" else "podman"
    made = [client.containers.run(BUSYBOX, "sleep 30", detach=True, ports={"80/tcp": None},
                                  network=network, labels=_label(marker))
            for _name, client in _both(docker_py, classic_docker)]
    for container in made:
        container.reload()
    theirs, mine = made
    assert set(mine.ports) == set(theirs.ports) == {"80/tcp"}
    assert mine.ports["80/tcp"][0]["HostPort"]
    assert mine.attrs["HostConfig"]["NetworkMode"] == theirs.attrs["HostConfig"]["NetworkMode"]
    assert set(mine.attrs["NetworkSettings"]["Networks"]) == set(theirs.attrs["NetworkSettings"]["Networks"])


# --- Container methods -----------------------------------------------------------------------------------


def test_container_methods_match_docker_py(docker_py: Any, classic_docker: Any, marker: str) -> None:
    made = [client.containers.run(BUSYBOX, ["sh", "-c", "echo hello; sleep 30"], detach=True, init=True,
                                  labels=_label(marker)) for _name, client in _both(docker_py, classic_docker)]
    time.sleep(0.5)
    theirs, mine = made
    assert mine.logs() == theirs.logs() == b"hello\n"
    assert mine.exec_run("echo x") == theirs.exec_run("echo x")
    assert mine.exec_run("echo x").exit_code == 0
    assert mine.exec_run(["sh", "-c", "echo o; echo e >&2"], demux=True) == \
        theirs.exec_run(["sh", "-c", "echo o; echo e >&2"], demux=True)
    assert mine.exec_run("sh -c 'exit 7'").exit_code == theirs.exec_run("sh -c 'exit 7'").exit_code == 7
    # the same processes: Podman's rows are one column that starts with the PID, which two containers need
    # not share (their `sleep` was PID 6 in one and 7 in the other), so a leading PID is left out
    def commands(top: Any) -> list[str]:
        return [re.sub(r"^\d+\s+", "", row[-1]) for row in top["Processes"]]

    assert commands(mine.top()) == commands(theirs.top())
    mine.put_archive("/tmp", _tar("note.txt", b"hi"))
    theirs.put_archive("/tmp", _tar("note.txt", b"hi"))
    stream, stat = mine.get_archive("/tmp/note.txt")
    their_stream, their_stat = theirs.get_archive("/tmp/note.txt")
    assert b"".join(stream) == b"".join(their_stream)
    assert {k: v for k, v in stat.items() if k != "mtime"} == {k: v for k, v in their_stat.items() if k != "mtime"}
    changed = [{k: v for k, v in entry.items()} for entry in mine.diff() if entry["Path"] == "/tmp/note.txt"]
    assert changed == [e for e in theirs.diff() if e["Path"] == "/tmp/note.txt"] and len(changed) == 1
    mine.rename(mine.name + "-renamed")
    mine.reload()
    assert mine.name.endswith("-renamed")
    mine.pause()
    mine.reload()
    assert mine.status == "paused"
    mine.unpause()
    for container in made:
        container.kill()
    waited = [c.wait() for c in made]
    assert waited[1]["StatusCode"] == waited[0]["StatusCode"]
    image = mine.commit(repository="dapi-objects-commit", tag=marker)
    try:
        # Podman names it fully (docker.io/library/...), as it names every image
        assert type(image).__name__ == "Image" and any(t.endswith(f"dapi-objects-commit:{marker}") for t in image.tags)
    finally:
        classic_docker.images.remove(image.id, force=True)


def _tar(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_exec_run_stream_gives_its_exit_code_after_the_output(docker_py: Any, classic_docker: Any,
                                                               marker: str) -> None:
    made = [client.containers.run(BUSYBOX, "sleep 30", detach=True, init=True, labels=_label(marker))
            for _name, client in _both(docker_py, classic_docker)]
    theirs, mine = made
    command = ["sh", "-c", "echo a; exit 4"]
    their_result, my_result = theirs.exec_run(command, stream=True), mine.exec_run(command, stream=True)
    assert my_result.exit_code is None and their_result.exit_code is None  # as docker-py: still running
    assert b"".join(my_result.output) == b"".join(their_result.output) == b"a\n"
    assert my_result.wait() == 4  # docker-py #1989: the exit status once the output has ended


def test_exec_run_detach_gives_the_exit_code_when_the_command_has_ended(docker_py: Any, classic_docker: Any,
                                                                        marker: str) -> None:
    made = [client.containers.run(BUSYBOX, "sleep 30", detach=True, init=True, labels=_label(marker))
            for _name, client in _both(docker_py, classic_docker)]
    theirs, mine = made
    # docker-py inspects the exec, as here: 0 when `true` has ended by then, else None (a race: five tries)
    their_codes = {theirs.exec_run("true", detach=True).exit_code for _ in range(5)}
    my_codes = {mine.exec_run("true", detach=True).exit_code for _ in range(5)}
    assert their_codes <= {0, None} and my_codes <= {0, None}
    assert 0 in their_codes and 0 in my_codes
    long_command = ["sh", "-c", "sleep 1; exit 5"]
    their_long, my_long = theirs.exec_run(long_command, detach=True), mine.exec_run(long_command, detach=True)
    if classic_docker.engine != "podman":  # Podman 4.3 runs a detached exec to its end before answering
        assert my_long.exit_code is their_long.exit_code is None
    assert my_long.wait() == (0 if classic_docker.engine == "podman" else 5)  # Podman: its inspect says 0


def test_properties_get_list_equality(docker_py: Any, classic_docker: Any, marker: str) -> None:
    mine = classic_docker.containers.run(BUSYBOX, "sleep 30", detach=True, init=True, labels=_label(marker),
                                         name=unique("dapi-objs"))
    theirs = docker_py.containers.get(mine.id)
    again = classic_docker.containers.get(mine.name)
    assert again == mine and hash(again) == hash(mine) and again is not mine
    assert repr(mine) == repr(theirs) and mine.short_id == theirs.short_id
    for prop in ("name", "labels", "status", "health", "ports"):
        assert getattr(again, prop) == getattr(theirs, prop), prop
    assert mine.image is not None and theirs.image is not None and mine.image.id == theirs.image.id
    listed = {c.id for c in classic_docker.containers.list(filters={"label": f"dapi-objects={marker}"})}
    their_listed = {c.id for c in docker_py.containers.list(filters={"label": f"dapi-objects={marker}"})}
    assert listed == their_listed == {mine.id}
    sparse = classic_docker.containers.list(sparse=True, filters={"label": f"dapi-objects={marker}"})
    their_sparse = docker_py.containers.list(sparse=True, filters={"label": f"dapi-objects={marker}"})
    assert [c.attrs["Id"] for c in sparse] == [c.attrs["Id"] for c in their_sparse]
    assert sparse[0].name == their_sparse[0].name and sparse[0].status == their_sparse[0].status
    with pytest.raises(classic.NotFound):
        classic_docker.containers.get("dapi-no-such-container")
    mine.remove(force=True)
    with pytest.raises(classic.NotFound):
        mine.reload()
    with pytest.raises(classic.NotFound):
        mine.start()


def test_list_skips_a_container_removed_while_listing(typed_docker: dockerapi.DockerClient, marker: str) -> None:
    kept = typed_docker.containers.run(BUSYBOX, "sleep 30", detach=True, init=True, labels=_label(marker))
    doomed = typed_docker.containers.create(BUSYBOX, "true", labels=_label(marker))
    api = typed_docker.api
    original = api.containers

    def list_then_remove(*args: Any, **kwargs: Any) -> Any:
        # the container goes between the list and its inspect (docker-py #1485, #2451); the inspects are
        # the ordinary pipelined ones
        entries = original(*args, **kwargs)
        api.remove_container(doomed.id, force=True)
        return entries

    api.containers = list_then_remove  # type: ignore[method-assign]
    try:
        listed = typed_docker.containers.list(all=True, ignore_removed=True,
                                              filters={"label": f"dapi-objects={marker}"})
        assert [c.id for c in listed] == [kept.id]
        doomed = typed_docker.containers.create(BUSYBOX, "true", labels=_label(marker))
        with pytest.raises(dockerapi.NotFound):  # without ignore_removed: docker-py's error
            typed_docker.containers.list(all=True, filters={"label": f"dapi-objects={marker}"})
    finally:
        del api.containers


def test_prune_removes_stopped_containers(docker_py: Any, classic_docker: Any, marker: str) -> None:
    created = classic_docker.containers.create(BUSYBOX, "true", labels=_label(marker))
    answer = classic_docker.containers.prune(filters={"label": f"dapi-objects={marker}"})
    assert created.id in (answer.get("ContainersDeleted") or [])
    assert set(answer) == set(docker_py.containers.prune(filters={"label": f"dapi-objects={marker}"}))


# --- the typed face --------------------------------------------------------------------------------------


def test_typed_face_results_are_models(typed_docker: dockerapi.DockerClient, marker: str) -> None:
    container = typed_docker.containers.run(BUSYBOX, ["sh", "-c", "echo hi; sleep 30"], detach=True, init=True,
                                            labels=_label(marker))
    assert container.attrs.config is not None and container.attrs.config.labels == _label(marker)
    assert container.attrs["Config"]["Labels"] == _label(marker)  # the wire view still reads
    listed = typed_docker.containers.list(filters={"label": f"dapi-objects={marker}"})
    assert listed == [container] and isinstance(listed[0].attrs, dockerapi.models.ContainerInspectResponse)
    sparse = typed_docker.containers.list(sparse=True, filters={"label": f"dapi-objects={marker}"})
    assert sparse[0].summary is not None and sparse[0].summary.id == container.id
    with pytest.raises(dockerapi.DockerException, match="sparse"):
        _ = sparse[0].attrs
    sparse[0].reload()
    assert sparse[0].attrs.id == container.id and sparse[0].summary is None
    result = container.exec_run("echo x")
    assert isinstance(result, dockerapi.ExecResult) and result == (0, b"x\n")
    container.kill()
    assert container.wait()["StatusCode"] == 137  # SIGKILL
    image = container.image
    assert image is not None and isinstance(image.attrs, dockerapi.models.ImageInspect)


# --- run pulls a missing image; image of a deleted image; wait timeout ---------------------------------


def test_run_pulls_a_missing_image_with_credentials(engine: dict[str, Any], registry: dict[str, Any],
                                                    docker_py: Any, marker: str, tmp_path: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import base64
    import json

    creds = {"username": registry["username"], "password": registry["password"]}
    # the credentials where docker-py users keep them: the config file's `auths` (Podman cannot log in to
    # a plain-HTTP registry, so login() is not used here)
    token = base64.b64encode(f"{creds['username']}:{creds['password']}".encode()).decode()
    (tmp_path / "config.json").write_text(json.dumps({"auths": {"127.0.0.1:5000": {"auth": token}}}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    repo = f"127.0.0.1:5000/dapi-objects/{marker}"
    setup = dockerapi.Client(engine["base_url"])
    setup.tag(BUSYBOX, repo, "run")
    setup.push(repo, "run", auth_config=creds)
    setup.remove_image(f"{repo}:run")
    try:
        with classic.DockerClient(base_url=engine["base_url"]) as client:
            # not on the daemon: run() pulls it (with the config file's credentials) and creates again
            assert client.containers.run(f"{repo}:run", "echo pulled", remove=True, labels=_label(marker)) == \
                b"pulled\n"
            assert f"{repo}:run" in client.images.get(f"{repo}:run").tags or engine["name"] == "podman"
    finally:
        for ref in (f"{repo}:run",):
            try:
                setup.remove_image(ref, force=True)
            except dockerapi.NotFound:
                pass
        setup.close()


def test_image_of_a_container_whose_image_is_gone_is_none(typed_docker: dockerapi.DockerClient,
                                                           classic_docker: Any, marker: str) -> None:
    # docker-py #3144: Container.image raised when the image was deleted
    if classic_docker.engine == "podman":
        pytest.skip("Podman removes an image's containers with the image (remove_image force=True)")
    base = typed_docker.containers.create(BUSYBOX, "true", labels=_label(marker))
    image = base.commit(repository="dapi-objects-gone", tag=marker)
    container = typed_docker.containers.create(image.id, "true", labels=_label(marker))
    typed_docker.images.remove(image.id, force=True)
    assert container.image is None
    assert classic_docker.containers.get(container.id).image is None


def test_wait_timeout_raises_timeout_error(classic_docker: Any, typed_docker: Any, marker: str) -> None:
    # docker-py #1966: its wait(timeout=) expiring raised a requests ConnectionError
    for client in (classic_docker, typed_docker):
        container = client.containers.run(BUSYBOX, "sleep 30", detach=True, init=True, labels=_label(marker))
        with pytest.raises(dockerapi.DockerTimeoutError):
            container.wait(timeout=1)
        assert isinstance(dockerapi.DockerTimeoutError("x"), TimeoutError)
