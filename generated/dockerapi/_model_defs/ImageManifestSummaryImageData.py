# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageManifestSummaryImageData`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Identity: Any,
    ImageManifestSummaryImageDataSize: Any,
    OCIPlatform: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageManifestSummaryImageData(DockerModel):
        """Details of one runnable platform variant of an image.

        Fields not in every API version: `Platform`: API >= 1.47.; `Identity`: API >= 1.54.; `Containers`: API >= 1.47.; `Size`: API >= 1.47."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageManifestSummaryImageData"

        platform: OCIPlatform | None = Field(
            default=None,
            alias="Platform",
            description="The OS, architecture and variant this manifest is for. API \u003e= 1.47.",
        )

        identity: Identity | None = Field(
            default=None,
            alias="Identity",
            description="Where this variant verifiably comes from; in images() lists only with identity=True. API \u003e= 1.54.",
        )

        containers: list[str] | None = Field(
            default=None,
            alias="Containers",
            description="IDs of the containers created from this variant. API \u003e= 1.47.",
        )

        size: ImageManifestSummaryImageDataSize | None = Field(
            default=None,
            alias="Size",
            description="Bytes this variant takes once unpacked. API \u003e= 1.47.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Platform": ((1, 47), None),
            "Identity": ((1, 54), None),
            "Containers": ((1, 47), None),
            "Size": ((1, 47), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Platform": "OCIPlatform",
            "Identity": "Identity",
            "Size": "ImageManifestSummaryImageDataSize",
        }

    return ImageManifestSummaryImageData
