"""Build an image from a directory whose .dockerignore keeps some files out of the context."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

import dockerapi

DOCKERFILE = """\
FROM busybox:latest
COPY . /context/
CMD ["ls", "-A", "/context"]
"""


def build_and_list(base_url: str) -> tuple[str, str, list[str]]:
    """Build, run the image's CMD; the image id from the build output, the image's id, the files it got."""
    tag = f"ide-trial-build-{uuid.uuid4().hex[:10]}:1.0"
    with tempfile.TemporaryDirectory() as directory, dockerapi.Client(base_url) as client:
        context = Path(directory)
        (context / "Dockerfile").write_text(DOCKERFILE)
        (context / "app.txt").write_text("shipped\n")
        (context / "secret.env").write_text("TOKEN=do-not-ship\n")
        (context / "cache").mkdir()
        (context / "cache" / "big.bin").write_bytes(b"\0" * 1024)
        (context / ".dockerignore").write_text("secret.env\ncache/\n")

        built_id = ""
        for line in client.build(path=directory, tag=tag, rm=True, decode=True):
            if "error" in line:
                raise RuntimeError(line["error"])
            if "aux" in line:
                built_id = line["aux"]["ID"]
        try:
            image_id = client.inspect_image(tag).id or ""
            container = client.create_container(tag, name=f"ide-build-{uuid.uuid4().hex[:10]}")
            try:
                client.start(container)
                client.wait(container, timeout=60)
                listing = client.logs(container).decode().split()
            finally:
                client.remove_container(container, force=True)
        finally:
            client.remove_image(tag, force=True)
    return built_id, image_id, sorted(listing)


def main(base_url: str) -> tuple[str, str, list[str]]:
    return build_and_list(base_url)


if __name__ == "__main__":
    print(main(os.environ.get("DOCKERAPI_DOCKER20_URL", "unix:///var/run/docker.sock")))
