# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageInspectRootFS`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageInspectRootFS(DockerModel):
        """The filesystem layers of an image."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageInspectRootFS"

        type: str | None = Field(
            default=None, alias="Type", description='The kind of root filesystem, normally "layers".'
        )

        layers: list[str] | None = Field(
            default=None,
            alias="Layers",
            description='The digests ("sha256:...") of the layers\u0027 uncompressed content, base layer first.',
        )

    return ImageInspectRootFS
