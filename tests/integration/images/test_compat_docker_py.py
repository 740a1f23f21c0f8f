"""docker-py 7.2 as the oracle for images and builds where the seed is silent (issue 12, section 2): the same
call on the same daemon through both clients, and the user-visible results compared (Docker 20.10, Docker
28.5, Podman 4.3).
"""

from __future__ import annotations

from typing import Any

import docker
import dockerapi
import pytest
from conftest import BUSYBOX, unique  # tests/integration/conftest.py
from dockerapi import Client

# --- load_image -----------------------------------------------------------------------------------------


def test_load_image_streams_decoded_messages_like_docker_py(client: Client, oracle: Any, cleanup: Any) -> None:
    repository = unique("dapi-cload")
    name = f"{repository}:v1"
    client.tag(BUSYBOX, repository, "v1")
    cleanup(lambda: client.remove_image(name))
    data = client.get_image(name).data
    mine = list(client.load_image(data))
    theirs = list(oracle.load_image(data))
    assert mine == theirs
    assert all(isinstance(message, dict) for message in mine) and mine
    text = client.load_image(data, stream=False, decode=False)  # the whole output at once, as text
    assert isinstance(text, str) and repository in text


# --- build ---------------------------------------------------------------------------------------------


def _built(messages: Any) -> list[dict[str, Any]]:
    """The build's messages, after checking that none reports an error."""
    collected = list(messages)
    assert not [m for m in collected if "error" in m], collected
    return collected


def test_build_from_the_same_file_object_twice_like_docker_py(client: Client, oracle: Any, cleanup: Any) -> None:
    import io

    marker = unique("dapi-creuse")
    buffer = io.BytesIO(f"FROM {BUSYBOX}\nLABEL dapi.reuse={marker}\n".encode())
    for who, api in (("mine", client), ("theirs", oracle)):
        for attempt in range(2):
            tag = f"{marker}-{who}{attempt}:v1"
            _built(api.build(fileobj=buffer, tag=tag, decode=True, rm=True))
            cleanup(lambda t=tag: client.remove_image(t))
            assert oracle.inspect_image(tag)["Config"]["Labels"]["dapi.reuse"] == marker


def test_dockerfile_outside_the_context_is_not_in_the_image_like_docker_py(
    client: Client, oracle: Any, cleanup: Any, tmp_path: Any
) -> None:
    context = tmp_path / "ctx"
    context.mkdir()
    (context / "a.txt").write_text("a")
    dockerfile = tmp_path / "Dockerfile.outside"
    dockerfile.write_text(f"FROM {BUSYBOX}\nCOPY . /ctx\nCMD [\"ls\", \"-a\", \"/ctx\"]\n")
    listings = []
    apis = [("mine", client), ("theirs", oracle)]
    if client.engine == "podman":  # type: ignore[attr-defined]
        # docker-py sends its (name, content) pair as two `dockerfile` query values; Podman takes the
        # content as the file name and fails, Docker takes the name. Only ours is compared on Podman.
        failed = list(oracle.build(path=str(context), dockerfile=str(dockerfile), decode=True, rm=True))
        assert "no such file or directory" in failed[-1]["error"]
        apis = apis[:1]
    for who, api in apis:
        tag = f"{unique('dapi-cdfout')}-{who}:v1"
        _built(api.build(path=str(context), dockerfile=str(dockerfile), tag=tag, decode=True, rm=True))
        cleanup(lambda t=tag: client.remove_image(t))
        container = client.create_container(tag, name=unique("dapi-cdfout"))
        cleanup(lambda c=container: client.remove_container(c, force=True))
        client.start(container)
        assert client.wait(container, timeout=30) == 0
        listings.append(client.logs(container))
    assert all(listing == listings[0] for listing in listings)
    assert listings[0].split() == [b".", b"..", b"a.txt"]


@pytest.mark.parametrize("isolation", ["default", "hyperv"])
def test_build_isolation_like_docker_py(client: Client, oracle: Any, isolation: str) -> None:
    import io

    outcomes = []
    for api in (client, oracle):
        try:
            messages = list(api.build(fileobj=io.BytesIO(f"FROM {BUSYBOX}\n".encode()), isolation=isolation, decode=True))
            outcomes.append(("built", any("Successfully built" in m.get("stream", "") for m in messages)))
        except (dockerapi.APIError, docker.errors.APIError) as error:
            status = getattr(error, "status_code", None) or error.response.status_code  # type: ignore[union-attr]
            outcomes.append(("refused", status))
    assert outcomes[0] == outcomes[1]
    if isolation == "hyperv" and client.engine != "podman":  # type: ignore[attr-defined]
        assert outcomes[0] == ("refused", 400)  # Linux Dockers know only "default"; Podman ignores it


# --- proxies from the client config ------------------------------------------------------------------------



def test_config_proxies_reach_builds_like_docker_py(engine: dict[str, Any], proxy_config: dict[str, str]) -> None:
    import io

    oracle = docker.APIClient(base_url=engine["base_url"], version="auto")
    dockerfile = f"FROM {BUSYBOX}\nRUN echo \"seen=$http_proxy\"\n".encode()
    seen = []
    with Client(engine["base_url"]) as client:
        for api in (client, oracle):
            messages = list(api.build(fileobj=io.BytesIO(dockerfile), nocache=True, rm=True, decode=True))
            seen.append([m["stream"].strip() for m in messages if m.get("stream", "").startswith("seen=")])
    oracle.close()
    assert seen[0] == seen[1] == ["seen=http://proxy.example:3128"]
