"""The object API of images (`client.images`, `Image`, `RegistryData`) on Docker 20.10, 28.5 and Podman:
docker-py 7.2 (the oracle) and `dockerapi.classic.DockerClient` run the same scenarios and must show a user
the same thing; `dockerapi.DockerClient` and `AsyncDockerClient` run them with typed results, and build
(and pull with stream=True) give the daemon's messages as they come, then the image."""

from __future__ import annotations

import asyncio
import io
import json
import tarfile
from collections.abc import Callable, Iterator
from typing import Any

import docker
import docker.errors
import dockerapi
import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import classic, models
from dockerapi.classic import errors as classic_errors
from dockerapi.objects import AsyncImage, AsyncRegistryData, Image, RegistryData
from dockerapi.progress import show_progress

# fields that differ between two images built from the same Dockerfile at different times
MOVING = {"Id", "Created", "RepoTags", "RepoDigests", "Parent", "ContainerConfig", "Container", "Metadata",
          "GraphDriver", "RootFS", "Size", "VirtualSize", "SharedSize", "Digest", "NamesHistory", "History"}


def context(dockerfile: str) -> io.BytesIO:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        data = dockerfile.encode()
        info = tarfile.TarInfo("Dockerfile")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    buf.seek(0)
    return buf


def archive(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def dockerfile(label: str, extra: str = "") -> str:
    return f"FROM {BUSYBOX}\nLABEL dapi.objimg={label}\nRUN echo {label} > /built\n{extra}"


def short_tag(name: str) -> str:
    """Podman names local images docker.io/library/NAME: the part users compare."""
    return name.removeprefix("docker.io/library/").removeprefix("localhost/")


@pytest.fixture
def remove_images(engine: dict[str, Any]) -> Iterator[Callable[[str], None]]:
    """Register image names (or ids) to remove, forcibly, after the test."""
    names: list[str] = []
    yield names.append
    with classic.APIClient(base_url=engine["base_url"]) as api:
        for name in reversed(names):
            try:
                api.remove_image(name, force=True)
            except dockerapi.DockerException:
                pass


def registry_address(engine: dict[str, Any], registry: dict[str, Any]) -> str:
    return str(registry["podman_address"] if engine["name"] == "podman" else registry["address"])


def auth(registry: dict[str, Any]) -> dict[str, str]:
    return {"username": registry["username"], "password": registry["password"]}


# --- build ----------------------------------------------------------------------------------------------

def test_build_gives_the_image_and_its_log_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient,
                                                        remove_images: Callable[[str], None]) -> None:
    label = unique("label")
    found = {}
    for name, client in (("docker-py", docker_py), ("classic", classic_docker)):
        tag = unique("dapi-objimg-build") + ":v1"
        remove_images(tag)
        result = client.images.build(fileobj=context(dockerfile(label)), custom_context=True, tag=tag, rm=True)
        assert isinstance(result, tuple) and len(result) == 2
        image, log = result
        assert iter(log) is log  # an iterator over the log, as docker-py's
        messages = list(log)
        assert all(isinstance(m, dict) for m in messages)
        assert any("stream" in m for m in messages)
        assert type(image).__name__ == "Image" and tag in [short_tag(t) for t in image.tags]
        assert image.labels["dapi.objimg"] == label
        assert image.id.startswith("sha256:") and image.short_id == image.id[:19]
        found[name] = image
    oracle, ours = found["docker-py"].attrs, found["classic"].attrs
    assert sorted(ours) == sorted(oracle)
    assert {k: v for k, v in ours.items() if k not in MOVING} == {k: v for k, v in oracle.items() if k not in MOVING}
    # the second build came from the cache: one image with both tags
    removed = found["classic"].remove(force=True)
    assert isinstance(removed, list) and any("Untagged" in entry for entry in removed)


def test_build_error_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient) -> None:
    bad = dockerfile(unique("label"), "RUN exit 3\n")
    with pytest.raises(docker.errors.BuildError) as oracle:
        docker_py.images.build(fileobj=context(bad), custom_context=True, rm=True)
    with pytest.raises(classic_errors.BuildError) as ours:
        classic_docker.images.build(fileobj=context(bad), custom_context=True, rm=True)
    assert ours.value.msg == oracle.value.msg
    oracle_log, our_log = list(oracle.value.build_log), list(ours.value.build_log)
    assert any("error" in m for m in our_log) and our_log[-1] == oracle_log[-1]


