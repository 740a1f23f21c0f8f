# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.BuildPruneResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class BuildPruneResponse(DockerModel):
        """What prune_builds removed.

        Fields not in every API version: `CachesDeleted`: API >= 1.39.; `SpaceReclaimed`: API >= 1.31."""

        __module__ = "dockerapi.models"
        __qualname__ = "BuildPruneResponse"

        caches_deleted: list[str] | None = Field(
            default=None,
            alias="CachesDeleted",
            description="IDs of the deleted cache records. API \u003e= 1.39.",
        )

        space_reclaimed: int | None = Field(
            default=None, alias="SpaceReclaimed", description="Disk space freed, in bytes. API \u003e= 1.31."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "CachesDeleted": ((1, 39), None),
            "SpaceReclaimed": ((1, 31), None),
        }

    return BuildPruneResponse
