# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageManifestSummarySize`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageManifestSummarySize(DockerModel):
        """Disk usage of one manifest.

        Fields not in every API version: `Total`: API >= 1.47.; `Content`: API >= 1.47."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageManifestSummarySize"

        total: int | None = Field(
            default=None,
            alias="Total",
            description="All bytes the manifest accounts for, content and unpacked layers together. API \u003e= 1.47.",
        )

        content: int | None = Field(
            default=None,
            alias="Content",
            description="Bytes of the manifest\u0027s content (manifest, config and compressed layers) in the content store. API \u003e= 1.47.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Total": ((1, 47), None),
            "Content": ((1, 47), None),
        }

    return ImageManifestSummarySize
