# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClusterVolumeInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Topology: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ClusterVolumeInfo(DockerModel):
        """What the CSI storage plugin reports about a cluster volume.

        Fields not in every API version: `CapacityBytes`: API >= 1.42.; `VolumeContext`: API >= 1.42.; `VolumeID`: API >= 1.42.; `AccessibleTopology`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClusterVolumeInfo"

        capacity_bytes: int | None = Field(
            default=None,
            alias="CapacityBytes",
            description="The volume\u0027s size in bytes; 0 when unknown. API \u003e= 1.42.",
        )

        volume_context: dict[str, str | None] | None = Field(
            default=None,
            alias="VolumeContext",
            description="Key-value data the plugin returned when it created the volume. API \u003e= 1.42.",
        )

        volume_id: str | None = Field(
            default=None,
            alias="VolumeID",
            description="The plugin\u0027s own ID for the volume (not Docker\u0027s); empty until the plugin has created it. API \u003e= 1.42.",
        )

        accessible_topology: list[Topology] | None = Field(
            default=None,
            alias="AccessibleTopology",
            description="The topology segments from which the volume can actually be reached. API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "CapacityBytes": ((1, 42), None),
            "VolumeContext": ((1, 42), None),
            "VolumeID": ((1, 42), None),
            "AccessibleTopology": ((1, 42), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "AccessibleTopology": "Topology",
        }

    return ClusterVolumeInfo
