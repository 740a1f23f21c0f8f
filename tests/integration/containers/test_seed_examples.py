"""The seed's container examples, run as written on every engine (dockerapi's Client for docker's).

Each example's code is kept as the seed writes it; the seed's output is turned into assertions on the
documented shape. Local busybox stands in for remote images, the engine's socket for the seed's address,
unique names for the seed's fixed ones (tests run at the same time on the same daemons), a free host
port for the seed's port 80.
"""

from __future__ import annotations

import io
import json
import re
import socket
import tarfile
import time
from datetime import datetime
from typing import Any

import dockerapi
import pytest
from conftest import unique  # tests/integration/conftest.py
from dockerapi import DockerTimeoutError


def podman(cli: Any) -> bool:
    return bool(cli.engine == "podman")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_output(cli: Any, container: Any, text: bytes) -> None:
    deadline = time.monotonic() + 15
    while text not in cli.logs(container):
        assert time.monotonic() < deadline, f"{text!r} never appeared in the logs"
        time.sleep(0.05)


# --- create_container, start ------------------------------------------------------------------------


def test_create_container_example(cli: Any) -> None:
    container = cli.create_container(image='busybox:latest', command='/bin/sleep 30')
    print(container)
    assert set(container) == {'Id', 'Warnings'}
    assert len(container['Id']) == 64 and int(container['Id'], 16) >= 0
    assert container['Warnings'] in (None, [])  # the seed shows None; today's daemons answer []


def test_start_example(cli: Any) -> None:
    container = cli.create_container(
        image='busybox:latest',
        command='/bin/sleep 30')
    response = cli.start(container=container.get('Id'))
    print(response)
    assert response is None
    assert cli.inspect_container(container)['State']['Running'] is True


# --- containers ----------------------------------------------------------------------------------------


def test_containers_example(cli: Any) -> None:
    container = cli.create_container('busybox:latest', '/bin/sleep 30')
    cli.start(container)
    listed = cli.containers()
    (mine,) = [c for c in listed if c['Id'] == container['Id']]  # other tests' containers run as well
    for key in ('Command', 'Created', 'Id', 'Image', 'Names', 'Ports', 'Status'):
        assert key in mine
    assert mine['Command'] == '/bin/sleep 30'
    # the list's Created is the inspect's creation time, in whole seconds since the epoch
    created = cli.inspect_container(container)['Created']  # RFC 3339, with or without a fraction
    whole = datetime.fromisoformat(re.sub(r'\.\d+', '', created).replace('Z', '+00:00'))
    assert isinstance(mine['Created'], int) and mine['Created'] == int(whole.timestamp())
    # Podman 4.3 lists the image by its fully qualified name
    assert mine['Image'] == ('docker.io/library/busybox:latest' if podman(cli) else 'busybox:latest')
    name = cli.inspect_container(container)['Name']
    assert mine['Names'] == ['/' + name.lstrip('/')]
    assert mine['Ports'] == []
    assert mine['Status'].startswith('Up ')
    stopped = cli.create_container('busybox:latest', 'true')
    assert stopped['Id'] not in [c['Id'] for c in cli.containers()]
    assert stopped['Id'] in [c['Id'] for c in cli.containers(all=True)]


# --- top -------------------------------------------------------------------------------------------


def test_top_example(cli: Any) -> None:
    sleeper = unique('sleeper')
    cli.create_container('busybox:latest', '/bin/sleep 30', name=sleeper)
    cli.start(sleeper)
    top = cli.top(sleeper)
    assert set(top) == {'Processes', 'Titles'}
    (process,) = top['Processes']
    if podman(cli):
        # Podman 4.3 answers the container's own ps output unsplit: one column
        assert top['Titles'] == ['PID   USER     COMMAND']
        assert process[0].split() == ['1', 'root', '/bin/sleep', '30']
    else:
        titles = top['Titles']
        assert {'PID', 'UID', 'CMD'} <= set(titles)
        assert process[titles.index('CMD')] == '/bin/sleep 30'
        assert process[titles.index('UID')] == 'root'
        assert process[titles.index('PID')].isdigit()


