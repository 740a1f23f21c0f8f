"""The project's main job in miniature: connect, negotiate, run a container, stream its logs, clean up.

    python examples/demo.py [BASE_URL]

BASE_URL defaults to $DOCKER_HOST, else the harness's Docker 20.10 socket.
"""

from __future__ import annotations

import os
import sys
import time

from dockerapi import Client


def main() -> int:
    default = "unix:///tmp/dockerapi-servers/d20/docker.sock"
    base_url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("DOCKER_HOST", default)
    print(f"connecting to {base_url}")
    with Client(base_url) as client:
        print(f"negotiated API {client.api_version} (client knows up to {client.newest_api_version})")
        version = client.version()
        print(f"daemon: Docker {version.version} on {version.os}/{version.arch}")
        script = "for i in 1 2 3; do echo line $i; sleep 0.2; done; echo done >&2"
        container = client.create_container("busybox:latest", ["sh", "-c", script], name=f"dockerapi-demo-{os.getpid()}")
        print(f"created container {container.id[:12]}")
        try:
            client.start(container)
            print("started; streaming its logs:")
            started = time.monotonic()
            for chunk in client.logs(container, stream=True, follow=True):
                print(f"  [{time.monotonic() - started:4.1f}s] {chunk.decode().rstrip()}")
            print(f"exit code: {client.wait(container)}")
        finally:
            client.remove_container(container, force=True)
            print("removed the container")
    return 0


if __name__ == "__main__":
    sys.exit(main())
