"""User code with mistakes mypy must report (tests/unit/test_typing.py lists the expected lines)."""

from __future__ import annotations

from dockerapi import Client


def mistakes(client: Client) -> None:
    client.containers(al=True)  # E: unknown keyword
    client.containers(all="yes")  # E: wrong type
    client.inspect_container(42)  # E: wrong type


def construction() -> None:
    Client(base_url=42)  # E: wrong type
    Client("unix:///var/run/docker.sock", timeout="soon")  # E: wrong type


def typos() -> None:
    import dockerapi
    from dockerapi import Clinet  # E: no such name (the lazy __getattr__ is hidden from checkers)

    dockerapi.Clientt()  # E: no such attribute
    print(Clinet)


def object_clients() -> None:
    import dockerapi
    import dockerapi.classic

    dockerapi.DockerClient(base_urll="unix:///var/run/docker.sock")  # E: unknown keyword
    dockerapi.AsyncDockerClient(max_pool_size="ten")  # E: wrong type
    dockerapi.from_env(timout=3)  # E: unknown keyword
    dockerapi.classic.from_env(versoin="1.41")  # E: unknown keyword
    Client.from_env(timout=3)  # E: unknown keyword
    Client.from_context("default", tls="yes")  # E: wrong type
    dockerapi.DockerClient("unix:///var/run/docker.sock", "1.41", 5, max_pool_size=3)  # fine: Client's arguments
    dockerapi.from_env(timeout=3, version="1.41", use_context=False)  # fine
