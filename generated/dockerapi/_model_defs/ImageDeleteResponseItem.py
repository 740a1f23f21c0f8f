# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageDeleteResponseItem`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageDeleteResponseItem(DockerModel):
        """One change made by remove_image or prune_images; exactly one of the two fields is set."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageDeleteResponseItem"

        untagged: str | None = Field(
            default=None,
            alias="Untagged",
            description='A reference that was removed from the image, e.g. "busybox:1.36".',
        )

        deleted: str | None = Field(
            default=None, alias="Deleted", description="ID of an image or layer that was deleted."
        )

    return ImageDeleteResponseItem