# --- port ------------------------------------------------------------------------------------------


def test_port_example(cli: Any) -> None:
    # $ docker run -d -p 80:80 ubuntu:14.04 /bin/sleep 30   (a free host port for 80)
    host_port = free_port()
    container = cli.create_container(
        'busybox:latest', '/bin/sleep 30', ports=[80],
        host_config=cli.create_host_config(port_bindings={80: host_port}),
    )
    cli.start(container)
    short_id = container['Id'][:12]
    mapping = cli.port(short_id, 80)
    if podman(cli):
        assert mapping == [{'HostIp': '', 'HostPort': str(host_port)}]
    else:  # Docker binds IPv4 and IPv6
        assert mapping[0] == {'HostIp': '0.0.0.0', 'HostPort': str(host_port)}
        assert all(binding['HostPort'] == str(host_port) for binding in mapping)
    assert cli.port(short_id, 81) is None


# --- logs ------------------------------------------------------------------------------------------


def test_logs_documented_params(cli: Any) -> None:
    # the pause keeps the order of the two streams in the log fixed
    container = cli.create_container('busybox:latest', ['sh', '-c', 'echo one; echo two >&2; sleep 0.3; echo three'])
    cli.start(container)
    assert cli.wait(container) == 0
    assert sorted(cli.logs(container).splitlines()) == [b'one', b'three', b'two']
    assert cli.logs(container, stdout=True, stderr=False) == b'one\nthree\n'
    assert cli.logs(container, tail=1, stderr=False) == b'three\n'
    assert cli.logs(container, tail='all', stderr=False) == b'one\nthree\n'
    stamped = cli.logs(container, timestamps=True, stderr=False).decode().splitlines()
    assert [line.split(' ', 1)[1] for line in stamped] == ['one', 'three']
    with cli.logs(container, stream=True, follow=True, stderr=False) as chunks:  # a generator
        assert b''.join(chunks) == b'one\nthree\n'


def test_logs_since_and_until_keep_fractions_of_a_second(cli: Any) -> None:
    """`since`/`until` as float epochs: the fraction is sent, so the cut falls between two lines
    written half a second apart even when both fall in the same second."""
    container = cli.create_container('busybox:latest', ['sh', '-c', 'echo before; sleep 1; echo after'])
    cli.start(container)
    wait_for_output(cli, container, b'before')
    moment = time.time()
    assert moment % 1 != 0
    assert cli.wait(container, timeout=30) == 0
    assert cli.logs(container, since=moment) == b'after\n'
    assert cli.logs(container, until=moment) == b'before\n'
    assert cli.logs(container, since=moment, until=moment + 60) == b'after\n'
    assert cli.logs(container, since=f'{moment:.6f}') == b'after\n'  # the wire form, given as a string


# --- get_archive, export, put_archive, copy ------------------------------------------------------------


def test_get_archive_example(cli: Any) -> None:
    ctnr = cli.create_container('busybox', 'true')
    strm, stat = cli.get_archive(ctnr, '/bin/sh')
    print(stat)
    for key in ('linkTarget', 'mode', 'mtime', 'name', 'size'):
        assert key in stat
    # in today's busybox image /bin/sh is a symlink to /bin/busybox (Go's ModeSymlink bit, 0777)
    assert stat['linkTarget'] == '/bin/busybox'
    assert stat['mode'] == (1 << 27) | 0o777
    archive = tarfile.open(fileobj=io.BytesIO(b''.join(strm)))
    (member,) = archive.getmembers()
    assert member.name == 'sh'
    if podman(cli):
        # Podman 4.3 follows the link: the stat names the target (and adds isDir), the tar holds the file
        assert stat['name'] == 'busybox' and stat['isDir'] is False
        assert member.isfile() and member.size > 500_000
    else:
        assert stat['name'] == 'sh'
        assert member.issym() and member.linkname == '/bin/busybox'


