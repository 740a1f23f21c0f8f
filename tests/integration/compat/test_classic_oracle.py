"""`dockerapi.classic`: seed code gets the daemon's JSON as plain dicts and lists, equal to docker-py 7.2's.

Every read-only call of the seed is compared with docker-py on the same daemon (the oracle); fields that
change between two calls (clocks, counters other tests move) are left out, as in system/test_oracle.py.
"""

from __future__ import annotations

import collections.abc
import copy
import json
import pickle
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from conftest import BUSYBOX, unique, without  # tests/integration/conftest.py
from dockerapi import classic

VOLATILE_INFO = {"SystemTime", "NGoroutines", "NFd", "NEventsListener", "Containers", "ContainersRunning",
                 "ContainersPaused", "ContainersStopped", "Images", "DriverStatus", "MemFree", "Swarm", "Plugins",
                 "Uptime", "ID"}  # Podman answers a new random ID on every /info


@pytest.fixture
def seed(engine: dict[str, Any]) -> Iterator[classic.Client]:
    with classic.Client(engine["base_url"]) as c:
        c.engine = engine["name"]  # type: ignore[attr-defined]
        yield c


@pytest.fixture
def container(seed: classic.Client, cleanup: Callable[[Callable[[], Any]], None]) -> dict[str, Any]:
    """A running busybox container that printed one line and listens on a published port."""
    created = seed.create_container(
        BUSYBOX, ["sh", "-c", "echo ready; sleep 60"], name=unique("dapi-classic"), ports=[80],
        labels={"dapi.classic": "1"}, host_config=seed.create_host_config(port_bindings={80: None}),
    )
    cleanup(lambda: seed.remove_container(created, force=True))
    seed.start(created)
    return dict(created)


def plain(value: Any) -> bool:
    """Only dict, list, str, int, float, bool and None all the way down: what json.loads gives."""
    if isinstance(value, dict):
        return type(value) is dict and all(type(k) is str and plain(v) for k, v in value.items())
    if isinstance(value, list):
        return type(value) is list and all(plain(v) for v in value)
    return value is None or type(value) in (str, int, float, bool)


def steady_top(top: dict[str, Any]) -> dict[str, Any]:
    """`top()` without the columns that move between two calls (ps's C, %CPU and TIME)."""
    keep = [i for i, title in enumerate(top["Titles"]) if title not in ("C", "%CPU", "TIME")]
    return {"Titles": [top["Titles"][i] for i in keep],
            "Processes": [[row[i] for i in keep] for row in top["Processes"]]}


def test_results_are_plain_dicts_code_can_serialise_mutate_and_hand_to_docker_py(
    seed: classic.Client, oracle: Any, container: dict[str, Any]
) -> None:
    info = seed.inspect_container(container)
    assert type(info) is dict and plain(info)
    assert isinstance(info, collections.abc.MutableMapping)
    assert json.loads(json.dumps(info)) == info
    assert pickle.loads(pickle.dumps(info)) == info
    changed = copy.deepcopy(info)
    changed["State"]["Status"] = "mine"
    changed.update({"Extra": 1})
    assert changed.pop("Extra") == 1 and info["State"]["Status"] == "running"
    # docker-py unwraps only real dicts: a classic result works as its container argument
    assert oracle.inspect_container(info)["Id"] == info["Id"]
    created = seed.create_container(BUSYBOX, "true", name=unique("dapi-classic"))
    assert type(created) is dict and set(created) == {"Id", "Warnings"}
    oracle.remove_container(created)
    assert not seed.containers(all=True, filters={"id": created["Id"]})


