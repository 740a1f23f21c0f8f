# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecUlimits`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecUlimits(DockerModel):
        """One resource limit for a container's processes.

        Fields not in every API version: `Name`: API >= 1.41.; `Soft`: API >= 1.41.; `Hard`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecUlimits"

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The limit\u0027s name, e.g. "nofile" or "nproc". API \u003e= 1.41.',
        )

        soft: int | None = Field(
            default=None,
            alias="Soft",
            description="The soft limit, which processes may raise up to the hard one. API \u003e= 1.41.",
        )

        hard: int | None = Field(default=None, alias="Hard", description="The hard limit. API \u003e= 1.41.")

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 41), None),
            "Soft": ((1, 41), None),
            "Hard": ((1, 41), None),
        }

    return TaskSpecContainerSpecUlimits
