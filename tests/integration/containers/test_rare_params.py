"""Container parameters few callers send, each checked by its effect on a real engine.

put_archive of a gzip tar and of a file object, and wait(condition=). stats(one_shot=) is in test_io.py.
"""

from __future__ import annotations

import gzip
import io
import tarfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import is_podman, read_file  # tests/integration/conftest.py
from dockerapi import Client


def tar_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, payload in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tar.addfile(info, io.BytesIO(payload))
    return buffer.getvalue()



# --- put_archive: a gzip tar, a file object -----------------------------------------------------------


def test_put_archive_of_a_gzip_tar(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    compressed = gzip.compress(tar_of({"zipped.txt": b"came gzipped\n"}))
    assert client.put_archive(container, "/tmp", compressed) is True
    assert read_file(client, container, "/tmp/zipped.txt") == b"came gzipped\n"


def test_put_archive_of_a_file_object(client: Client, make_container: Any, tmp_path: Path) -> None:
    container = make_container("sleep 30", start=True)
    archive = tmp_path / "files.tar"
    archive.write_bytes(tar_of({"from-file.txt": b"read from an open file\n", "second.txt": b"2\n"}))
    with archive.open("rb") as handle:
        assert client.put_archive(container, "/tmp", handle) is True
    assert read_file(client, container, "/tmp/from-file.txt") == b"read from an open file\n"
    assert read_file(client, container, "/tmp/second.txt") == b"2\n"
    assert client.put_archive(container, "/tmp", io.BytesIO(tar_of({"bytesio.txt": b"b\n"}))) is True
    assert read_file(client, container, "/tmp/bytesio.txt") == b"b\n"


# --- wait(condition=) ---------------------------------------------------------------------------------


def waiting(call: Callable[[], int]) -> tuple[threading.Thread, list[Any]]:
    result: list[Any] = []

    def run() -> None:
        try:
            result.append(call())
        except Exception as exc:  # noqa: BLE001 - handed to the test thread
            result.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def test_wait_condition_next_exit(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "exit 5"], start=True)
    assert client.wait(container, timeout=30) == 5
    # "not-running" answers at once for a stopped container; "next-exit" waits for the next run to end
    thread, result = waiting(lambda: client.wait(container, condition="next-exit", timeout=60))
    thread.join(1.0)
    assert result == [] and thread.is_alive()  # still waiting: the container has not run again
    client.start(container)
    thread.join(60)
    assert result == [5]


def test_wait_condition_removed(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "exit 4"], start=True)
    assert client.wait(container, timeout=30) == 4
    thread, result = waiting(lambda: client.wait(container, condition="removed", timeout=60))
    thread.join(1.0)
    assert result == [] and thread.is_alive()  # stopped is not removed
    client.remove_container(container)
    thread.join(60)
    # Podman 4.3 answers 0 once the container is gone, not the exit code it had
    assert result == [0 if is_podman(client) else 4]


def test_wait_condition_not_running_is_the_default(client: Client, make_container: Any) -> None:
    container = make_container(["sh", "-c", "exit 6"], start=True)
    assert client.wait(container, condition="not-running", timeout=30) == 6
    assert client.wait(container, timeout=30) == 6
