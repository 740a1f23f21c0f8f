# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceJobStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ObjectVersion: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceJobStatus(DockerModel):
        """The run state of a job-mode service.

        Fields not in every API version: `JobIteration`: API >= 1.41.; `LastExecution`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceJobStatus"

        job_iteration: ObjectVersion | None = Field(
            default=None,
            alias="JobIteration",
            description="Which run of the job this is; it goes up each time the job is started again by an update. API \u003e= 1.41.",
        )

        last_execution: str | None = Field(
            default=None,
            alias="LastExecution",
            description="When the latest run of the job started. API \u003e= 1.41.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "JobIteration": ((1, 41), None),
            "LastExecution": ((1, 41), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "JobIteration": "ObjectVersion",
        }

    return ServiceJobStatus
