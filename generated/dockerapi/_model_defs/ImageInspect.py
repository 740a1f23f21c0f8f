# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageInspect`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ContainerConfig: Any,
    DriverData: Any,
    Identity: Any,
    ImageConfig: Any,
    ImageInspectMetadata: Any,
    ImageInspectRootFS: Any,
    ImageManifestSummary: Any,
    OCIDescriptor: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageInspect(DockerModel):
        """Everything the daemon knows about one image, as inspect_image returns it.

        Fields not in every API version: `Descriptor`: API >= 1.48.; `Manifests`: API >= 1.48.; `Identity`: API >= 1.53.; `Variant`: API >= 1.39.; `OsVersion`: API >= 1.25.; `Metadata`: API >= 1.31.; `Container`: Not in API >= 1.45.; `ContainerConfig`: Not in API >= 1.45.; `DockerVersion`: Not in API >= 1.52.; `Parent`: Not in API >= 1.52.; `VirtualSize`: Not in API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageInspect"

        id: str | None = Field(
            default=None,
            alias="Id",
            description='The image ID, "sha256:" plus the digest of its configuration.',
        )

        descriptor: OCIDescriptor | None = Field(
            default=None,
            alias="Descriptor",
            description="OCI descriptor of the image\u0027s manifest or index; set by daemons with a multi-platform image store. API \u003e= 1.48.",
        )

        manifests: list[ImageManifestSummary] | None = Field(
            default=None,
            alias="Manifests",
            description="One entry per platform variant or attestation stored; only with inspect_image(manifests=True). API \u003e= 1.48.",
        )

        identity: Identity | None = Field(
            default=None,
            alias="Identity",
            description="Where the image verifiably comes from (signatures, the repository it was pulled from, the build that made it). API \u003e= 1.53.",
        )

        repo_tags: list[str] | None = Field(
            default=None, alias="RepoTags", description='The "name:tag" references pointing at this image.'
        )

        repo_digests: list[str] | None = Field(
            default=None,
            alias="RepoDigests",
            description='The "name@sha256:..." references of registry manifests that lead to this image.',
        )

        comment: str | None = Field(
            default=None,
            alias="Comment",
            description="The commit message given when the image was committed or imported, if any.",
        )

        created: str | None = Field(
            default=None, alias="Created", description="When the image was created, as an RFC 3339 string."
        )

        author: str | None = Field(
            default=None,
            alias="Author",
            description="The author recorded in the image (the Dockerfile\u0027s MAINTAINER or commit\u0027s author).",
        )

        config: ImageConfig | None = Field(
            default=None,
            alias="Config",
            description="The defaults a container from this image starts with (command, environment, ports, user...).",
        )

        architecture: str | None = Field(
            default=None,
            alias="Architecture",
            description='CPU architecture the image runs on, e.g. "amd64" or "arm64".',
        )

        variant: str | None = Field(
            default=None,
            alias="Variant",
            description='CPU variant, e.g. "v7" or "v8" for ARM; empty when none applies. API \u003e= 1.39.',
        )

        os: str | None = Field(
            default=None,
            alias="Os",
            description='Operating system the image runs on, e.g. "linux" or "windows".',
        )

        os_version: str | None = Field(
            default=None,
            alias="OsVersion",
            description='Exact OS version the image needs, mostly for Windows images, e.g. "10.0.20348.1". API \u003e= 1.25.',
        )

        size: int | None = Field(
            default=None, alias="Size", description="Disk space of the image with all its layers, in bytes."
        )

        graph_driver: DriverData | None = Field(
            default=None,
            alias="GraphDriver",
            description="The storage driver holding the image\u0027s layers and its driver-specific details.",
        )

        root_fs: ImageInspectRootFS | None = Field(
            default=None, alias="RootFS", description="The layers that make up the image\u0027s filesystem."
        )

        metadata: ImageInspectMetadata | None = Field(
            default=None,
            alias="Metadata",
            description="Facts the daemon keeps about the image locally, such as when it was last tagged. API \u003e= 1.31.",
        )

        container: str | None = Field(
            default=None,
            alias="Container",
            description="ID of the container the image was committed from; dropped from newer API versions. Not in API \u003e= 1.45.",
        )

        container_config: ContainerConfig | None = Field(
            default=None,
            alias="ContainerConfig",
            description="Configuration of the container the image was committed from; dropped from newer API versions. Not in API \u003e= 1.45.",
        )

        docker_version: str | None = Field(
            default=None,
            alias="DockerVersion",
            description="Version of the Docker engine that built the image; dropped from newer API versions. Not in API \u003e= 1.52.",
        )

        parent: str | None = Field(
            default=None,
            alias="Parent",
            description="ID of the image this one was built on, for local builds; dropped from newer API versions. Not in API \u003e= 1.52.",
        )

        virtual_size: int | None = Field(
            default=None,
            alias="VirtualSize",
            description="Older duplicate of Size (bytes), dropped from newer API versions. Not in API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Descriptor": ((1, 48), None),
            "Manifests": ((1, 48), None),
            "Identity": ((1, 53), None),
            "Variant": ((1, 39), None),
            "OsVersion": ((1, 25), None),
            "Metadata": ((1, 31), None),
            "Container": (None, (1, 45)),
            "ContainerConfig": (None, (1, 45)),
            "DockerVersion": (None, (1, 52)),
            "Parent": (None, (1, 52)),
            "VirtualSize": (None, (1, 44)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Descriptor": "OCIDescriptor",
            "Manifests": "ImageManifestSummary",
            "Identity": "Identity",
            "Config": "ImageConfig",
            "GraphDriver": "DriverData",
            "RootFS": "ImageInspectRootFS",
            "Metadata": "ImageInspectMetadata",
            "ContainerConfig": "ContainerConfig",
        }

    return ImageInspect
