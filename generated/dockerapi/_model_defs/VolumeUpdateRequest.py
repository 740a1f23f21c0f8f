# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.VolumeUpdateRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ClusterVolumeSpec: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class VolumeUpdateRequest(DockerModel):
        """The body of update_volume, for cluster volumes.

        Fields not in every API version: `Spec`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "VolumeUpdateRequest"

        spec: ClusterVolumeSpec | None = Field(
            default=None,
            alias="Spec",
            description="The cluster volume\u0027s new settings. API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Spec": ((1, 42), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Spec": "ClusterVolumeSpec",
        }

    return VolumeUpdateRequest
