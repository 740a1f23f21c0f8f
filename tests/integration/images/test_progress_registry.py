"""dockerapi.progress on real streams: a 3-layer image built, pushed to the authenticated registry,
removed, pulled back and loaded, on Docker 20.10 and 28.5, each stream shown through show_progress."""

from __future__ import annotations

import io
import re
import tarfile
from collections.abc import Callable
from typing import Any

import pytest
from conftest import unique  # tests/integration/conftest.py
from dockerapi import Client, StreamError
from dockerapi.progress import show_progress
from rich.console import Console

ADDRESS = "127.0.0.1:5000"
# three layers of different sizes on top of busybox, random so that no registry already has them
DOCKERFILE = b"""FROM busybox:latest
RUN head -c 1500000 /dev/urandom > /layer-a
RUN head -c 1000000 /dev/urandom > /layer-b
RUN head -c 500000 /dev/urandom > /layer-c
"""


def context() -> io.BytesIO:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("Dockerfile")
        info.size = len(DOCKERFILE)
        tar.addfile(info, io.BytesIO(DOCKERFILE))
    buf.seek(0)
    return buf


def frame_rows(output: str) -> dict[str, str]:
    """The bars as the display was left (the last frame), by layer id."""
    tail = re.split(r"(?:\x1b\[2K\x1b\[1A)+\x1b\[2K", output)[-1]
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", tail).replace("\r", "")
    return {line.split()[0]: line.rstrip() for line in text.splitlines() if line.strip()}


@pytest.fixture(params=["docker20", "docker28"])
def daemon(request: pytest.FixtureRequest, registry: dict[str, Any]) -> Any:
    facts = request.getfixturevalue(request.param)
    with Client(facts["base_url"]) as client:
        yield client


def test_build_push_pull_load_with_progress(daemon: Client, registry: dict[str, Any],
                                            cleanup: Callable[[Callable[[], Any]], None]) -> None:
    creds = {"username": registry["username"], "password": registry["password"]}
    repo = f"{ADDRESS}/dapi/{unique('progress')}"
    image = f"{repo}:t1"
    cleanup(lambda: daemon.remove_image(image, force=True))

    out = io.StringIO()  # not a terminal: plain lines
    build = daemon.build(fileobj=context(), custom_context=True, tag=image, rm=True, forcerm=True, nocache=True,
                         decode=True)
    built = list(show_progress(build, out))
    assert any("aux" in m for m in built)
    lines = out.getvalue().splitlines()
    assert "Step 4/4 : RUN head -c 500000 /dev/urandom > /layer-c" in lines
    assert lines[-1] == f"Successfully tagged {image}"
    layers = daemon.inspect_image(image)["RootFS"]["Layers"]
    base_layers = len(daemon.inspect_image("busybox:latest")["RootFS"]["Layers"])
    assert len(layers) == base_layers + 3

    out = io.StringIO()
    pushed = list(show_progress(daemon.push(repo, "t1", stream=True, decode=True, auth_config=creds), out))
    lines = out.getvalue().splitlines()
    layer_ids = {m["id"] for m in pushed if "id" in m}
    assert len(layer_ids) == base_layers + 3
    for layer in layer_ids:
        assert f"{layer}: Preparing" in lines
        # each layer ends pushed (or found already there: the busybox base)
        assert any(re.fullmatch(rf"{layer}: (Pushed|Layer already exists|Mounted from .*)", line) for line in lines)
    assert sum(line.endswith(": Pushed") for line in lines) >= 3
    assert re.fullmatch(r"t1: digest: sha256:[0-9a-f]{64} size: \d+", lines[-1])

    image_id = daemon.inspect_image(image)["Id"]
    daemon.remove_image(image)
    terminal = io.StringIO()
    console = Console(file=terminal, force_terminal=True, width=110, color_system=None)
    pulled = list(show_progress(daemon.pull(repo, "t1", stream=True, decode=True, auth_config=creds),
                                console=console))
    assert daemon.inspect_image(image)["Id"] == image_id
    downloaded = {m["id"] for m in pulled if m.get("status") == "Pull complete"}
    assert len(downloaded) == 3  # the base layer is already there
    rows = frame_rows(terminal.getvalue())
    for layer in downloaded:  # every bar full: "<id> Pull complete ━━━ 1.5 MB/1.5 MB"
        match = re.fullmatch(rf"{layer} Pull complete +━+ ([\d.]+ [kM]B)/([\d.]+ [kM]B)", rows[layer])
        assert match and match.group(1) == match.group(2), rows[layer]
    assert "Status: Downloaded newer image for " + image in terminal.getvalue()

    archive = daemon.get_image(image).data
    daemon.remove_image(image)
    out = io.StringIO()
    loaded = list(show_progress(daemon.load_image(archive), out))
    assert {"stream": f"Loaded image: {image}\n"} in loaded
    assert f"Loaded image: {image}" in out.getvalue().splitlines()


def test_refused_push_raises_after_showing_the_error(daemon: Client,
                                                     cleanup: Callable[[Callable[[], Any]], None]) -> None:
    repo = f"{ADDRESS}/dapi/{unique('progress-refused')}"
    assert daemon.tag("busybox:latest", repo, "t1") is True
    cleanup(lambda: daemon.remove_image(f"{repo}:t1", force=True))
    out = io.StringIO()
    seen: list[Any] = []
    with pytest.raises(StreamError, match="authentication required") as raised:
        for message in show_progress(daemon.push(repo, "t1", stream=True, decode=True,
                                                 auth_config={"username": "nobody", "password": "wrong"}), out):
            seen.append(message)
    assert seen[-1] is raised.value.detail  # the error message itself was yielded first
    assert out.getvalue().splitlines()[-1] == f"error: {raised.value}"
