# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerInspectResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ContainerConfig: Any,
    ContainerState: Any,
    DriverData: Any,
    HostConfig: Any,
    MountPoint: Any,
    NetworkSettings: Any,
    OCIDescriptor: Any,
    Storage: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerInspectResponse(DockerModel):
        """Everything the daemon knows about one container, as inspect_container reports it.

        Fields not in every API version: `Platform`: API >= 1.40.; `ImageManifestDescriptor`: API >= 1.48.; `Storage`: API >= 1.52.; `Node`: API >= 1.25. Not in API >= 1.39."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerInspectResponse"

        id: str | None = Field(
            default=None, alias="Id", description="The container\u0027s full ID, 64 hexadecimal characters."
        )

        created: str | None = Field(
            default=None,
            alias="Created",
            description="When the container was created, an RFC 3339 timestamp with nanoseconds.",
        )

        path: str | None = Field(
            default=None,
            alias="Path",
            description="The program the container runs (the first word of entrypoint plus command).",
        )

        args: list[str] | None = Field(
            default=None, alias="Args", description="The arguments passed to that program."
        )

        state: ContainerState | None = Field(
            default=None,
            alias="State",
            description="Whether the container runs, its PID, exit code, start and finish times and health.",
        )

        image: str | None = Field(
            default=None,
            alias="Image",
            description='The ID ("sha256:...") of the image this container was made from.',
        )

        resolv_conf_path: str | None = Field(
            default=None,
            alias="ResolvConfPath",
            description="Host path of the resolv.conf the daemon made for the container; the daemon manages it.",
        )

        hostname_path: str | None = Field(
            default=None,
            alias="HostnamePath",
            description="Host path of the hostname file the daemon made for the container.",
        )

        hosts_path: str | None = Field(
            default=None,
            alias="HostsPath",
            description="Host path of the hosts file the daemon made for the container.",
        )

        log_path: str | None = Field(
            default=None,
            alias="LogPath",
            description="Host path of the container\u0027s log file; empty with log drivers that keep no file.",
        )

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The container\u0027s name with a leading "/", e.g. "/web".',
        )

        restart_count: int | None = Field(
            default=None,
            alias="RestartCount",
            description="How many times the restart policy has restarted the container (manual restarts do not count).",
        )

        driver: str | None = Field(
            default=None,
            alias="Driver",
            description='The storage driver or snapshotter holding the container\u0027s filesystem, e.g. "overlay2".',
        )

        platform: str | None = Field(
            default=None,
            alias="Platform",
            description='The operating system the container was created for, usually "linux". API \u003e= 1.40.',
        )

        image_manifest_descriptor: OCIDescriptor | None = Field(
            default=None,
            alias="ImageManifestDescriptor",
            description="Descriptor of the image manifest for the container\u0027s platform; only with the containerd image store. API \u003e= 1.48.",
        )

        mount_label: str | None = Field(
            default=None,
            alias="MountLabel",
            description="The SELinux label of the container\u0027s mounts; empty without SELinux.",
        )

        process_label: str | None = Field(
            default=None,
            alias="ProcessLabel",
            description="The SELinux label of the container\u0027s processes; empty without SELinux.",
        )

        app_armor_profile: str | None = Field(
            default=None,
            alias="AppArmorProfile",
            description='The AppArmor profile the container runs under, e.g. "docker-default"; empty without AppArmor.',
        )

        exec_ids: list[str] | None = Field(
            default=None,
            alias="ExecIDs",
            description="IDs of the exec instances of this container; None when there are none.",
        )

        host_config: HostConfig | None = Field(
            default=None,
            alias="HostConfig",
            description="The container\u0027s host-side settings (limits, binds, ports, restart policy, network mode...).",
        )

        graph_driver: DriverData | None = Field(
            default=None,
            alias="GraphDriver",
            description="The storage driver and its low-level data (layer paths) for the container\u0027s filesystem.",
        )

        storage: Storage | None = Field(
            default=None,
            alias="Storage",
            description="Where the root filesystem is kept, when the daemon runs with the containerd image store. API \u003e= 1.52.",
        )

        size_rw: int | None = Field(
            default=None,
            alias="SizeRw",
            description="Bytes written or changed in the container\u0027s own layer; only when inspected with size=True.",
        )

        size_root_fs: int | None = Field(
            default=None,
            alias="SizeRootFs",
            description="Bytes of the whole filesystem, image layers included; only when inspected with size=True.",
        )

        mounts: list[MountPoint] | None = Field(
            default=None,
            alias="Mounts",
            description="The volumes, bind mounts and tmpfs mounts of the container.",
        )

        config: ContainerConfig | None = Field(
            default=None,
            alias="Config",
            description="The container\u0027s portable configuration (image, command, environment, labels...).",
        )

        network_settings: NetworkSettings | None = Field(
            default=None,
            alias="NetworkSettings",
            description="The container\u0027s network namespace, published ports and networks.",
        )

        node: dict[str, Any] | None = Field(
            default=None,
            alias="Node",
            description="The swarm node running the container, for the standalone Docker Swarm of old API versions. API \u003e= 1.25. Not in API \u003e= 1.39.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Platform": ((1, 40), None),
            "ImageManifestDescriptor": ((1, 48), None),
            "Storage": ((1, 52), None),
            "Node": ((1, 25), (1, 39)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "State": "ContainerState",
            "ImageManifestDescriptor": "OCIDescriptor",
            "HostConfig": "HostConfig",
            "GraphDriver": "DriverData",
            "Storage": "Storage",
            "Mounts": "MountPoint",
            "Config": "ContainerConfig",
            "NetworkSettings": "NetworkSettings",
        }

    return ContainerInspectResponse
