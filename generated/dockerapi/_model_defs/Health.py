# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Health`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    HealthcheckResult: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Health(DockerModel):
        """The result of a container's health checks so far.

        Fields not in every API version: `Status`: API >= 1.39.; `FailingStreak`: API >= 1.39.; `Log`: API >= 1.39."""

        __module__ = "dockerapi.models"
        __qualname__ = "Health"

        status: Literal["none", "starting", "healthy", "unhealthy"] | str | None = Field(
            default=None,
            alias="Status",
            description='"none" (no check), "starting" (in the grace period), "healthy" or "unhealthy". API \u003e= 1.39.',
        )

        failing_streak: int | None = Field(
            default=None,
            alias="FailingStreak",
            description="How many checks in a row have failed. API \u003e= 1.39.",
        )

        log: list[HealthcheckResult] | None = Field(
            default=None,
            alias="Log",
            description="The most recent check results, oldest first (the daemon keeps a handful). API \u003e= 1.39.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Status": ((1, 39), None),
            "FailingStreak": ((1, 39), None),
            "Log": ((1, 39), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Log": "HealthcheckResult",
        }

    return Health
