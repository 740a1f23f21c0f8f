"""Reading containers on every engine: logs, attach, inspect, containers, diff, top, export, archives, stats, commit."""

from __future__ import annotations

import io
import json
import tarfile
import time
import uuid
from datetime import datetime, timezone
from typing import Any

import pytest
import servers
from dockerapi import Client, NotFound, StreamError, classic, models

OUT_ERR = ["sh", "-c", "echo out1; echo err1 >&2; echo out2"]


def unique(prefix: str = "dapi") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def finished(client: Client, make_container: Any, command: Any, **kwargs: Any) -> Any:
    container = make_container(command, start=True, **kwargs)
    assert client.wait(container, timeout=30) == 0
    return container


def parse_stamp(stamp: str) -> datetime:
    """An RFC 3339 timestamp with nanoseconds (Docker) or without a fraction (Podman)."""
    whole, _, fraction = stamp.rstrip("Z").partition(".")
    moment = datetime.fromisoformat(whole).replace(tzinfo=timezone.utc)
    return moment.replace(microsecond=int((fraction + "000000")[:6]))


def raw_json(engine: dict[str, Any], path: str) -> Any:
    with servers.http_client(engine["base_url"]) as http:
        response = http.get(path)
        response.raise_for_status()
        return response.json()


# --- logs ---------------------------------------------------------------------------------------


def test_logs_stdout_and_stderr_selection(client: Client, make_container: Any) -> None:
    container = finished(client, make_container, OUT_ERR)
    both = client.logs(container)
    assert sorted(both.splitlines()) == [b"err1", b"out1", b"out2"]
    assert client.logs(container, stdout=True, stderr=False) == b"out1\nout2\n"
    assert client.logs(container, stdout=False, stderr=True) == b"err1\n"
    assert client.logs(container, True, False) == b"out1\nout2\n"  # positional stdout, stderr


def test_logs_timestamps_and_tail(client: Client, make_container: Any) -> None:
    container = finished(client, make_container, ["sh", "-c", "for i in 1 2 3 4 5; do echo line$i; done"])
    stamped = client.logs(container, timestamps=True).decode().splitlines()
    assert len(stamped) == 5
    for number, line in enumerate(stamped, 1):
        stamp, text = line.split(" ", 1)
        assert text == f"line{number}"
        assert parse_stamp(stamp).year >= 2024
    assert client.logs(container, tail=2) == b"line4\nline5\n"
    assert client.logs(container, tail="all") == b"".join(b"line%d\n" % i for i in range(1, 6))
    assert client.logs(container, tail=0) == b""


def test_logs_since_and_until(client: Client, make_container: Any) -> None:
    container = finished(client, make_container, ["sh", "-c", "echo early; sleep 2.2; echo late"])
    lines = client.logs(container, timestamps=True).decode().splitlines()
    moments = {line.split(" ", 1)[1]: parse_stamp(line.split(" ", 1)[0]) for line in lines}
    late_second = int(moments["late"].timestamp())
    assert client.logs(container, since=late_second) == b"late\n"
    assert client.logs(container, since=datetime.fromtimestamp(late_second, timezone.utc)) == b"late\n"
    early_end = int(moments["early"].timestamp()) + 1
    assert client.logs(container, until=early_end) == b"early\n"
    assert client.logs(container, since=late_second + 3600) == b""


def test_logs_stream_follows_until_the_container_exits(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "echo a; sleep 0.5; echo b >&2; sleep 0.5; echo c"], start=True)
    with client.logs(container, stream=True) as chunks:
        received = b"".join(chunks)
    assert received == b"a\nb\nc\n"


def test_logs_follow_false_with_stream_returns_the_backlog(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "echo first; sleep 30"], start=True)
    deadline = time.monotonic() + 10
    while b"first" not in client.logs(container) and time.monotonic() < deadline:
        time.sleep(0.05)
    with client.logs(container, stream=True, follow=False) as chunks:
        assert b"".join(chunks) == b"first\n"
    # the stream ended with the backlog, not with the container (which sleeps on)
    assert client.inspect_container(container)["State"]["Running"] is True


def test_logs_demux_and_tty(client: Client, make_container: Any) -> None:
    container = finished(client, make_container, OUT_ERR)
    assert client.logs(container, demux=True) == (b"out1\nout2\n", b"err1\n")
    tty = finished(client, make_container, ["sh", "-c", "echo tty-out"], tty=True)
    assert client.logs(tty) == b"tty-out\r\n"


# --- attach ---------------------------------------------------------------------------------------


