# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageSummary`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ImageManifestSummary: Any,
    OCIDescriptor: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageSummary(DockerModel):
        """One image in the list images() returns.

        Fields not in every API version: `SharedSize`: API >= 1.25.; `Manifests`: API >= 1.47.; `Descriptor`: API >= 1.48.; `VirtualSize`: Not in API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageSummary"

        id: str | None = Field(
            default=None,
            alias="Id",
            description='The image ID, "sha256:" plus the digest of its configuration; not the same as a registry digest.',
        )

        parent_id: str | None = Field(
            default=None,
            alias="ParentId",
            description="ID of the image this one was built on, for images built or committed locally; empty for pulled images.",
        )

        repo_tags: list[str] | None = Field(
            default=None,
            alias="RepoTags",
            description='The "name:tag" references pointing at this image; empty for an untagged image.',
        )

        repo_digests: list[str] | None = Field(
            default=None,
            alias="RepoDigests",
            description='The "name@sha256:..." references of registry manifests that lead to this image.',
        )

        created: int | None = Field(
            default=None, alias="Created", description="When the image was created, in Unix seconds."
        )

        size: int | None = Field(
            default=None, alias="Size", description="Disk space of the image with all its layers, in bytes."
        )

        shared_size: int | None = Field(
            default=None,
            alias="SharedSize",
            description="Bytes of this image\u0027s layers that other images share; -1 unless images(shared_size=True) asked for it. API \u003e= 1.25.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="The image\u0027s labels, name to value."
        )

        containers: int | None = Field(
            default=None,
            alias="Containers",
            description="How many containers, running or stopped, use this image; -1 when the daemon did not count them.",
        )

        manifests: list[ImageManifestSummary] | None = Field(
            default=None,
            alias="Manifests",
            description="One entry per platform variant or attestation stored for the image; only with images(manifests=True). API \u003e= 1.47.",
        )

        descriptor: OCIDescriptor | None = Field(
            default=None,
            alias="Descriptor",
            description="OCI descriptor of the image\u0027s manifest or index; set by daemons with a multi-platform image store. API \u003e= 1.48.",
        )

        virtual_size: int | None = Field(
            default=None,
            alias="VirtualSize",
            description="Older duplicate of Size (bytes), dropped from newer API versions. Not in API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "SharedSize": ((1, 25), None),
            "Manifests": ((1, 47), None),
            "Descriptor": ((1, 48), None),
            "VirtualSize": (None, (1, 44)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Manifests": "ImageManifestSummary",
            "Descriptor": "OCIDescriptor",
        }

    return ImageSummary
