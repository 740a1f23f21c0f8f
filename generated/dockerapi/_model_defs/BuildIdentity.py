# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.BuildIdentity`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class BuildIdentity(DockerModel):
        """A build that produced an image.

        Fields not in every API version: `Ref`: API >= 1.53.; `CreatedAt`: API >= 1.53."""

        __module__ = "dockerapi.models"
        __qualname__ = "BuildIdentity"

        ref: str | None = Field(
            default=None,
            alias="Ref",
            description="The build\u0027s reference, usable to look it up in BuildKit\u0027s build history. API \u003e= 1.53.",
        )

        created_at: str | None = Field(
            default=None,
            alias="CreatedAt",
            description="When the build ran, as an RFC 3339 string. API \u003e= 1.53.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Ref": ((1, 53), None),
            "CreatedAt": ((1, 53), None),
        }

    return BuildIdentity
