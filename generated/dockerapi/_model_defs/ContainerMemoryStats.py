# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerMemoryStats`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerMemoryStats(DockerModel):
        """A container's memory counters; Linux reports usage and limits, Windows commit and working-set sizes.

        Fields not in every API version: `usage`: API >= 1.48.; `max_usage`: API >= 1.48.; `stats`: API >= 1.48.; `failcnt`: API >= 1.48.; `limit`: API >= 1.48.; `commitbytes`: API >= 1.48.; `commitpeakbytes`: API >= 1.48.; `privateworkingset`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerMemoryStats"

        usage: int | None = Field(
            default=None,
            alias="usage",
            description="Memory in use, in bytes (Linux); it includes the page cache. API \u003e= 1.48.",
        )

        max_usage: int | None = Field(
            default=None,
            alias="max_usage",
            description="The highest usage seen, in bytes; only with cgroup v1. API \u003e= 1.48.",
        )

        stats: dict[str, int | None] | None = Field(
            default=None,
            alias="stats",
            description='Raw counters from the cgroup\u0027s memory.stat, in bytes or counts: e.g. "anon", "file", "inactive_file" (cgroup v2) or "cache", "rss" (v1). API \u003e= 1.48.',
        )

        failcnt: int | None = Field(
            default=None,
            alias="failcnt",
            description="How many times usage reached the limit; only with cgroup v1. API \u003e= 1.48.",
        )

        limit: int | None = Field(
            default=None,
            alias="limit",
            description="The memory limit in bytes; the host\u0027s memory when the container has none (Linux). API \u003e= 1.48.",
        )

        commitbytes: int | None = Field(
            default=None,
            alias="commitbytes",
            description="Committed memory in bytes (Windows only). API \u003e= 1.48.",
        )

        commitpeakbytes: int | None = Field(
            default=None,
            alias="commitpeakbytes",
            description="The peak of committed memory in bytes (Windows only). API \u003e= 1.48.",
        )

        privateworkingset: int | None = Field(
            default=None,
            alias="privateworkingset",
            description="The private working set in bytes (Windows only). API \u003e= 1.48.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "usage": ((1, 48), None),
            "max_usage": ((1, 48), None),
            "stats": ((1, 48), None),
            "failcnt": ((1, 48), None),
            "limit": ((1, 48), None),
            "commitbytes": ((1, 48), None),
            "commitpeakbytes": ((1, 48), None),
            "privateworkingset": ((1, 48), None),
        }

    return ContainerMemoryStats
