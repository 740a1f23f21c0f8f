# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.VolumeUsageData`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class VolumeUsageData(DockerModel):
        """Disk usage of one volume, as the disk-usage report (df) gives it.

        Fields not in every API version: `RefCount`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "VolumeUsageData"

        size: int | None = Field(
            default=None,
            alias="Size",
            description="Bytes the volume uses on disk, or -1 when the driver cannot tell.",
        )

        ref_count: int | None = Field(
            default=None,
            alias="RefCount",
            description="How many containers use the volume, or -1 when unknown. API \u003e= 1.25.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "RefCount": ((1, 25), None),
        }

    return VolumeUsageData
