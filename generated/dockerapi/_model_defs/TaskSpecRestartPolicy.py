# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecRestartPolicy`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecRestartPolicy(DockerModel):
        """When and how often the swarm restarts a task's container."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecRestartPolicy"

        condition: Literal["none", "on-failure", "any"] | str | None = Field(
            default=None,
            alias="Condition",
            description='Restart after "any" exit, only "on-failure", or "none" at all.',
        )

        delay: int | None = Field(
            default=None, alias="Delay", description="The wait between two restart attempts, in nanoseconds."
        )

        max_attempts: int | None = Field(
            default=None,
            alias="MaxAttempts",
            description="How many restarts to try before giving up; 0 means no limit.",
        )

        window: int | None = Field(
            default=None,
            alias="Window",
            description="The time window in which restarts count towards MaxAttempts, in nanoseconds; 0 means unbounded.",
        )

    return TaskSpecRestartPolicy