def test_typed_build_streams_while_it_runs_then_gives_the_image(typed_docker: dockerapi.DockerClient,
                                                                remove_images: Callable[[str], None]) -> None:
    tag = unique("dapi-objimg-typed") + ":v1"
    remove_images(tag)
    label = unique("label")
    build = typed_docker.images.build(fileobj=context(dockerfile(label, "RUN sleep 1\n")), custom_context=True,
                                      tag=tag, rm=True)
    assert isinstance(build, dockerapi.ImageStream)
    first = next(build)
    assert isinstance(first, dict)
    # the first message came while the build was still running: the image is not there yet
    with pytest.raises(dockerapi.NotFound):
        typed_docker.images.get(tag)
    rest = list(build)
    image = build.result()
    assert isinstance(image, Image)
    assert build.log == [first, *rest]
    assert isinstance(image.attrs, models.ImageInspect)
    assert image.labels["dapi.objimg"] == label and tag in [short_tag(t) for t in image.tags]
    assert image == typed_docker.images.get(tag)


def test_typed_build_goes_through_show_progress_and_reports_failure(typed_docker: dockerapi.DockerClient) -> None:
    build = typed_docker.images.build(fileobj=context(dockerfile(unique("label"), "RUN exit 3\n")),
                                      custom_context=True, rm=True)
    out = io.StringIO()
    with pytest.raises(dockerapi.StreamError):
        for _ in show_progress(build, out):
            pass
    with pytest.raises(dockerapi.BuildError) as info:
        build.result()
    assert "3" in info.value.msg and info.value.build_log == build.log
    assert any("error" in m for m in build.log)


def test_async_build(engine: dict[str, Any], remove_images: Callable[[str], None]) -> None:
    tag = unique("dapi-objimg-async") + ":v1"
    remove_images(tag)

    async def run() -> tuple[list[dict[str, Any]], AsyncImage, str]:
        async with dockerapi.AsyncDockerClient(engine["base_url"]) as client:
            build = await client.images.build(fileobj=context(dockerfile("async")), custom_context=True, tag=tag,
                                              rm=True)
            assert isinstance(build, dockerapi.AsyncImageStream)
            messages = [m async for m in build]
            image = await build.result()
            again = await client.images.get(tag)
            assert again == image
            bad = await client.images.build(fileobj=context(dockerfile("async", "RUN exit 4\n")),
                                            custom_context=True, rm=True)
            with pytest.raises(dockerapi.BuildError):
                await bad.result()
            return messages, image, image.labels["dapi.objimg"]

    messages, image, label = asyncio.run(run())
    assert messages and all(isinstance(m, dict) for m in messages)
    assert isinstance(image, AsyncImage) and label == "async"


# --- Image members, list, get, load ---------------------------------------------------------------------

def test_image_members_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient,
                                    remove_images: Callable[[str], None]) -> None:
    for client in (docker_py, classic_docker):
        base = client.images.get(BUSYBOX)
        repo = unique("dapi-objimg-tag")
        remove_images(f"{repo}:one")
        remove_images(f"{repo}:two")
        assert base.tag(repo, "one") is True
        assert base.tag(repo, tag="two") is True
        image = client.images.get(f"{repo}:one")
        assert image.id == base.id
        assert sorted(short_tag(t) for t in image.tags if repo in t) == [f"{repo}:one", f"{repo}:two"]
        assert image.history() == base.history()
        assert type(image.history()) is list and isinstance(image.history()[0], dict)
        with pytest.raises((docker.errors.InvalidArgument, classic_errors.InvalidArgument)):
            image.save(named=f"{repo}:nope")
        listed = client.images.list(name=repo)
        assert [type(i).__name__ for i in listed] == ["Image"] and listed[0].id == image.id
        assert listed[0].attrs == image.attrs
        client.images.remove(f"{repo}:one")  # docker-py answers None; dockerapi.classic the daemon's list
        client.images.remove(f"{repo}:two")
        with pytest.raises((docker.errors.ImageNotFound, classic_errors.ImageNotFound)):
            client.images.get(f"{repo}:two")
    # the same attrs for the same image
    assert classic_docker.images.get(BUSYBOX).attrs == docker_py.images.get(BUSYBOX).attrs


