# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.VolumeListResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Volume: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class VolumeListResponse(DockerModel):
        """What volumes returns."""

        __module__ = "dockerapi.models"
        __qualname__ = "VolumeListResponse"

        volumes: list[Volume] | None = Field(
            default=None, alias="Volumes", description="The volumes found; may be None when there are none."
        )

        warnings: list[str] | None = Field(
            default=None,
            alias="Warnings",
            description="Notes from volume drivers that could not be listed, or None.",
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "Volumes": "Volume",
        }

    return VolumeListResponse
