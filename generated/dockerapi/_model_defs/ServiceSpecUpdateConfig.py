# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceSpecUpdateConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceSpecUpdateConfig(DockerModel):
        """How a change to a service is rolled out.

        Fields not in every API version: `Monitor`: API >= 1.25.; `MaxFailureRatio`: API >= 1.25.; `Order`: API >= 1.29."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceSpecUpdateConfig"

        parallelism: int | None = Field(
            default=None,
            alias="Parallelism",
            description="How many tasks are updated at once; 0 updates all of them together.",
        )

        delay: int | None = Field(
            default=None,
            alias="Delay",
            description="The wait between two batches of updates, in nanoseconds.",
        )

        failure_action: Literal["continue", "pause", "rollback"] | str | None = Field(
            default=None,
            alias="FailureAction",
            description='What to do when an updated task fails, "continue", "pause" or "rollback".',
        )

        monitor: int | None = Field(
            default=None,
            alias="Monitor",
            description="How long to watch each updated task for failure, in nanoseconds. API \u003e= 1.25.",
        )

        max_failure_ratio: float | None = Field(
            default=None,
            alias="MaxFailureRatio",
            description="The share of tasks (0 to 1) that may fail during the update before FailureAction applies. API \u003e= 1.25.",
        )

        order: Literal["stop-first", "start-first"] | str | None = Field(
            default=None,
            alias="Order",
            description='Whether an old task is stopped before its replacement starts ("stop-first") or after ("start-first"). API \u003e= 1.29.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Monitor": ((1, 25), None),
            "MaxFailureRatio": ((1, 25), None),
            "Order": ((1, 29), None),
        }

    return ServiceSpecUpdateConfig
