"""Differential tests for containers: dockerapi's plain data equals docker-py 7.2's (the oracle).

Both clients talk to the same daemon (Docker 20.10, Docker 28.5, Podman 4.3) about the same containers.
A result is compared as plain data (`model.to_wire()`, lists of them) against docker-py's dicts.

Left out, because they change between two calls and not because of the client:
- containers(): `Status` ("Up 3 seconds", "Exited (0) 2 seconds ago") is rendered from the daemon's
  clock at each call; `State` (the stable part) is still compared. The order of `Ports` comes from a
  map in Docker and differs between two calls: compared sorted.
- diff(): Docker walks the layer's changes in no fixed order: compared sorted by path.
- top(): the columns `C`/`%CPU` (CPU use over the process's life) and `TIME` (CPU time consumed)
  move while the process runs; `Titles` and every other column are compared.
- stats(stream=False): every counter and clock of a sample (`read`, `preread`, CPU, memory, network,
  block-io figures) differs between two samples; compared are the keys at every level (the shape of a
  sample), the identity (`id`/`Id`, `name`), the interface names and the fixed limits.
"""

from __future__ import annotations

from typing import Any

from conftest import unique, wire, without  # tests/integration/conftest.py
from dockerapi import Client

VOLATILE_TOP_COLUMNS = {"C", "%CPU", "TIME"}




def by_id(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda item: item["Id"])


def shape(value: Any) -> Any:
    """The keys at every level, with each leaf replaced by its kind (numbers are one kind)."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    return "number" if isinstance(value, (int, float)) else type(value).__name__


def sorted_ports(item: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted(item.get("Ports") or [], key=lambda p: (p["PrivatePort"], p["Type"], p.get("IP", "")))


def published(make_container: Any, label: str, **kwargs: Any) -> Any:
    """A running container with port 80 published on a random host port, and 81 exposed only."""
    return make_container(
        "sleep 60",
        start=True,
        labels={label: "yes"},
        ports=[80, 81, (53, "udp")],
        host_config={"PortBindings": {"80/tcp": [{"HostPort": ""}], "53/udp": [{"HostPort": ""}]}},
        **kwargs,
    )


# --- inspect_container ------------------------------------------------------------------------------


def test_inspect_container_equals_docker_py(client: Client, oracle: Any, make_container: Any) -> None:
    label = unique("lbl")
    running = published(make_container, label, environment={"A": "1"}, working_dir="/tmp")
    exited = make_container(["sh", "-c", "exit 3"], start=True, labels={label: "no"})
    assert client.wait(exited, timeout=30) == 3
    created = make_container("true", labels=[label], tty=True, stdin_open=True)
    for container in (running, exited, created):
        mine, theirs = wire(client.inspect_container(container)), oracle.inspect_container(container["Id"])
        assert mine == theirs
        assert dict(client.inspect_container(container)) == theirs  # the dict view, too
    assert theirs["Config"]["Tty"] is True  # (the last one) the comparison saw real settings


# --- containers ------------------------------------------------------------------------------------


def test_containers_equal_docker_py(client: Client, oracle: Any, make_container: Any) -> None:
    label = unique("lbl")
    running = published(make_container, label)
    exited = make_container(["sh", "-c", "exit 2"], start=True, labels={label: "no"})
    assert client.wait(exited, timeout=30) == 2
    make_container("true", labels=[label])
    only = {"label": label}

    def stable(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return by_id([{**without(item, {"Status"}), "Ports": sorted_ports(item)} for item in items])

    mine, theirs = wire(client.containers(all=True, filters=only)), oracle.containers(all=True, filters=only)
    assert len(theirs) == 3
    assert stable(mine) == stable(theirs)
    running_only = wire(client.containers(filters=only))
    assert stable(running_only) == stable(oracle.containers(filters=only))
    assert [c["Id"] for c in running_only] == [running["Id"]]
    assert by_id(client.containers(all=True, quiet=True, filters=only)) == by_id(
        oracle.containers(all=True, quiet=True, filters=only)
    )
    truncated = wire(client.containers(all=True, trunc=True, filters=only))
    assert stable(truncated) == stable(oracle.containers(all=True, trunc=True, filters=only))
    assert {len(c["Id"]) for c in truncated} == {12}
    exited_only = {"label": label, "status": "exited"}
    assert stable(wire(client.containers(all=True, filters=exited_only))) == stable(
        oracle.containers(all=True, filters=exited_only)
    )


# --- port ------------------------------------------------------------------------------------------


def test_port_equals_docker_py(client: Client, oracle: Any, make_container: Any) -> None:
    container = published(make_container, unique("lbl"))
    for private_port in (80, "80", "80/tcp", "53/udp"):
        mine = client.port(container, private_port)
        assert mine is not None
        assert wire(mine) == oracle.port(container["Id"], private_port)
        assert all(binding["HostPort"].isdigit() for binding in wire(mine))
    for not_published in (81, "80/udp", 9999):
        assert client.port(container, not_published) is None
        assert oracle.port(container["Id"], not_published) is None


def test_port_without_protocol_is_tcp_where_docker_py_falls_back_to_udp(
    client: Client, oracle: Any, make_container: Any
) -> None:
    """A deliberate difference: port(c, 53) looks up 53/tcp only, like `docker port c 53` (the seed says
    "Identical to the docker port command"); docker-py 7.2 answers 53/udp's bindings when 53/tcp has none."""
    container = published(make_container, unique("lbl"))
    udp = oracle.port(container["Id"], "53/udp")
    assert udp and wire(client.port(container, "53/udp")) == udp
    assert client.port(container, 53) is None
    assert oracle.port(container["Id"], 53) == udp


