"""Push an image to a registry that needs a login, then pull it back, with both clients."""

# pyright: reportTypedDictNotRequiredAccess=false

from __future__ import annotations

import os
import uuid

import dockerapi
import dockerapi.classic


def push_with_login(base_url: str, registry: str, username: str, password: str,
                    image: str = "busybox:latest") -> tuple[str, str, str]:
    """Log in, tag and push; drop the local name and pull it back. The source id, the pulled id, the login status."""
    repository = f"{registry}/ide-trial/busybox-{uuid.uuid4().hex[:10]}"
    with dockerapi.Client(base_url) as client:
        login = client.login(username=username, password=password, registry=registry)
        source_id = client.inspect_image(image).id or ""
        client.tag(image, repository, tag="v1")
        try:
            for line in client.push(repository, tag="v1", stream=True, decode=True):
                if "error" in line:
                    raise RuntimeError(line["error"])
            client.remove_image(f"{repository}:v1")
            client.pull(repository, tag="v1")      # the login's credentials are reused
            pulled_id = client.inspect_image(f"{repository}:v1").id or ""
        finally:
            try:
                client.remove_image(f"{repository}:v1")
            except dockerapi.ImageNotFound:
                pass
    return source_id, pulled_id, login.status or ""


def push_with_auth_config(base_url: str, registry: str, username: str, password: str,
                          image: str = "busybox:latest") -> tuple[str, str]:
    """The same with explicit credentials on each call and the classic client."""
    repository = f"{registry}/ide-trial/busybox-{uuid.uuid4().hex[:10]}"
    credentials = {"username": username, "password": password}
    with dockerapi.classic.Client(base_url) as client:
        source_id = client.inspect_image(image)["Id"]
        client.tag(image, repository, tag="v2")
        try:
            client.push(repository, tag="v2", auth_config=credentials)   # raises StreamError on failure
            client.remove_image(f"{repository}:v2")
            client.pull(repository, tag="v2", auth_config=credentials)
            pulled_id = client.inspect_image(f"{repository}:v2")["Id"]
        finally:
            try:
                client.remove_image(f"{repository}:v2")
            except dockerapi.ImageNotFound:
                pass
    return source_id, pulled_id


def main(base_url: str, registry: str, username: str, password: str) -> tuple[tuple[str, str, str], tuple[str, str]]:
    return (push_with_login(base_url, registry, username, password),
            push_with_auth_config(base_url, registry, username, password))


if __name__ == "__main__":
    print(main(os.environ["DOCKERAPI_DOCKER20_URL"], os.environ["DOCKERAPI_REGISTRY"],
               os.environ["DOCKERAPI_REGISTRY_USER"], os.environ["DOCKERAPI_REGISTRY_PASSWORD"]))
