"""Run a command in a running container and read its output and exit code."""

# pyright: reportTypedDictNotRequiredAccess=false

from __future__ import annotations

import os
import uuid

import dockerapi
import dockerapi.classic


def exec_typed(base_url: str, image: str = "busybox:latest") -> tuple[bytes | None, bytes | None, int | None]:
    with dockerapi.Client(base_url) as client:
        container = client.create_container(image, "sleep 60", name=f"ide-exec-{uuid.uuid4().hex[:10]}")
        try:
            client.start(container)
            exec_instance = client.exec_create(container, ["sh", "-c", "echo working in $PWD; echo bad >&2; exit 3"],
                                               workdir="/tmp")
            stdout, stderr = client.exec_start(exec_instance, demux=True)
            return stdout, stderr, client.exec_inspect(exec_instance).exit_code
        finally:
            client.remove_container(container, force=True)


def exec_classic(base_url: str, image: str = "busybox:latest") -> tuple[bytes, int]:
    with dockerapi.classic.Client(base_url) as client:
        container = client.create_container(image, "sleep 60", name=f"ide-exec-{uuid.uuid4().hex[:10]}")
        try:
            client.start(container)
            exec_id = client.exec_create(container, "false")["Id"]
            output = client.exec_start(exec_id)
            return output, client.exec_inspect(exec_id)["ExitCode"]
        finally:
            client.remove_container(container, force=True)


def main(base_url: str) -> tuple[tuple[bytes | None, bytes | None, int | None], tuple[bytes, int]]:
    return exec_typed(base_url), exec_classic(base_url)


if __name__ == "__main__":
    print(main(os.environ.get("DOCKERAPI_DOCKER20_URL", "unix:///var/run/docker.sock")))
