"""Copy a file into a container and read it back out, with both clients."""

# pyright: reportTypedDictNotRequiredAccess=false

from __future__ import annotations

import io
import os
import tarfile
import uuid
from typing import Any

import dockerapi
import dockerapi.classic


def tar_of(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(content)
        info.mode = 0o644
        tar.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def file_from_tar(archive: bytes, name: str) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        member = tar.extractfile(name)
        assert member is not None, f"{name} is not a regular file in the archive"
        return member.read()


def copy_typed(base_url: str, content: bytes, image: str = "busybox:latest") -> tuple[bytes, bytes, dict[str, Any] | None]:
    """Into a stopped container, then out; also what the container itself reads from the file."""
    with dockerapi.Client(base_url) as client:
        container = client.create_container(image, "cat /data/note.txt", name=f"ide-copy-{uuid.uuid4().hex[:10]}")
        try:
            client.put_archive(container, "/", tar_of("data/note.txt", content))
            stream, stat = client.get_archive(container, "/data/note.txt")
            with stream:
                copied_out = file_from_tar(stream.data, "note.txt")
            client.start(container)
            client.wait(container, timeout=60)
            seen_inside = client.logs(container)
            return copied_out, seen_inside, stat
        finally:
            client.remove_container(container, force=True)


def copy_classic(base_url: str, content: bytes, image: str = "busybox:latest") -> bytes:
    """Into a running container's /tmp, then the whole directory out, chunk by chunk into a file."""
    with dockerapi.classic.Client(base_url) as client:
        container = client.create_container(image, "sleep 60", name=f"ide-copy-{uuid.uuid4().hex[:10]}")
        try:
            client.start(container)
            client.put_archive(container["Id"], "/tmp", tar_of("note.txt", content))
            stream, _stat = client.get_archive(container["Id"], "/tmp")
            archive = io.BytesIO()
            with stream:
                for chunk in stream:
                    archive.write(chunk)
            return file_from_tar(archive.getvalue(), "tmp/note.txt")
        finally:
            client.remove_container(container["Id"], force=True)


def main(base_url: str) -> tuple[bytes, tuple[bytes, bytes, dict[str, Any] | None], bytes]:
    content = f"copied {uuid.uuid4().hex}\n".encode()
    return content, copy_typed(base_url, content), copy_classic(base_url, content)


if __name__ == "__main__":
    print(main(os.environ.get("DOCKERAPI_DOCKER20_URL", "unix:///var/run/docker.sock")))
