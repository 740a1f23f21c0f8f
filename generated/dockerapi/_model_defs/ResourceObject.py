# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ResourceObject`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    GenericResources: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ResourceObject(DockerModel):
        """Amounts of CPU, memory and generic resources, offered by a node or reserved for a task.

        Fields not in every API version: `GenericResources`: API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "ResourceObject"

        nano_cpus: int | None = Field(
            default=None,
            alias="NanoCPUs",
            description="CPU, in billionths of a CPU (1_000_000_000 is one CPU).",
        )

        memory_bytes: int | None = Field(default=None, alias="MemoryBytes", description="Memory, in bytes.")

        generic_resources: GenericResources | None = Field(
            default=None,
            alias="GenericResources",
            description="User-defined resources such as GPUs, named or counted. API \u003e= 1.32.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "GenericResources": ((1, 32), None),
        }

    return ResourceObject
