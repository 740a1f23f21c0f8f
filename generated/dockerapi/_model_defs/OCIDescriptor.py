# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.OCIDescriptor`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    OCIPlatform: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class OCIDescriptor(DockerModel):
        """An OCI content descriptor naming one blob (a manifest, config or layer) by digest.

        Fields not in every API version: `mediaType`: API >= 1.40.; `digest`: API >= 1.40.; `size`: API >= 1.40.; `urls`: API >= 1.48.; `annotations`: API >= 1.48.; `data`: API >= 1.48.; `platform`: API >= 1.48.; `artifactType`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "OCIDescriptor"

        media_type: str | None = Field(
            default=None,
            alias="mediaType",
            description='The blob\u0027s media type, e.g. "application/vnd.oci.image.manifest.v1+json". API \u003e= 1.40.',
        )

        digest: str | None = Field(
            default=None,
            alias="digest",
            description='The blob\u0027s digest, e.g. "sha256:..."; it identifies the content. API \u003e= 1.40.',
        )

        size: int | None = Field(
            default=None, alias="size", description="The blob\u0027s size in bytes. API \u003e= 1.40."
        )

        urls: list[str] | None = Field(
            default=None,
            alias="urls",
            description="Other places the blob can be downloaded from. API \u003e= 1.48.",
        )

        annotations: dict[str, str | None] | None = Field(
            default=None,
            alias="annotations",
            description="Free key/value metadata about the blob. API \u003e= 1.48.",
        )

        data: str | None = Field(
            default=None,
            alias="data",
            description="The blob itself, base64-encoded, when it is small enough to embed. API \u003e= 1.48.",
        )

        platform: OCIPlatform | None = Field(
            default=None,
            alias="platform",
            description="The platform the blob is for, when it is a platform-specific manifest. API \u003e= 1.48.",
        )

        artifact_type: str | None = Field(
            default=None,
            alias="artifactType",
            description="The IANA media type of the artifact, for manifests that are not images. API \u003e= 1.48.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "mediaType": ((1, 40), None),
            "digest": ((1, 40), None),
            "size": ((1, 40), None),
            "urls": ((1, 48), None),
            "annotations": ((1, 48), None),
            "data": ((1, 48), None),
            "platform": ((1, 48), None),
            "artifactType": ((1, 48), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "platform": "OCIPlatform",
        }

    return OCIDescriptor
