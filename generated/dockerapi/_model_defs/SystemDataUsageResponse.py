# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SystemDataUsageResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    BuildCache: Any,
    BuildCacheDiskUsage: Any,
    ContainerSummary: Any,
    ContainersDiskUsage: Any,
    ImageSummary: Any,
    ImagesDiskUsage: Any,
    Volume: Any,
    VolumesDiskUsage: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SystemDataUsageResponse(DockerModel):
        """Disk usage of images, containers, volumes and build cache, from df().

        Fields not in every API version: `ImageUsage`: API >= 1.52.; `ContainerUsage`: API >= 1.52.; `VolumeUsage`: API >= 1.52.; `BuildCacheUsage`: API >= 1.52.; `BuildCache`: API >= 1.39. Not in API >= 1.52.; `Containers`: Not in API >= 1.52.; `Images`: Not in API >= 1.52.; `LayersSize`: API >= 1.25. Not in API >= 1.52.; `Volumes`: Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "SystemDataUsageResponse"

        image_usage: ImagesDiskUsage | None = Field(
            default=None, alias="ImageUsage", description="Counts and sizes for images. API \u003e= 1.52."
        )

        container_usage: ContainersDiskUsage | None = Field(
            default=None,
            alias="ContainerUsage",
            description="Counts and sizes for containers. API \u003e= 1.52.",
        )

        volume_usage: VolumesDiskUsage | None = Field(
            default=None, alias="VolumeUsage", description="Counts and sizes for volumes. API \u003e= 1.52."
        )

        build_cache_usage: BuildCacheDiskUsage | None = Field(
            default=None,
            alias="BuildCacheUsage",
            description="Counts and sizes for the build cache. API \u003e= 1.52.",
        )

        build_cache: list[BuildCache] | None = Field(
            default=None,
            alias="BuildCache",
            description="Every build cache record; replaced by BuildCacheUsage in newer API versions. API \u003e= 1.39. Not in API \u003e= 1.52.",
        )

        containers: list[ContainerSummary] | None = Field(
            default=None,
            alias="Containers",
            description="Every container with its size; replaced by ContainerUsage in newer API versions. Not in API \u003e= 1.52.",
        )

        images: list[ImageSummary] | None = Field(
            default=None,
            alias="Images",
            description="Every image with its size; replaced by ImageUsage in newer API versions. Not in API \u003e= 1.52.",
        )

        layers_size: int | None = Field(
            default=None,
            alias="LayersSize",
            description="Bytes taken by all image layers; dropped from newer API versions. API \u003e= 1.25. Not in API \u003e= 1.52.",
        )

        volumes: list[Volume] | None = Field(
            default=None,
            alias="Volumes",
            description="Every volume with its usage; replaced by VolumeUsage in newer API versions. Not in API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ImageUsage": ((1, 52), None),
            "ContainerUsage": ((1, 52), None),
            "VolumeUsage": ((1, 52), None),
            "BuildCacheUsage": ((1, 52), None),
            "BuildCache": ((1, 39), (1, 52)),
            "Containers": (None, (1, 52)),
            "Images": (None, (1, 52)),
            "LayersSize": ((1, 25), (1, 52)),
            "Volumes": (None, (1, 52)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "ImageUsage": "ImagesDiskUsage",
            "ContainerUsage": "ContainersDiskUsage",
            "VolumeUsage": "VolumesDiskUsage",
            "BuildCacheUsage": "BuildCacheDiskUsage",
            "BuildCache": "BuildCache",
            "Containers": "ContainerSummary",
            "Images": "ImageSummary",
            "Volumes": "Volume",
        }

    return SystemDataUsageResponse
