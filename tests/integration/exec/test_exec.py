"""exec_create / exec_start / exec_inspect / exec_resize / execute on every engine."""

from __future__ import annotations

from typing import Any

import pytest
from dockerapi import Client


def test_exec_create_and_start_with_every_option(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    created = client.exec_create(
        container,
        ["sh", "-c", 'echo "$GREETING $(id -u) $(pwd)"; echo err >&2'],
        user="nobody",
        environment={"GREETING": "hi"},
        workdir="/tmp",
    )
    assert isinstance(created["Id"], str)
    assert sorted(client.exec_start(created).splitlines()) == [b"err", b"hi 65534 /tmp"]
    info = client.exec_inspect(created)
    assert info["ExitCode"] == 0 and info["Running"] is False
    assert info["ProcessConfig"]["user"] == "nobody"


def test_exec_stdout_stderr_selection_and_demux(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    cmd = "sh -c 'echo out; echo err >&2'"
    assert client.exec_start(client.exec_create(container, cmd, stdout=True, stderr=False)) == b"out\n"
    assert client.exec_start(client.exec_create(container, cmd, stdout=False, stderr=True)) == b"err\n"
    assert client.exec_start(client.exec_create(container, cmd), demux=True) == (b"out\n", b"err\n")


def test_exec_stream_and_tty(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    with client.exec_start(
        client.exec_create(container, "sh -c 'echo a; sleep 0.2; echo b'"), stream=True
    ) as out:
        assert b"".join(out) == b"a\nb\n"
    tty_exec = client.exec_create(container, "echo tty", tty=True)
    assert client.exec_start(tty_exec, tty=True) == b"tty\r\n"


def test_exec_detach(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    created = client.exec_create(container, "sh -c 'echo done > /tmp/detached'")
    answer = client.exec_start(created, detach=True)
    if client.engine == "podman":  # type: ignore[attr-defined]
        assert len(answer) <= 1  # Podman 4.3 answers a detached start with a stray byte, no output frame
    else:
        assert answer == b""
    exited = client.exec_start(client.exec_create(container, "sh -c 'sleep 0.5; cat /tmp/detached'"))
    assert exited == b"done\n"


def test_exec_socket_with_stdin(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    created = client.exec_create(container, "cat", stdin=True)
    with client.exec_start(created, socket=True) as sock:
        sock.sendall(b"through stdin\n")
        sock.close_write()
        sock.settimeout(15)
        raw = sock.read_all()
    assert raw[:1] == b"\x01" and raw[8:] == b"through stdin\n"
    assert client.exec_inspect(created)["ExitCode"] == 0


def test_exec_resize(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    created = client.exec_create(container, "sh -c 'sleep 1; stty size'", tty=True)
    stream = client.exec_start(created, tty=True, stream=True)
    client.exec_resize(created, height=21, width=77)
    with stream:
        assert b"".join(stream) == b"21 77\r\n"


def test_execute_is_deprecated(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    with pytest.warns(DeprecationWarning):
        assert client.execute(container, "echo old") == b"old\n"


def test_exec_output_is_read_right_whichever_side_asked_for_a_tty(client: Client, make_container: Any) -> None:
    # Docker frames by exec_start's Tty, Podman by exec_create's: the client reads it off the first bytes
    container = make_container("sleep 30", start=True)
    for create_tty, start_tty in [(True, False), (True, True), (False, False), (False, True)]:
        created = client.exec_create(container, "echo hi", tty=create_tty)
        output = client.exec_start(created, tty=start_tty)
        assert output in (b"hi\r\n", b"hi\n"), (create_tty, start_tty, output)
        assert b"\x00" not in output
