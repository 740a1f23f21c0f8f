# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerStorageStats`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerStorageStats(DockerModel):
        """Disk IO counters of a container (Windows only).

        Fields not in every API version: `read_count_normalized`: API >= 1.48.; `read_size_bytes`: API >= 1.48.; `write_count_normalized`: API >= 1.48.; `write_size_bytes`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerStorageStats"

        read_count_normalized: int | None = Field(
            default=None,
            alias="read_count_normalized",
            description="Read operations, normalized to the size Windows reports them in. API \u003e= 1.48.",
        )

        read_size_bytes: int | None = Field(
            default=None, alias="read_size_bytes", description="Bytes read. API \u003e= 1.48."
        )

        write_count_normalized: int | None = Field(
            default=None,
            alias="write_count_normalized",
            description="Write operations, normalized to the size Windows reports them in. API \u003e= 1.48.",
        )

        write_size_bytes: int | None = Field(
            default=None, alias="write_size_bytes", description="Bytes written. API \u003e= 1.48."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "read_count_normalized": ((1, 48), None),
            "read_size_bytes": ((1, 48), None),
            "write_count_normalized": ((1, 48), None),
            "write_size_bytes": ((1, 48), None),
        }

    return ContainerStorageStats
