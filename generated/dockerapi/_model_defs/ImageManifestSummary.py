# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageManifestSummary`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    ImageManifestSummaryAttestationData: Any,
    ImageManifestSummaryImageData: Any,
    ImageManifestSummarySize: Any,
    OCIDescriptor: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageManifestSummary(DockerModel):
        """One manifest stored for an image; a multi-platform image has one per platform plus attestations.

        Fields not in every API version: `ID`: API >= 1.47.; `Descriptor`: API >= 1.47.; `Available`: API >= 1.47.; `Size`: API >= 1.47.; `Kind`: API >= 1.47.; `ImageData`: API >= 1.47.; `AttestationData`: API >= 1.47."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageManifestSummary"

        id: str | None = Field(
            default=None,
            alias="ID",
            description="The manifest\u0027s digest, which is also the content-addressed ID of that variant. API \u003e= 1.47.",
        )

        descriptor: OCIDescriptor | None = Field(
            default=None,
            alias="Descriptor",
            description="OCI descriptor of the manifest (media type, digest, size, platform). API \u003e= 1.47.",
        )

        available: bool | None = Field(
            default=None,
            alias="Available",
            description="Whether everything the manifest refers to (config and layers) is present locally. API \u003e= 1.47.",
        )

        size: ImageManifestSummarySize | None = Field(
            default=None,
            alias="Size",
            description="Bytes this manifest takes, in total and for its content. API \u003e= 1.47.",
        )

        kind: Literal["image", "attestation", "unknown"] | str | None = Field(
            default=None,
            alias="Kind",
            description='What the manifest is, "image" (runnable), "attestation" (build provenance, SBOM) or "unknown". API \u003e= 1.47.',
        )

        image_data: ImageManifestSummaryImageData | None = Field(
            default=None,
            alias="ImageData",
            description='Details of a runnable variant; set only when Kind is "image". API \u003e= 1.47.',
        )

        attestation_data: ImageManifestSummaryAttestationData | None = Field(
            default=None,
            alias="AttestationData",
            description='Details of an attestation; set only when Kind is "attestation". API \u003e= 1.47.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ID": ((1, 47), None),
            "Descriptor": ((1, 47), None),
            "Available": ((1, 47), None),
            "Size": ((1, 47), None),
            "Kind": ((1, 47), None),
            "ImageData": ((1, 47), None),
            "AttestationData": ((1, 47), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Descriptor": "OCIDescriptor",
            "Size": "ImageManifestSummarySize",
            "ImageData": "ImageManifestSummaryImageData",
            "AttestationData": "ImageManifestSummaryAttestationData",
        }

    return ImageManifestSummary
