# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Mount`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    MountBindOptions: Any,
    MountImageOptions: Any,
    MountTmpfsOptions: Any,
    MountType: Any,
    MountVolumeOptions: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Mount(DockerModel):
        """One mount of a container in structured form.

        Fields not in every API version: `Consistency`: API >= 1.28.; `ImageOptions`: API >= 1.48.; `TmpfsOptions`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "Mount"

        target: str | None = Field(default=None, alias="Target", description="Path inside the container.")

        source: str | None = Field(
            default=None,
            alias="Source",
            description="What is mounted, a host path for a bind mount or a volume name; empty for tmpfs and for an anonymous volume.",
        )

        type: MountType | None = Field(
            default=None,
            alias="Type",
            description='The kind of mount, "bind", "volume", "tmpfs", "image", "npipe" or "cluster".',
        )

        read_only: bool | None = Field(
            default=None, alias="ReadOnly", description="Whether the mount is read-only."
        )

        consistency: str | None = Field(
            default=None,
            alias="Consistency",
            description='Consistency hint for Docker Desktop, "default", "consistent", "cached" or "delegated". API \u003e= 1.28.',
        )

        bind_options: MountBindOptions | None = Field(
            default=None, alias="BindOptions", description="Settings for a bind mount."
        )

        volume_options: MountVolumeOptions | None = Field(
            default=None, alias="VolumeOptions", description="Settings for a volume mount."
        )

        image_options: MountImageOptions | None = Field(
            default=None, alias="ImageOptions", description="Settings for an image mount. API \u003e= 1.48."
        )

        tmpfs_options: MountTmpfsOptions | None = Field(
            default=None, alias="TmpfsOptions", description="Settings for a tmpfs mount. API \u003e= 1.25."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Consistency": ((1, 28), None),
            "ImageOptions": ((1, 48), None),
            "TmpfsOptions": ((1, 25), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "BindOptions": "MountBindOptions",
            "VolumeOptions": "MountVolumeOptions",
            "ImageOptions": "MountImageOptions",
            "TmpfsOptions": "MountTmpfsOptions",
        }

    return Mount