def test_save_and_load_as_docker_py(engine: dict[str, Any], docker_py: Any, classic_docker: classic.DockerClient,
                                    remove_images: Callable[[str], None]) -> None:
    repo = unique("dapi-objimg-load")
    classic_docker.images.get(BUSYBOX).tag(repo, "v1")
    remove_images(f"{repo}:v1")
    image = classic_docker.images.get(f"{repo}:v1")
    name = next(t for t in image.tags if repo in t)  # Podman's is docker.io/library/...
    saved = b"".join(image.save(chunk_size=65536, named=name))
    oracle_saved = b"".join(docker_py.images.get(f"{repo}:v1").save(named=name))
    with tarfile.open(fileobj=io.BytesIO(saved)) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))  # type: ignore[arg-type]
    assert [short_tag(t) for t in manifest[0]["RepoTags"]] == [f"{repo}:v1"]
    assert len(saved) > 1000 and len(oracle_saved) > 1000
    classic_docker.images.remove(f"{repo}:v1")
    loaded = classic_docker.images.load(saved)
    assert [type(i).__name__ for i in loaded] == ["Image"] and loaded[0].id == image.id
    classic_docker.images.remove(f"{repo}:v1")
    oracle_loaded = docker_py.images.load(saved)
    assert [i.id for i in oracle_loaded] == [i.id for i in loaded]
    assert oracle_loaded[0].attrs.keys() == loaded[0].attrs.keys()
    # an archive that is not one: the same error class as docker-py's
    errors = []
    for client in (docker_py, classic_docker):
        with pytest.raises(Exception) as info:
            client.images.load(b"not an archive")
        errors.append(type(info.value).__name__)
    assert errors[0] == errors[1] and errors[0] in ("ImageLoadError", "APIError")
    # an archive that names no image: docker-py's answer (Docker: an empty list; Podman: APIError)
    empty = archive({"manifest.json": b"[]"})
    outcomes = []
    for client in (docker_py, classic_docker):
        try:
            outcomes.append(client.images.load(empty))
        except Exception as exc:  # noqa: BLE001 - the class is what is compared
            outcomes.append(type(exc).__name__)
    assert outcomes[0] == outcomes[1]


def test_typed_load_and_members(engine: dict[str, Any], typed_docker: dockerapi.DockerClient,
                                remove_images: Callable[[str], None]) -> None:
    repo = unique("dapi-objimg-tload")
    base = typed_docker.images.get(BUSYBOX)
    assert base.tag(repo, "v1") is True
    remove_images(f"{repo}:v1")
    image = typed_docker.images.get(f"{repo}:v1")
    assert isinstance(image.attrs, models.ImageInspect)
    history = image.history()
    assert history and isinstance(history[0], models.ImageHistoryResponseItem)
    saved = b"".join(image.save(named=next(t for t in image.tags if repo in t)))
    typed_docker.images.remove(f"{repo}:v1")
    loaded = typed_docker.images.load(saved)
    assert [i.id for i in loaded] == [image.id] and isinstance(loaded[0], Image)
    with pytest.raises((dockerapi.ImageLoadError, dockerapi.APIError)):
        typed_docker.images.load(b"not an archive")
    # better than docker-py: an archive that names no image is an error, not an empty list
    with pytest.raises((dockerapi.ImageLoadError, dockerapi.APIError)):
        typed_docker.images.load(archive({"manifest.json": b"[]"}))

    async def run() -> list[AsyncImage]:
        async with dockerapi.AsyncDockerClient(engine["base_url"]) as client:
            found = await client.images.list(name=repo)
            history = await found[0].history()
            assert [h.id for h in history] == [h.id for h in await (await client.images.get(BUSYBOX)).history()]
            chunks = [c async for c in await found[0].save()]
            assert sum(len(c) for c in chunks) > 1000
            return found

    found = asyncio.run(run())
    assert [type(i) for i in found] == [AsyncImage] and found[0].id == image.id