def test_attach_logs_returns_the_backlog_at_once(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "echo out1; echo err1 >&2; sleep 3; echo out2"], start=True)
    time.sleep(0.5)
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman 4.3 replays the backlog with frame sizes one byte short: the client refuses the stream
        with pytest.raises(StreamError, match="bad frame header"):
            client.attach(container, logs=True)
    else:
        # without stream=True, the output so far, while the container still runs (docker-py 7.2; issue 24)
        output = client.attach(container, logs=True)
        assert sorted(output.splitlines()) == [b"err1", b"out1"]
        assert client.inspect_container(container)["State"]["Running"] is True
    assert client.wait(container) == 0


def test_attach_without_logs_sees_only_new_output(client: Client, make_container: Any) -> None:
    container = make_container(
        ["sh", "-c", "echo before; sleep 1; echo after-out; echo after-err >&2"], start=True
    )
    deadline = time.monotonic() + 10
    while b"before" not in client.logs(container) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert client.attach(container, stdout=True, stderr=False) == b"after-out\n"


def test_attach_stream_reads_output_as_it_happens(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "read line; echo got-$line; echo to-err >&2"], stdin_open=True)
    client.start(container)
    stream = client.attach(container, stream=True, logs=True)
    with client.attach_socket(container, params={"stdin": 1, "stream": 1}) as sock:
        sock.sendall(b"hello\n")
        with stream:
            received = b"".join(stream)
    assert sorted(received.splitlines()) == [b"got-hello", b"to-err"]


def test_attach_socket_stdin_reaches_the_process_and_close_write_is_eof(
    client: Client, make_container: Any
) -> None:
    container = make_container(["sh", "-c", "cat; echo end-of-input"], stdin_open=True)
    client.start(container)
    sock = client.attach_socket(container, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
    with sock:
        sock.sendall(b"line one\nline two\n")
        sock.close_write()
        sock.settimeout(15)
        raw = sock.read_all()
    assert client.wait(container, timeout=15) == 0
    # the stream is framed (no TTY): 8-byte headers, stdout frames have stream id 1
    payload, data = b"", raw
    while data:
        kind, size = data[0], int.from_bytes(data[4:8], "big")
        assert kind == 1
        payload, data = payload + data[8 : 8 + size], data[8 + size :]
    assert payload == b"line one\nline two\nend-of-input\n"


def test_attach_socket_with_a_tty_is_raw(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "read line; echo got-$line"], stdin_open=True, tty=True)
    client.start(container)
    with client.attach_socket(container, params={"stdin": 1, "stdout": 1, "stream": 1}) as sock:
        sock.sendall(b"x\n")
        sock.settimeout(15)
        raw = sock.read_all()
    assert b"got-x" in raw
    assert not raw.startswith(b"\x01\x00\x00\x00")


# --- inspect_container and containers -----------------------------------------------------------------


def test_inspect_container_equals_the_daemons_json(
    client: Client, engine: dict[str, Any], make_container: Any
) -> None:
    container = finished(client, make_container, "true")
    info = client.inspect_container(container)
    wire = raw_json(engine, f"/v{client.api_version}/containers/{container['Id']}/json")
    assert dict(info) == wire
    assert info.to_wire() == wire
    for key in ("Id", "State", "Config", "HostConfig", "NetworkSettings", "Mounts", "Name"):
        assert info[key] == wire[key]
    assert info.id == wire["Id"] and info.state.exit_code == 0


def test_containers_all_quiet_trunc_size(client: Client, make_container: Any) -> None:
    label = unique("lbl")
    running = make_container("sleep 30", labels=[label], start=True)
    created = make_container("true", labels=[label])
    only = {"label": label}
    assert [c["Id"] for c in client.containers(filters=only)] == [running["Id"]]
    every = client.containers(all=True, filters=only)
    assert {c["Id"] for c in every} == {running["Id"], created["Id"]}
    quiet = client.containers(quiet=True, all=True, filters=only)
    assert sorted(quiet, key=lambda c: c["Id"]) == sorted(
        ({"Id": c["Id"]} for c in every), key=lambda c: c["Id"]
    )
    trunc = client.containers(all=True, trunc=True, filters=only)
    assert {c["Id"] for c in trunc} == {running["Id"][:12], created["Id"][:12]}
    sized = client.containers(all=True, size=True, filters=only)
    assert all(isinstance(c["SizeRootFs"], int) for c in sized)  # SizeRw is left out when it is 0
    assert not any("SizeRootFs" in c for c in every)


