# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceSpecModeReplicatedJob`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceSpecModeReplicatedJob(DockerModel):
        """Settings of a replicated job.

        Fields not in every API version: `MaxConcurrent`: API >= 1.41.; `TotalCompletions`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceSpecModeReplicatedJob"

        max_concurrent: int | None = Field(
            default=None,
            alias="MaxConcurrent",
            description="How many tasks may run at the same time. API \u003e= 1.41.",
        )

        total_completions: int | None = Field(
            default=None,
            alias="TotalCompletions",
            description="How many tasks must finish successfully for the job to be done. API \u003e= 1.41.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "MaxConcurrent": ((1, 41), None),
            "TotalCompletions": ((1, 41), None),
        }

    return ServiceSpecModeReplicatedJob
