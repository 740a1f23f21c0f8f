# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Volume`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    ClusterVolume: Any,
    VolumeUsageData: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Volume(DockerModel):
        """A volume as the daemon describes it.

        Fields not in every API version: `CreatedAt`: API >= 1.31.; `ClusterVolume`: API >= 1.42.; `UsageData`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "Volume"

        name: str | None = Field(
            default=None,
            alias="Name",
            description="The volume\u0027s name (a long random hex string for an anonymous volume).",
        )

        driver: str | None = Field(
            default=None, alias="Driver", description='The volume driver, "local" or a plugin\u0027s name.'
        )

        mountpoint: str | None = Field(
            default=None,
            alias="Mountpoint",
            description='Where the volume\u0027s data lives on the host, e.g. "/var/lib/docker/volumes/data/_data".',
        )

        created_at: str | None = Field(
            default=None, alias="CreatedAt", description="When the volume was created. API \u003e= 1.31."
        )

        status: dict[str, dict[str, Any] | None] | None = Field(
            default=None,
            alias="Status",
            description="Driver-specific details about the volume\u0027s state, when the driver reports any.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="User metadata, as label to value."
        )

        scope: Literal["local", "global"] | str | None = Field(
            default=None,
            alias="Scope",
            description='Whether the volume exists on this host only ("local") or across the cluster ("global").',
        )

        cluster_volume: ClusterVolume | None = Field(
            default=None,
            alias="ClusterVolume",
            description="Swarm details, present only for a cluster (CSI) volume. API \u003e= 1.42.",
        )

        options: dict[str, str | None] | None = Field(
            default=None, alias="Options", description="The driver options the volume was created with."
        )

        usage_data: VolumeUsageData | None = Field(
            default=None,
            alias="UsageData",
            description="Disk usage figures; only filled in by the disk-usage report (df), not by list or inspect. API \u003e= 1.25.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "CreatedAt": ((1, 31), None),
            "ClusterVolume": ((1, 42), None),
            "UsageData": ((1, 25), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "ClusterVolume": "ClusterVolume",
            "UsageData": "VolumeUsageData",
        }

    return Volume
