# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceServiceStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceServiceStatus(DockerModel):
        """Task counts of a service, given when services is called with status=True.

        Fields not in every API version: `RunningTasks`: API >= 1.41.; `DesiredTasks`: API >= 1.41.; `CompletedTasks`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceServiceStatus"

        running_tasks: int | None = Field(
            default=None,
            alias="RunningTasks",
            description="How many tasks are running now. API \u003e= 1.41.",
        )

        desired_tasks: int | None = Field(
            default=None,
            alias="DesiredTasks",
            description="How many tasks should be running; for a global service, one per eligible node. API \u003e= 1.41.",
        )

        completed_tasks: int | None = Field(
            default=None,
            alias="CompletedTasks",
            description="For a job, how many tasks have finished successfully. API \u003e= 1.41.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "RunningTasks": ((1, 41), None),
            "DesiredTasks": ((1, 41), None),
            "CompletedTasks": ((1, 41), None),
        }

    return ServiceServiceStatus
