# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The API versions this package knows, from the catalog."""

from __future__ import annotations

__all__ = ["MIN_API_VERSION", "NEWEST_API_VERSION"]

MIN_API_VERSION: tuple[int, int] = (1, 24)
NEWEST_API_VERSION: tuple[int, int] = (1, 56)
