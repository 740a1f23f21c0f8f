# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.VolumeCreateRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ClusterVolumeSpec: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class VolumeCreateRequest(DockerModel):
        """The body of create_volume.

        Fields not in every API version: `ClusterVolumeSpec`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "VolumeCreateRequest"

        name: str | None = Field(
            default=None,
            alias="Name",
            description="The volume\u0027s name; the daemon generates one when it is empty.",
        )

        driver: str | None = Field(default=None, alias="Driver", description='Volume driver, e.g. "local".')

        driver_opts: dict[str, str | None] | None = Field(
            default=None,
            alias="DriverOpts",
            description='Driver-specific options, e.g. for "local" {"type": "tmpfs", "device": "tmpfs"}.',
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="Metadata labels."
        )

        cluster_volume_spec: ClusterVolumeSpec | None = Field(
            default=None,
            alias="ClusterVolumeSpec",
            description="Settings of a cluster (swarm CSI) volume. API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ClusterVolumeSpec": ((1, 42), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "ClusterVolumeSpec": "ClusterVolumeSpec",
        }

    return VolumeCreateRequest
