# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecResources`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Limit: Any,
    ResourceObject: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecResources(DockerModel):
        """The resources each task of a service may use and reserves.

        Fields not in every API version: `SwapBytes`: API >= 1.52.; `MemorySwappiness`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecResources"

        limits: Limit | None = Field(default=None, alias="Limits", description="The most each task may use.")

        reservations: ResourceObject | None = Field(
            default=None,
            alias="Reservations",
            description="What must be free on a node for a task to be placed there.",
        )

        swap_bytes: int | None = Field(
            default=None,
            alias="SwapBytes",
            description="Swap the container may use, in bytes, only with a memory limit; -1 means unlimited, unset means twice the memory limit. API \u003e= 1.52.",
        )

        memory_swappiness: int | None = Field(
            default=None,
            alias="MemorySwappiness",
            description="How readily the kernel swaps the container\u0027s memory, 0 to 100; -1 unsets a previous value. API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "SwapBytes": ((1, 52), None),
            "MemorySwappiness": ((1, 52), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Limits": "Limit",
            "Reservations": "ResourceObject",
        }

    return TaskSpecResources
