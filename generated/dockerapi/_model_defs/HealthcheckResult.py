# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.HealthcheckResult`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class HealthcheckResult(DockerModel):
        """One run of a container's health check.

        Fields not in every API version: `Start`: API >= 1.39.; `End`: API >= 1.39.; `ExitCode`: API >= 1.39.; `Output`: API >= 1.39."""

        __module__ = "dockerapi.models"
        __qualname__ = "HealthcheckResult"

        start: str | None = Field(
            default=None,
            alias="Start",
            description="When the check began, RFC 3339 with nanoseconds. API \u003e= 1.39.",
        )

        end: str | None = Field(
            default=None,
            alias="End",
            description="When the check ended, RFC 3339 with nanoseconds. API \u003e= 1.39.",
        )

        exit_code: int | None = Field(
            default=None,
            alias="ExitCode",
            description="0 healthy, 1 unhealthy, 2 reserved (counts as unhealthy); another value means the check could not run. API \u003e= 1.39.",
        )

        output: str | None = Field(
            default=None,
            alias="Output",
            description="What the check printed, possibly cut short. API \u003e= 1.39.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Start": ((1, 39), None),
            "End": ((1, 39), None),
            "ExitCode": ((1, 39), None),
            "Output": ((1, 39), None),
        }

    return HealthcheckResult
