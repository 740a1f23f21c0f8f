"""build() on every engine: every parameter the seed documents, from a path, a Dockerfile object, a ready tar."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import BUSYBOX, is_podman, unique  # tests/integration/conftest.py
from dockerapi import Client, ImageNotFound


def errors_of(log: list[dict[str, Any]]) -> list[str]:
    return [str(item["error"]) for item in log if item.get("error")]


def text_of(log: list[dict[str, Any]]) -> str:
    return "".join(str(item.get("stream", "")) for item in log)


@pytest.fixture
def new_tag(client: Client, cleanup: Callable[[Callable[[], Any]], None]) -> Callable[[], str]:
    """A fresh `name:v1` tag, removed (with its image) after the test."""

    def make() -> str:
        tag = f"{unique('dapi-build')}:v1"
        cleanup(lambda: client.remove_image(tag, force=True))
        return tag

    return make


def context_dir(root: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    return root


def test_build_from_a_path_honours_dockerignore(client: Client, tmp_path: Path, new_tag: Any) -> None:
    ctx = context_dir(tmp_path / "ctx", {
        "Dockerfile": f"FROM {BUSYBOX}\nCOPY . /ctx\nRUN test -e /ctx/keep.txt && test ! -e /ctx/secret.txt "
                      "&& test ! -e /ctx/logs/a.log && test -e /ctx/logs/keep.log\n",
        ".dockerignore": "secret.txt\nlogs/*.log\n!logs/keep.log\n",
        "keep.txt": "keep", "secret.txt": "secret", "logs/a.log": "a", "logs/keep.log": "k",
    })
    tag = new_tag()
    log = list(client.build(path=str(ctx), tag=tag, rm=True, decode=True))
    assert errors_of(log) == []
    assert client.inspect_image(tag)["Id"]


def test_build_from_a_dockerfile_object_tag_and_quiet(client: Client, new_tag: Any) -> None:
    tag = new_tag()
    dockerfile = io.BytesIO(f"FROM {BUSYBOX}\nRUN echo built > /built\nCMD [\"cat\", \"/built\"]\n".encode())
    output = list(client.build(fileobj=dockerfile, tag=tag, quiet=True))
    # quiet: only the image id, as one JSON document string
    assert all(isinstance(line, str) for line in output)
    streams = [json.loads(line)["stream"] for line in output]
    image_id = client.inspect_image(tag)["Id"]
    assert image_id.removeprefix("sha256:") in "".join(streams)
    assert "Step" not in "".join(streams) and "STEP" not in "".join(streams)
    assert client.inspect_image(tag)["Config"]["Cmd"] == ["cat", "/built"]


def test_build_not_quiet_streams_the_steps_as_strings_or_dicts(client: Client, new_tag: Any) -> None:
    dockerfile = f"FROM {BUSYBOX}\nRUN echo step-output-here\n".encode()
    raw = list(client.build(fileobj=io.BytesIO(dockerfile), tag=new_tag()))
    assert all(isinstance(line, str) and isinstance(json.loads(line), dict) for line in raw)
    decoded = list(client.build(fileobj=io.BytesIO(dockerfile), tag=new_tag(), decode=True, nocache=True))
    assert all(isinstance(item, dict) for item in decoded)
    assert "step-output-here" in text_of(decoded)
    assert "step 2/2" in text_of(decoded).lower()


def test_build_custom_context_gzip(client: Client, new_tag: Any) -> None:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for name, content in {"Dockerfile": f"FROM {BUSYBOX}\nCOPY hello.txt /hello.txt\n",
                              "hello.txt": "from a gzip context\n"}.items():
            info = tarfile.TarInfo(name)
            info.size = len(content.encode())
            tar.addfile(info, io.BytesIO(content.encode()))
    compressed = io.BytesIO(gzip.compress(raw.getvalue()))
    tag = new_tag()
    log = list(client.build(fileobj=compressed, custom_context=True, encoding="gzip", tag=tag, decode=True))
    assert errors_of(log) == []
    assert client.inspect_image(tag)["Id"]
    # the same tar uncompressed, without encoding
    log = list(client.build(fileobj=io.BytesIO(raw.getvalue()), custom_context=True, tag=new_tag(), decode=True))
    assert errors_of(log) == []


def test_build_buildargs(client: Client, new_tag: Any) -> None:
    dockerfile = f"FROM {BUSYBOX}\nARG GREETING\nRUN test \"$GREETING\" = hello-arg && echo \"got $GREETING\"\n"
    log = list(client.build(fileobj=io.BytesIO(dockerfile.encode()), buildargs={"GREETING": "hello-arg"},
                            tag=new_tag(), decode=True))
    assert errors_of(log) == []
    assert "got hello-arg" in text_of(log)
    failed = list(client.build(fileobj=io.BytesIO(dockerfile.encode()), buildargs={"GREETING": "other"},
                               tag=new_tag(), decode=True))
    assert errors_of(failed)


def test_build_container_limits_reach_the_build_container(client: Client, new_tag: Any) -> None:
    dockerfile = (f"FROM {BUSYBOX}\nRUN echo mem=$(cat /sys/fs/cgroup/memory.max 2>/dev/null "
                  "|| cat /sys/fs/cgroup/memory/memory.limit_in_bytes)\n")
    limits = {"memory": 64 * 1024 * 1024, "memswap": -1, "cpushares": 512, "cpusetcpus": "0"}
    log = list(client.build(fileobj=io.BytesIO(dockerfile.encode()), container_limits=limits,
                            tag=new_tag(), decode=True, nocache=True))
    assert errors_of(log) == []
    assert f"mem={64 * 1024 * 1024}" in text_of(log)
    # the classic friendly form of a size works as well
    log = list(client.build(fileobj=io.BytesIO(dockerfile.encode()), container_limits={"memory": "32m"},
                            tag=new_tag(), decode=True, nocache=True))
    assert f"mem={32 * 1024 * 1024}" in text_of(log)


def test_build_nocache(client: Client, new_tag: Any) -> None:
    dockerfile = f"FROM {BUSYBOX}\nRUN echo {unique('cache')} > /f\n".encode()
    first = list(client.build(fileobj=io.BytesIO(dockerfile), tag=new_tag(), decode=True))
    assert errors_of(first) == []
    cached = list(client.build(fileobj=io.BytesIO(dockerfile), tag=new_tag(), decode=True))
    assert "using cache" in text_of(cached).lower()
    fresh = list(client.build(fileobj=io.BytesIO(dockerfile), tag=new_tag(), decode=True, nocache=True))
    assert errors_of(fresh) == []
    assert "using cache" not in text_of(fresh).lower()


def test_build_pull_offline(client: Client, new_tag: Any) -> None:
    dockerfile = f"FROM {BUSYBOX}\nRUN true\n".encode()
    # pull=False (the default) uses the local busybox
    assert errors_of(list(client.build(fileobj=io.BytesIO(dockerfile), tag=new_tag(), decode=True, pull=False))) == []
    # pull=True asks the registry for busybox first: offline, the build reports that in its output
    log = list(client.build(fileobj=io.BytesIO(dockerfile), tag=new_tag(), decode=True, pull=True))
    assert errors_of(log), log
    assert "docker.io" in errors_of(log)[-1]


def _build_containers(client: Client, marker: str) -> set[str]:
    """Containers whose command carries `marker`: the build's own (other tests run at the same time)."""
    return {c["Id"] for c in client.containers(all=True) if marker in (c["Command"] or "")}


