# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageManifestSummaryAttestationData`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageManifestSummaryAttestationData(DockerModel):
        """What an attestation manifest is about.

        Fields not in every API version: `For`: API >= 1.47."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageManifestSummaryAttestationData"

        for_: str | None = Field(
            default=None,
            alias="For",
            description="Digest of the image manifest this attestation describes. API \u003e= 1.47.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "For": ((1, 47), None),
        }

    return ImageManifestSummaryAttestationData
