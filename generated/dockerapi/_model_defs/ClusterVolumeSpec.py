# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClusterVolumeSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ClusterVolumeSpecAccessMode: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ClusterVolumeSpec(DockerModel):
        """The settings of a cluster (CSI) volume, given to create_volume and update_volume.

        Fields not in every API version: `Group`: API >= 1.42.; `AccessMode`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClusterVolumeSpec"

        group: str | None = Field(
            default=None,
            alias="Group",
            description="A group name; services that ask for the group may use any volume in it interchangeably. API \u003e= 1.42.",
        )

        access_mode: ClusterVolumeSpecAccessMode | None = Field(
            default=None,
            alias="AccessMode",
            description="How tasks may use the volume (scope, sharing, availability, capacity, topology). API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Group": ((1, 42), None),
            "AccessMode": ((1, 42), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "AccessMode": "ClusterVolumeSpecAccessMode",
        }

    return ClusterVolumeSpec
