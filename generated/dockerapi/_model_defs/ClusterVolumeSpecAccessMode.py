# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClusterVolumeSpecAccessMode`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    ClusterVolumeSpecAccessModeAccessibilityRequirements: Any,
    ClusterVolumeSpecAccessModeCapacityRange: Any,
    ClusterVolumeSpecAccessModeSecrets: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ClusterVolumeSpecAccessMode(DockerModel):
        """How tasks may use a cluster volume.

        Fields not in every API version: `Scope`: API >= 1.42.; `Sharing`: API >= 1.42.; `MountVolume`: API >= 1.42.; `Secrets`: API >= 1.42.; `AccessibilityRequirements`: API >= 1.42.; `CapacityRange`: API >= 1.42.; `Availability`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClusterVolumeSpecAccessMode"

        scope: Literal["single", "multi"] | str | None = Field(
            default=None,
            alias="Scope",
            description='On how many nodes at once the volume may be used, "single" or "multi". API \u003e= 1.42.',
        )

        sharing: Literal["none", "readonly", "onewriter", "all"] | str | None = Field(
            default=None,
            alias="Sharing",
            description='How tasks share the volume, "none", "readonly", "onewriter" or "all". API \u003e= 1.42.',
        )

        mount_volume: dict[str, Any] | None = Field(
            default=None,
            alias="MountVolume",
            description='Options for using the volume as a mounted filesystem, e.g. {"FsType": "ext4"}. API \u003e= 1.42.',
        )

        secrets: list[ClusterVolumeSpecAccessModeSecrets] | None = Field(
            default=None,
            alias="Secrets",
            description="Swarm secrets whose values are passed to the storage plugin for this volume. API \u003e= 1.42.",
        )

        accessibility_requirements: ClusterVolumeSpecAccessModeAccessibilityRequirements | None = Field(
            default=None,
            alias="AccessibilityRequirements",
            description="Where (in which topology segments) the volume must or should be reachable. API \u003e= 1.42.",
        )

        capacity_range: ClusterVolumeSpecAccessModeCapacityRange | None = Field(
            default=None,
            alias="CapacityRange",
            description="The smallest and largest size the volume may be created with. API \u003e= 1.42.",
        )

        availability: Literal["active", "pause", "drain"] | str | None = Field(
            default=None,
            alias="Availability",
            description='Whether tasks may use the volume, "active", "pause" (no new tasks) or "drain" (move tasks off). API \u003e= 1.42.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Scope": ((1, 42), None),
            "Sharing": ((1, 42), None),
            "MountVolume": ((1, 42), None),
            "Secrets": ((1, 42), None),
            "AccessibilityRequirements": ((1, 42), None),
            "CapacityRange": ((1, 42), None),
            "Availability": ((1, 42), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Secrets": "ClusterVolumeSpecAccessModeSecrets",
            "AccessibilityRequirements": "ClusterVolumeSpecAccessModeAccessibilityRequirements",
            "CapacityRange": "ClusterVolumeSpecAccessModeCapacityRange",
        }

    return ClusterVolumeSpecAccessMode
