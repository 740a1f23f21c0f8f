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
