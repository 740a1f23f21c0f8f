# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.BuildCacheDiskUsage`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class BuildCacheDiskUsage(DockerModel):
        """Disk usage of the build cache, in df().

        Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "BuildCacheDiskUsage"

        active_count: int | None = Field(
            default=None,
            alias="ActiveCount",
            description="Cache records in use by a build right now. API \u003e= 1.52.",
        )

        total_count: int | None = Field(
            default=None, alias="TotalCount", description="All cache records. API \u003e= 1.52."
        )

        reclaimable: int | None = Field(
            default=None,
            alias="Reclaimable",
            description="Bytes that removing unused records would free. API \u003e= 1.52.",
        )

        total_size: int | None = Field(
            default=None, alias="TotalSize", description="Bytes all records take. API \u003e= 1.52."
        )

        items_: list[Any] | None = Field(
            default=None,
            alias="Items",
            description="The records one by one; only with df(verbose=True). API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ActiveCount": ((1, 52), None),
            "TotalCount": ((1, 52), None),
            "Reclaimable": ((1, 52), None),
            "TotalSize": ((1, 52), None),
            "Items": ((1, 52), None),
        }

    return BuildCacheDiskUsage
