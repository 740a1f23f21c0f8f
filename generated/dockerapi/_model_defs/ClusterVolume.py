# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClusterVolume`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ClusterVolumeInfo: Any,
    ClusterVolumePublishStatus: Any,
    ClusterVolumeSpec: Any,
    ObjectVersion: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ClusterVolume(DockerModel):
        """The swarm side of a cluster (CSI) volume.

        Fields not in every API version: `ID`: API >= 1.42.; `Version`: API >= 1.42.; `CreatedAt`: API >= 1.42.; `UpdatedAt`: API >= 1.42.; `Spec`: API >= 1.42.; `Info`: API >= 1.42.; `PublishStatus`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClusterVolume"

        id: str | None = Field(
            default=None,
            alias="ID",
            description="The volume\u0027s swarm ID, which can stand for its name in volume calls. API \u003e= 1.42.",
        )

        version: ObjectVersion | None = Field(
            default=None,
            alias="Version",
            description="The volume\u0027s version, to pass to update_volume. API \u003e= 1.42.",
        )

        created_at: str | None = Field(
            default=None,
            alias="CreatedAt",
            description="When the swarm created the volume. API \u003e= 1.42.",
        )

        updated_at: str | None = Field(
            default=None, alias="UpdatedAt", description="When the volume was last changed. API \u003e= 1.42."
        )

        spec: ClusterVolumeSpec | None = Field(
            default=None,
            alias="Spec",
            description="The settings the volume was created or last updated with. API \u003e= 1.42.",
        )

        info: ClusterVolumeInfo | None = Field(
            default=None,
            alias="Info",
            description="What the storage plugin reports about the volume as a whole. API \u003e= 1.42.",
        )

        publish_status: list[ClusterVolumePublishStatus] | None = Field(
            default=None,
            alias="PublishStatus",
            description="On which nodes the volume is published, and how far each publication has got. API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ID": ((1, 42), None),
            "Version": ((1, 42), None),
            "CreatedAt": ((1, 42), None),
            "UpdatedAt": ((1, 42), None),
            "Spec": ((1, 42), None),
            "Info": ((1, 42), None),
            "PublishStatus": ((1, 42), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Version": "ObjectVersion",
            "Spec": "ClusterVolumeSpec",
            "Info": "ClusterVolumeInfo",
            "PublishStatus": "ClusterVolumePublishStatus",
        }

    return ClusterVolume