def test_export_put_archive_and_copy_as_documented(cli: Any) -> None:
    ctnr = cli.create_container('busybox:latest', 'true')
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode='w') as tar:
        payload = b'hello from the seed\n'
        info = tarfile.TarInfo('greeting.txt')
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    assert cli.put_archive(ctnr, '/tmp', data.getvalue()) is True
    exported = tarfile.open(fileobj=io.BytesIO(b''.join(cli.export(ctnr))))
    assert exported.extractfile('tmp/greeting.txt').read() == payload  # type: ignore[union-attr]
    with pytest.warns(DeprecationWarning):
        copied = cli.copy(ctnr, '/tmp/greeting.txt')
    assert tarfile.open(fileobj=io.BytesIO(copied)).extractfile('greeting.txt').read() == payload  # type: ignore[union-attr]


# --- stats -----------------------------------------------------------------------------------------


def test_stats_example(cli: Any) -> None:
    name = unique('elasticsearch')
    cli.create_container('busybox:latest', '/bin/sleep 30', name=name)
    cli.start(name)
    stats_obj = cli.stats(name)
    seen = []
    for stat in stats_obj:
        print(stat)
        seen.append(stat)
        if len(seen) == 2:
            break
    stats_obj.close()
    assert all(isinstance(stat, str) for stat in seen)  # JSON text, as the seed prints it
    samples = [json.loads(stat) for stat in seen]
    assert all('read' in sample and 'memory_stats' in sample for sample in samples)
    one = cli.stats(name, stream=False)
    assert 'cpu_stats' in one and 'read' in one
    decoded = cli.stats(name, decode=True)
    first = next(iter(decoded))
    decoded.close()
    assert isinstance(first, dict) and 'read' in first


# --- wait, diff, inspect_container, attach ------------------------------------------------------------


def test_wait_returns_the_exit_code(cli: Any) -> None:
    container = cli.create_container('busybox:latest', ['sh', '-c', 'sleep 0.5; exit 7'])
    cli.start(container)
    assert cli.wait(container) == 7  # a dict: its 'Id' is used
    assert cli.wait(container['Id'], timeout=10) == 7
    long_running = cli.create_container('busybox:latest', '/bin/sleep 30')
    cli.start(long_running)
    # the seed: "requests.exceptions.ReadTimeout"; here DockerTimeoutError, a TimeoutError
    with pytest.raises(DockerTimeoutError, match=r'^wait\(\): no answer within 0\.5 s from '):
        cli.wait(long_running, timeout=0.5)


def test_diff_inspect_container_and_attach_as_documented(cli: Any) -> None:
    container = cli.create_container('busybox:latest', ['sh', '-c', 'sleep 1; touch /tmp/made; echo done'])
    cli.start(container)
    # attach(logs=True) without stream gives the output so far at once (docker-py 7.2, issue 24): after the wait
    assert cli.wait(container) == 0
    if podman(cli):
        # Podman 4.3 replays a backlog with frames one byte short (see containers/test_io.py): refused, not misread
        with pytest.raises(dockerapi.StreamError):
            cli.attach(container, stdout=True, stderr=True, stream=False, logs=True)
    else:
        attached = cli.attach(container, stdout=True, stderr=True, stream=False, logs=True)
        assert attached == b'done\n'
    changes = cli.diff(container)
    assert {'Path': '/tmp/made', 'Kind': 1} in [dict(change) for change in changes]
    info = cli.inspect_container(container)
    assert info['Id'] == container['Id']
    assert info['State']['ExitCode'] == 0
    assert info['Config']['Image'] == ('docker.io/library/busybox:latest' if podman(cli) else 'busybox:latest')
