# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageHistoryResponseItem`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageHistoryResponseItem(DockerModel):
        """One layer of an image's history, as history() lists them."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageHistoryResponseItem"

        id: str | None = Field(
            default=None,
            alias="Id",
            description='ID of the image at this step, or "\u003cmissing\u003e" for layers that came from a registry.',
        )

        created: int | None = Field(
            default=None, alias="Created", description="When this step ran, in Unix seconds."
        )

        created_by: str | None = Field(
            default=None,
            alias="CreatedBy",
            description='The instruction that made the layer, e.g. "/bin/sh -c #(nop) CMD [\\"sh\\"]".',
        )

        tags: list[str] | None = Field(
            default=None,
            alias="Tags",
            description='The "name:tag" references pointing at the image of this step.',
        )

        size: int | None = Field(default=None, alias="Size", description="Bytes this layer adds.")

        comment: str | None = Field(
            default=None, alias="Comment", description="The message recorded for this step, if any."
        )

    return ImageHistoryResponseItem