def test_prune_as_docker_py(docker_py: Any, classic_docker: classic.DockerClient) -> None:
    # only images with this test's label, of which there are none: the answer's shape is what is compared
    filters = {"label": [f"dapi.objimg={unique('none')}"], "dangling": True}
    oracle = docker_py.images.prune(filters=filters)
    ours = classic_docker.images.prune(filters=filters)
    assert ours == oracle
    build_filters = {"id": [unique("none")]}
    outcomes = []
    for client in (docker_py, classic_docker):
        try:
            outcomes.append(client.images.prune_builds(filters=build_filters))
        except Exception as exc:  # noqa: BLE001 - an engine without the endpoint: the class is compared
            outcomes.append(type(exc).__name__)
    assert outcomes[0] == outcomes[1]


# --- the registry: push, pull, get_registry_data --------------------------------------------------------

@pytest.fixture
def pushed(engine: dict[str, Any], registry: dict[str, Any], remove_images: Callable[[str], None]) -> str:
    """busybox pushed to the local registry under a new name (tags v1 and v2); the local tags removed."""
    if engine["name"] == "podman":
        # Podman 4.3 reaches the plain-HTTP registry only when told (tlsVerify), which the Docker API cannot say
        pytest.skip("Podman's compat API cannot push to or pull from the plain-HTTP test registry")
    repo = f"{registry_address(engine, registry)}/dapi/{unique('objimg')}"
    with classic.DockerClient(base_url=engine["base_url"]) as client:
        base = client.images.get(BUSYBOX)
        for tag in ("v1", "v2"):
            base.tag(repo, tag)
            remove_images(f"{repo}:{tag}")
            output = client.images.push(repo, tag=tag, auth_config=auth(registry))
            assert "error" not in output.lower()
            client.images.remove(f"{repo}:{tag}")
    return repo


def test_pull_as_docker_py(pushed: str, registry: dict[str, Any], docker_py: Any,
                           classic_docker: classic.DockerClient) -> None:
    results = {}
    for name, client in (("docker-py", docker_py), ("classic", classic_docker)):
        image = client.images.pull(pushed, tag="v1", auth_config=auth(registry))
        assert type(image).__name__ == "Image" and f"{pushed}:v1" in image.tags
        same = client.images.pull(f"{pushed}:v1", auth_config=auth(registry))
        assert same.id == image.id
        every = client.images.pull(pushed, all_tags=True, auth_config=auth(registry))
        assert isinstance(every, list) and {i.id for i in every} == {image.id}
        assert {t for i in every for t in i.tags if t.startswith(pushed)} == {f"{pushed}:v1", f"{pushed}:v2"}
        results[name] = image
        client.images.remove(f"{pushed}:v1")
        client.images.remove(f"{pushed}:v2")
    moving = {"Metadata"}  # the time of the last tag
    assert {k: v for k, v in results["classic"].attrs.items() if k not in moving} == {
        k: v for k, v in results["docker-py"].attrs.items() if k not in moving}
    with pytest.warns(UserWarning):
        classic_docker.images.pull(pushed, tag="v1", stream=True, auth_config=auth(registry))


def test_pull_refused_as_docker_py(engine: dict[str, Any], registry: dict[str, Any], docker_py: Any,
                                   classic_docker: classic.DockerClient, typed_docker: dockerapi.DockerClient) -> None:
    missing = f"{registry_address(engine, registry)}/dapi/{unique('missing')}"
    with pytest.raises(classic_errors.APIError) as ours:
        classic_docker.images.pull(missing, tag="nope", auth_config=auth(registry))
    with pytest.raises(docker.errors.APIError) as oracle:
        docker_py.images.pull(missing, tag="nope", auth_config=auth(registry))
    # what catches docker-py's error catches ours (the catalog may name it more precisely: ImageNotFound)
    assert isinstance(ours.value, getattr(classic_errors, type(oracle.value).__name__))
    # the typed faces report the pull's own error (on Podman it comes in the stream: StreamError, where
    # docker-py reads on and then cannot find the image)
    with pytest.raises(dockerapi.DockerException) as typed:
        typed_docker.images.pull(missing, tag="nope", auth_config=auth(registry))
    assert not isinstance(typed.value, dockerapi.ImageNotFound) or engine["name"] != "podman"


