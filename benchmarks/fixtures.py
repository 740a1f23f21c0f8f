"""The daemon-side data the cases read, made once per run and removed at the end.

Every container made here carries the label `dockerapi.bench=<run id>`; cleanup removes only
containers with the `dockerapi.bench` label, so other people's containers on the same daemon are
never touched. Fixtures are made with docker-py (the baseline, installed for the tests) so that a
broken dockerapi cannot break the set-up.
"""

from __future__ import annotations

import concurrent.futures
import time
import uuid
from typing import Any

import docker

LABEL = "dockerapi.bench"
IMAGE = "busybox:latest"


class Fixtures:
    def __init__(self, base_url: str, log=print) -> None:  # type: ignore[no-untyped-def]
        self.api = docker.APIClient(base_url=base_url, version="auto", timeout=600)
        self.run_id = uuid.uuid4().hex[:12]
        self.labels = {LABEL: self.run_id}
        self.log = log
        self.made: dict[str, Any] = {}

    # --- helpers -----------------------------------------------------------------------------------
    def _create(self, cmd: Any, **kwargs: Any) -> str:
        return str(self.api.create_container(IMAGE, cmd, labels=self.labels, **kwargs)["Id"])

    def _run_to_end(self, cmd: Any, timeout: float = 600) -> str:
        container = self._create(cmd)
        self.api.start(container)
        result = self.api.wait(container, timeout=timeout)
        if result.get("StatusCode") != 0:
            raise RuntimeError(f"fixture container {cmd!r} exited with {result}")
        return container

    # --- what the cases need -----------------------------------------------------------------------
    def stopped_containers(self, count: int) -> list[str]:
        """`count` created (never started) busybox `true` containers, for containers(all=True)."""
        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            ids = list(pool.map(lambda _: self._create(["true"]), range(count)))
        self.log(f"  created {count} containers in {time.perf_counter() - started:.1f} s")
        return ids

    def log_container(self, total: int, line: int) -> str:
        """A finished container whose stdout is `total` bytes of `line`-byte lines."""
        started = time.perf_counter()
        text = "x" * (line - 1)  # `yes` adds the newline
        container = self._run_to_end(["sh", "-c", f"yes {text} | head -c {total}"])
        self.log(f"  wrote {total / 1e6:.0f} MB of {line}-byte lines in {time.perf_counter() - started:.1f} s")
        return container

    def file_container(self, size: int) -> str:
        """A running container (for exec) holding /big: `size` bytes from /dev/urandom."""
        started = time.perf_counter()
        container = self._create(["sh", "-c", f"head -c {size} /dev/urandom > /big && echo ready && sleep 100000"])
        self.api.start(container)
        deadline = time.monotonic() + 300
        while b"ready" not in self.api.logs(container):
            if time.monotonic() > deadline:
                raise RuntimeError("the /big file was not written in 300 s")
            time.sleep(0.2)
        self.log(f"  wrote a {size / 1e6:.0f} MB file in {time.perf_counter() - started:.1f} s")
        return container

    def inspect_target(self) -> str:
        return self._create(["true"])

    # --- cleanup -----------------------------------------------------------------------------------
    def cleanup(self, everything: bool = False) -> int:
        """Remove this run's containers (`everything`: any left by an earlier, interrupted run)."""
        label = LABEL if everything else f"{LABEL}={self.run_id}"
        containers = self.api.containers(all=True, filters={"label": label})
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda c: self.api.remove_container(c["Id"], force=True, v=True), containers))
        return len(containers)

    def close(self) -> None:
        self.api.close()