def test_containers_latest_since_before_limit(client: Client, make_container: Any) -> None:
    label = unique("lbl")
    first, second, third = (make_container("true", labels=[label]) for _ in range(3))
    only = {"label": label}
    ids = [c["Id"] for c in client.containers(all=True, filters=only)]
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman 4.3 does not list newest first, and applies limit/latest to its own order
        assert set(ids) == {first["Id"], second["Id"], third["Id"]}
        assert len(client.containers(latest=True, filters=only)) == 1
        assert len(client.containers(limit=2, filters=only)) == 2
        assert {c["Id"] for c in client.containers(all=True, since=first["Id"], filters=only)} <= {
            second["Id"],
            third["Id"],
        }
        return
    assert ids == [third["Id"], second["Id"], first["Id"]]  # newest first
    assert [c["Id"] for c in client.containers(latest=True, filters=only)] == [third["Id"]]
    assert [c["Id"] for c in client.containers(limit=2, filters=only)] == [third["Id"], second["Id"]]
    assert [c["Id"] for c in client.containers(all=True, since=first["Id"], filters=only)] == [
        third["Id"],
        second["Id"],
    ]
    assert [c["Id"] for c in client.containers(all=True, before=third["Id"], filters=only)] == [
        second["Id"],
        first["Id"],
    ]
    # positional: quiet, all, trunc, latest, since, before, limit, size, filters
    assert client.containers(True, True, False, False, None, None, -1, False, only) == [
        {"Id": i} for i in ids
    ]


def test_containers_filters(client: Client, make_container: Any) -> None:
    label = unique("lbl")
    name = unique()
    failed = finished_with_code = make_container(
        ["sh", "-c", "exit 3"], labels={label: "x"}, name=name, start=True
    )
    assert client.wait(finished_with_code) == 3
    running = make_container("sleep 30", labels={label: "y"}, start=True)
    base = {"label": label}

    def ids(**filters: Any) -> set[str]:
        return {c["Id"] for c in client.containers(all=True, filters={**base, **filters})}

    assert ids(exited=3) == {failed["Id"]}
    assert ids(status="exited") == {failed["Id"]}
    assert ids(status="running") == {running["Id"]}
    assert ids(label=[label, f"{label}=y"]) == {running["Id"]}
    assert ids(id=running["Id"]) == {running["Id"]}
    assert ids(name=name) == {failed["Id"]}
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman matches ancestors by the fully qualified name it stored
        assert ids(ancestor="busybox:latest") == set()
        assert ids(ancestor="docker.io/library/busybox:latest") == {failed["Id"], running["Id"]}
    else:
        assert ids(ancestor="busybox:latest") == {failed["Id"], running["Id"]}
    assert ids(before=running["Id"]) == {failed["Id"]}
    assert ids(since=failed["Id"]) == {running["Id"]}


def test_containers_returns_models_reading_like_the_daemons_json(
    client: Client, engine: dict[str, Any], make_container: Any
) -> None:
    label = unique("lbl")
    make_container("sleep 30", labels=[label], start=True)
    listed = client.containers(filters={"label": label})
    wire = raw_json(
        engine, f"/v{client.api_version}/containers/json?filters=" + json.dumps({"label": [label]})
    )
    assert [dict(c) for c in listed] == wire
    assert listed[0]["Names"] == wire[0]["Names"]


# --- diff, top, export, archives ------------------------------------------------------------------------


def test_diff_lists_changes(client: Client, make_container: Any) -> None:
    container = finished(
        client, make_container, ["sh", "-c", "mkdir /made; echo x > /made/file; rm /etc/group"]
    )
    changes = {c["Path"]: c["Kind"] for c in client.diff(container)}
    assert changes["/made"] == 1 and changes["/made/file"] == 1  # added
    assert changes["/etc/group"] == 2  # deleted
    assert changes["/etc"] == 0  # modified
    assert client.diff(container)[0].path in changes


def test_top_and_ps_args(client: Client, make_container: Any) -> None:
    container = make_container("sleep 31", start=True)
    top = client.top(container)
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman 4.3 without ps_args runs the container's ps: one title string, one string per process
        assert top["Titles"][0].split() == ["PID", "USER", "COMMAND"]
        assert any("sleep 31" in " ".join(row) for row in top["Processes"])
        custom = client.top(container, "pid,comm")
        assert [t.upper() for t in custom["Titles"]] == ["PID", "COMMAND"]
        assert [row[1] for row in custom["Processes"]] == ["sleep"]
        return
    assert "PID" in top["Titles"]
    command_column = top["Titles"].index("CMD" if "CMD" in top["Titles"] else "COMMAND")
    assert any("sleep 31" in row[command_column] for row in top["Processes"])
    custom = client.top(container, "-o pid,comm")
    assert [t.upper() for t in custom["Titles"]] == ["PID", "COMMAND"]
    assert [row[1] for row in custom["Processes"]] == ["sleep"]


