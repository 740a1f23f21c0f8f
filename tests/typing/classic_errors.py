"""Mistakes mypy must report on classic results (tests/unit/test_classic.py lists the expected lines)."""

from __future__ import annotations

from dockerapi.classic import Client


def mistakes(client: Client) -> None:
    info = client.inspect_container("web")
    info["Stat"]  # E: unknown key
    info["State"]["Status"] + 1  # E: str + int
    client.inspect_container(42)  # E: wrong type
