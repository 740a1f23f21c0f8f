"""The seed's exec examples, run as written on every engine (dockerapi's Client for docker's).

Each example's code is kept as the seed writes it; the seed's output is turned into assertions on the
documented shape. Local busybox stands in for remote images, the engine's socket for the seed's address.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from dockerapi import InvalidVersion


def podman(cli: Any) -> bool:
    return bool(cli.engine == "podman")


# --- exec_* ----------------------------------------------------------------------------------------


def test_exec_create_start_inspect_as_documented(cli: Any) -> None:
    container = cli.create_container('busybox:latest', '/bin/sleep 30')
    cli.start(container)
    created = cli.exec_create(container['Id'], 'sh -c "echo out; echo err >&2; exit 3"')
    assert set(created) == {'Id'}  # "A dictionary with an exec 'Id' key"
    output = cli.exec_start(created['Id'])
    assert isinstance(output, bytes)
    assert sorted(output.splitlines()) == [b'err', b'out']
    inspected = cli.exec_inspect(created['Id'])
    assert inspected['ExitCode'] == 3 and inspected['Running'] is False
    assert inspected['ProcessConfig']['entrypoint'] == 'sh'
    assert (inspected['OpenStdout'], inspected['OpenStderr']) == (True, True)
    only_out = cli.exec_create(container, ['sh', '-c', 'echo out; echo err >&2'], stdout=True, stderr=False)
    assert cli.exec_start(only_out) == b'out\n'
    as_user = cli.exec_create(container, 'id -un', user='nobody')
    assert cli.exec_start(as_user) == b'nobody\n'
    streamed = cli.exec_create(container, ['sh', '-c', 'echo a; sleep 0.3; echo b'])
    with cli.exec_start(streamed, stream=True) as chunks:
        assert b''.join(chunks) == b'a\nb\n'
    detached = cli.exec_create(container, 'sleep 5')
    # Docker answers an empty body, Podman 4.3 a newline (docker-py sees the same)
    assert cli.exec_start(detached, detach=True) == (b'\n' if podman(cli) else b'')
    assert cli.exec_inspect(detached)['Running'] is True


def test_exec_tty_and_resize_as_documented(cli: Any) -> None:
    container = cli.create_container('busybox:latest', '/bin/sleep 30')
    cli.start(container)
    tty_exec = cli.exec_create(container, ['sh', '-c', 'sleep 0.5; stty size'], tty=True)
    socket_ = cli.exec_start(tty_exec, tty=True, socket=True)
    with socket_:
        deadline = time.monotonic() + 10
        while not cli.exec_inspect(tty_exec)['Running']:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert cli.exec_resize(tty_exec['Id'], height=33, width=101) is None
        socket_.settimeout(15)
        assert b'33 101' in socket_.read_all()


def test_exec_create_since_is_refused_with_advice(cli: Any) -> None:
    """The seed documents `since` for exec_create; no Engine API version has it."""
    container = cli.create_container('busybox:latest', '/bin/sleep 30')
    cli.start(container)
    with pytest.raises(InvalidVersion, match=r"parameter 'since' needs API < 1\.24.*logs\(container, since"):
        cli.exec_create(container, 'true', since=int(time.time()))
