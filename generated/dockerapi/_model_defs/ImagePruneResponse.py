# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImagePruneResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ImageDeleteResponseItem: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImagePruneResponse(DockerModel):
        """What prune_images removed.

        Fields not in every API version: `ImagesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImagePruneResponse"

        images_deleted: list[ImageDeleteResponseItem] | None = Field(
            default=None,
            alias="ImagesDeleted",
            description="The references untagged and the images deleted. API \u003e= 1.25.",
        )

        space_reclaimed: int | None = Field(
            default=None, alias="SpaceReclaimed", description="Disk space freed, in bytes. API \u003e= 1.25."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ImagesDeleted": ((1, 25), None),
            "SpaceReclaimed": ((1, 25), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "ImagesDeleted": "ImageDeleteResponseItem",
        }

    return ImagePruneResponse
