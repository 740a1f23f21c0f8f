# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerPruneResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerPruneResponse(DockerModel):
        """What prune_containers answers.

        Fields not in every API version: `ContainersDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerPruneResponse"

        containers_deleted: list[str] | None = Field(
            default=None,
            alias="ContainersDeleted",
            description="IDs of the containers that were deleted; None when there were none. API \u003e= 1.25.",
        )

        space_reclaimed: int | None = Field(
            default=None, alias="SpaceReclaimed", description="Disk space freed, in bytes. API \u003e= 1.25."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ContainersDeleted": ((1, 25), None),
            "SpaceReclaimed": ((1, 25), None),
        }

    return ContainerPruneResponse
