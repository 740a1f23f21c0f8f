# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageID`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageID(DockerModel):
        """An image ID or digest, as reported at the end of a build.

        Fields not in every API version: `ID`: API >= 1.36."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageID"

        id: str | None = Field(
            default=None,
            alias="ID",
            description='The image ID or digest, e.g. "sha256:...". API \u003e= 1.36.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ID": ((1, 36), None),
        }

    return ImageID
