# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecNetworkAttachmentSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecNetworkAttachmentSpec(DockerModel):
        """Set by the swarm for a task that stands for a plain container attached to a swarm network.

        Fields not in every API version: `ContainerID`: API >= 1.38."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecNetworkAttachmentSpec"

        container_id: str | None = Field(
            default=None,
            alias="ContainerID",
            description="The ID of the container the task stands for. API \u003e= 1.38.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ContainerID": ((1, 38), None),
        }

    return TaskSpecNetworkAttachmentSpec
