# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceSpecRollbackConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceSpecRollbackConfig(DockerModel):
        """How a rollback of a service is rolled out.

        Fields not in every API version: `Parallelism`: API >= 1.28.; `Delay`: API >= 1.28.; `FailureAction`: API >= 1.28.; `Monitor`: API >= 1.28.; `MaxFailureRatio`: API >= 1.28.; `Order`: API >= 1.29."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceSpecRollbackConfig"

        parallelism: int | None = Field(
            default=None,
            alias="Parallelism",
            description="How many tasks are rolled back at once; 0 rolls back all of them together. API \u003e= 1.28.",
        )

        delay: int | None = Field(
            default=None,
            alias="Delay",
            description="The wait between two batches of the rollback, in nanoseconds. API \u003e= 1.28.",
        )

        failure_action: Literal["continue", "pause"] | str | None = Field(
            default=None,
            alias="FailureAction",
            description='What to do when a rolled-back task fails, "continue" or "pause". API \u003e= 1.28.',
        )

        monitor: int | None = Field(
            default=None,
            alias="Monitor",
            description="How long to watch each rolled-back task for failure, in nanoseconds. API \u003e= 1.28.",
        )

        max_failure_ratio: float | None = Field(
            default=None,
            alias="MaxFailureRatio",
            description="The share of tasks (0 to 1) that may fail during the rollback before FailureAction applies. API \u003e= 1.28.",
        )

        order: Literal["stop-first", "start-first"] | str | None = Field(
            default=None,
            alias="Order",
            description='Whether an old task is stopped before its replacement starts ("stop-first") or after ("start-first"). API \u003e= 1.29.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Parallelism": ((1, 28), None),
            "Delay": ((1, 28), None),
            "FailureAction": ((1, 28), None),
            "Monitor": ((1, 28), None),
            "MaxFailureRatio": ((1, 28), None),
            "Order": ((1, 29), None),
        }

    return ServiceSpecRollbackConfig
