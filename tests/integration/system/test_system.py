"""info, version, ping and df on every engine."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import BUSYBOX  # tests/integration/conftest.py
from dockerapi import APIError, Client


def test_info_describes_the_daemon(client: Client, engine: dict[str, Any]) -> None:
    info = client.info()
    assert info["ID"] == info.id
    assert isinstance(info["Containers"], int) and info["Containers"] >= 0
    assert info["Images"] >= 1
    assert info["OperatingSystem"]
    assert info["Driver"]
    assert info["NCPU"] >= 1
    assert info["MemTotal"] > 0


def test_version_names_the_negotiated_api(client: Client, engine: dict[str, Any]) -> None:
    version = client.version()
    assert version["ApiVersion"] == engine["api"]
    assert version["Version"] == version.version
    assert version["Os"] == "linux"
    assert version["Arch"]
    assert engine["version"].startswith(version["Version"].split("-")[0].split("+")[0])
    # asked without the /vX.Y prefix, the same daemon answers the same
    assert client.version(api_version=False)["Version"] == version["Version"]


def test_ping_is_true(client: Client) -> None:
    assert client.ping() is True


def test_ping_answers_whatever_api_version_the_client_pins(docker20: dict[str, Any]) -> None:
    # 1.45 is newer than Docker 20.10's 1.41: the daemon refuses a versioned call, but it is up
    with Client(docker20["base_url"], version="1.45") as pinned:
        assert pinned.ping() is True
        assert pinned.ping_head() is True
        with pytest.raises(APIError, match="too new"):
            pinned.info()


def test_version_without_the_prefix_answers_whatever_api_version_the_client_pins(docker20: dict[str, Any]) -> None:
    # as docker-py's version(api_version=False): /version, not /v1.45/version, which Docker 20.10 refuses
    with Client(docker20["base_url"], version="1.45") as pinned:
        with pytest.raises(APIError, match="too new"):
            pinned.version()
        answer = pinned.version(api_version=False)
        assert answer.api_version == "1.41" and answer["ApiVersion"] == "1.41"
        with pytest.raises(APIError, match="too new"):  # for that call only
            pinned.version()


def test_df_lists_images_containers_and_volumes(client: Client, make_container: Any) -> None:
    make_container("true")
    for _attempt in range(3):  # Podman fails a df that races with another test removing a container
        try:
            usage = client.df()
            break
        except APIError as error:
            if "no such container" not in error.explanation:
                raise
    else:
        raise AssertionError("df() kept racing with container removals")
    busybox_id = client.inspect_image(BUSYBOX)["Id"].removeprefix("sha256:")
    # Podman lists the image Ids of df without the "sha256:" prefix
    assert busybox_id in [image["Id"].removeprefix("sha256:") for image in usage["Images"]]
    assert len(usage["Containers"]) >= 1
    assert isinstance(usage["Volumes"], list)
    assert usage["LayersSize"] >= 0