def test_build_rm_and_forcerm(client: Client, new_tag: Any, cleanup: Any) -> None:
    marker = unique("rm")
    ok = f"FROM {BUSYBOX}\nRUN echo {marker}-ok > /a\nRUN echo {marker}-b > /b\n".encode()
    failing = f"FROM {BUSYBOX}\nRUN echo {marker}-fail > /a\nRUN echo {marker}-exit && exit 7\n".encode()
    assert errors_of(list(client.build(fileobj=io.BytesIO(ok), tag=new_tag(), rm=True, decode=True))) == []
    assert _build_containers(client, marker) == set()
    # forcerm removes the intermediate containers even of a failed build
    log = list(client.build(fileobj=io.BytesIO(failing), tag=new_tag(), forcerm=True, decode=True))
    assert errors_of(log)
    assert _build_containers(client, marker) == set()
    # rm=False (the seed's default) keeps them on Docker's classic builder; Podman's builder never shows any
    kept = unique("keep")
    log = list(client.build(fileobj=io.BytesIO(f"FROM {BUSYBOX}\nRUN echo {kept} > /a\n".encode()),
                            tag=new_tag(), decode=True))
    assert errors_of(log) == []
    left = _build_containers(client, kept)
    for container in left:
        cleanup(lambda c=container: client.remove_container(c, force=True))
    if is_podman(client):
        assert left == set()
    else:
        assert len(left) == 1


def test_build_dockerfile_in_a_subdirectory_and_outside_the_context(client: Client, tmp_path: Path,
                                                                    new_tag: Any) -> None:
    ctx = context_dir(tmp_path / "ctx", {
        "docker/Custom.dockerfile": f"FROM {BUSYBOX}\nCOPY data.txt /data.txt\nRUN grep -q inside /data.txt\n",
        "data.txt": "inside\n",
    })
    log = list(client.build(path=str(ctx), dockerfile="docker/Custom.dockerfile", tag=new_tag(), decode=True))
    assert errors_of(log) == []
    outside = tmp_path / "Outside.dockerfile"
    outside.write_text(f"FROM {BUSYBOX}\nCOPY data.txt /data.txt\nRUN grep -q inside /data.txt && echo outside-ok\n")
    log = list(client.build(path=str(ctx), dockerfile=str(outside), tag=new_tag(), decode=True, nocache=True))
    assert errors_of(log) == []
    assert "outside-ok" in text_of(log)
    relative = list(client.build(path=str(ctx), dockerfile="../Outside.dockerfile", tag=new_tag(), decode=True))
    assert errors_of(relative) == []


def test_build_error_is_yielded_in_the_output(client: Client, new_tag: Any) -> None:
    tag = new_tag()
    log = list(client.build(fileobj=io.BytesIO(f"FROM {BUSYBOX}\nRUN exit 3\n".encode()), tag=tag, decode=True))
    assert errors_of(log)
    assert "exit" in errors_of(log)[-1]
    assert log[-1].get("error") and log[-1].get("errorDetail")
    with pytest.raises(ImageNotFound):
        client.inspect_image(tag)
    # not decoded: the error is one of the JSON strings
    raw = list(client.build(fileobj=io.BytesIO(f"FROM {BUSYBOX}\nRUN exit 3\n".encode()), tag=tag))
    assert "error" in json.loads(raw[-1])


def test_build_needs_path_or_fileobj(client: Client) -> None:
    with pytest.raises(TypeError):
        client.build()
    with pytest.raises(TypeError):
        client.build(tag="nothing:v1")
