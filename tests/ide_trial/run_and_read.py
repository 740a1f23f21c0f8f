"""Run a container to its end and read what it printed, with both clients."""

# The classic results are TypedDicts with every key optional; pyright flags a plain r["Key"] unless told not to.
# pyright: reportTypedDictNotRequiredAccess=false

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass

import dockerapi
import dockerapi.classic


@dataclass
class RunResult:
    exit_code: int
    output: bytes
    stdout: bytes | None
    stderr: bytes | None
    status: str | None


def run_typed(base_url: str, image: str = "busybox:latest") -> RunResult:
    with dockerapi.Client(base_url) as client:
        container = client.create_container(
            image, ["sh", "-c", "echo hello from $GREETING; echo oops >&2; exit 2"],
            environment={"GREETING": "dockerapi"}, name=f"ide-run-{uuid.uuid4().hex[:10]}",
        )
        try:
            client.start(container)
            exit_code = client.wait(container, timeout=60)
            output = client.logs(container)
            stdout, stderr = client.logs(container, demux=True)
            status = client.inspect_container(container).state
            return RunResult(exit_code, output, stdout, stderr, status.status if status else None)
        finally:
            client.remove_container(container, force=True)


def run_classic(base_url: str, image: str = "busybox:latest") -> RunResult:
    with dockerapi.classic.Client(base_url) as client:
        container = client.create_container(image, "echo classic hello", name=f"ide-run-{uuid.uuid4().hex[:10]}")
        try:
            client.start(container)
            exit_code = client.wait(container, timeout=60)
            output = client.logs(container, stderr=False)
            info = client.inspect_container(container)
            return RunResult(exit_code, output, output, None, info["State"]["Status"])
        finally:
            client.remove_container(container["Id"], force=True)


def main(base_url: str) -> tuple[RunResult, RunResult]:
    return run_typed(base_url), run_classic(base_url)


if __name__ == "__main__":
    print(main(os.environ.get("DOCKERAPI_DOCKER20_URL", "unix:///var/run/docker.sock")))