def test_typed_pull_plain_and_streamed(engine: dict[str, Any], pushed: str, registry: dict[str, Any],
                                       typed_docker: dockerapi.DockerClient) -> None:
    image = typed_docker.images.pull(pushed, "v1", auth_config=auth(registry))
    assert isinstance(image, Image) and f"{pushed}:v1" in image.tags
    typed_docker.images.remove(f"{pushed}:v1")
    pulling = typed_docker.images.pull(pushed, "v2", stream=True, auth_config=auth(registry))
    out = io.StringIO()
    shown = list(show_progress(pulling, out))
    assert shown and all(isinstance(m, dict) for m in shown)
    assert out.getvalue()
    pulled = pulling.result()
    assert isinstance(pulled, Image) and f"{pushed}:v2" in pulled.tags
    every = typed_docker.images.pull(pushed, all_tags=True, auth_config=auth(registry))
    assert isinstance(every, list) and all(isinstance(i, Image) for i in every)
    with pytest.raises(dockerapi.DockerException):
        typed_docker.images.pull(pushed, "nope", auth_config=auth(registry))

    async def run() -> AsyncImage:
        async with dockerapi.AsyncDockerClient(engine["base_url"]) as client:
            await client.images.remove(f"{pushed}:v1")
            streamed = await client.images.pull(pushed, "v1", stream=True, auth_config=auth(registry))
            messages = [m async for m in streamed]
            assert messages
            return await streamed.result()

    assert isinstance(asyncio.run(run()), AsyncImage)


def test_registry_data_as_docker_py(engine: dict[str, Any], pushed: str, registry: dict[str, Any], docker_py: Any,
                                    classic_docker: classic.DockerClient) -> None:
    found = {}
    for name, client in (("docker-py", docker_py), ("classic", classic_docker)):
        try:
            data = client.images.get_registry_data(f"{pushed}:v1", auth_config=auth(registry))
        except Exception as exc:  # noqa: BLE001 - an engine without the endpoint: both must refuse alike
            found[name] = type(exc).__name__
            continue
        assert type(data).__name__ == "RegistryData" and data.image_name == f"{pushed}:v1"
        assert data.id == data.attrs["Descriptor"]["digest"] and data.short_id == data.id[:19]
        checks = [data.has_platform(p) for p in ("linux", "linux/amd64", "windows/amd64", "linux/arm64/v8")]
        checks.append(data.has_platform({"os": "linux", "architecture": "amd64"}))
        with pytest.raises((docker.errors.InvalidArgument, classic_errors.InvalidArgument)):
            data.has_platform("linux/amd64/v1/extra")
        found[name] = (data.attrs, data.id, checks, repr(data))
    if isinstance(found["docker-py"], str):
        assert found["classic"] == found["docker-py"]
        return
    assert found["classic"] == found["docker-py"]
    data = classic_docker.images.get_registry_data(f"{pushed}:v1", auth_config=auth(registry))
    # reload() and pull() send no credentials of their own (as docker-py's): those of login() then
    classic_docker.login(registry["username"], registry["password"], registry=registry_address(engine, registry))
    data.attrs = {}
    data.reload()
    assert data.id == found["classic"][1]
    image = data.pull()
    assert type(image).__name__ == "Image" and any(d.endswith(found["classic"][1]) for d in image.attrs["RepoDigests"])


def test_typed_registry_data(engine: dict[str, Any], pushed: str, registry: dict[str, Any],
                             typed_docker: dockerapi.DockerClient) -> None:
    try:
        data = typed_docker.images.get_registry_data(f"{pushed}:v1", auth_config=auth(registry))
    except dockerapi.APIError:
        assert engine["name"] == "podman"  # Podman 4.3 has no distribution endpoint
        return
    assert isinstance(data, RegistryData) and isinstance(data.attrs, models.DistributionInspect)
    assert data.id == data.attrs.descriptor.digest and data.id.startswith("sha256:")
    assert data.has_platform("linux") is True and data.has_platform("windows") is False
    typed_docker.login(registry["username"], registry["password"], registry=registry_address(engine, registry))
    image = data.pull()
    assert isinstance(image, Image)

    async def run() -> tuple[AsyncRegistryData, bool, AsyncImage]:
        async with dockerapi.AsyncDockerClient(engine["base_url"]) as client:
            await client.login(registry["username"], registry["password"], registry=registry_address(engine, registry))
            found = await client.images.get_registry_data(f"{pushed}:v1")
            return found, await found.has_platform("linux"), await found.pull()

    found, has, pulled = asyncio.run(run())
    assert isinstance(found, AsyncRegistryData) and found == AsyncRegistryData(data.attrs) and has is True
    assert isinstance(pulled, AsyncImage) and pulled.id == image.id
