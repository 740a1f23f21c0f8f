"""Image parameters few callers send, each checked by its effect on a real engine.

build(labels=, target=, cache_from=, platform=), pull(platform=, all_tags=) and a pull by digest from the
local registry. The containers' and execs' rare parameters are in containers/ and exec/test_rare_params.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import BUSYBOX, is_podman, read_file, unique  # tests/integration/conftest.py
from dockerapi import Client, NotFound, StreamError

ADDRESS = "127.0.0.1:5000"




# --- build(labels=, target=, cache_from=, platform=) ---------------------------------------------------

MULTI_STAGE = b"""FROM busybox:latest AS base
RUN echo from-base > /base
FROM base AS final
RUN echo from-final > /final
"""


def test_build_labels_target_cache_from_platform(
    client: Client, make_container: Any, cleanup: Callable[[Callable[[], Any]], None], tmp_path: Path
) -> None:
    (tmp_path / "Dockerfile").write_bytes(MULTI_STAGE)
    tag = unique("dapi-build-rare")
    cleanup(lambda: client.remove_image(tag, force=True))
    output = client.build(
        path=str(tmp_path),
        tag=tag,
        labels={"t16.kind": "rare", "t16.other": "2"},
        target="base",
        cache_from=[BUSYBOX],
        platform="linux/amd64",
        decode=True,
    )
    with output:
        documents = list(output)
    assert not [d for d in documents if "error" in d or "errorDetail" in d], documents
    image = client.inspect_image(tag)
    assert {k: v for k, v in image["Config"]["Labels"].items() if k.startswith("t16.")} == {
        "t16.kind": "rare",
        "t16.other": "2",
    }
    assert (image["Os"], image["Architecture"]) == ("linux", "amd64")
    # target="base": the first stage's file is there, the last stage never ran
    container = make_container("true", image=tag, start=True)
    assert client.wait(container, timeout=30) == 0
    assert read_file(client, container, "/base") == b"from-base\n"
    with pytest.raises(NotFound):
        client.get_archive(container, "/final")


# --- pull(platform=, all_tags=) and a digest pull from the local registry --------------------------------


@pytest.fixture
def creds(registry: dict[str, Any]) -> dict[str, str]:
    return {"username": registry["username"], "password": registry["password"]}


@pytest.fixture
def pushed_two_tags(client: Client, creds: dict[str, str], cleanup: Callable[[Callable[[], Any]], None]) -> str:
    """busybox pushed as <repo>:t1 and <repo>:t2; local tags removed after the test."""
    repo = f"{ADDRESS}/dapi/{unique('rare')}"
    for tag in ("t1", "t2"):
        client.tag(BUSYBOX, repo, tag)
        cleanup(lambda tag=tag: client.remove_image(f"{repo}:{tag}", force=True))
        pushed_digests[f"{repo}:{tag}"] = [
            d["aux"]["Digest"] for d in client.push(repo, tag, auth_config=creds, decode=True) if "aux" in d
        ]
    return repo


# what each push reported as the manifest digest (Docker says it in an "aux" message; Podman 4.3 does not)
pushed_digests: dict[str, list[str]] = {}


def local_tags(client: Client, repo: str) -> set[str]:
    return {t.rsplit(":", 1)[1] for i in client.images(name=repo) for t in i["RepoTags"] or []}


def test_pull_all_tags(client: Client, creds: dict[str, str], pushed_two_tags: str) -> None:
    repo = pushed_two_tags
    for tag in ("t1", "t2"):
        client.remove_image(f"{repo}:{tag}")
    assert local_tags(client, repo) == set()
    if is_podman(client):
        # Podman 4.3's compat pull has no all-tags: it pulls "latest", which this repository lacks
        with pytest.raises(StreamError, match=f"reading manifest latest in {repo.split('/', 1)[0]}/dapi/"):
            client.pull(repo, all_tags=True, auth_config=creds)
        assert local_tags(client, repo) == set()
        return
    client.pull(repo, all_tags=True, auth_config=creds)
    assert local_tags(client, repo) == {"t1", "t2"}


def test_pull_platform(client: Client, creds: dict[str, str], pushed_two_tags: str) -> None:
    repo = pushed_two_tags
    client.remove_image(f"{repo}:t1")
    client.pull(repo, "t1", platform="linux/amd64", auth_config=creds)
    image = client.inspect_image(f"{repo}:t1")
    assert (image["Os"], image["Architecture"]) == ("linux", "amd64")


def registry_digest(repo: str, tag: str, creds: dict[str, str]) -> str:
    """The manifest digest the registry itself serves for repo:tag (what a digest pull asks for)."""
    name = repo.split("/", 1)[1]
    accept = ", ".join([
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.index.v1+json",
    ])
    response = httpx.head(
        f"http://{ADDRESS}/v2/{name}/manifests/{tag}",
        headers={"Accept": accept},
        auth=(creds["username"], creds["password"]),
        trust_env=False,
    )
    response.raise_for_status()
    return response.headers["Docker-Content-Digest"]


def test_pull_by_digest(client: Client, creds: dict[str, str], pushed_two_tags: str) -> None:
    repo = pushed_two_tags
    # Docker 28 pushes to the registry in its own network namespace, out of this process's reach, so
    # the digest comes from the push's own report when there is one
    digest = (pushed_digests[f"{repo}:t1"] or [registry_digest(repo, "t1", creds)])[0]
    image_id = client.inspect_image(f"{repo}:t1")["Id"]
    for tag in ("t1", "t2"):
        client.remove_image(f"{repo}:{tag}")
    client.pull(f"{repo}@{digest}", auth_config=creds)
    pulled = client.inspect_image(f"{repo}@{digest}")
    assert pulled["Id"] == image_id
    assert f"{repo}@{digest}" in pulled["RepoDigests"]
    client.remove_image(f"{repo}@{digest}")  # by reference: the image is busybox's, which must stay
