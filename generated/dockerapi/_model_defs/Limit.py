# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Limit`, made on first use by `_model_classes.load()`.

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

    class Limit(DockerModel):
        """The most a task's container may use.

        Fields not in every API version: `Pids`: API >= 1.41.; `GenericResources`: API >= 1.32. Not in API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "Limit"

        nano_cpus: int | None = Field(
            default=None,
            alias="NanoCPUs",
            description="The CPU cap, in billionths of a CPU (1_500_000_000 is one and a half CPUs).",
        )

        memory_bytes: int | None = Field(
            default=None, alias="MemoryBytes", description="The memory cap, in bytes."
        )

        pids: int | None = Field(
            default=None,
            alias="Pids",
            description="The most processes the container may run; 0 means no limit. API \u003e= 1.41.",
        )

        generic_resources: GenericResources | None = Field(
            default=None,
            alias="GenericResources",
            description="User-defined resources (named or counted), listed here by API descriptions before 1.41. API \u003e= 1.32. Not in API \u003e= 1.41.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Pids": ((1, 41), None),
            "GenericResources": ((1, 32), (1, 41)),
        }

    return Limit
