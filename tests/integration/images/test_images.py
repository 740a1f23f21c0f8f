"""Images on every engine: list, inspect, history, tag, remove, save/load, import (every variant), commit, search."""

from __future__ import annotations

import http.server
import io
import tarfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import BUSYBOX, is_podman, unique  # tests/integration/conftest.py
from dockerapi import APIError, Client, DockerException, ImageNotFound


def rootfs_tar(files: dict[str, bytes]) -> bytes:
    """A tiny filesystem tar (what `docker import` takes)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(content))
    return out.getvalue()


def repo_tags(client: Client, image: str) -> list[str]:
    return list(client.inspect_image(image)["RepoTags"] or [])



def qualified(client: Client, name: str) -> str:
    """The name as the engine lists it: Podman qualifies a short name as docker.io/library/NAME."""
    if not is_podman(client) or "/" in name:
        return name
    return f"docker.io/library/{name}"


def imported_ref(client: Client, repository: str, tag: str) -> str:
    """What `import` named the image: Podman ignores a separate tag and names it REPOSITORY:latest."""
    return f"{repository}:latest" if is_podman(client) else f"{repository}:{tag}"


@pytest.fixture
def tagged(client: Client, cleanup: Callable[[Callable[[], Any]], None]) -> Callable[[str], str]:
    """Tag busybox as `<repo>:<tag>` and remove that tag after the test."""

    def make(tag: str = "v1") -> str:
        repo = unique("dapi-img")
        assert client.tag(BUSYBOX, repo, tag) is True
        cleanup(lambda: client.remove_image(f"{repo}:{tag}", force=True))
        return f"{repo}:{tag}"

    return make


# --- images / inspect / history ---------------------------------------------------------------------------


def test_images_lists_busybox_by_name_and_quiet_gives_ids(client: Client) -> None:
    busybox_id = client.inspect_image(BUSYBOX)["Id"]
    listed = client.images("busybox")
    assert busybox_id in [image["Id"] for image in listed]
    assert all(any("busybox" in tag for tag in image["RepoTags"] or []) for image in listed)
    assert client.images(name="no-such-repo-dapi") == []
    quiet = client.images(quiet=True)
    assert busybox_id in quiet
    assert all(isinstance(item, str) for item in quiet)
    assert set(client.images(quiet=True)) <= set(client.images(quiet=True, all=True))


def test_images_filters_by_label_and_dangling(client: Client, cleanup: Any) -> None:
    label = unique("lbl")
    build = client.build(fileobj=io.BytesIO(f"FROM {BUSYBOX}\nLABEL dapi.test={label}\n".encode()),
                         tag=f"{label}:v1", rm=True, decode=True)
    log = list(build)
    assert not any("error" in item for item in log), log
    cleanup(lambda: client.remove_image(f"{label}:v1", force=True))
    image_id = client.inspect_image(f"{label}:v1")["Id"]
    assert [i["Id"] for i in client.images(filters={"label": f"dapi.test={label}"})] == [image_id]
    assert client.images(filters={"label": "dapi.test=not-this-one"}) == []
    assert image_id not in [i["Id"] for i in client.images(filters={"dangling": True})]
    assert image_id in [i["Id"] for i in client.images(filters={"dangling": False})]


def test_inspect_image_and_history(client: Client) -> None:
    info = client.inspect_image(BUSYBOX)
    assert info["Id"].startswith("sha256:")
    assert info.id == info["Id"]
    assert any(tag.endswith("busybox:latest") for tag in info["RepoTags"])
    history = client.history(BUSYBOX)
    assert len(history) >= 1
    assert history[0]["Size"] == history[0].size
    assert info["Id"].endswith(history[0]["Id"].removeprefix("sha256:"))
    with pytest.raises(ImageNotFound):
        client.inspect_image("no-such-image-dapi:none")
    with pytest.raises(ImageNotFound):
        client.history("no-such-image-dapi:none")


# --- tag / remove_image ----------------------------------------------------------------------------------


def test_tag_returns_true_and_remove_image_untags(client: Client, tagged: Callable[[str], str]) -> None:
    name = tagged("v1")
    repo = name.split(":")[0]
    assert qualified(client, name) in repo_tags(client, BUSYBOX)
    assert client.tag(BUSYBOX, repo, "v2", force=True) is True
    assert client.inspect_image(f"{repo}:v2")["Id"] == client.inspect_image(BUSYBOX)["Id"]
    removed = client.remove_image(f"{repo}:v2")
    assert [item["Untagged"] for item in removed] == [qualified(client, f"{repo}:v2")]
    assert qualified(client, f"{repo}:v2") not in repo_tags(client, BUSYBOX)
    with pytest.raises(ImageNotFound):
        client.remove_image(f"{repo}:v2")


def test_remove_image_force_and_noprune(client: Client, make_container: Any, cleanup: Any) -> None:
    tag = unique("dapi-rm")
    built = list(client.build(fileobj=io.BytesIO(f"FROM {BUSYBOX}\nRUN echo one > /one\n".encode()),
                              tag=f"{tag}:v1", rm=True, decode=True))
    assert not any("error" in item for item in built), built
    cleanup(lambda: client.remove_image(f"{tag}:v1", force=True))
    image_id = client.inspect_image(f"{tag}:v1")["Id"]
    make_container("true", image=f"{tag}:v1")
    # an image used by a container cannot be removed without force (only the tag, here the only one)
    with pytest.raises(APIError) as refused:
        client.remove_image(image_id)
    assert refused.value.status_code == 409
    removed = client.remove_image(image_id, force=True, noprune=True)
    assert any(item.get("Untagged") or item.get("Deleted") for item in removed)
    with pytest.raises(ImageNotFound):
        client.inspect_image(f"{tag}:v1")


# --- get_image / load_image ------------------------------------------------------------------------------


def test_get_image_data_is_the_whole_tar_and_can_be_streamed(client: Client, tmp_path: Path) -> None:
    saved = client.get_image(BUSYBOX)
    data = saved.data
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        names = tar.getnames()
    assert "manifest.json" in names
    chunks = list(client.get_image(BUSYBOX).stream(64 * 1024))
    assert len(chunks) > 1
    streamed = b"".join(chunks)
    with tarfile.open(fileobj=io.BytesIO(streamed)) as tar:
        assert "manifest.json" in tar.getnames()
    # the seed's example: write .data to a file
    target = tmp_path / "busybox.tar"
    target.write_bytes(client.get_image(BUSYBOX).data)
    assert tarfile.is_tarfile(target)
    with pytest.raises(ImageNotFound):
        client.get_image("no-such-image-dapi:none").data  # noqa: B018


def test_load_image_restores_a_saved_image(client: Client, tagged: Callable[[str], str]) -> None:
    name = tagged("saved")
    image_id = client.inspect_image(name)["Id"]
    data = client.get_image(name).data
    client.remove_image(name)
    with pytest.raises(ImageNotFound):
        client.inspect_image(name)
    output = client.load_image(data, stream=False, decode=False)  # the whole output as text
    assert isinstance(output, str) and "Loaded image" in output
    assert client.inspect_image(name)["Id"] == image_id
    # a file object works as well as bytes
    client.remove_image(name)
    assert any("Loaded image" in message.get("stream", "") for message in client.load_image(io.BytesIO(data)))
    assert client.inspect_image(name)["Id"] == image_id


def test_load_image_of_garbage_is_an_error(client: Client) -> None:
    with pytest.raises(Exception) as error:  # noqa: PT011 - the daemons differ: status error or stream error
        client.load_image(b"this is not a tar", stream=False)
    assert isinstance(error.value, (APIError,)) or type(error.value).__name__ == "StreamError"
    # as a stream (the default, as in docker-py), Docker's error arrives as a message; Podman answers 500
    try:
        messages = list(client.load_image(b"this is not a tar"))
    except APIError as status:
        assert client.engine == "podman" and status.status_code == 500  # type: ignore[attr-defined]
    else:
        assert messages[-1]["error"] and messages[-1]["errorDetail"]["message"] == messages[-1]["error"]


# --- import_image and its variants -----------------------------------------------------------------------


def _assert_imported(client: Client, ref: str, marker: bytes, cleanup: Any) -> None:
    cleanup(lambda: client.remove_image(ref, force=True))
    info = client.inspect_image(ref)
    assert qualified(client, ref) in info["RepoTags"]
    # the imported filesystem is the tar we sent: save it and find the marker file in its one layer
    saved = client.get_image(ref).data
    with tarfile.open(fileobj=io.BytesIO(saved)) as outer:
        layers = [m for m in outer.getmembers() if m.isfile() and (m.name.endswith("layer.tar")
                  or m.name.startswith("blobs/") or m.name.endswith(".tar"))]
        found = False
        for member in layers:
            payload = outer.extractfile(member)
            assert payload is not None
            blob = payload.read()
            try:
                with tarfile.open(fileobj=io.BytesIO(blob)) as inner:
                    entry = next((m for m in inner.getmembers() if m.name.lstrip("./") == "marker.txt"), None)
                    if entry is not None:
                        handle = inner.extractfile(entry)
                        assert handle is not None
                        found = handle.read() == marker
            except tarfile.TarError:
                continue
            if found:
                break
    assert found, f"marker.txt not found in the layers of {ref}"


def test_import_image_from_data(client: Client, cleanup: Any) -> None:
    repo = unique("dapi-imp")
    out = client.import_image_from_data(rootfs_tar({"marker.txt": b"data"}), repository=repo, tag="d1")
    assert isinstance(out, str) and out
    _assert_imported(client, imported_ref(client, repo, "d1"), b"data", cleanup)


def test_import_image_from_file_and_from_path_src(client: Client, cleanup: Any, tmp_path: Path) -> None:
    path = tmp_path / "rootfs.tar"
    path.write_bytes(rootfs_tar({"marker.txt": b"file"}))
    repo = unique("dapi-imp")
    client.import_image_from_file(str(path), repository=repo, tag="f1")
    _assert_imported(client, imported_ref(client, repo, "f1"), b"file", cleanup)
    # import_image(src=<path>) reads the file
    client.import_image(str(path), repository=repo, tag="f2")
    _assert_imported(client, imported_ref(client, repo, "f2"), b"file", cleanup)
    with pytest.raises(OSError):
        client.import_image_from_file(str(tmp_path / "missing.tar"), repository=repo, tag="f3")


def test_import_image_src_as_file_object_and_bytes(client: Client, cleanup: Any) -> None:
    repo = unique("dapi-imp")
    client.import_image(io.BytesIO(rootfs_tar({"marker.txt": b"fileobj"})), repository=repo, tag="o1")
    _assert_imported(client, imported_ref(client, repo, "o1"), b"fileobj", cleanup)
    client.import_image(rootfs_tar({"marker.txt": b"bytes"}), repository=repo, tag="b1")
    _assert_imported(client, imported_ref(client, repo, "b1"), b"bytes", cleanup)


def test_import_image_with_changes(client: Client, cleanup: Any) -> None:
    repo = unique("dapi-imp")
    client.import_image_from_data(rootfs_tar({"marker.txt": b"x"}), repository=repo, tag="c1",
                                  changes=["ENV DAPI_IMPORTED=yes", "WORKDIR /data"])
    ref = imported_ref(client, repo, "c1")
    cleanup(lambda: client.remove_image(ref, force=True))
    config = client.inspect_image(ref)["Config"]
    assert "DAPI_IMPORTED=yes" in config["Env"]
    assert config["WorkingDir"] == "/data"


def test_import_image_from_image_is_a_pull_on_todays_daemons(client: Client) -> None:
    """`fromImage` (the seed's `image=`) makes every daemon of API >= 1.24 pull from a registry: offline it fails."""
    repo = unique("dapi-imp")
    with pytest.raises(DockerException) as error:
        client.import_image_from_image(BUSYBOX, repository=repo, tag="i1")
    if is_podman(client):  # Podman appends the tag to a reference that already has one
        assert "invalid reference format" in str(error.value)
    else:
        assert "docker.io" in str(error.value)
    with pytest.raises(DockerException):
        client.import_image(image=BUSYBOX, repository=repo, tag="i2")
    with pytest.raises(ImageNotFound):
        client.inspect_image(f"{repo}:i1")


def test_import_image_needs_src_or_image(client: Client) -> None:
    with pytest.raises(TypeError):
        client.import_image(repository="dapi-nothing")


@pytest.fixture
def tar_server() -> Iterator[tuple[str, int]]:
    """An http.server on the host's 127.0.0.1 serving one rootfs tar at /rootfs.tar."""
    payload = rootfs_tar({"marker.txt": b"url"})

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            if self.path != "/rootfs.tar":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/x-tar")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield "127.0.0.1", server.server_address[1]
    server.shutdown()
    server.server_close()


def test_import_image_from_url(client: Client, engine: dict[str, Any], cleanup: Any,
                               tar_server: tuple[str, int]) -> None:
    host, port = tar_server
    url = f"http://{host}:{port}/rootfs.tar"
    repo = unique("dapi-imp")
    if engine.get("netns"):
        # this daemon runs in its own network namespace: the host's 127.0.0.1 is not its 127.0.0.1
        with pytest.raises(APIError) as refused:
            client.import_image_from_url(url, repository=repo, tag="u1")
        assert "connection refused" in refused.value.explanation
        return
    client.import_image_from_url(url, repository=repo, tag="u1")
    _assert_imported(client, imported_ref(client, repo, "u1"), b"url", cleanup)
    # import_image(src=<a string that is not a file>) takes it as a URL
    client.import_image(url, repository=repo, tag="u2")
    _assert_imported(client, imported_ref(client, repo, "u2"), b"url", cleanup)


# --- commit ----------------------------------------------------------------------------------------------


def test_commit_with_message_author_changes_and_conf(client: Client, make_container: Any, cleanup: Any) -> None:
    container = make_container(["sh", "-c", "echo committed > /state"], start=True)
    assert client.wait(container) == 0
    repo = unique("dapi-commit")
    result = client.commit(container, repository=repo, tag="c1", message="a message", author="Dapi Tester",
                           changes=["ENV FROM_CHANGES=1"], conf={"Labels": {"from.conf": "yes"}})
    cleanup(lambda: client.remove_image(f"{repo}:c1", force=True))
    assert result["Id"].removeprefix("sha256:")
    info = client.inspect_image(f"{repo}:c1")
    assert info["Id"].endswith(result["Id"].removeprefix("sha256:"))
    assert info["Comment"] == "a message"
    assert info["Author"] == "Dapi Tester"
    assert "FROM_CHANGES=1" in info["Config"]["Env"]
    if is_podman(client):
        assert info["Config"]["Labels"] is None  # Podman 4.3's compat commit ignores the `conf` body
    else:
        assert info["Config"]["Labels"]["from.conf"] == "yes"
    # the committed filesystem holds what the container wrote
    check = make_container(["cat", "/state"], image=f"{repo}:c1", start=True)
    assert client.wait(check) == 0
    assert client.logs(check) == b"committed\n"


def test_commit_positional_order_is_the_seeds(client: Client, make_container: Any, cleanup: Any) -> None:
    container = make_container("true")
    repo = unique("dapi-commit")
    client.commit(container, repo, "p1", "positional message", "Positional Author", True, "ENV ONE_CHANGE=1")
    cleanup(lambda: client.remove_image(f"{repo}:p1", force=True))
    info = client.inspect_image(f"{repo}:p1")
    assert (info["Comment"], info["Author"]) == ("positional message", "Positional Author")
    assert "ONE_CHANGE=1" in info["Config"]["Env"]


# --- search ----------------------------------------------------------------------------------------------


def test_search_offline_is_an_api_error(client: Client) -> None:
    with pytest.raises(APIError) as error:
        client.search("busybox")
    assert error.value.status_code == 500
    assert "index.docker.io" in error.value.explanation or "docker.io" in error.value.explanation