def test_export_is_the_whole_filesystem_as_tar(client: Client, make_container: Any) -> None:
    container = finished(client, make_container, ["sh", "-c", "echo exported > /marker"])
    stream = client.export(container)
    data = b"".join(stream)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        names = set(tar.getnames())
        assert "marker" in names and "bin/busybox" in names
        member = tar.extractfile("marker")
        assert member is not None and member.read() == b"exported\n"


def test_get_archive_and_put_archive(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        payload = b"put via archive\n"
        info = tarfile.TarInfo("put.txt")
        info.size = len(payload)
        info.mode = 0o640
        tar.addfile(info, io.BytesIO(payload))
    assert client.put_archive(container, "/tmp", buffer.getvalue()) is True
    stream, stat = client.get_archive(container, "/tmp/put.txt")
    assert stat["name"] == "put.txt" and stat["size"] == len(payload)
    assert stat["mode"] & 0o777 == 0o640
    with tarfile.open(fileobj=io.BytesIO(b"".join(stream))) as tar:
        member = tar.extractfile("put.txt")
        assert member is not None and member.read() == payload
    with pytest.raises(NotFound):
        client.get_archive(container, "/no/such/path")
    if client.engine == "podman":  # type: ignore[attr-defined]
        # Podman creates the missing target directory instead of refusing
        assert client.put_archive(container, "/no/such/dir", buffer.getvalue()) is True
    else:
        with pytest.raises(NotFound):
            client.put_archive(container, "/no/such/dir", buffer.getvalue())


def test_copy_is_deprecated_and_returns_the_tar(client: Client, make_container: Any) -> None:
    container = finished(client, make_container, ["sh", "-c", "echo copied > /c.txt"])
    with pytest.warns(DeprecationWarning):
        data = client.copy(container, "/c.txt")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        member = tar.extractfile("c.txt")
        assert member is not None and member.read() == b"copied\n"


def test_commit_with_changes_and_conf(client: Client, make_container: Any, cleanup: Any) -> None:
    container = finished(client, make_container, ["sh", "-c", "echo baked > /baked"])
    repository = unique("dapi-commit")
    result = client.commit(
        container,
        repository=repository,
        tag="v1",
        message="a message",
        author="Tester <t@example.test>",
        changes=["ENV FROM_CHANGES=1", "LABEL from=changes"],
        conf={"Env": ["FROM_CONF=1"], "Cmd": ["cat", "/baked"]},
    )
    image_id = result["Id"]
    cleanup(lambda: client.remove_image(image_id, force=True))
    image = client.inspect_image(image_id)
    assert image["Author"] == "Tester <t@example.test>"
    assert image["Comment"] == "a message"
    env = image["Config"]["Env"]
    assert "FROM_CHANGES=1" in env
    assert image["Config"]["Labels"]["from"] == "changes"
    assert any(tag.endswith(f"{repository}:v1") for tag in image["RepoTags"])
    run = make_container(None, image=image_id, start=True)
    assert client.wait(run) == 0
    # Podman 4.3 ignores `conf` (the image keeps the container's command, which prints nothing)
    assert client.logs(run) == (b"" if client.engine == "podman" else b"baked\n")  # type: ignore[attr-defined]


# --- stats --------------------------------------------------------------------------------------------


def test_stats_one_shot_and_stream(client: Client, engine: dict[str, Any], make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    one = client.stats(container, stream=False)
    assert isinstance(one, models.ContainerStatsResponse)  # typed (issue 26 item 2), not a dict
    key = "Id" if client.engine == "podman" else "id"  # type: ignore[attr-defined]
    assert one[key] == container["Id"]
    assert "memory_stats" in one and "cpu_stats" in one
    assert one.memory_stats is not None and one.cpu_stats is not None
    with classic.Client(engine["base_url"]) as plain:
        assert type(plain.stats(container, stream=False)) is dict  # the classic face stays plain
    with client.stats(container, decode=True) as samples:
        first = next(iter(samples))
    assert isinstance(first, dict) and "read" in first
    raw = client.stats(container)
    with raw:
        text = next(iter(raw))
    assert isinstance(text, (str, bytes)) and json.loads(text)["read"]
