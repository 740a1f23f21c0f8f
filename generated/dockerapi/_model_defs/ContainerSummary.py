# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerSummary`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    ContainerSummaryHealth: Any,
    ContainerSummaryHostConfig: Any,
    ContainerSummaryNetworkSettings: Any,
    MountPoint: Any,
    OCIDescriptor: Any,
    PortSummary: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerSummary(DockerModel):
        """One container as containers() lists it; a shorter record than inspect_container's.

        Fields not in every API version: `ImageManifestDescriptor`: API >= 1.48.; `Health`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerSummary"

        id: str | None = Field(
            default=None, alias="Id", description="The container\u0027s full ID, 64 hexadecimal characters."
        )

        names: list[str] | None = Field(
            default=None,
            alias="Names",
            description='The container\u0027s names, each with a leading "/" (e.g. ["/web"]); legacy links add more.',
        )

        image: str | None = Field(
            default=None,
            alias="Image",
            description='The image as it was given at creation, e.g. "nginx:1.27", or an image ID.',
        )

        image_id: str | None = Field(
            default=None,
            alias="ImageID",
            description='The ID ("sha256:...") of the image this container was made from.',
        )

        image_manifest_descriptor: OCIDescriptor | None = Field(
            default=None,
            alias="ImageManifestDescriptor",
            description="Descriptor of the image manifest for the container\u0027s platform; only with the containerd image store. API \u003e= 1.48.",
        )

        command: str | None = Field(
            default=None,
            alias="Command",
            description="The command the container runs, entrypoint and arguments joined into one string.",
        )

        created: int | None = Field(
            default=None, alias="Created", description="When the container was created, in Unix seconds."
        )

        ports: list[PortSummary] | None = Field(
            default=None,
            alias="Ports",
            description="The container\u0027s exposed and published ports, one entry per port and host address.",
        )

        size_rw: int | None = Field(
            default=None,
            alias="SizeRw",
            description="Bytes written or changed in the container\u0027s own layer; only when listed with size=True.",
        )

        size_root_fs: int | None = Field(
            default=None,
            alias="SizeRootFs",
            description="Bytes of the whole filesystem, image layers included; only when listed with size=True.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="The container\u0027s labels, name to value."
        )

        state: (
            Literal["created", "running", "paused", "restarting", "exited", "removing", "dead"] | str | None
        ) = Field(
            default=None,
            alias="State",
            description='The state in one word, e.g. "created", "running", "paused", "restarting", "exited" or "dead".',
        )

        status: str | None = Field(
            default=None,
            alias="Status",
            description='The state as `docker ps` words it, e.g. "Up 3 minutes" or "Exited (0) 2 hours ago".',
        )

        host_config: ContainerSummaryHostConfig | None = Field(
            default=None,
            alias="HostConfig",
            description="A few of the container\u0027s host settings (network mode, annotations).",
        )

        network_settings: ContainerSummaryNetworkSettings | None = Field(
            default=None, alias="NetworkSettings", description="The networks the container is connected to."
        )

        mounts: list[MountPoint] | None = Field(
            default=None, alias="Mounts", description="The volumes and bind mounts of the container."
        )

        health: ContainerSummaryHealth | None = Field(
            default=None,
            alias="Health",
            description='The health-check status in brief; "none" for a container without a check. API \u003e= 1.52.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ImageManifestDescriptor": ((1, 48), None),
            "Health": ((1, 52), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "ImageManifestDescriptor": "OCIDescriptor",
            "Ports": "PortSummary",
            "HostConfig": "ContainerSummaryHostConfig",
            "NetworkSettings": "ContainerSummaryNetworkSettings",
            "Mounts": "MountPoint",
            "Health": "ContainerSummaryHealth",
        }

    return ContainerSummary
