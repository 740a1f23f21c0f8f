# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.MountVolumeOptions`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    MountVolumeOptionsDriverConfig: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class MountVolumeOptions(DockerModel):
        """Settings of a volume mount.

        Fields not in every API version: `Subpath`: API >= 1.45."""

        __module__ = "dockerapi.models"
        __qualname__ = "MountVolumeOptions"

        no_copy: bool | None = Field(
            default=None,
            alias="NoCopy",
            description="Whether to skip copying the image\u0027s files at the target into a new, empty volume.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="Labels given to the volume if the mount creates it."
        )

        driver_config: MountVolumeOptionsDriverConfig | None = Field(
            default=None,
            alias="DriverConfig",
            description="Volume driver and options used if the mount creates the volume.",
        )

        subpath: str | None = Field(
            default=None,
            alias="Subpath",
            description="A relative path inside the volume to mount instead of its root. API \u003e= 1.45.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Subpath": ((1, 45), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "DriverConfig": "MountVolumeOptionsDriverConfig",
        }

    return MountVolumeOptions
