# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.MountImageOptions`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class MountImageOptions(DockerModel):
        """Settings of an image mount.

        Fields not in every API version: `Subpath`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "MountImageOptions"

        subpath: str | None = Field(
            default=None,
            alias="Subpath",
            description="A relative path inside the image to mount instead of its root. API \u003e= 1.48.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Subpath": ((1, 48), None),
        }

    return MountImageOptions