# --- top -------------------------------------------------------------------------------------------


def test_top_equals_docker_py(client: Client, oracle: Any, make_container: Any) -> None:
    container = make_container(["sh", "-c", "sleep 60 & sleep 61"], start=True)  # sh execs the last sleep

    def stable(top: dict[str, Any]) -> dict[str, Any]:
        keep = [i for i, title in enumerate(top["Titles"]) if title not in VOLATILE_TOP_COLUMNS]
        rows = sorted([row[i] for i in keep] for row in top["Processes"])
        return {"Titles": [top["Titles"][i] for i in keep], "Processes": rows}

    mine, theirs = wire(client.top(container)), oracle.top(container["Id"])
    assert mine["Titles"] == theirs["Titles"]
    assert stable(mine) == stable(theirs)
    assert len(mine["Processes"]) == 2
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman 4.3 runs the image's ps and does not split its columns: one title, one cell per row
        assert mine["Titles"] == ["PID   USER     COMMAND"]
        ps_args = "pid,args"  # Podman takes ps(1) descriptors, not options
    else:
        assert {"PID", "CMD"} <= set(mine["Titles"])
        ps_args = "-o pid,args"
    mine, theirs = wire(client.top(container, ps_args=ps_args)), oracle.top(container["Id"], ps_args=ps_args)
    assert mine == theirs
    assert mine["Titles"] == ["PID", "COMMAND"]
    assert sorted(row[1] for row in mine["Processes"]) == ["sleep 60", "sleep 61"]


# --- diff ------------------------------------------------------------------------------------------


def test_diff_equals_docker_py(client: Client, oracle: Any, make_container: Any) -> None:
    container = make_container(["sh", "-c", "touch /tmp/new; rm /bin/ls; echo x >> /etc/hostname.x"])
    client.start(container)
    assert client.wait(container, timeout=30) == 0
    mine, theirs = wire(client.diff(container)), oracle.diff(container["Id"])
    assert sorted(mine, key=lambda c: c["Path"]) == sorted(theirs, key=lambda c: c["Path"])
    changes = {c["Path"]: c["Kind"] for c in mine}
    assert changes["/tmp/new"] == 1 and changes["/bin/ls"] == 2 and changes["/tmp"] == 0


# --- stats -----------------------------------------------------------------------------------------


def test_stats_one_sample_equals_docker_py_in_shape_and_identity(
    client: Client, oracle: Any, make_container: Any
) -> None:
    container = make_container("sleep 60", start=True)
    mine, theirs = wire(client.stats(container, stream=False)), oracle.stats(container["Id"], stream=False)
    assert isinstance(mine, dict)
    assert shape(mine) == shape(theirs)
    id_key = "Id" if client.engine == "podman" else "id"  # type: ignore[attr-defined]
    assert mine[id_key] == theirs[id_key] == container["Id"]
    name = client.inspect_container(container)["Name"].lstrip("/")
    # Docker names the container with its leading slash, Podman 4.3 without
    assert mine["name"] == theirs["name"] == (name if client.engine == "podman" else "/" + name)  # type: ignore[attr-defined]
    assert sorted(mine.get("networks") or {}) == sorted(theirs.get("networks") or {})
    assert mine["memory_stats"]["limit"] == theirs["memory_stats"]["limit"] > 0
    assert mine["cpu_stats"].get("online_cpus") == theirs["cpu_stats"].get("online_cpus")
    assert mine["num_procs"] == theirs["num_procs"]


def test_diff_of_an_unchanged_container_is_empty(
    client: Client, oracle: Any, make_container: Any, engine: dict[str, Any]
) -> None:
    # the daemon answers `null` (not []) when nothing changed; docker-py hands that None through
    container = make_container("true")
    assert client.diff(container) == []
    assert oracle.diff(container["Id"]) in (None, [])
    from dockerapi import classic

    with classic.Client(engine["base_url"]) as seed:
        assert seed.diff(container) == oracle.diff(container["Id"])
