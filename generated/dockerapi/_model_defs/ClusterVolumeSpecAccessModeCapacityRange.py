# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClusterVolumeSpecAccessModeCapacityRange`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ClusterVolumeSpecAccessModeCapacityRange(DockerModel):
        """The size bounds for a new cluster volume; the plugin picks when both are 0.

        Fields not in every API version: `RequiredBytes`: API >= 1.42.; `LimitBytes`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClusterVolumeSpecAccessModeCapacityRange"

        required_bytes: int | None = Field(
            default=None,
            alias="RequiredBytes",
            description="The smallest acceptable size, in bytes; 0 means no minimum. API \u003e= 1.42.",
        )

        limit_bytes: int | None = Field(
            default=None,
            alias="LimitBytes",
            description="The largest acceptable size, in bytes; 0 means no maximum. API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "RequiredBytes": ((1, 42), None),
            "LimitBytes": ((1, 42), None),
        }

    return ClusterVolumeSpecAccessModeCapacityRange
