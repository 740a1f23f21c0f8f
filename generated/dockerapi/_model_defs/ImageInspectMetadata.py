# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageInspectMetadata`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageInspectMetadata(DockerModel):
        """Facts this daemon keeps about an image, outside the image's own content.

        Fields not in every API version: `LastTagTime`: API >= 1.31."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageInspectMetadata"

        last_tag_time: str | None = Field(
            default=None,
            alias="LastTagTime",
            description="When a tag was last added to the image on this daemon, as an RFC 3339 string; empty if never. API \u003e= 1.31.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "LastTagTime": ((1, 31), None),
        }

    return ImageInspectMetadata
