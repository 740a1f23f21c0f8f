# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Task`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    GenericResources: Any,
    NetworkAttachment: Any,
    ObjectVersion: Any,
    TaskSpec: Any,
    TaskState: Any,
    TaskStatus: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Task(DockerModel):
        """One unit of work the swarm schedules for a service, usually one container on one node.

        Fields not in every API version: `AssignedGenericResources`: API >= 1.32.; `JobIteration`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "Task"

        id: str | None = Field(default=None, alias="ID", description="The task\u0027s ID.")

        version: ObjectVersion | None = Field(
            default=None, alias="Version", description="The task\u0027s version."
        )

        created_at: str | None = Field(
            default=None, alias="CreatedAt", description="When the task was created."
        )

        updated_at: str | None = Field(
            default=None, alias="UpdatedAt", description="When the task\u0027s record last changed."
        )

        name: str | None = Field(
            default=None,
            alias="Name",
            description="The task\u0027s name; the swarm usually leaves it out (the CLI shows the service name and slot instead).",
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="User metadata, as label to value."
        )

        spec: TaskSpec | None = Field(
            default=None,
            alias="Spec",
            description="What the task runs, copied from the service\u0027s task template.",
        )

        service_id: str | None = Field(
            default=None, alias="ServiceID", description="The ID of the service the task belongs to."
        )

        slot: int | None = Field(
            default=None,
            alias="Slot",
            description="The replica number of the task in a replicated service (a replacement keeps the slot).",
        )

        node_id: str | None = Field(
            default=None, alias="NodeID", description="The ID of the node the task was assigned to."
        )

        assigned_generic_resources: GenericResources | None = Field(
            default=None,
            alias="AssignedGenericResources",
            description="The user-defined resources (e.g. GPUs) given to this task. API \u003e= 1.32.",
        )

        status: TaskStatus | None = Field(
            default=None, alias="Status", description="The task\u0027s observed state and container details."
        )

        desired_state: TaskState | None = Field(
            default=None,
            alias="DesiredState",
            description='The state the swarm wants the task in, e.g. "running" or "shutdown".',
        )

        job_iteration: ObjectVersion | None = Field(
            default=None,
            alias="JobIteration",
            description="For a job-mode service, which run of the job this task belongs to. API \u003e= 1.41.",
        )

        networks_attachments: list[NetworkAttachment] | None = Field(
            default=None,
            alias="NetworksAttachments",
            description="The networks the task is attached to, with its addresses on each.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "AssignedGenericResources": ((1, 32), None),
            "JobIteration": ((1, 41), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Version": "ObjectVersion",
            "Spec": "TaskSpec",
            "Status": "TaskStatus",
            "JobIteration": "ObjectVersion",
            "NetworksAttachments": "NetworkAttachment",
        }

    return Task
