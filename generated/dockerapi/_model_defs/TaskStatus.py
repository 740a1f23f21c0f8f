# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ContainerStatus: Any,
    PortStatus: Any,
    TaskState: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskStatus(DockerModel):
        """The observed state of a task.

        Fields not in every API version: `Err`: API >= 1.25.; `PortStatus`: API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskStatus"

        timestamp: str | None = Field(
            default=None, alias="Timestamp", description="When the task last changed state."
        )

        state: TaskState | None = Field(
            default=None,
            alias="State",
            description='The task\u0027s state, e.g. "new", "pending", "assigned", "preparing", "starting", "running", "complete", "shutdown", "failed", "rejected" or "orphaned".',
        )

        message: str | None = Field(
            default=None, alias="Message", description="A short description of the state."
        )

        err: str | None = Field(
            default=None,
            alias="Err",
            description="Why the task failed or was rejected, if it did. API \u003e= 1.25.",
        )

        container_status: ContainerStatus | None = Field(
            default=None,
            alias="ContainerStatus",
            description="The container behind the task, once there is one.",
        )

        port_status: PortStatus | None = Field(
            default=None,
            alias="PortStatus",
            description="Ports the task publishes directly on its node (host publish mode). API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Err": ((1, 25), None),
            "PortStatus": ((1, 44), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "ContainerStatus": "ContainerStatus",
            "PortStatus": "PortStatus",
        }

    return TaskStatus