def test_read_only_calls_equal_docker_py(seed: classic.Client, oracle: Any, container: dict[str, Any]) -> None:
    assert seed.version() == oracle.version()
    mine, theirs = seed.info(), oracle.info()
    assert set(mine) == set(theirs)
    assert without(mine, VOLATILE_INFO) == without(theirs, VOLATILE_INFO)
    inspected = seed.inspect_container(container)
    assert inspected == oracle.inspect_container(container)
    labelled = {"label": "dapi.classic=1", "id": container["Id"]}

    def stable(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [without(item, {"Status"}) for item in items]  # "Up 1 second" ticks

    assert stable(seed.containers(filters=labelled)) == stable(oracle.containers(filters=labelled))
    assert seed.containers(quiet=True, filters=labelled) == oracle.containers(quiet=True, filters=labelled)
    assert seed.containers(trunc=True, filters=labelled)[0]["Id"] == container["Id"][:12]
    assert seed.images("busybox") == oracle.images("busybox")
    assert seed.images("busybox", quiet=True) == oracle.images("busybox", quiet=True)
    assert seed.inspect_image(BUSYBOX) == oracle.inspect_image(BUSYBOX)
    assert seed.history(BUSYBOX) == oracle.history(BUSYBOX)
    assert seed.port(container, 80) == oracle.port(container["Id"], 80)
    assert steady_top(seed.top(container)) == steady_top(oracle.top(container))
    assert seed.diff(container) == oracle.diff(container)
    assert seed.logs(container) == oracle.logs(container) == b"ready\n"
    exec_id = seed.exec_create(container, "true")
    assert type(exec_id) is dict and set(exec_id) == {"Id"}
    assert seed.exec_inspect(exec_id) == oracle.exec_inspect(exec_id)


def test_ping_events_stats_and_archives_equal_docker_py(
    seed: classic.Client, oracle: Any, container: dict[str, Any]
) -> None:
    # (search needs Docker Hub, which these machines cannot reach: not compared)
    assert seed.ping() == oracle.ping() is True
    # the container's own events of the last minutes, in a window already closed: both answers end
    since, until = int(time.time()) - 300, int(time.time()) + 1
    time.sleep(1.1)
    only = {"container": container["Id"]}
    mine = list(seed.events(since=since, until=until, filters=only, decode=True))
    theirs = list(oracle.events(since=since, until=until, filters=only, decode=True))
    assert mine == theirs and plain(mine)
    if seed.engine == "podman":  # type: ignore[attr-defined]
        assert mine == []  # this Podman keeps no event history to replay (its events logger records none)
    else:
        assert {"create", "start"} <= {event["Action"] for event in mine}
    # a one-shot stats sample: the same document shape (the numbers move between two samples)
    sample, reference = seed.stats(container, stream=False), oracle.stats(container["Id"], stream=False)
    assert type(sample) is dict and set(sample) == set(reference)
    assert set(sample["memory_stats"]) == set(reference["memory_stats"])
    chunks, stat = seed.get_archive(container, "/etc/hostname")
    their_chunks, their_stat = oracle.get_archive(container["Id"], "/etc/hostname")
    assert stat == their_stat and type(stat) is dict
    assert b"".join(chunks) == b"".join(their_chunks)


def test_volumes_networks_and_df_equal_docker_py(
    seed: classic.Client, oracle: Any, cleanup: Callable[[Callable[[], Any]], None]
) -> None:
    volume = unique("dapi-cvol")
    made = seed.create_volume(volume, labels={"dapi.classic": volume})
    cleanup(lambda: seed.remove_volume(volume))
    # (Podman's create answer says Options null where its inspect says {}: compare inspect with inspect)
    assert type(made) is dict and plain(made) and made["Name"] == volume
    assert seed.inspect_volume(volume) == oracle.inspect_volume(volume)
    assert seed.volumes(filters={"label": f"dapi.classic={volume}"}) == oracle.volumes(
        filters={"label": f"dapi.classic={volume}"})
    network = unique("dapi-cnet")
    created = seed.create_network(network, driver="bridge")
    cleanup(lambda: seed.remove_network(created["Id"]))
    assert seed.inspect_network(created["Id"]) == oracle.inspect_network(created["Id"])
    assert seed.networks(names=[network]) == oracle.networks(names=[network])
    mine, theirs = seed.df(), oracle.df()
    assert plain(mine) and set(mine) == set(theirs)


def test_an_errors_response_reads_as_docker_pys(seed: classic.Client, oracle: Any) -> None:
    # docker-py code reads the daemon's answer from the error: `err.response.status_code`, `.json()`, `.text`
    import docker

    missing = unique("dapi-missing")
    with pytest.raises(classic.errors.NotFound) as mine:
        seed.inspect_container(missing)
    with pytest.raises(docker.errors.NotFound) as theirs:
        oracle.inspect_container(missing)
    assert mine.value.response is not None
    assert mine.value.response.status_code == theirs.value.response.status_code == 404
    assert mine.value.response.json() == theirs.value.response.json()
    assert mine.value.response.text.strip() == theirs.value.response.text.strip()
    assert mine.value.explanation == theirs.value.explanation
