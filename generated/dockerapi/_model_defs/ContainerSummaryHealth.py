# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerSummaryHealth`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerSummaryHealth(DockerModel):
        """A container's health-check status as containers() reports it.

        Fields not in every API version: `Status`: API >= 1.52.; `FailingStreak`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerSummaryHealth"

        status: Literal["none", "starting", "healthy", "unhealthy"] | str | None = Field(
            default=None,
            alias="Status",
            description='"none" (no check), "starting", "healthy" or "unhealthy". API \u003e= 1.52.',
        )

        failing_streak: int | None = Field(
            default=None,
            alias="FailingStreak",
            description="How many checks in a row have failed. API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Status": ((1, 52), None),
            "FailingStreak": ((1, 52), None),
        }

    return ContainerSummaryHealth
