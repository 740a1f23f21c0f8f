# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""Pydantic models of every Engine API object the catalog describes.

Open schema: unknown fields are kept, enums accept unknown values, any field may be null.
Read them by attribute (snake_case) or, like the classic API's dicts, by wire name.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field

from ._models import DockerModel

__all__ = [
    "Address",
    "AttestationStatement",
    "AuthConfig",
    "AuthResponse",
    "BuildCache",
    "BuildCacheDiskUsage",
    "BuildIdentity",
    "BuildInfo",
    "BuildPruneResponse",
    "ClassicEventMessage",
    "ClusterInfo",
    "ClusterVolume",
    "ClusterVolumeInfo",
    "ClusterVolumePublishStatus",
    "ClusterVolumeSpec",
    "ClusterVolumeSpecAccessMode",
    "ClusterVolumeSpecAccessModeAccessibilityRequirements",
    "ClusterVolumeSpecAccessModeCapacityRange",
    "ClusterVolumeSpecAccessModeSecrets",
    "Commit",
    "Config",
    "ConfigCreateRequest",
    "ConfigReference",
    "ConfigSpec",
    "ContainerBlkioStatEntry",
    "ContainerBlkioStats",
    "ContainerCPUStats",
    "ContainerCPUUsage",
    "ContainerConfig",
    "ContainerCreateRequest",
    "ContainerCreateResponse",
    "ContainerExecRequest",
    "ContainerInspectResponse",
    "ContainerMemoryStats",
    "ContainerNetworkStats",
    "ContainerPidsStats",
    "ContainerPruneResponse",
    "ContainerState",
    "ContainerStatsResponse",
    "ContainerStatus",
    "ContainerStorageStats",
    "ContainerSummary",
    "ContainerSummaryHealth",
    "ContainerSummaryHostConfig",
    "ContainerSummaryNetworkSettings",
    "ContainerThrottlingData",
    "ContainerTopResponse",
    "ContainerUpdateRequest",
    "ContainerUpdateResponse",
    "ContainerWaitExitError",
    "ContainerWaitResponse",
    "ContainerdInfo",
    "ContainerdInfoNamespaces",
    "ContainersDiskUsage",
    "CreateImageInfo",
    "DeviceInfo",
    "DeviceMapping",
    "DeviceRequest",
    "DistributionInspect",
    "Driver",
    "DriverData",
    "EndpointIPAMConfig",
    "EndpointPortConfig",
    "EndpointResource",
    "EndpointSettings",
    "EndpointSpec",
    "EngineDescription",
    "EngineDescriptionPlugins",
    "ErrorDetail",
    "ErrorResponse",
    "EventActor",
    "EventMessage",
    "ExecInspectResponse",
    "ExecStartRequest",
    "FilesystemChange",
    "FirewallInfo",
    "GenericResourcesInline",
    "GenericResourcesInlineDiscreteResourceSpec",
    "GenericResourcesInlineNamedResourceSpec",
    "Health",
    "HealthConfig",
    "HealthcheckResult",
    "HostConfig",
    "HostConfigBlkioWeightDevice",
    "HostConfigLogConfig",
    "HostConfigUlimits",
    "IDResponse",
    "IPAM",
    "IPAMConfig",
    "IPAMStatus",
    "Identity",
    "ImageConfig",
    "ImageDeleteResponseItem",
    "ImageHistoryResponseItem",
    "ImageID",
    "ImageInspect",
    "ImageInspectMetadata",
    "ImageInspectRootFS",
    "ImageManifestSummary",
    "ImageManifestSummaryAttestationData",
    "ImageManifestSummaryImageData",
    "ImageManifestSummaryImageDataSize",
    "ImageManifestSummarySize",
    "ImagePruneResponse",
    "ImageSearchResponseItem",
    "ImageSummary",
    "ImagesDiskUsage",
    "IndexInfo",
    "JoinTokens",
    "Limit",
    "ManagerStatus",
    "Mount",
    "MountBindOptions",
    "MountImageOptions",
    "MountPoint",
    "MountTmpfsOptions",
    "MountVolumeOptions",
    "MountVolumeOptionsDriverConfig",
    "NRIInfo",
    "Network",
    "NetworkAttachment",
    "NetworkAttachmentConfig",
    "NetworkConnectRequest",
    "NetworkCreateRequest",
    "NetworkCreateResponse",
    "NetworkDisconnectRequest",
    "NetworkInspect",
    "NetworkPruneResponse",
    "NetworkSettings",
    "NetworkStatus",
    "NetworkSummary",
    "NetworkTaskInfo",
    "NetworkingConfig",
    "Node",
    "NodeDescription",
    "NodeSpec",
    "NodeStatus",
    "OCIDescriptor",
    "OCIPlatform",
    "ObjectVersion",
    "PeerInfo",
    "PeerNode",
    "Platform",
    "Plugin",
    "PluginConfig",
    "PluginConfigArgs",
    "PluginConfigInterface",
    "PluginConfigLinux",
    "PluginConfigNetwork",
    "PluginConfigRootfs",
    "PluginConfigUser",
    "PluginDevice",
    "PluginEnv",
    "PluginMount",
    "PluginPrivilege",
    "PluginSettings",
    "PluginsInfo",
    "PortBinding",
    "PortStatus",
    "PortSummary",
    "ProcessConfig",
    "ProgressDetail",
    "ProgressMessage",
    "PullIdentity",
    "PushImageInfo",
    "RegistryServiceConfig",
    "ResourceObject",
    "Resources",
    "RestartPolicy",
    "RootFSStorage",
    "RootFSStorageSnapshot",
    "Runtime",
    "Secret",
    "SecretCreateRequest",
    "SecretSpec",
    "Service",
    "ServiceCreateRequest",
    "ServiceCreateResponse",
    "ServiceEndpoint",
    "ServiceEndpointVirtualIPs",
    "ServiceInfo",
    "ServiceJobStatus",
    "ServiceServiceStatus",
    "ServiceSpec",
    "ServiceSpecMode",
    "ServiceSpecModeReplicated",
    "ServiceSpecModeReplicatedJob",
    "ServiceSpecRollbackConfig",
    "ServiceSpecUpdateConfig",
    "ServiceUpdateRequest",
    "ServiceUpdateResponse",
    "ServiceUpdateStatus",
    "SignatureIdentity",
    "SignatureTimestamp",
    "SignerIdentity",
    "Storage",
    "SubnetStatus",
    "Swarm",
    "SwarmInfo",
    "SwarmInitRequest",
    "SwarmJoinRequest",
    "SwarmSpec",
    "SwarmSpecCAConfig",
    "SwarmSpecCAConfigExternalCAs",
    "SwarmSpecDispatcher",
    "SwarmSpecEncryptionConfig",
    "SwarmSpecOrchestration",
    "SwarmSpecRaft",
    "SwarmSpecTaskDefaults",
    "SwarmSpecTaskDefaultsLogDriver",
    "SwarmUnlockRequest",
    "SwarmUnlockkeyResponse",
    "SystemDataUsageResponse",
    "SystemInfo",
    "SystemInfoDefaultAddressPools",
    "SystemVersion",
    "SystemVersionComponents",
    "SystemVersionPlatform",
    "TLSInfo",
    "Task",
    "TaskSpec",
    "TaskSpecContainerSpec",
    "TaskSpecContainerSpecConfigs",
    "TaskSpecContainerSpecConfigsFile",
    "TaskSpecContainerSpecDNSConfig",
    "TaskSpecContainerSpecPrivileges",
    "TaskSpecContainerSpecPrivilegesAppArmor",
    "TaskSpecContainerSpecPrivilegesCredentialSpec",
    "TaskSpecContainerSpecPrivilegesSELinuxContext",
    "TaskSpecContainerSpecPrivilegesSeccomp",
    "TaskSpecContainerSpecSecrets",
    "TaskSpecContainerSpecSecretsFile",
    "TaskSpecContainerSpecUlimits",
    "TaskSpecLogDriver",
    "TaskSpecNetworkAttachmentSpec",
    "TaskSpecPlacement",
    "TaskSpecPlacementPreferences",
    "TaskSpecPlacementPreferencesSpread",
    "TaskSpecPluginSpec",
    "TaskSpecResources",
    "TaskSpecRestartPolicy",
    "TaskStatus",
    "ThrottleDevice",
    "Topology",
    "Volume",
    "VolumeCreateRequest",
    "VolumeListResponse",
    "VolumePruneResponse",
    "VolumeUpdateRequest",
    "VolumeUsageData",
    "VolumesDiskUsage",
]


class Address(DockerModel):
    """The Engine API's `Address` object.

    Fields not in every API version: `Addr`: API >= 1.32.; `PrefixLen`: API >= 1.32."""

    addr: str | None = Field(default=None, alias="Addr")

    prefix_len: int | None = Field(default=None, alias="PrefixLen")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Addr": ((1, 32), None),
        "PrefixLen": ((1, 32), None),
    }


class AttestationStatement(DockerModel):
    """The Engine API's `AttestationStatement` object.

    Fields not in every API version: `Descriptor`: API >= 1.55.; `PredicateType`: API >= 1.55.; `Statement`: API >= 1.55."""

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor")

    predicate_type: str | None = Field(default=None, alias="PredicateType")

    statement: dict[str, Any] | None = Field(default=None, alias="Statement")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Descriptor": ((1, 55), None),
        "PredicateType": ((1, 55), None),
        "Statement": ((1, 55), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Descriptor": "OCIDescriptor",
    }


class AuthConfig(DockerModel):
    """The Engine API's `AuthConfig` object.

    Fields not in every API version: `email`: API >= 1.25. Not in API >= 1.52."""

    username: str | None = Field(default=None, alias="username")

    password: str | None = Field(default=None, alias="password")

    serveraddress: str | None = Field(default=None, alias="serveraddress")

    email: str | None = Field(default=None, alias="email")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "email": ((1, 25), (1, 52)),
    }


class AuthResponse(DockerModel):
    """The Engine API's `AuthResponse` object."""

    status: str | None = Field(default=None, alias="Status")

    identity_token: str | None = Field(default=None, alias="IdentityToken")


class BuildCache(DockerModel):
    """The Engine API's `BuildCache` object.

    Fields not in every API version: `ID`: API >= 1.39.; `Parents`: API >= 1.42.; `Type`: API >= 1.39.; `Description`: API >= 1.39.; `InUse`: API >= 1.39.; `Shared`: API >= 1.39.; `Size`: API >= 1.39.; `CreatedAt`: API >= 1.39.; `LastUsedAt`: API >= 1.39.; `UsageCount`: API >= 1.39.; `Parent`: API >= 1.39. Not in API >= 1.42."""

    id: str | None = Field(default=None, alias="ID")

    parents: list[str] | None = Field(default=None, alias="Parents")

    type: (
        Literal["internal", "frontend", "source.local", "source.git.checkout", "exec.cachemount", "regular"]
        | str
        | None
    ) = Field(default=None, alias="Type")

    description: str | None = Field(default=None, alias="Description")

    in_use: bool | None = Field(default=None, alias="InUse")

    shared: bool | None = Field(default=None, alias="Shared")

    size: int | None = Field(default=None, alias="Size")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    last_used_at: str | None = Field(default=None, alias="LastUsedAt")

    usage_count: int | None = Field(default=None, alias="UsageCount")

    parent: str | None = Field(default=None, alias="Parent")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ID": ((1, 39), None),
        "Parents": ((1, 42), None),
        "Type": ((1, 39), None),
        "Description": ((1, 39), None),
        "InUse": ((1, 39), None),
        "Shared": ((1, 39), None),
        "Size": ((1, 39), None),
        "CreatedAt": ((1, 39), None),
        "LastUsedAt": ((1, 39), None),
        "UsageCount": ((1, 39), None),
        "Parent": ((1, 39), (1, 42)),
    }


class BuildCacheDiskUsage(DockerModel):
    """The Engine API's `BuildCacheDiskUsage` object.

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    active_count: int | None = Field(default=None, alias="ActiveCount")

    total_count: int | None = Field(default=None, alias="TotalCount")

    reclaimable: int | None = Field(default=None, alias="Reclaimable")

    total_size: int | None = Field(default=None, alias="TotalSize")

    items_: list[Any] | None = Field(default=None, alias="Items")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ActiveCount": ((1, 52), None),
        "TotalCount": ((1, 52), None),
        "Reclaimable": ((1, 52), None),
        "TotalSize": ((1, 52), None),
        "Items": ((1, 52), None),
    }


class BuildIdentity(DockerModel):
    """The Engine API's `BuildIdentity` object.

    Fields not in every API version: `Ref`: API >= 1.53.; `CreatedAt`: API >= 1.53."""

    ref: str | None = Field(default=None, alias="Ref")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Ref": ((1, 53), None),
        "CreatedAt": ((1, 53), None),
    }


class BuildInfo(DockerModel):
    """The Engine API's `BuildInfo` object.

    Fields not in every API version: `aux`: API >= 1.36.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    id: str | None = Field(default=None, alias="id")

    stream: str | None = Field(default=None, alias="stream")

    error_detail: ErrorDetail | None = Field(default=None, alias="errorDetail")

    status: str | None = Field(default=None, alias="status")

    progress_detail: ProgressDetail | None = Field(default=None, alias="progressDetail")

    aux: ImageID | None = Field(default=None, alias="aux")

    error: str | None = Field(default=None, alias="error")

    progress: str | None = Field(default=None, alias="progress")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "aux": ((1, 36), None),
        "error": (None, (1, 52)),
        "progress": (None, (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "errorDetail": "ErrorDetail",
        "progressDetail": "ProgressDetail",
        "aux": "ImageID",
    }


class BuildPruneResponse(DockerModel):
    """The Engine API's `BuildPruneResponse` object.

    Fields not in every API version: `CachesDeleted`: API >= 1.39.; `SpaceReclaimed`: API >= 1.31."""

    caches_deleted: list[str] | None = Field(default=None, alias="CachesDeleted")

    space_reclaimed: int | None = Field(default=None, alias="SpaceReclaimed")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CachesDeleted": ((1, 39), None),
        "SpaceReclaimed": ((1, 31), None),
    }


class ClassicEventMessage(DockerModel):
    """The Engine API's `ClassicEventMessage` object.

    Fields not in every API version: `scope`: API >= 1.40."""

    type: (
        Literal[
            "builder",
            "config",
            "container",
            "daemon",
            "image",
            "network",
            "node",
            "plugin",
            "secret",
            "service",
            "volume",
        ]
        | str
        | None
    ) = Field(default=None, alias="Type")

    action: str | None = Field(default=None, alias="Action")

    actor: EventActor | None = Field(default=None, alias="Actor")

    scope: Literal["local", "swarm"] | str | None = Field(default=None, alias="scope")

    time: int | None = Field(default=None, alias="time")

    time_nano: int | None = Field(default=None, alias="timeNano")

    status: str | None = Field(default=None, alias="status")

    id: str | None = Field(default=None, alias="id")

    from_: str | None = Field(default=None, alias="from")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "scope": ((1, 40), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Actor": "EventActor",
    }


class ClusterInfo(DockerModel):
    """The Engine API's `ClusterInfo` object.

    Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    spec: SwarmSpec | None = Field(default=None, alias="Spec")

    tls_info: TLSInfo | None = Field(default=None, alias="TLSInfo")

    root_rotation_in_progress: bool | None = Field(default=None, alias="RootRotationInProgress")

    data_path_port: int | None = Field(default=None, alias="DataPathPort")

    default_addr_pool: list[str] | None = Field(default=None, alias="DefaultAddrPool")

    subnet_size: int | None = Field(default=None, alias="SubnetSize")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "TLSInfo": ((1, 30), None),
        "RootRotationInProgress": ((1, 30), None),
        "DataPathPort": ((1, 40), None),
        "DefaultAddrPool": ((1, 39), None),
        "SubnetSize": ((1, 39), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Version": "ObjectVersion",
        "Spec": "SwarmSpec",
        "TLSInfo": "TLSInfo",
    }


class ClusterVolume(DockerModel):
    """The Engine API's `ClusterVolume` object.

    Fields not in every API version: `ID`: API >= 1.42.; `Version`: API >= 1.42.; `CreatedAt`: API >= 1.42.; `UpdatedAt`: API >= 1.42.; `Spec`: API >= 1.42.; `Info`: API >= 1.42.; `PublishStatus`: API >= 1.42."""

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    spec: ClusterVolumeSpec | None = Field(default=None, alias="Spec")

    info: ClusterVolumeInfo | None = Field(default=None, alias="Info")

    publish_status: list[ClusterVolumePublishStatus] | None = Field(default=None, alias="PublishStatus")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ID": ((1, 42), None),
        "Version": ((1, 42), None),
        "CreatedAt": ((1, 42), None),
        "UpdatedAt": ((1, 42), None),
        "Spec": ((1, 42), None),
        "Info": ((1, 42), None),
        "PublishStatus": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Version": "ObjectVersion",
        "Spec": "ClusterVolumeSpec",
        "Info": "ClusterVolumeInfo",
        "PublishStatus": "ClusterVolumePublishStatus",
    }


class ClusterVolumeInfo(DockerModel):
    """The Engine API's `ClusterVolumeInfo` object.

    Fields not in every API version: `CapacityBytes`: API >= 1.42.; `VolumeContext`: API >= 1.42.; `VolumeID`: API >= 1.42.; `AccessibleTopology`: API >= 1.42."""

    capacity_bytes: int | None = Field(default=None, alias="CapacityBytes")

    volume_context: dict[str, str | None] | None = Field(default=None, alias="VolumeContext")

    volume_id: str | None = Field(default=None, alias="VolumeID")

    accessible_topology: list[Topology] | None = Field(default=None, alias="AccessibleTopology")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CapacityBytes": ((1, 42), None),
        "VolumeContext": ((1, 42), None),
        "VolumeID": ((1, 42), None),
        "AccessibleTopology": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "AccessibleTopology": "Topology",
    }


class ClusterVolumePublishStatus(DockerModel):
    """The Engine API's `ClusterVolumePublishStatus` object.

    Fields not in every API version: `NodeID`: API >= 1.42.; `State`: API >= 1.42.; `PublishContext`: API >= 1.42."""

    node_id: str | None = Field(default=None, alias="NodeID")

    state: (
        Literal["pending-publish", "published", "pending-node-unpublish", "pending-controller-unpublish"]
        | str
        | None
    ) = Field(default=None, alias="State")

    publish_context: dict[str, str | None] | None = Field(default=None, alias="PublishContext")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NodeID": ((1, 42), None),
        "State": ((1, 42), None),
        "PublishContext": ((1, 42), None),
    }


class ClusterVolumeSpec(DockerModel):
    """The Engine API's `ClusterVolumeSpec` object.

    Fields not in every API version: `Group`: API >= 1.42.; `AccessMode`: API >= 1.42."""

    group: str | None = Field(default=None, alias="Group")

    access_mode: ClusterVolumeSpecAccessMode | None = Field(default=None, alias="AccessMode")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Group": ((1, 42), None),
        "AccessMode": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "AccessMode": "ClusterVolumeSpecAccessMode",
    }


class ClusterVolumeSpecAccessMode(DockerModel):
    """The Engine API's `ClusterVolumeSpecAccessMode` object.

    Fields not in every API version: `Scope`: API >= 1.42.; `Sharing`: API >= 1.42.; `MountVolume`: API >= 1.42.; `Secrets`: API >= 1.42.; `AccessibilityRequirements`: API >= 1.42.; `CapacityRange`: API >= 1.42.; `Availability`: API >= 1.42."""

    scope: Literal["single", "multi"] | str | None = Field(default=None, alias="Scope")

    sharing: Literal["none", "readonly", "onewriter", "all"] | str | None = Field(
        default=None, alias="Sharing"
    )

    mount_volume: dict[str, Any] | None = Field(default=None, alias="MountVolume")

    secrets: list[ClusterVolumeSpecAccessModeSecrets] | None = Field(default=None, alias="Secrets")

    accessibility_requirements: ClusterVolumeSpecAccessModeAccessibilityRequirements | None = Field(
        default=None, alias="AccessibilityRequirements"
    )

    capacity_range: ClusterVolumeSpecAccessModeCapacityRange | None = Field(
        default=None, alias="CapacityRange"
    )

    availability: Literal["active", "pause", "drain"] | str | None = Field(default=None, alias="Availability")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Scope": ((1, 42), None),
        "Sharing": ((1, 42), None),
        "MountVolume": ((1, 42), None),
        "Secrets": ((1, 42), None),
        "AccessibilityRequirements": ((1, 42), None),
        "CapacityRange": ((1, 42), None),
        "Availability": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Secrets": "ClusterVolumeSpecAccessModeSecrets",
        "AccessibilityRequirements": "ClusterVolumeSpecAccessModeAccessibilityRequirements",
        "CapacityRange": "ClusterVolumeSpecAccessModeCapacityRange",
    }


class ClusterVolumeSpecAccessModeAccessibilityRequirements(DockerModel):
    """The Engine API's `ClusterVolumeSpecAccessModeAccessibilityRequirements` object.

    Fields not in every API version: `Requisite`: API >= 1.42.; `Preferred`: API >= 1.42."""

    requisite: list[Topology] | None = Field(default=None, alias="Requisite")

    preferred: list[Topology] | None = Field(default=None, alias="Preferred")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Requisite": ((1, 42), None),
        "Preferred": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Requisite": "Topology",
        "Preferred": "Topology",
    }


class ClusterVolumeSpecAccessModeCapacityRange(DockerModel):
    """The Engine API's `ClusterVolumeSpecAccessModeCapacityRange` object.

    Fields not in every API version: `RequiredBytes`: API >= 1.42.; `LimitBytes`: API >= 1.42."""

    required_bytes: int | None = Field(default=None, alias="RequiredBytes")

    limit_bytes: int | None = Field(default=None, alias="LimitBytes")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RequiredBytes": ((1, 42), None),
        "LimitBytes": ((1, 42), None),
    }


class ClusterVolumeSpecAccessModeSecrets(DockerModel):
    """The Engine API's `ClusterVolumeSpecAccessModeSecrets` object.

    Fields not in every API version: `Key`: API >= 1.42.; `Secret`: API >= 1.42."""

    key: str | None = Field(default=None, alias="Key")

    secret: str | None = Field(default=None, alias="Secret")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Key": ((1, 42), None),
        "Secret": ((1, 42), None),
    }


class Commit(DockerModel):
    """The Engine API's `Commit` object.

    Fields not in every API version: `ID`: API >= 1.32.; `Expected`: API >= 1.32. Not in API >= 1.49."""

    id: str | None = Field(default=None, alias="ID")

    expected: str | None = Field(default=None, alias="Expected")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ID": ((1, 32), None),
        "Expected": ((1, 32), (1, 49)),
    }


class Config(DockerModel):
    """The Engine API's `Config` object.

    Fields not in every API version: `ID`: API >= 1.30.; `Version`: API >= 1.30.; `CreatedAt`: API >= 1.30.; `UpdatedAt`: API >= 1.30.; `Spec`: API >= 1.30."""

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    spec: ConfigSpec | None = Field(default=None, alias="Spec")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ID": ((1, 30), None),
        "Version": ((1, 30), None),
        "CreatedAt": ((1, 30), None),
        "UpdatedAt": ((1, 30), None),
        "Spec": ((1, 30), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Version": "ObjectVersion",
        "Spec": "ConfigSpec",
    }


class ConfigCreateRequest(DockerModel):
    """The Engine API's `ConfigCreateRequest` object.

    Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    data: str | None = Field(default=None, alias="Data")

    templating: Driver | None = Field(default=None, alias="Templating")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 30), None),
        "Labels": ((1, 30), None),
        "Data": ((1, 30), None),
        "Templating": ((1, 37), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Templating": "Driver",
    }


class ConfigReference(DockerModel):
    """The Engine API's `ConfigReference` object.

    Fields not in every API version: `Network`: API >= 1.41."""

    network: str | None = Field(default=None, alias="Network")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Network": ((1, 41), None),
    }


class ConfigSpec(DockerModel):
    """The Engine API's `ConfigSpec` object.

    Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    data: str | None = Field(default=None, alias="Data")

    templating: Driver | None = Field(default=None, alias="Templating")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 30), None),
        "Labels": ((1, 30), None),
        "Data": ((1, 30), None),
        "Templating": ((1, 37), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Templating": "Driver",
    }


class ContainerBlkioStatEntry(DockerModel):
    """The Engine API's `ContainerBlkioStatEntry` object.

    Fields not in every API version: `major`: API >= 1.48.; `minor`: API >= 1.48.; `op`: API >= 1.48.; `value`: API >= 1.48."""

    major: int | None = Field(default=None, alias="major")

    minor: int | None = Field(default=None, alias="minor")

    op: str | None = Field(default=None, alias="op")

    value: int | None = Field(default=None, alias="value")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "major": ((1, 48), None),
        "minor": ((1, 48), None),
        "op": ((1, 48), None),
        "value": ((1, 48), None),
    }


class ContainerBlkioStats(DockerModel):
    """The Engine API's `ContainerBlkioStats` object.

    Fields not in every API version: `io_service_bytes_recursive`: API >= 1.48.; `io_serviced_recursive`: API >= 1.48.; `io_queue_recursive`: API >= 1.48.; `io_service_time_recursive`: API >= 1.48.; `io_wait_time_recursive`: API >= 1.48.; `io_merged_recursive`: API >= 1.48.; `io_time_recursive`: API >= 1.48.; `sectors_recursive`: API >= 1.48."""

    io_service_bytes_recursive: list[ContainerBlkioStatEntry] | None = Field(
        default=None, alias="io_service_bytes_recursive"
    )

    io_serviced_recursive: list[ContainerBlkioStatEntry] | None = Field(
        default=None, alias="io_serviced_recursive"
    )

    io_queue_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="io_queue_recursive")

    io_service_time_recursive: list[ContainerBlkioStatEntry] | None = Field(
        default=None, alias="io_service_time_recursive"
    )

    io_wait_time_recursive: list[ContainerBlkioStatEntry] | None = Field(
        default=None, alias="io_wait_time_recursive"
    )

    io_merged_recursive: list[ContainerBlkioStatEntry] | None = Field(
        default=None, alias="io_merged_recursive"
    )

    io_time_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="io_time_recursive")

    sectors_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="sectors_recursive")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "io_service_bytes_recursive": ((1, 48), None),
        "io_serviced_recursive": ((1, 48), None),
        "io_queue_recursive": ((1, 48), None),
        "io_service_time_recursive": ((1, 48), None),
        "io_wait_time_recursive": ((1, 48), None),
        "io_merged_recursive": ((1, 48), None),
        "io_time_recursive": ((1, 48), None),
        "sectors_recursive": ((1, 48), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "io_service_bytes_recursive": "ContainerBlkioStatEntry",
        "io_serviced_recursive": "ContainerBlkioStatEntry",
        "io_queue_recursive": "ContainerBlkioStatEntry",
        "io_service_time_recursive": "ContainerBlkioStatEntry",
        "io_wait_time_recursive": "ContainerBlkioStatEntry",
        "io_merged_recursive": "ContainerBlkioStatEntry",
        "io_time_recursive": "ContainerBlkioStatEntry",
        "sectors_recursive": "ContainerBlkioStatEntry",
    }


class ContainerCPUStats(DockerModel):
    """The Engine API's `ContainerCPUStats` object.

    Fields not in every API version: `cpu_usage`: API >= 1.48.; `system_cpu_usage`: API >= 1.48.; `online_cpus`: API >= 1.27.; `throttling_data`: API >= 1.48."""

    cpu_usage: ContainerCPUUsage | None = Field(default=None, alias="cpu_usage")

    system_cpu_usage: int | None = Field(default=None, alias="system_cpu_usage")

    online_cpus: int | None = Field(default=None, alias="online_cpus")

    throttling_data: ContainerThrottlingData | None = Field(default=None, alias="throttling_data")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "cpu_usage": ((1, 48), None),
        "system_cpu_usage": ((1, 48), None),
        "online_cpus": ((1, 27), None),
        "throttling_data": ((1, 48), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "cpu_usage": "ContainerCPUUsage",
        "throttling_data": "ContainerThrottlingData",
    }


class ContainerCPUUsage(DockerModel):
    """The Engine API's `ContainerCPUUsage` object.

    Fields not in every API version: `total_usage`: API >= 1.48.; `percpu_usage`: API >= 1.48.; `usage_in_kernelmode`: API >= 1.48.; `usage_in_usermode`: API >= 1.48."""

    total_usage: int | None = Field(default=None, alias="total_usage")

    percpu_usage: list[int] | None = Field(default=None, alias="percpu_usage")

    usage_in_kernelmode: int | None = Field(default=None, alias="usage_in_kernelmode")

    usage_in_usermode: int | None = Field(default=None, alias="usage_in_usermode")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "total_usage": ((1, 48), None),
        "percpu_usage": ((1, 48), None),
        "usage_in_kernelmode": ((1, 48), None),
        "usage_in_usermode": ((1, 48), None),
    }


class ContainerConfig(DockerModel):
    """The Engine API's `ContainerConfig` object.

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

    hostname: str | None = Field(default=None, alias="Hostname")

    domainname: str | None = Field(default=None, alias="Domainname")

    user: str | None = Field(default=None, alias="User")

    attach_stdin: bool | None = Field(default=None, alias="AttachStdin")

    attach_stdout: bool | None = Field(default=None, alias="AttachStdout")

    attach_stderr: bool | None = Field(default=None, alias="AttachStderr")

    exposed_ports: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="ExposedPorts")

    tty: bool | None = Field(default=None, alias="Tty")

    open_stdin: bool | None = Field(default=None, alias="OpenStdin")

    stdin_once: bool | None = Field(default=None, alias="StdinOnce")

    env: list[str] | None = Field(default=None, alias="Env")

    cmd: list[str] | None = Field(default=None, alias="Cmd")

    healthcheck: HealthConfig | None = Field(default=None, alias="Healthcheck")

    args_escaped: bool | None = Field(default=None, alias="ArgsEscaped")

    image: str | None = Field(default=None, alias="Image")

    volumes: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="Volumes")

    working_dir: str | None = Field(default=None, alias="WorkingDir")

    entrypoint: list[str] | None = Field(default=None, alias="Entrypoint")

    network_disabled: bool | None = Field(default=None, alias="NetworkDisabled")

    on_build: list[str] | None = Field(default=None, alias="OnBuild")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    stop_signal: str | None = Field(default=None, alias="StopSignal")

    stop_timeout: int | None = Field(default=None, alias="StopTimeout")

    shell: list[str] | None = Field(default=None, alias="Shell")

    mac_address: str | None = Field(default=None, alias="MacAddress")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ArgsEscaped": ((1, 25), None),
        "StopTimeout": ((1, 25), None),
        "Shell": ((1, 25), None),
        "MacAddress": (None, (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Healthcheck": "HealthConfig",
    }


class ContainerCreateRequest(DockerModel):
    """The Engine API's `ContainerCreateRequest` object.

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

    hostname: str | None = Field(default=None, alias="Hostname")

    domainname: str | None = Field(default=None, alias="Domainname")

    user: str | None = Field(default=None, alias="User")

    attach_stdin: bool | None = Field(default=None, alias="AttachStdin")

    attach_stdout: bool | None = Field(default=None, alias="AttachStdout")

    attach_stderr: bool | None = Field(default=None, alias="AttachStderr")

    exposed_ports: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="ExposedPorts")

    tty: bool | None = Field(default=None, alias="Tty")

    open_stdin: bool | None = Field(default=None, alias="OpenStdin")

    stdin_once: bool | None = Field(default=None, alias="StdinOnce")

    env: list[str] | None = Field(default=None, alias="Env")

    cmd: list[str] | None = Field(default=None, alias="Cmd")

    healthcheck: HealthConfig | None = Field(default=None, alias="Healthcheck")

    args_escaped: bool | None = Field(default=None, alias="ArgsEscaped")

    image: str | None = Field(default=None, alias="Image")

    volumes: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="Volumes")

    working_dir: str | None = Field(default=None, alias="WorkingDir")

    entrypoint: list[str] | None = Field(default=None, alias="Entrypoint")

    network_disabled: bool | None = Field(default=None, alias="NetworkDisabled")

    on_build: list[str] | None = Field(default=None, alias="OnBuild")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    stop_signal: str | None = Field(default=None, alias="StopSignal")

    stop_timeout: int | None = Field(default=None, alias="StopTimeout")

    shell: list[str] | None = Field(default=None, alias="Shell")

    host_config: HostConfig | None = Field(default=None, alias="HostConfig")

    networking_config: NetworkingConfig | None = Field(default=None, alias="NetworkingConfig")

    mac_address: str | None = Field(default=None, alias="MacAddress")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ArgsEscaped": ((1, 25), None),
        "StopTimeout": ((1, 25), None),
        "Shell": ((1, 25), None),
        "MacAddress": (None, (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Healthcheck": "HealthConfig",
        "HostConfig": "HostConfig",
        "NetworkingConfig": "NetworkingConfig",
    }


class ContainerCreateResponse(DockerModel):
    """The Engine API's `ContainerCreateResponse` object."""

    id: str | None = Field(default=None, alias="Id")

    warnings: list[str] | None = Field(default=None, alias="Warnings")


class ContainerExecRequest(DockerModel):
    """The Engine API's `ContainerExecRequest` object.

    Fields not in every API version: `ConsoleSize`: API >= 1.42.; `WorkingDir`: API >= 1.35."""

    attach_stdin: bool | None = Field(default=None, alias="AttachStdin")

    attach_stdout: bool | None = Field(default=None, alias="AttachStdout")

    attach_stderr: bool | None = Field(default=None, alias="AttachStderr")

    console_size: list[int] | None = Field(default=None, alias="ConsoleSize")

    detach_keys: str | None = Field(default=None, alias="DetachKeys")

    tty: bool | None = Field(default=None, alias="Tty")

    env: list[str] | None = Field(default=None, alias="Env")

    cmd: list[str] | None = Field(default=None, alias="Cmd")

    privileged: bool | None = Field(default=None, alias="Privileged")

    user: str | None = Field(default=None, alias="User")

    working_dir: str | None = Field(default=None, alias="WorkingDir")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ConsoleSize": ((1, 42), None),
        "WorkingDir": ((1, 35), None),
    }


class ContainerInspectResponse(DockerModel):
    """The Engine API's `ContainerInspectResponse` object.

    Fields not in every API version: `Platform`: API >= 1.40.; `ImageManifestDescriptor`: API >= 1.48.; `Storage`: API >= 1.52.; `Node`: API >= 1.25. Not in API >= 1.39."""

    id: str | None = Field(default=None, alias="Id")

    created: str | None = Field(default=None, alias="Created")

    path: str | None = Field(default=None, alias="Path")

    args: list[str] | None = Field(default=None, alias="Args")

    state: ContainerState | None = Field(default=None, alias="State")

    image: str | None = Field(default=None, alias="Image")

    resolv_conf_path: str | None = Field(default=None, alias="ResolvConfPath")

    hostname_path: str | None = Field(default=None, alias="HostnamePath")

    hosts_path: str | None = Field(default=None, alias="HostsPath")

    log_path: str | None = Field(default=None, alias="LogPath")

    name: str | None = Field(default=None, alias="Name")

    restart_count: int | None = Field(default=None, alias="RestartCount")

    driver: str | None = Field(default=None, alias="Driver")

    platform: str | None = Field(default=None, alias="Platform")

    image_manifest_descriptor: OCIDescriptor | None = Field(default=None, alias="ImageManifestDescriptor")

    mount_label: str | None = Field(default=None, alias="MountLabel")

    process_label: str | None = Field(default=None, alias="ProcessLabel")

    app_armor_profile: str | None = Field(default=None, alias="AppArmorProfile")

    exec_ids: list[str] | None = Field(default=None, alias="ExecIDs")

    host_config: HostConfig | None = Field(default=None, alias="HostConfig")

    graph_driver: DriverData | None = Field(default=None, alias="GraphDriver")

    storage: Storage | None = Field(default=None, alias="Storage")

    size_rw: int | None = Field(default=None, alias="SizeRw")

    size_root_fs: int | None = Field(default=None, alias="SizeRootFs")

    mounts: list[MountPoint] | None = Field(default=None, alias="Mounts")

    config: ContainerConfig | None = Field(default=None, alias="Config")

    network_settings: NetworkSettings | None = Field(default=None, alias="NetworkSettings")

    node: dict[str, Any] | None = Field(default=None, alias="Node")

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


class ContainerMemoryStats(DockerModel):
    """The Engine API's `ContainerMemoryStats` object.

    Fields not in every API version: `usage`: API >= 1.48.; `max_usage`: API >= 1.48.; `stats`: API >= 1.48.; `failcnt`: API >= 1.48.; `limit`: API >= 1.48.; `commitbytes`: API >= 1.48.; `commitpeakbytes`: API >= 1.48.; `privateworkingset`: API >= 1.48."""

    usage: int | None = Field(default=None, alias="usage")

    max_usage: int | None = Field(default=None, alias="max_usage")

    stats: dict[str, int | None] | None = Field(default=None, alias="stats")

    failcnt: int | None = Field(default=None, alias="failcnt")

    limit: int | None = Field(default=None, alias="limit")

    commitbytes: int | None = Field(default=None, alias="commitbytes")

    commitpeakbytes: int | None = Field(default=None, alias="commitpeakbytes")

    privateworkingset: int | None = Field(default=None, alias="privateworkingset")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "usage": ((1, 48), None),
        "max_usage": ((1, 48), None),
        "stats": ((1, 48), None),
        "failcnt": ((1, 48), None),
        "limit": ((1, 48), None),
        "commitbytes": ((1, 48), None),
        "commitpeakbytes": ((1, 48), None),
        "privateworkingset": ((1, 48), None),
    }


class ContainerNetworkStats(DockerModel):
    """The Engine API's `ContainerNetworkStats` object.

    Fields not in every API version: `rx_bytes`: API >= 1.48.; `rx_packets`: API >= 1.48.; `rx_errors`: API >= 1.48.; `rx_dropped`: API >= 1.48.; `tx_bytes`: API >= 1.48.; `tx_packets`: API >= 1.48.; `tx_errors`: API >= 1.48.; `tx_dropped`: API >= 1.48.; `endpoint_id`: API >= 1.48.; `instance_id`: API >= 1.48."""

    rx_bytes: int | None = Field(default=None, alias="rx_bytes")

    rx_packets: int | None = Field(default=None, alias="rx_packets")

    rx_errors: int | None = Field(default=None, alias="rx_errors")

    rx_dropped: int | None = Field(default=None, alias="rx_dropped")

    tx_bytes: int | None = Field(default=None, alias="tx_bytes")

    tx_packets: int | None = Field(default=None, alias="tx_packets")

    tx_errors: int | None = Field(default=None, alias="tx_errors")

    tx_dropped: int | None = Field(default=None, alias="tx_dropped")

    endpoint_id: str | None = Field(default=None, alias="endpoint_id")

    instance_id: str | None = Field(default=None, alias="instance_id")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "rx_bytes": ((1, 48), None),
        "rx_packets": ((1, 48), None),
        "rx_errors": ((1, 48), None),
        "rx_dropped": ((1, 48), None),
        "tx_bytes": ((1, 48), None),
        "tx_packets": ((1, 48), None),
        "tx_errors": ((1, 48), None),
        "tx_dropped": ((1, 48), None),
        "endpoint_id": ((1, 48), None),
        "instance_id": ((1, 48), None),
    }


class ContainerPidsStats(DockerModel):
    """The Engine API's `ContainerPidsStats` object.

    Fields not in every API version: `current`: API >= 1.48.; `limit`: API >= 1.48."""

    current: int | None = Field(default=None, alias="current")

    limit: int | None = Field(default=None, alias="limit")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "current": ((1, 48), None),
        "limit": ((1, 48), None),
    }


class ContainerPruneResponse(DockerModel):
    """The Engine API's `ContainerPruneResponse` object.

    Fields not in every API version: `ContainersDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    containers_deleted: list[str] | None = Field(default=None, alias="ContainersDeleted")

    space_reclaimed: int | None = Field(default=None, alias="SpaceReclaimed")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ContainersDeleted": ((1, 25), None),
        "SpaceReclaimed": ((1, 25), None),
    }


class ContainerState(DockerModel):
    """The Engine API's `ContainerState` object.

    Fields not in every API version: `Health`: API >= 1.39."""

    status: (
        Literal["created", "running", "paused", "restarting", "removing", "exited", "dead"] | str | None
    ) = Field(default=None, alias="Status")

    running: bool | None = Field(default=None, alias="Running")

    paused: bool | None = Field(default=None, alias="Paused")

    restarting: bool | None = Field(default=None, alias="Restarting")

    oom_killed: bool | None = Field(default=None, alias="OOMKilled")

    dead: bool | None = Field(default=None, alias="Dead")

    pid: int | None = Field(default=None, alias="Pid")

    exit_code: int | None = Field(default=None, alias="ExitCode")

    error: str | None = Field(default=None, alias="Error")

    started_at: str | None = Field(default=None, alias="StartedAt")

    finished_at: str | None = Field(default=None, alias="FinishedAt")

    health: Health | None = Field(default=None, alias="Health")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Health": ((1, 39), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Health": "Health",
    }


class ContainerStatsResponse(DockerModel):
    """The Engine API's `ContainerStatsResponse` object.

    Fields not in every API version: `id`: API >= 1.48.; `name`: API >= 1.48.; `os_type`: API >= 1.52.; `read`: API >= 1.48.; `cpu_stats`: API >= 1.48.; `memory_stats`: API >= 1.48.; `networks`: API >= 1.48.; `blkio_stats`: API >= 1.48.; `num_procs`: API >= 1.48.; `storage_stats`: API >= 1.48.; `preread`: API >= 1.48.; `precpu_stats`: API >= 1.48."""

    id: str | None = Field(default=None, alias="id")

    name: str | None = Field(default=None, alias="name")

    os_type: str | None = Field(default=None, alias="os_type")

    read: str | None = Field(default=None, alias="read")

    cpu_stats: ContainerCPUStats | None = Field(default=None, alias="cpu_stats")

    memory_stats: ContainerMemoryStats | None = Field(default=None, alias="memory_stats")

    networks: dict[str, ContainerNetworkStats | None] | None = Field(default=None, alias="networks")

    pids_stats: ContainerPidsStats | None = Field(default=None, alias="pids_stats")

    blkio_stats: ContainerBlkioStats | None = Field(default=None, alias="blkio_stats")

    num_procs: int | None = Field(default=None, alias="num_procs")

    storage_stats: ContainerStorageStats | None = Field(default=None, alias="storage_stats")

    preread: str | None = Field(default=None, alias="preread")

    precpu_stats: ContainerCPUStats | None = Field(default=None, alias="precpu_stats")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "id": ((1, 48), None),
        "name": ((1, 48), None),
        "os_type": ((1, 52), None),
        "read": ((1, 48), None),
        "cpu_stats": ((1, 48), None),
        "memory_stats": ((1, 48), None),
        "networks": ((1, 48), None),
        "blkio_stats": ((1, 48), None),
        "num_procs": ((1, 48), None),
        "storage_stats": ((1, 48), None),
        "preread": ((1, 48), None),
        "precpu_stats": ((1, 48), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "cpu_stats": "ContainerCPUStats",
        "memory_stats": "ContainerMemoryStats",
        "networks": "ContainerNetworkStats",
        "pids_stats": "ContainerPidsStats",
        "blkio_stats": "ContainerBlkioStats",
        "storage_stats": "ContainerStorageStats",
        "precpu_stats": "ContainerCPUStats",
    }


class ContainerStatus(DockerModel):
    """The Engine API's `ContainerStatus` object."""

    container_id: str | None = Field(default=None, alias="ContainerID")

    pid: int | None = Field(default=None, alias="PID")

    exit_code: int | None = Field(default=None, alias="ExitCode")


class ContainerStorageStats(DockerModel):
    """The Engine API's `ContainerStorageStats` object.

    Fields not in every API version: `read_count_normalized`: API >= 1.48.; `read_size_bytes`: API >= 1.48.; `write_count_normalized`: API >= 1.48.; `write_size_bytes`: API >= 1.48."""

    read_count_normalized: int | None = Field(default=None, alias="read_count_normalized")

    read_size_bytes: int | None = Field(default=None, alias="read_size_bytes")

    write_count_normalized: int | None = Field(default=None, alias="write_count_normalized")

    write_size_bytes: int | None = Field(default=None, alias="write_size_bytes")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "read_count_normalized": ((1, 48), None),
        "read_size_bytes": ((1, 48), None),
        "write_count_normalized": ((1, 48), None),
        "write_size_bytes": ((1, 48), None),
    }


class ContainerSummary(DockerModel):
    """The Engine API's `ContainerSummary` object.

    Fields not in every API version: `ImageManifestDescriptor`: API >= 1.48.; `Health`: API >= 1.52."""

    id: str | None = Field(default=None, alias="Id")

    names: list[str] | None = Field(default=None, alias="Names")

    image: str | None = Field(default=None, alias="Image")

    image_id: str | None = Field(default=None, alias="ImageID")

    image_manifest_descriptor: OCIDescriptor | None = Field(default=None, alias="ImageManifestDescriptor")

    command: str | None = Field(default=None, alias="Command")

    created: int | None = Field(default=None, alias="Created")

    ports: list[PortSummary] | None = Field(default=None, alias="Ports")

    size_rw: int | None = Field(default=None, alias="SizeRw")

    size_root_fs: int | None = Field(default=None, alias="SizeRootFs")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    state: (
        Literal["created", "running", "paused", "restarting", "exited", "removing", "dead"] | str | None
    ) = Field(default=None, alias="State")

    status: str | None = Field(default=None, alias="Status")

    host_config: ContainerSummaryHostConfig | None = Field(default=None, alias="HostConfig")

    network_settings: ContainerSummaryNetworkSettings | None = Field(default=None, alias="NetworkSettings")

    mounts: list[MountPoint] | None = Field(default=None, alias="Mounts")

    health: ContainerSummaryHealth | None = Field(default=None, alias="Health")

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


class ContainerSummaryHealth(DockerModel):
    """The Engine API's `ContainerSummaryHealth` object.

    Fields not in every API version: `Status`: API >= 1.52.; `FailingStreak`: API >= 1.52."""

    status: Literal["none", "starting", "healthy", "unhealthy"] | str | None = Field(
        default=None, alias="Status"
    )

    failing_streak: int | None = Field(default=None, alias="FailingStreak")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Status": ((1, 52), None),
        "FailingStreak": ((1, 52), None),
    }


class ContainerSummaryHostConfig(DockerModel):
    """The Engine API's `ContainerSummaryHostConfig` object.

    Fields not in every API version: `Annotations`: API >= 1.46."""

    network_mode: str | None = Field(default=None, alias="NetworkMode")

    annotations: dict[str, str | None] | None = Field(default=None, alias="Annotations")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Annotations": ((1, 46), None),
    }


class ContainerSummaryNetworkSettings(DockerModel):
    """The Engine API's `ContainerSummaryNetworkSettings` object."""

    networks: dict[str, EndpointSettings | None] | None = Field(default=None, alias="Networks")
    __wire_models__: ClassVar[dict[str, str]] = {
        "Networks": "EndpointSettings",
    }


class ContainerThrottlingData(DockerModel):
    """The Engine API's `ContainerThrottlingData` object.

    Fields not in every API version: `periods`: API >= 1.48.; `throttled_periods`: API >= 1.48.; `throttled_time`: API >= 1.48."""

    periods: int | None = Field(default=None, alias="periods")

    throttled_periods: int | None = Field(default=None, alias="throttled_periods")

    throttled_time: int | None = Field(default=None, alias="throttled_time")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "periods": ((1, 48), None),
        "throttled_periods": ((1, 48), None),
        "throttled_time": ((1, 48), None),
    }


class ContainerTopResponse(DockerModel):
    """The Engine API's `ContainerTopResponse` object."""

    titles: list[str] | None = Field(default=None, alias="Titles")

    processes: list[list[str]] | None = Field(default=None, alias="Processes")


class ContainerUpdateRequest(DockerModel):
    """The Engine API's `ContainerUpdateRequest` object.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.37.; `CpuCount`: API >= 1.25.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: API >= 1.36. Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    cpu_shares: int | None = Field(default=None, alias="CpuShares")

    memory: int | None = Field(default=None, alias="Memory")

    cgroup_parent: str | None = Field(default=None, alias="CgroupParent")

    blkio_weight: int | None = Field(default=None, alias="BlkioWeight")

    blkio_weight_device: list[HostConfigBlkioWeightDevice] | None = Field(
        default=None, alias="BlkioWeightDevice"
    )

    blkio_device_read_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadBps")

    blkio_device_write_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteBps")

    blkio_device_read_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadIOps")

    blkio_device_write_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteIOps")

    cpu_period: int | None = Field(default=None, alias="CpuPeriod")

    cpu_quota: int | None = Field(default=None, alias="CpuQuota")

    cpu_realtime_period: int | None = Field(default=None, alias="CpuRealtimePeriod")

    cpu_realtime_runtime: int | None = Field(default=None, alias="CpuRealtimeRuntime")

    cpuset_cpus: str | None = Field(default=None, alias="CpusetCpus")

    cpuset_mems: str | None = Field(default=None, alias="CpusetMems")

    devices: list[DeviceMapping] | None = Field(default=None, alias="Devices")

    device_cgroup_rules: list[str] | None = Field(default=None, alias="DeviceCgroupRules")

    device_requests: list[DeviceRequest] | None = Field(default=None, alias="DeviceRequests")

    memory_reservation: int | None = Field(default=None, alias="MemoryReservation")

    memory_swap: int | None = Field(default=None, alias="MemorySwap")

    memory_swappiness: int | None = Field(default=None, alias="MemorySwappiness")

    nano_cpus: int | None = Field(default=None, alias="NanoCpus")

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable")

    init: bool | None = Field(default=None, alias="Init")

    pids_limit: int | None = Field(default=None, alias="PidsLimit")

    ulimits: list[HostConfigUlimits] | None = Field(default=None, alias="Ulimits")

    cpu_count: int | None = Field(default=None, alias="CpuCount")

    cpu_percent: int | None = Field(default=None, alias="CpuPercent")

    io_maximum_iops: int | None = Field(default=None, alias="IOMaximumIOps")

    io_maximum_bandwidth: int | None = Field(default=None, alias="IOMaximumBandwidth")

    restart_policy: RestartPolicy | None = Field(default=None, alias="RestartPolicy")

    disk_quota: int | None = Field(default=None, alias="DiskQuota")

    kernel_memory: int | None = Field(default=None, alias="KernelMemory")

    kernel_memory_tcp: int | None = Field(default=None, alias="KernelMemoryTCP")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CpuRealtimePeriod": ((1, 25), None),
        "CpuRealtimeRuntime": ((1, 25), None),
        "DeviceCgroupRules": ((1, 28), None),
        "DeviceRequests": ((1, 40), None),
        "NanoCpus": ((1, 25), None),
        "Init": ((1, 37), None),
        "CpuCount": ((1, 25), None),
        "DiskQuota": ((1, 25), (1, 40)),
        "KernelMemory": ((1, 36), (1, 42)),
        "KernelMemoryTCP": ((1, 40), (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "BlkioWeightDevice": "HostConfigBlkioWeightDevice",
        "BlkioDeviceReadBps": "ThrottleDevice",
        "BlkioDeviceWriteBps": "ThrottleDevice",
        "BlkioDeviceReadIOps": "ThrottleDevice",
        "BlkioDeviceWriteIOps": "ThrottleDevice",
        "Devices": "DeviceMapping",
        "DeviceRequests": "DeviceRequest",
        "Ulimits": "HostConfigUlimits",
        "RestartPolicy": "RestartPolicy",
    }


class ContainerUpdateResponse(DockerModel):
    """The Engine API's `ContainerUpdateResponse` object."""

    warnings: list[str] | None = Field(default=None, alias="Warnings")


class ContainerWaitExitError(DockerModel):
    """The Engine API's `ContainerWaitExitError` object.

    Fields not in every API version: `Message`: API >= 1.34."""

    message: str | None = Field(default=None, alias="Message")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Message": ((1, 34), None),
    }


class ContainerWaitResponse(DockerModel):
    """The Engine API's `ContainerWaitResponse` object.

    Fields not in every API version: `Error`: API >= 1.34."""

    status_code: int | None = Field(default=None, alias="StatusCode")

    error: ContainerWaitExitError | None = Field(default=None, alias="Error")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Error": ((1, 34), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Error": "ContainerWaitExitError",
    }


class ContainerdInfo(DockerModel):
    """The Engine API's `ContainerdInfo` object.

    Fields not in every API version: `Address`: API >= 1.46.; `Namespaces`: API >= 1.46."""

    address: str | None = Field(default=None, alias="Address")

    namespaces: ContainerdInfoNamespaces | None = Field(default=None, alias="Namespaces")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Address": ((1, 46), None),
        "Namespaces": ((1, 46), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Namespaces": "ContainerdInfoNamespaces",
    }


class ContainerdInfoNamespaces(DockerModel):
    """The Engine API's `ContainerdInfoNamespaces` object.

    Fields not in every API version: `Containers`: API >= 1.46.; `Plugins`: API >= 1.46."""

    containers: str | None = Field(default=None, alias="Containers")

    plugins: str | None = Field(default=None, alias="Plugins")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Containers": ((1, 46), None),
        "Plugins": ((1, 46), None),
    }


class ContainersDiskUsage(DockerModel):
    """The Engine API's `ContainersDiskUsage` object.

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    active_count: int | None = Field(default=None, alias="ActiveCount")

    total_count: int | None = Field(default=None, alias="TotalCount")

    reclaimable: int | None = Field(default=None, alias="Reclaimable")

    total_size: int | None = Field(default=None, alias="TotalSize")

    items_: list[Any] | None = Field(default=None, alias="Items")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ActiveCount": ((1, 52), None),
        "TotalCount": ((1, 52), None),
        "Reclaimable": ((1, 52), None),
        "TotalSize": ((1, 52), None),
        "Items": ((1, 52), None),
    }


class CreateImageInfo(DockerModel):
    """The Engine API's `CreateImageInfo` object.

    Fields not in every API version: `id`: API >= 1.36.; `errorDetail`: API >= 1.39.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    id: str | None = Field(default=None, alias="id")

    error_detail: ErrorDetail | None = Field(default=None, alias="errorDetail")

    status: str | None = Field(default=None, alias="status")

    progress_detail: ProgressDetail | None = Field(default=None, alias="progressDetail")

    error: str | None = Field(default=None, alias="error")

    progress: str | None = Field(default=None, alias="progress")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "id": ((1, 36), None),
        "errorDetail": ((1, 39), None),
        "error": (None, (1, 52)),
        "progress": (None, (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "errorDetail": "ErrorDetail",
        "progressDetail": "ProgressDetail",
    }


class DeviceInfo(DockerModel):
    """The Engine API's `DeviceInfo` object.

    Fields not in every API version: `Source`: API >= 1.50.; `ID`: API >= 1.50."""

    source: str | None = Field(default=None, alias="Source")

    id: str | None = Field(default=None, alias="ID")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Source": ((1, 50), None),
        "ID": ((1, 50), None),
    }


class DeviceMapping(DockerModel):
    """The Engine API's `DeviceMapping` object."""

    path_on_host: str | None = Field(default=None, alias="PathOnHost")

    path_in_container: str | None = Field(default=None, alias="PathInContainer")

    cgroup_permissions: str | None = Field(default=None, alias="CgroupPermissions")


class DeviceRequest(DockerModel):
    """The Engine API's `DeviceRequest` object.

    Fields not in every API version: `Driver`: API >= 1.40.; `Count`: API >= 1.40.; `DeviceIDs`: API >= 1.40.; `Capabilities`: API >= 1.40.; `Options`: API >= 1.40."""

    driver: str | None = Field(default=None, alias="Driver")

    count: int | None = Field(default=None, alias="Count")

    device_ids: list[str] | None = Field(default=None, alias="DeviceIDs")

    capabilities: list[list[str]] | None = Field(default=None, alias="Capabilities")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Driver": ((1, 40), None),
        "Count": ((1, 40), None),
        "DeviceIDs": ((1, 40), None),
        "Capabilities": ((1, 40), None),
        "Options": ((1, 40), None),
    }


class DistributionInspect(DockerModel):
    """The Engine API's `DistributionInspect` object.

    Fields not in every API version: `Descriptor`: API >= 1.30.; `Platforms`: API >= 1.30."""

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor")

    platforms: list[OCIPlatform] | None = Field(default=None, alias="Platforms")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Descriptor": ((1, 30), None),
        "Platforms": ((1, 30), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Descriptor": "OCIDescriptor",
        "Platforms": "OCIPlatform",
    }


class Driver(DockerModel):
    """The Engine API's `Driver` object.

    Fields not in every API version: `Name`: API >= 1.31.; `Options`: API >= 1.31."""

    name: str | None = Field(default=None, alias="Name")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 31), None),
        "Options": ((1, 31), None),
    }


class DriverData(DockerModel):
    """The Engine API's `DriverData` object."""

    name: str | None = Field(default=None, alias="Name")

    data: dict[str, str | None] | None = Field(default=None, alias="Data")


class EndpointIPAMConfig(DockerModel):
    """The Engine API's `EndpointIPAMConfig` object."""

    ipv4_address: str | None = Field(default=None, alias="IPv4Address")

    ipv6_address: str | None = Field(default=None, alias="IPv6Address")

    link_local_ips: list[str] | None = Field(default=None, alias="LinkLocalIPs")


class EndpointPortConfig(DockerModel):
    """The Engine API's `EndpointPortConfig` object.

    Fields not in every API version: `PublishMode`: API >= 1.34."""

    name: str | None = Field(default=None, alias="Name")

    protocol: Literal["tcp", "udp", "sctp"] | str | None = Field(default=None, alias="Protocol")

    target_port: int | None = Field(default=None, alias="TargetPort")

    published_port: int | None = Field(default=None, alias="PublishedPort")

    publish_mode: Literal["ingress", "host"] | str | None = Field(default=None, alias="PublishMode")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "PublishMode": ((1, 34), None),
    }


class EndpointResource(DockerModel):
    """The Engine API's `EndpointResource` object."""

    name: str | None = Field(default=None, alias="Name")

    endpoint_id: str | None = Field(default=None, alias="EndpointID")

    mac_address: str | None = Field(default=None, alias="MacAddress")

    ipv4_address: str | None = Field(default=None, alias="IPv4Address")

    ipv6_address: str | None = Field(default=None, alias="IPv6Address")


class EndpointSettings(DockerModel):
    """The Engine API's `EndpointSettings` object.

    Fields not in every API version: `DriverOpts`: API >= 1.32.; `GwPriority`: API >= 1.48.; `DNSNames`: API >= 1.44."""

    ipam_config: EndpointIPAMConfig | None = Field(default=None, alias="IPAMConfig")

    links: list[str] | None = Field(default=None, alias="Links")

    mac_address: str | None = Field(default=None, alias="MacAddress")

    aliases: list[str] | None = Field(default=None, alias="Aliases")

    driver_opts: dict[str, str | None] | None = Field(default=None, alias="DriverOpts")

    gw_priority: int | None = Field(default=None, alias="GwPriority")

    network_id: str | None = Field(default=None, alias="NetworkID")

    endpoint_id: str | None = Field(default=None, alias="EndpointID")

    gateway: str | None = Field(default=None, alias="Gateway")

    ip_address: str | None = Field(default=None, alias="IPAddress")

    ip_prefix_len: int | None = Field(default=None, alias="IPPrefixLen")

    ipv6_gateway: str | None = Field(default=None, alias="IPv6Gateway")

    global_ipv6_address: str | None = Field(default=None, alias="GlobalIPv6Address")

    global_ipv6_prefix_len: int | None = Field(default=None, alias="GlobalIPv6PrefixLen")

    dns_names: list[str] | None = Field(default=None, alias="DNSNames")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "DriverOpts": ((1, 32), None),
        "GwPriority": ((1, 48), None),
        "DNSNames": ((1, 44), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "IPAMConfig": "EndpointIPAMConfig",
    }


class EndpointSpec(DockerModel):
    """The Engine API's `EndpointSpec` object."""

    mode: Literal["vip", "dnsrr"] | str | None = Field(default=None, alias="Mode")

    ports: list[EndpointPortConfig] | None = Field(default=None, alias="Ports")
    __wire_models__: ClassVar[dict[str, str]] = {
        "Ports": "EndpointPortConfig",
    }


class EngineDescription(DockerModel):
    """The Engine API's `EngineDescription` object."""

    engine_version: str | None = Field(default=None, alias="EngineVersion")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    plugins: list[EngineDescriptionPlugins] | None = Field(default=None, alias="Plugins")
    __wire_models__: ClassVar[dict[str, str]] = {
        "Plugins": "EngineDescriptionPlugins",
    }


class EngineDescriptionPlugins(DockerModel):
    """The Engine API's `EngineDescriptionPlugins` object."""

    type: str | None = Field(default=None, alias="Type")

    name: str | None = Field(default=None, alias="Name")


class ErrorDetail(DockerModel):
    """The Engine API's `ErrorDetail` object."""

    code: int | None = Field(default=None, alias="code")

    message: str | None = Field(default=None, alias="message")


class ErrorResponse(DockerModel):
    """The Engine API's `ErrorResponse` object."""

    message: str | None = Field(default=None, alias="message")


class EventActor(DockerModel):
    """The Engine API's `EventActor` object."""

    id: str | None = Field(default=None, alias="ID")

    attributes: dict[str, str | None] | None = Field(default=None, alias="Attributes")


class EventMessage(DockerModel):
    """The Engine API's `EventMessage` object.

    Fields not in every API version: `scope`: API >= 1.40."""

    type: (
        Literal[
            "builder",
            "config",
            "container",
            "daemon",
            "image",
            "network",
            "node",
            "plugin",
            "secret",
            "service",
            "volume",
        ]
        | str
        | None
    ) = Field(default=None, alias="Type")

    action: str | None = Field(default=None, alias="Action")

    actor: EventActor | None = Field(default=None, alias="Actor")

    scope: Literal["local", "swarm"] | str | None = Field(default=None, alias="scope")

    time: int | None = Field(default=None, alias="time")

    time_nano: int | None = Field(default=None, alias="timeNano")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "scope": ((1, 40), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Actor": "EventActor",
    }


class ExecInspectResponse(DockerModel):
    """The Engine API's `ExecInspectResponse` object.

    Fields not in every API version: `CanRemove`: API >= 1.36.; `DetachKeys`: API >= 1.36."""

    can_remove: bool | None = Field(default=None, alias="CanRemove")

    detach_keys: str | None = Field(default=None, alias="DetachKeys")

    id: str | None = Field(default=None, alias="ID")

    running: bool | None = Field(default=None, alias="Running")

    exit_code: int | None = Field(default=None, alias="ExitCode")

    process_config: ProcessConfig | None = Field(default=None, alias="ProcessConfig")

    open_stdin: bool | None = Field(default=None, alias="OpenStdin")

    open_stderr: bool | None = Field(default=None, alias="OpenStderr")

    open_stdout: bool | None = Field(default=None, alias="OpenStdout")

    container_id: str | None = Field(default=None, alias="ContainerID")

    pid: int | None = Field(default=None, alias="Pid")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CanRemove": ((1, 36), None),
        "DetachKeys": ((1, 36), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ProcessConfig": "ProcessConfig",
    }


class ExecStartRequest(DockerModel):
    """The Engine API's `ExecStartRequest` object.

    Fields not in every API version: `ConsoleSize`: API >= 1.42."""

    detach: bool | None = Field(default=None, alias="Detach")

    tty: bool | None = Field(default=None, alias="Tty")

    console_size: list[int] | None = Field(default=None, alias="ConsoleSize")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ConsoleSize": ((1, 42), None),
    }


class FilesystemChange(DockerModel):
    """The Engine API's `FilesystemChange` object."""

    path: str | None = Field(default=None, alias="Path")

    kind: ChangeType | None = Field(default=None, alias="Kind")


class FirewallInfo(DockerModel):
    """The Engine API's `FirewallInfo` object.

    Fields not in every API version: `Driver`: API >= 1.49.; `Info`: API >= 1.49."""

    driver: str | None = Field(default=None, alias="Driver")

    info: list[list[str]] | None = Field(default=None, alias="Info")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Driver": ((1, 49), None),
        "Info": ((1, 49), None),
    }


class GenericResourcesInline(DockerModel):
    """The Engine API's `GenericResourcesInline` object.

    Fields not in every API version: `NamedResourceSpec`: API >= 1.32.; `DiscreteResourceSpec`: API >= 1.32."""

    named_resource_spec: GenericResourcesInlineNamedResourceSpec | None = Field(
        default=None, alias="NamedResourceSpec"
    )

    discrete_resource_spec: GenericResourcesInlineDiscreteResourceSpec | None = Field(
        default=None, alias="DiscreteResourceSpec"
    )

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NamedResourceSpec": ((1, 32), None),
        "DiscreteResourceSpec": ((1, 32), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "NamedResourceSpec": "GenericResourcesInlineNamedResourceSpec",
        "DiscreteResourceSpec": "GenericResourcesInlineDiscreteResourceSpec",
    }


class GenericResourcesInlineDiscreteResourceSpec(DockerModel):
    """The Engine API's `GenericResourcesInlineDiscreteResourceSpec` object.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    kind: str | None = Field(default=None, alias="Kind")

    value: int | None = Field(default=None, alias="Value")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Kind": ((1, 32), None),
        "Value": ((1, 32), None),
    }


class GenericResourcesInlineNamedResourceSpec(DockerModel):
    """The Engine API's `GenericResourcesInlineNamedResourceSpec` object.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    kind: str | None = Field(default=None, alias="Kind")

    value: str | None = Field(default=None, alias="Value")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Kind": ((1, 32), None),
        "Value": ((1, 32), None),
    }


class Health(DockerModel):
    """The Engine API's `Health` object.

    Fields not in every API version: `Status`: API >= 1.39.; `FailingStreak`: API >= 1.39.; `Log`: API >= 1.39."""

    status: Literal["none", "starting", "healthy", "unhealthy"] | str | None = Field(
        default=None, alias="Status"
    )

    failing_streak: int | None = Field(default=None, alias="FailingStreak")

    log: list[HealthcheckResult] | None = Field(default=None, alias="Log")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Status": ((1, 39), None),
        "FailingStreak": ((1, 39), None),
        "Log": ((1, 39), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Log": "HealthcheckResult",
    }


class HealthConfig(DockerModel):
    """The Engine API's `HealthConfig` object.

    Fields not in every API version: `StartPeriod`: API >= 1.29.; `StartInterval`: API >= 1.44."""

    test: list[str] | None = Field(default=None, alias="Test")

    interval: int | None = Field(default=None, alias="Interval")

    timeout: int | None = Field(default=None, alias="Timeout")

    retries: int | None = Field(default=None, alias="Retries")

    start_period: int | None = Field(default=None, alias="StartPeriod")

    start_interval: int | None = Field(default=None, alias="StartInterval")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "StartPeriod": ((1, 29), None),
        "StartInterval": ((1, 44), None),
    }


class HealthcheckResult(DockerModel):
    """The Engine API's `HealthcheckResult` object.

    Fields not in every API version: `Start`: API >= 1.39.; `End`: API >= 1.39.; `ExitCode`: API >= 1.39.; `Output`: API >= 1.39."""

    start: str | None = Field(default=None, alias="Start")

    end: str | None = Field(default=None, alias="End")

    exit_code: int | None = Field(default=None, alias="ExitCode")

    output: str | None = Field(default=None, alias="Output")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Start": ((1, 39), None),
        "End": ((1, 39), None),
        "ExitCode": ((1, 39), None),
        "Output": ((1, 39), None),
    }


class HostConfig(DockerModel):
    """The Engine API's `HostConfig` object.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.37.; `CpuCount`: API >= 1.25.; `AutoRemove`: API >= 1.25.; `ConsoleSize`: API >= 1.25.; `Annotations`: API >= 1.43.; `CgroupnsMode`: API >= 1.41.; `Cgroup`: API >= 1.25.; `UTSMode`: API >= 1.25.; `Runtime`: API >= 1.25.; `Isolation`: API >= 1.25.; `MaskedPaths`: API >= 1.38.; `ReadonlyPaths`: API >= 1.38.; `Capabilities`: API >= 1.40. Not in API >= 1.41.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    cpu_shares: int | None = Field(default=None, alias="CpuShares")

    memory: int | None = Field(default=None, alias="Memory")

    cgroup_parent: str | None = Field(default=None, alias="CgroupParent")

    blkio_weight: int | None = Field(default=None, alias="BlkioWeight")

    blkio_weight_device: list[HostConfigBlkioWeightDevice] | None = Field(
        default=None, alias="BlkioWeightDevice"
    )

    blkio_device_read_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadBps")

    blkio_device_write_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteBps")

    blkio_device_read_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadIOps")

    blkio_device_write_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteIOps")

    cpu_period: int | None = Field(default=None, alias="CpuPeriod")

    cpu_quota: int | None = Field(default=None, alias="CpuQuota")

    cpu_realtime_period: int | None = Field(default=None, alias="CpuRealtimePeriod")

    cpu_realtime_runtime: int | None = Field(default=None, alias="CpuRealtimeRuntime")

    cpuset_cpus: str | None = Field(default=None, alias="CpusetCpus")

    cpuset_mems: str | None = Field(default=None, alias="CpusetMems")

    devices: list[DeviceMapping] | None = Field(default=None, alias="Devices")

    device_cgroup_rules: list[str] | None = Field(default=None, alias="DeviceCgroupRules")

    device_requests: list[DeviceRequest] | None = Field(default=None, alias="DeviceRequests")

    memory_reservation: int | None = Field(default=None, alias="MemoryReservation")

    memory_swap: int | None = Field(default=None, alias="MemorySwap")

    memory_swappiness: int | None = Field(default=None, alias="MemorySwappiness")

    nano_cpus: int | None = Field(default=None, alias="NanoCpus")

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable")

    init: bool | None = Field(default=None, alias="Init")

    pids_limit: int | None = Field(default=None, alias="PidsLimit")

    ulimits: list[HostConfigUlimits] | None = Field(default=None, alias="Ulimits")

    cpu_count: int | None = Field(default=None, alias="CpuCount")

    cpu_percent: int | None = Field(default=None, alias="CpuPercent")

    io_maximum_iops: int | None = Field(default=None, alias="IOMaximumIOps")

    io_maximum_bandwidth: int | None = Field(default=None, alias="IOMaximumBandwidth")

    binds: list[str] | None = Field(default=None, alias="Binds")

    container_id_file: str | None = Field(default=None, alias="ContainerIDFile")

    log_config: HostConfigLogConfig | None = Field(default=None, alias="LogConfig")

    network_mode: str | None = Field(default=None, alias="NetworkMode")

    port_bindings: PortMap | None = Field(default=None, alias="PortBindings")

    restart_policy: RestartPolicy | None = Field(default=None, alias="RestartPolicy")

    auto_remove: bool | None = Field(default=None, alias="AutoRemove")

    volume_driver: str | None = Field(default=None, alias="VolumeDriver")

    volumes_from: list[str] | None = Field(default=None, alias="VolumesFrom")

    mounts: list[Mount] | None = Field(default=None, alias="Mounts")

    console_size: list[int] | None = Field(default=None, alias="ConsoleSize")

    annotations: dict[str, str | None] | None = Field(default=None, alias="Annotations")

    cap_add: list[str] | None = Field(default=None, alias="CapAdd")

    cap_drop: list[str] | None = Field(default=None, alias="CapDrop")

    cgroupns_mode: Literal["private", "host"] | str | None = Field(default=None, alias="CgroupnsMode")

    dns: list[str] | None = Field(default=None, alias="Dns")

    dns_options: list[str] | None = Field(default=None, alias="DnsOptions")

    dns_search: list[str] | None = Field(default=None, alias="DnsSearch")

    extra_hosts: list[str] | None = Field(default=None, alias="ExtraHosts")

    group_add: list[str] | None = Field(default=None, alias="GroupAdd")

    ipc_mode: str | None = Field(default=None, alias="IpcMode")

    cgroup: str | None = Field(default=None, alias="Cgroup")

    links: list[str] | None = Field(default=None, alias="Links")

    oom_score_adj: int | None = Field(default=None, alias="OomScoreAdj")

    pid_mode: str | None = Field(default=None, alias="PidMode")

    privileged: bool | None = Field(default=None, alias="Privileged")

    publish_all_ports: bool | None = Field(default=None, alias="PublishAllPorts")

    readonly_rootfs: bool | None = Field(default=None, alias="ReadonlyRootfs")

    security_opt: list[str] | None = Field(default=None, alias="SecurityOpt")

    storage_opt: dict[str, str | None] | None = Field(default=None, alias="StorageOpt")

    tmpfs: dict[str, str | None] | None = Field(default=None, alias="Tmpfs")

    uts_mode: str | None = Field(default=None, alias="UTSMode")

    userns_mode: str | None = Field(default=None, alias="UsernsMode")

    shm_size: int | None = Field(default=None, alias="ShmSize")

    sysctls: dict[str, str | None] | None = Field(default=None, alias="Sysctls")

    runtime: str | None = Field(default=None, alias="Runtime")

    isolation: Literal["default", "process", "hyperv", ""] | str | None = Field(
        default=None, alias="Isolation"
    )

    masked_paths: list[str] | None = Field(default=None, alias="MaskedPaths")

    readonly_paths: list[str] | None = Field(default=None, alias="ReadonlyPaths")

    capabilities: list[str] | None = Field(default=None, alias="Capabilities")

    disk_quota: int | None = Field(default=None, alias="DiskQuota")

    kernel_memory: int | None = Field(default=None, alias="KernelMemory")

    kernel_memory_tcp: int | None = Field(default=None, alias="KernelMemoryTCP")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CpuRealtimePeriod": ((1, 25), None),
        "CpuRealtimeRuntime": ((1, 25), None),
        "DeviceCgroupRules": ((1, 28), None),
        "DeviceRequests": ((1, 40), None),
        "NanoCpus": ((1, 25), None),
        "Init": ((1, 37), None),
        "CpuCount": ((1, 25), None),
        "AutoRemove": ((1, 25), None),
        "ConsoleSize": ((1, 25), None),
        "Annotations": ((1, 43), None),
        "CgroupnsMode": ((1, 41), None),
        "Cgroup": ((1, 25), None),
        "UTSMode": ((1, 25), None),
        "Runtime": ((1, 25), None),
        "Isolation": ((1, 25), None),
        "MaskedPaths": ((1, 38), None),
        "ReadonlyPaths": ((1, 38), None),
        "Capabilities": ((1, 40), (1, 41)),
        "DiskQuota": ((1, 25), (1, 40)),
        "KernelMemory": (None, (1, 42)),
        "KernelMemoryTCP": ((1, 40), (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "BlkioWeightDevice": "HostConfigBlkioWeightDevice",
        "BlkioDeviceReadBps": "ThrottleDevice",
        "BlkioDeviceWriteBps": "ThrottleDevice",
        "BlkioDeviceReadIOps": "ThrottleDevice",
        "BlkioDeviceWriteIOps": "ThrottleDevice",
        "Devices": "DeviceMapping",
        "DeviceRequests": "DeviceRequest",
        "Ulimits": "HostConfigUlimits",
        "LogConfig": "HostConfigLogConfig",
        "RestartPolicy": "RestartPolicy",
        "Mounts": "Mount",
    }


class HostConfigBlkioWeightDevice(DockerModel):
    """The Engine API's `HostConfigBlkioWeightDevice` object."""

    path: str | None = Field(default=None, alias="Path")

    weight: int | None = Field(default=None, alias="Weight")


class HostConfigLogConfig(DockerModel):
    """The Engine API's `HostConfigLogConfig` object."""

    type: (
        Literal[
            "local",
            "json-file",
            "syslog",
            "journald",
            "gelf",
            "fluentd",
            "awslogs",
            "splunk",
            "etwlogs",
            "none",
        ]
        | str
        | None
    ) = Field(default=None, alias="Type")

    config: dict[str, str | None] | None = Field(default=None, alias="Config")


class HostConfigUlimits(DockerModel):
    """The Engine API's `HostConfigUlimits` object."""

    name: str | None = Field(default=None, alias="Name")

    soft: int | None = Field(default=None, alias="Soft")

    hard: int | None = Field(default=None, alias="Hard")


class IDResponse(DockerModel):
    """The Engine API's `IDResponse` object."""

    id: str | None = Field(default=None, alias="Id")


class IPAM(DockerModel):
    """The Engine API's `IPAM` object."""

    driver: str | None = Field(default=None, alias="Driver")

    config: list[IPAMConfig] | None = Field(default=None, alias="Config")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")
    __wire_models__: ClassVar[dict[str, str]] = {
        "Config": "IPAMConfig",
    }


class IPAMConfig(DockerModel):
    """The Engine API's `IPAMConfig` object.

    Fields not in every API version: `Subnet`: API >= 1.41.; `IPRange`: API >= 1.41.; `Gateway`: API >= 1.41.; `AuxiliaryAddresses`: API >= 1.41."""

    subnet: str | None = Field(default=None, alias="Subnet")

    ip_range: str | None = Field(default=None, alias="IPRange")

    gateway: str | None = Field(default=None, alias="Gateway")

    auxiliary_addresses: dict[str, str | None] | None = Field(default=None, alias="AuxiliaryAddresses")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Subnet": ((1, 41), None),
        "IPRange": ((1, 41), None),
        "Gateway": ((1, 41), None),
        "AuxiliaryAddresses": ((1, 41), None),
    }


class IPAMStatus(DockerModel):
    """The Engine API's `IPAMStatus` object.

    Fields not in every API version: `Subnets`: API >= 1.52."""

    subnets: dict[str, SubnetStatus | None] | None = Field(default=None, alias="Subnets")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Subnets": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Subnets": "SubnetStatus",
    }


class Identity(DockerModel):
    """The Engine API's `Identity` object.

    Fields not in every API version: `Signature`: API >= 1.53.; `Pull`: API >= 1.53.; `Build`: API >= 1.53."""

    signature: list[SignatureIdentity] | None = Field(default=None, alias="Signature")

    pull: list[PullIdentity] | None = Field(default=None, alias="Pull")

    build: list[BuildIdentity] | None = Field(default=None, alias="Build")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Signature": ((1, 53), None),
        "Pull": ((1, 53), None),
        "Build": ((1, 53), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Signature": "SignatureIdentity",
        "Pull": "PullIdentity",
        "Build": "BuildIdentity",
    }


class ImageConfig(DockerModel):
    """The Engine API's `ImageConfig` object.

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `Shell`: API >= 1.25.; `AttachStderr`: Not in API >= 1.50.; `AttachStdin`: Not in API >= 1.50.; `AttachStdout`: Not in API >= 1.50.; `Domainname`: Not in API >= 1.50.; `Hostname`: Not in API >= 1.50.; `Image`: Not in API >= 1.50.; `MacAddress`: Not in API >= 1.50.; `NetworkDisabled`: Not in API >= 1.50.; `OpenStdin`: Not in API >= 1.50.; `StdinOnce`: Not in API >= 1.50.; `StopTimeout`: API >= 1.25. Not in API >= 1.50.; `Tty`: Not in API >= 1.50."""

    user: str | None = Field(default=None, alias="User")

    exposed_ports: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="ExposedPorts")

    env: list[str] | None = Field(default=None, alias="Env")

    cmd: list[str] | None = Field(default=None, alias="Cmd")

    healthcheck: HealthConfig | None = Field(default=None, alias="Healthcheck")

    args_escaped: bool | None = Field(default=None, alias="ArgsEscaped")

    volumes: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="Volumes")

    working_dir: str | None = Field(default=None, alias="WorkingDir")

    entrypoint: list[str] | None = Field(default=None, alias="Entrypoint")

    on_build: list[str] | None = Field(default=None, alias="OnBuild")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    stop_signal: str | None = Field(default=None, alias="StopSignal")

    shell: list[str] | None = Field(default=None, alias="Shell")

    attach_stderr: bool | None = Field(default=None, alias="AttachStderr")

    attach_stdin: bool | None = Field(default=None, alias="AttachStdin")

    attach_stdout: bool | None = Field(default=None, alias="AttachStdout")

    domainname: str | None = Field(default=None, alias="Domainname")

    hostname: str | None = Field(default=None, alias="Hostname")

    image: str | None = Field(default=None, alias="Image")

    mac_address: str | None = Field(default=None, alias="MacAddress")

    network_disabled: bool | None = Field(default=None, alias="NetworkDisabled")

    open_stdin: bool | None = Field(default=None, alias="OpenStdin")

    stdin_once: bool | None = Field(default=None, alias="StdinOnce")

    stop_timeout: int | None = Field(default=None, alias="StopTimeout")

    tty: bool | None = Field(default=None, alias="Tty")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ArgsEscaped": ((1, 25), None),
        "Shell": ((1, 25), None),
        "AttachStderr": (None, (1, 50)),
        "AttachStdin": (None, (1, 50)),
        "AttachStdout": (None, (1, 50)),
        "Domainname": (None, (1, 50)),
        "Hostname": (None, (1, 50)),
        "Image": (None, (1, 50)),
        "MacAddress": (None, (1, 50)),
        "NetworkDisabled": (None, (1, 50)),
        "OpenStdin": (None, (1, 50)),
        "StdinOnce": (None, (1, 50)),
        "StopTimeout": ((1, 25), (1, 50)),
        "Tty": (None, (1, 50)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Healthcheck": "HealthConfig",
    }


class ImageDeleteResponseItem(DockerModel):
    """The Engine API's `ImageDeleteResponseItem` object."""

    untagged: str | None = Field(default=None, alias="Untagged")

    deleted: str | None = Field(default=None, alias="Deleted")


class ImageHistoryResponseItem(DockerModel):
    """The Engine API's `ImageHistoryResponseItem` object."""

    id: str | None = Field(default=None, alias="Id")

    created: int | None = Field(default=None, alias="Created")

    created_by: str | None = Field(default=None, alias="CreatedBy")

    tags: list[str] | None = Field(default=None, alias="Tags")

    size: int | None = Field(default=None, alias="Size")

    comment: str | None = Field(default=None, alias="Comment")


class ImageID(DockerModel):
    """The Engine API's `ImageID` object.

    Fields not in every API version: `ID`: API >= 1.36."""

    id: str | None = Field(default=None, alias="ID")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ID": ((1, 36), None),
    }


class ImageInspect(DockerModel):
    """The Engine API's `ImageInspect` object.

    Fields not in every API version: `Descriptor`: API >= 1.48.; `Manifests`: API >= 1.48.; `Identity`: API >= 1.53.; `Variant`: API >= 1.39.; `OsVersion`: API >= 1.25.; `Metadata`: API >= 1.31.; `Container`: Not in API >= 1.45.; `ContainerConfig`: Not in API >= 1.45.; `DockerVersion`: Not in API >= 1.52.; `Parent`: Not in API >= 1.52.; `VirtualSize`: Not in API >= 1.44."""

    id: str | None = Field(default=None, alias="Id")

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor")

    manifests: list[ImageManifestSummary] | None = Field(default=None, alias="Manifests")

    identity: Identity | None = Field(default=None, alias="Identity")

    repo_tags: list[str] | None = Field(default=None, alias="RepoTags")

    repo_digests: list[str] | None = Field(default=None, alias="RepoDigests")

    comment: str | None = Field(default=None, alias="Comment")

    created: str | None = Field(default=None, alias="Created")

    author: str | None = Field(default=None, alias="Author")

    config: ImageConfig | None = Field(default=None, alias="Config")

    architecture: str | None = Field(default=None, alias="Architecture")

    variant: str | None = Field(default=None, alias="Variant")

    os: str | None = Field(default=None, alias="Os")

    os_version: str | None = Field(default=None, alias="OsVersion")

    size: int | None = Field(default=None, alias="Size")

    graph_driver: DriverData | None = Field(default=None, alias="GraphDriver")

    root_fs: ImageInspectRootFS | None = Field(default=None, alias="RootFS")

    metadata: ImageInspectMetadata | None = Field(default=None, alias="Metadata")

    container: str | None = Field(default=None, alias="Container")

    container_config: ContainerConfig | None = Field(default=None, alias="ContainerConfig")

    docker_version: str | None = Field(default=None, alias="DockerVersion")

    parent: str | None = Field(default=None, alias="Parent")

    virtual_size: int | None = Field(default=None, alias="VirtualSize")

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


class ImageInspectMetadata(DockerModel):
    """The Engine API's `ImageInspectMetadata` object.

    Fields not in every API version: `LastTagTime`: API >= 1.31."""

    last_tag_time: str | None = Field(default=None, alias="LastTagTime")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "LastTagTime": ((1, 31), None),
    }


class ImageInspectRootFS(DockerModel):
    """The Engine API's `ImageInspectRootFS` object."""

    type: str | None = Field(default=None, alias="Type")

    layers: list[str] | None = Field(default=None, alias="Layers")


class ImageManifestSummary(DockerModel):
    """The Engine API's `ImageManifestSummary` object.

    Fields not in every API version: `ID`: API >= 1.47.; `Descriptor`: API >= 1.47.; `Available`: API >= 1.47.; `Size`: API >= 1.47.; `Kind`: API >= 1.47.; `ImageData`: API >= 1.47.; `AttestationData`: API >= 1.47."""

    id: str | None = Field(default=None, alias="ID")

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor")

    available: bool | None = Field(default=None, alias="Available")

    size: ImageManifestSummarySize | None = Field(default=None, alias="Size")

    kind: Literal["image", "attestation", "unknown"] | str | None = Field(default=None, alias="Kind")

    image_data: ImageManifestSummaryImageData | None = Field(default=None, alias="ImageData")

    attestation_data: ImageManifestSummaryAttestationData | None = Field(
        default=None, alias="AttestationData"
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


class ImageManifestSummaryAttestationData(DockerModel):
    """The Engine API's `ImageManifestSummaryAttestationData` object.

    Fields not in every API version: `For`: API >= 1.47."""

    for_: str | None = Field(default=None, alias="For")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "For": ((1, 47), None),
    }


class ImageManifestSummaryImageData(DockerModel):
    """The Engine API's `ImageManifestSummaryImageData` object.

    Fields not in every API version: `Platform`: API >= 1.47.; `Identity`: API >= 1.54.; `Containers`: API >= 1.47.; `Size`: API >= 1.47."""

    platform: OCIPlatform | None = Field(default=None, alias="Platform")

    identity: Identity | None = Field(default=None, alias="Identity")

    containers: list[str] | None = Field(default=None, alias="Containers")

    size: ImageManifestSummaryImageDataSize | None = Field(default=None, alias="Size")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Platform": ((1, 47), None),
        "Identity": ((1, 54), None),
        "Containers": ((1, 47), None),
        "Size": ((1, 47), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Platform": "OCIPlatform",
        "Identity": "Identity",
        "Size": "ImageManifestSummaryImageDataSize",
    }


class ImageManifestSummaryImageDataSize(DockerModel):
    """The Engine API's `ImageManifestSummaryImageDataSize` object.

    Fields not in every API version: `Unpacked`: API >= 1.47."""

    unpacked: int | None = Field(default=None, alias="Unpacked")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Unpacked": ((1, 47), None),
    }


class ImageManifestSummarySize(DockerModel):
    """The Engine API's `ImageManifestSummarySize` object.

    Fields not in every API version: `Total`: API >= 1.47.; `Content`: API >= 1.47."""

    total: int | None = Field(default=None, alias="Total")

    content: int | None = Field(default=None, alias="Content")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Total": ((1, 47), None),
        "Content": ((1, 47), None),
    }


class ImagePruneResponse(DockerModel):
    """The Engine API's `ImagePruneResponse` object.

    Fields not in every API version: `ImagesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    images_deleted: list[ImageDeleteResponseItem] | None = Field(default=None, alias="ImagesDeleted")

    space_reclaimed: int | None = Field(default=None, alias="SpaceReclaimed")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ImagesDeleted": ((1, 25), None),
        "SpaceReclaimed": ((1, 25), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ImagesDeleted": "ImageDeleteResponseItem",
    }


class ImageSearchResponseItem(DockerModel):
    """The Engine API's `ImageSearchResponseItem` object."""

    description: str | None = Field(default=None, alias="description")

    is_official: bool | None = Field(default=None, alias="is_official")

    is_automated: bool | None = Field(default=None, alias="is_automated")

    name: str | None = Field(default=None, alias="name")

    star_count: int | None = Field(default=None, alias="star_count")


class ImageSummary(DockerModel):
    """The Engine API's `ImageSummary` object.

    Fields not in every API version: `SharedSize`: API >= 1.25.; `Manifests`: API >= 1.47.; `Descriptor`: API >= 1.48.; `VirtualSize`: Not in API >= 1.44."""

    id: str | None = Field(default=None, alias="Id")

    parent_id: str | None = Field(default=None, alias="ParentId")

    repo_tags: list[str] | None = Field(default=None, alias="RepoTags")

    repo_digests: list[str] | None = Field(default=None, alias="RepoDigests")

    created: int | None = Field(default=None, alias="Created")

    size: int | None = Field(default=None, alias="Size")

    shared_size: int | None = Field(default=None, alias="SharedSize")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    containers: int | None = Field(default=None, alias="Containers")

    manifests: list[ImageManifestSummary] | None = Field(default=None, alias="Manifests")

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor")

    virtual_size: int | None = Field(default=None, alias="VirtualSize")

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


class ImagesDiskUsage(DockerModel):
    """The Engine API's `ImagesDiskUsage` object.

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    active_count: int | None = Field(default=None, alias="ActiveCount")

    total_count: int | None = Field(default=None, alias="TotalCount")

    reclaimable: int | None = Field(default=None, alias="Reclaimable")

    total_size: int | None = Field(default=None, alias="TotalSize")

    items_: list[Any] | None = Field(default=None, alias="Items")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ActiveCount": ((1, 52), None),
        "TotalCount": ((1, 52), None),
        "Reclaimable": ((1, 52), None),
        "TotalSize": ((1, 52), None),
        "Items": ((1, 52), None),
    }


class IndexInfo(DockerModel):
    """The Engine API's `IndexInfo` object."""

    name: str | None = Field(default=None, alias="Name")

    mirrors: list[str] | None = Field(default=None, alias="Mirrors")

    secure: bool | None = Field(default=None, alias="Secure")

    official: bool | None = Field(default=None, alias="Official")


class JoinTokens(DockerModel):
    """The Engine API's `JoinTokens` object."""

    worker: str | None = Field(default=None, alias="Worker")

    manager: str | None = Field(default=None, alias="Manager")


class Limit(DockerModel):
    """The Engine API's `Limit` object.

    Fields not in every API version: `Pids`: API >= 1.41.; `GenericResources`: API >= 1.32. Not in API >= 1.41."""

    nano_cpus: int | None = Field(default=None, alias="NanoCPUs")

    memory_bytes: int | None = Field(default=None, alias="MemoryBytes")

    pids: int | None = Field(default=None, alias="Pids")

    generic_resources: GenericResources | None = Field(default=None, alias="GenericResources")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Pids": ((1, 41), None),
        "GenericResources": ((1, 32), (1, 41)),
    }


class ManagerStatus(DockerModel):
    """The Engine API's `ManagerStatus` object.

    Fields not in every API version: `Leader`: API >= 1.32.; `Reachability`: API >= 1.32.; `Addr`: API >= 1.32."""

    leader: bool | None = Field(default=None, alias="Leader")

    reachability: Reachability | None = Field(default=None, alias="Reachability")

    addr: str | None = Field(default=None, alias="Addr")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Leader": ((1, 32), None),
        "Reachability": ((1, 32), None),
        "Addr": ((1, 32), None),
    }


class Mount(DockerModel):
    """The Engine API's `Mount` object.

    Fields not in every API version: `Consistency`: API >= 1.28.; `ImageOptions`: API >= 1.48.; `TmpfsOptions`: API >= 1.25."""

    target: str | None = Field(default=None, alias="Target")

    source: str | None = Field(default=None, alias="Source")

    type: MountType | None = Field(default=None, alias="Type")

    read_only: bool | None = Field(default=None, alias="ReadOnly")

    consistency: str | None = Field(default=None, alias="Consistency")

    bind_options: MountBindOptions | None = Field(default=None, alias="BindOptions")

    volume_options: MountVolumeOptions | None = Field(default=None, alias="VolumeOptions")

    image_options: MountImageOptions | None = Field(default=None, alias="ImageOptions")

    tmpfs_options: MountTmpfsOptions | None = Field(default=None, alias="TmpfsOptions")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Consistency": ((1, 28), None),
        "ImageOptions": ((1, 48), None),
        "TmpfsOptions": ((1, 25), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "BindOptions": "MountBindOptions",
        "VolumeOptions": "MountVolumeOptions",
        "ImageOptions": "MountImageOptions",
        "TmpfsOptions": "MountTmpfsOptions",
    }


class MountBindOptions(DockerModel):
    """The Engine API's `MountBindOptions` object.

    Fields not in every API version: `NonRecursive`: API >= 1.40.; `CreateMountpoint`: API >= 1.42.; `ReadOnlyNonRecursive`: API >= 1.44.; `ReadOnlyForceRecursive`: API >= 1.44."""

    propagation: Literal["private", "rprivate", "shared", "rshared", "slave", "rslave"] | str | None = Field(
        default=None, alias="Propagation"
    )

    non_recursive: bool | None = Field(default=None, alias="NonRecursive")

    create_mountpoint: bool | None = Field(default=None, alias="CreateMountpoint")

    read_only_non_recursive: bool | None = Field(default=None, alias="ReadOnlyNonRecursive")

    read_only_force_recursive: bool | None = Field(default=None, alias="ReadOnlyForceRecursive")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NonRecursive": ((1, 40), None),
        "CreateMountpoint": ((1, 42), None),
        "ReadOnlyNonRecursive": ((1, 44), None),
        "ReadOnlyForceRecursive": ((1, 44), None),
    }


class MountImageOptions(DockerModel):
    """The Engine API's `MountImageOptions` object.

    Fields not in every API version: `Subpath`: API >= 1.48."""

    subpath: str | None = Field(default=None, alias="Subpath")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Subpath": ((1, 48), None),
    }


class MountPoint(DockerModel):
    """The Engine API's `MountPoint` object."""

    type: MountType | None = Field(default=None, alias="Type")

    name: str | None = Field(default=None, alias="Name")

    source: str | None = Field(default=None, alias="Source")

    destination: str | None = Field(default=None, alias="Destination")

    driver: str | None = Field(default=None, alias="Driver")

    mode: str | None = Field(default=None, alias="Mode")

    rw: bool | None = Field(default=None, alias="RW")

    propagation: str | None = Field(default=None, alias="Propagation")


class MountTmpfsOptions(DockerModel):
    """The Engine API's `MountTmpfsOptions` object.

    Fields not in every API version: `SizeBytes`: API >= 1.25.; `Options`: API >= 1.46."""

    size_bytes: int | None = Field(default=None, alias="SizeBytes")

    mode: int | None = Field(default=None, alias="Mode")

    options: list[list[str]] | None = Field(default=None, alias="Options")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "SizeBytes": ((1, 25), None),
        "Options": ((1, 46), None),
    }


class MountVolumeOptions(DockerModel):
    """The Engine API's `MountVolumeOptions` object.

    Fields not in every API version: `Subpath`: API >= 1.45."""

    no_copy: bool | None = Field(default=None, alias="NoCopy")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    driver_config: MountVolumeOptionsDriverConfig | None = Field(default=None, alias="DriverConfig")

    subpath: str | None = Field(default=None, alias="Subpath")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Subpath": ((1, 45), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "DriverConfig": "MountVolumeOptionsDriverConfig",
    }


class MountVolumeOptionsDriverConfig(DockerModel):
    """The Engine API's `MountVolumeOptionsDriverConfig` object."""

    name: str | None = Field(default=None, alias="Name")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")


class NRIInfo(DockerModel):
    """The Engine API's `NRIInfo` object.

    Fields not in every API version: `Info`: API >= 1.53."""

    info: list[list[str]] | None = Field(default=None, alias="Info")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Info": ((1, 53), None),
    }


class Network(DockerModel):
    """The Engine API's `Network` object.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Containers`: Not in API >= 1.52."""

    name: str | None = Field(default=None, alias="Name")

    id: str | None = Field(default=None, alias="Id")

    created: str | None = Field(default=None, alias="Created")

    scope: str | None = Field(default=None, alias="Scope")

    driver: str | None = Field(default=None, alias="Driver")

    enable_ipv4: bool | None = Field(default=None, alias="EnableIPv4")

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6")

    ipam: IPAM | None = Field(default=None, alias="IPAM")

    internal: bool | None = Field(default=None, alias="Internal")

    attachable: bool | None = Field(default=None, alias="Attachable")

    ingress: bool | None = Field(default=None, alias="Ingress")

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom")

    config_only: bool | None = Field(default=None, alias="ConfigOnly")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    peers: list[PeerInfo] | None = Field(default=None, alias="Peers")

    containers: dict[str, EndpointResource | None] | None = Field(default=None, alias="Containers")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "EnableIPv4": ((1, 47), None),
        "Attachable": ((1, 27), None),
        "Ingress": ((1, 29), None),
        "ConfigFrom": ((1, 41), None),
        "ConfigOnly": ((1, 41), None),
        "Peers": ((1, 41), None),
        "Containers": (None, (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "IPAM": "IPAM",
        "ConfigFrom": "ConfigReference",
        "Peers": "PeerInfo",
        "Containers": "EndpointResource",
    }


class NetworkAttachment(DockerModel):
    """The Engine API's `NetworkAttachment` object."""

    network: Network | None = Field(default=None, alias="Network")

    addresses: list[str] | None = Field(default=None, alias="Addresses")
    __wire_models__: ClassVar[dict[str, str]] = {
        "Network": "Network",
    }


class NetworkAttachmentConfig(DockerModel):
    """The Engine API's `NetworkAttachmentConfig` object.

    Fields not in every API version: `DriverOpts`: API >= 1.39."""

    target: str | None = Field(default=None, alias="Target")

    aliases: list[str] | None = Field(default=None, alias="Aliases")

    driver_opts: dict[str, str | None] | None = Field(default=None, alias="DriverOpts")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "DriverOpts": ((1, 39), None),
    }


class NetworkConnectRequest(DockerModel):
    """The Engine API's `NetworkConnectRequest` object."""

    container: str | None = Field(default=None, alias="Container")

    endpoint_config: EndpointSettings | None = Field(default=None, alias="EndpointConfig")
    __wire_models__: ClassVar[dict[str, str]] = {
        "EndpointConfig": "EndpointSettings",
    }


class NetworkCreateRequest(DockerModel):
    """The Engine API's `NetworkCreateRequest` object.

    Fields not in every API version: `Scope`: API >= 1.41.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigOnly`: API >= 1.41.; `ConfigFrom`: API >= 1.41.; `EnableIPv4`: API >= 1.47.; `CheckDuplicate`: Not in API >= 1.46."""

    name: str | None = Field(default=None, alias="Name")

    driver: str | None = Field(default=None, alias="Driver")

    scope: str | None = Field(default=None, alias="Scope")

    internal: bool | None = Field(default=None, alias="Internal")

    attachable: bool | None = Field(default=None, alias="Attachable")

    ingress: bool | None = Field(default=None, alias="Ingress")

    config_only: bool | None = Field(default=None, alias="ConfigOnly")

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom")

    ipam: IPAM | None = Field(default=None, alias="IPAM")

    enable_ipv4: bool | None = Field(default=None, alias="EnableIPv4")

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    check_duplicate: bool | None = Field(default=None, alias="CheckDuplicate")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Scope": ((1, 41), None),
        "Attachable": ((1, 27), None),
        "Ingress": ((1, 29), None),
        "ConfigOnly": ((1, 41), None),
        "ConfigFrom": ((1, 41), None),
        "EnableIPv4": ((1, 47), None),
        "CheckDuplicate": (None, (1, 46)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ConfigFrom": "ConfigReference",
        "IPAM": "IPAM",
    }


class NetworkCreateResponse(DockerModel):
    """The Engine API's `NetworkCreateResponse` object."""

    id: str | None = Field(default=None, alias="Id")

    warning: str | None = Field(default=None, alias="Warning")


class NetworkDisconnectRequest(DockerModel):
    """The Engine API's `NetworkDisconnectRequest` object."""

    container: str | None = Field(default=None, alias="Container")

    force: bool | None = Field(default=None, alias="Force")


class NetworkInspect(DockerModel):
    """The Engine API's `NetworkInspect` object.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Services`: API >= 1.52.; `Status`: API >= 1.52."""

    name: str | None = Field(default=None, alias="Name")

    id: str | None = Field(default=None, alias="Id")

    created: str | None = Field(default=None, alias="Created")

    scope: str | None = Field(default=None, alias="Scope")

    driver: str | None = Field(default=None, alias="Driver")

    enable_ipv4: bool | None = Field(default=None, alias="EnableIPv4")

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6")

    ipam: IPAM | None = Field(default=None, alias="IPAM")

    internal: bool | None = Field(default=None, alias="Internal")

    attachable: bool | None = Field(default=None, alias="Attachable")

    ingress: bool | None = Field(default=None, alias="Ingress")

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom")

    config_only: bool | None = Field(default=None, alias="ConfigOnly")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    peers: list[PeerInfo] | None = Field(default=None, alias="Peers")

    containers: dict[str, EndpointResource | None] | None = Field(default=None, alias="Containers")

    services: dict[str, Any] | None = Field(default=None, alias="Services")

    status: NetworkStatus | None = Field(default=None, alias="Status")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "EnableIPv4": ((1, 47), None),
        "Attachable": ((1, 27), None),
        "Ingress": ((1, 29), None),
        "ConfigFrom": ((1, 41), None),
        "ConfigOnly": ((1, 41), None),
        "Peers": ((1, 41), None),
        "Services": ((1, 52), None),
        "Status": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "IPAM": "IPAM",
        "ConfigFrom": "ConfigReference",
        "Peers": "PeerInfo",
        "Containers": "EndpointResource",
        "Status": "NetworkStatus",
    }


class NetworkPruneResponse(DockerModel):
    """The Engine API's `NetworkPruneResponse` object.

    Fields not in every API version: `NetworksDeleted`: API >= 1.26.; `VolumesDeleted`: API >= 1.25. Not in API >= 1.26."""

    networks_deleted: list[str] | None = Field(default=None, alias="NetworksDeleted")

    volumes_deleted: list[str] | None = Field(default=None, alias="VolumesDeleted")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NetworksDeleted": ((1, 26), None),
        "VolumesDeleted": ((1, 25), (1, 26)),
    }


class NetworkSettings(DockerModel):
    """The Engine API's `NetworkSettings` object.

    Fields not in every API version: `SandboxID`: API >= 1.32.; `SandboxKey`: API >= 1.32.; `Networks`: API >= 1.32.; `Address`: API >= 1.25. Not in API >= 1.32.; `Bridge`: Not in API >= 1.52.; `EndpointID`: API >= 1.32. Not in API >= 1.52.; `Gateway`: Not in API >= 1.52.; `GlobalIPv6Address`: API >= 1.32. Not in API >= 1.52.; `GlobalIPv6PrefixLen`: API >= 1.32. Not in API >= 1.52.; `HairpinMode`: API >= 1.32. Not in API >= 1.52.; `IPAddress`: API >= 1.32. Not in API >= 1.52.; `IPPrefixLen`: Not in API >= 1.52.; `IPv6Gateway`: API >= 1.32. Not in API >= 1.52.; `LinkLocalIPv6Address`: API >= 1.32. Not in API >= 1.52.; `LinkLocalIPv6PrefixLen`: API >= 1.32. Not in API >= 1.52.; `MacAddress`: Not in API >= 1.52.; `PortMapping`: API >= 1.25. Not in API >= 1.32.; `SecondaryIPAddresses`: API >= 1.32. Not in API >= 1.52.; `SecondaryIPv6Addresses`: API >= 1.32. Not in API >= 1.52."""

    sandbox_id: str | None = Field(default=None, alias="SandboxID")

    sandbox_key: str | None = Field(default=None, alias="SandboxKey")

    ports: PortMap | None = Field(default=None, alias="Ports")

    networks: dict[str, EndpointSettings | None] | None = Field(default=None, alias="Networks")

    address: str | None = Field(default=None, alias="Address")

    bridge: str | None = Field(default=None, alias="Bridge")

    endpoint_id: str | None = Field(default=None, alias="EndpointID")

    gateway: str | None = Field(default=None, alias="Gateway")

    global_ipv6_address: str | None = Field(default=None, alias="GlobalIPv6Address")

    global_ipv6_prefix_len: int | None = Field(default=None, alias="GlobalIPv6PrefixLen")

    hairpin_mode: bool | None = Field(default=None, alias="HairpinMode")

    ip_address: str | None = Field(default=None, alias="IPAddress")

    ip_prefix_len: int | None = Field(default=None, alias="IPPrefixLen")

    ipv6_gateway: str | None = Field(default=None, alias="IPv6Gateway")

    link_local_ipv6_address: str | None = Field(default=None, alias="LinkLocalIPv6Address")

    link_local_ipv6_prefix_len: int | None = Field(default=None, alias="LinkLocalIPv6PrefixLen")

    mac_address: str | None = Field(default=None, alias="MacAddress")

    port_mapping: str | None = Field(default=None, alias="PortMapping")

    secondary_ip_addresses: list[Address] | None = Field(default=None, alias="SecondaryIPAddresses")

    secondary_ipv6_addresses: list[Address] | None = Field(default=None, alias="SecondaryIPv6Addresses")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "SandboxID": ((1, 32), None),
        "SandboxKey": ((1, 32), None),
        "Networks": ((1, 32), None),
        "Address": ((1, 25), (1, 32)),
        "Bridge": (None, (1, 52)),
        "EndpointID": ((1, 32), (1, 52)),
        "Gateway": (None, (1, 52)),
        "GlobalIPv6Address": ((1, 32), (1, 52)),
        "GlobalIPv6PrefixLen": ((1, 32), (1, 52)),
        "HairpinMode": ((1, 32), (1, 52)),
        "IPAddress": ((1, 32), (1, 52)),
        "IPPrefixLen": (None, (1, 52)),
        "IPv6Gateway": ((1, 32), (1, 52)),
        "LinkLocalIPv6Address": ((1, 32), (1, 52)),
        "LinkLocalIPv6PrefixLen": ((1, 32), (1, 52)),
        "MacAddress": (None, (1, 52)),
        "PortMapping": ((1, 25), (1, 32)),
        "SecondaryIPAddresses": ((1, 32), (1, 52)),
        "SecondaryIPv6Addresses": ((1, 32), (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Networks": "EndpointSettings",
        "SecondaryIPAddresses": "Address",
        "SecondaryIPv6Addresses": "Address",
    }


class NetworkStatus(DockerModel):
    """The Engine API's `NetworkStatus` object.

    Fields not in every API version: `IPAM`: API >= 1.52."""

    ipam: IPAMStatus | None = Field(default=None, alias="IPAM")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "IPAM": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "IPAM": "IPAMStatus",
    }


class NetworkSummary(DockerModel):
    """The Engine API's `NetworkSummary` object.

    Fields not in every API version: `Name`: API >= 1.52.; `Id`: API >= 1.52.; `Created`: API >= 1.52.; `Scope`: API >= 1.52.; `Driver`: API >= 1.52.; `EnableIPv4`: API >= 1.52.; `EnableIPv6`: API >= 1.52.; `IPAM`: API >= 1.52.; `Internal`: API >= 1.52.; `Attachable`: API >= 1.52.; `Ingress`: API >= 1.52.; `ConfigFrom`: API >= 1.52.; `ConfigOnly`: API >= 1.52.; `Options`: API >= 1.52.; `Labels`: API >= 1.52.; `Peers`: API >= 1.52."""

    name: str | None = Field(default=None, alias="Name")

    id: str | None = Field(default=None, alias="Id")

    created: str | None = Field(default=None, alias="Created")

    scope: str | None = Field(default=None, alias="Scope")

    driver: str | None = Field(default=None, alias="Driver")

    enable_ipv4: bool | None = Field(default=None, alias="EnableIPv4")

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6")

    ipam: IPAM | None = Field(default=None, alias="IPAM")

    internal: bool | None = Field(default=None, alias="Internal")

    attachable: bool | None = Field(default=None, alias="Attachable")

    ingress: bool | None = Field(default=None, alias="Ingress")

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom")

    config_only: bool | None = Field(default=None, alias="ConfigOnly")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    peers: list[PeerInfo] | None = Field(default=None, alias="Peers")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 52), None),
        "Id": ((1, 52), None),
        "Created": ((1, 52), None),
        "Scope": ((1, 52), None),
        "Driver": ((1, 52), None),
        "EnableIPv4": ((1, 52), None),
        "EnableIPv6": ((1, 52), None),
        "IPAM": ((1, 52), None),
        "Internal": ((1, 52), None),
        "Attachable": ((1, 52), None),
        "Ingress": ((1, 52), None),
        "ConfigFrom": ((1, 52), None),
        "ConfigOnly": ((1, 52), None),
        "Options": ((1, 52), None),
        "Labels": ((1, 52), None),
        "Peers": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "IPAM": "IPAM",
        "ConfigFrom": "ConfigReference",
        "Peers": "PeerInfo",
    }


class NetworkTaskInfo(DockerModel):
    """The Engine API's `NetworkTaskInfo` object.

    Fields not in every API version: `Name`: API >= 1.52.; `EndpointID`: API >= 1.52.; `EndpointIP`: API >= 1.52.; `Info`: API >= 1.52."""

    name: str | None = Field(default=None, alias="Name")

    endpoint_id: str | None = Field(default=None, alias="EndpointID")

    endpoint_ip: str | None = Field(default=None, alias="EndpointIP")

    info: dict[str, str | None] | None = Field(default=None, alias="Info")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 52), None),
        "EndpointID": ((1, 52), None),
        "EndpointIP": ((1, 52), None),
        "Info": ((1, 52), None),
    }


class NetworkingConfig(DockerModel):
    """The Engine API's `NetworkingConfig` object."""

    endpoints_config: dict[str, EndpointSettings | None] | None = Field(default=None, alias="EndpointsConfig")
    __wire_models__: ClassVar[dict[str, str]] = {
        "EndpointsConfig": "EndpointSettings",
    }


class Node(DockerModel):
    """The Engine API's `Node` object.

    Fields not in every API version: `Status`: API >= 1.32.; `ManagerStatus`: API >= 1.32."""

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    spec: NodeSpec | None = Field(default=None, alias="Spec")

    description: NodeDescription | None = Field(default=None, alias="Description")

    status: NodeStatus | None = Field(default=None, alias="Status")

    manager_status: ManagerStatus | None = Field(default=None, alias="ManagerStatus")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Status": ((1, 32), None),
        "ManagerStatus": ((1, 32), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Version": "ObjectVersion",
        "Spec": "NodeSpec",
        "Description": "NodeDescription",
        "Status": "NodeStatus",
        "ManagerStatus": "ManagerStatus",
    }


class NodeDescription(DockerModel):
    """The Engine API's `NodeDescription` object.

    Fields not in every API version: `TLSInfo`: API >= 1.30."""

    hostname: str | None = Field(default=None, alias="Hostname")

    platform: Platform | None = Field(default=None, alias="Platform")

    resources: ResourceObject | None = Field(default=None, alias="Resources")

    engine: EngineDescription | None = Field(default=None, alias="Engine")

    tls_info: TLSInfo | None = Field(default=None, alias="TLSInfo")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "TLSInfo": ((1, 30), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Platform": "Platform",
        "Resources": "ResourceObject",
        "Engine": "EngineDescription",
        "TLSInfo": "TLSInfo",
    }


class NodeSpec(DockerModel):
    """The Engine API's `NodeSpec` object."""

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    role: Literal["worker", "manager"] | str | None = Field(default=None, alias="Role")

    availability: Literal["active", "pause", "drain"] | str | None = Field(default=None, alias="Availability")


class NodeStatus(DockerModel):
    """The Engine API's `NodeStatus` object.

    Fields not in every API version: `State`: API >= 1.32.; `Message`: API >= 1.32.; `Addr`: API >= 1.25."""

    state: NodeState | None = Field(default=None, alias="State")

    message: str | None = Field(default=None, alias="Message")

    addr: str | None = Field(default=None, alias="Addr")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "State": ((1, 32), None),
        "Message": ((1, 32), None),
        "Addr": ((1, 25), None),
    }


class OCIDescriptor(DockerModel):
    """The Engine API's `OCIDescriptor` object.

    Fields not in every API version: `mediaType`: API >= 1.40.; `digest`: API >= 1.40.; `size`: API >= 1.40.; `urls`: API >= 1.48.; `annotations`: API >= 1.48.; `data`: API >= 1.48.; `platform`: API >= 1.48.; `artifactType`: API >= 1.48."""

    media_type: str | None = Field(default=None, alias="mediaType")

    digest: str | None = Field(default=None, alias="digest")

    size: int | None = Field(default=None, alias="size")

    urls: list[str] | None = Field(default=None, alias="urls")

    annotations: dict[str, str | None] | None = Field(default=None, alias="annotations")

    data: str | None = Field(default=None, alias="data")

    platform: OCIPlatform | None = Field(default=None, alias="platform")

    artifact_type: str | None = Field(default=None, alias="artifactType")

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


class OCIPlatform(DockerModel):
    """The Engine API's `OCIPlatform` object.

    Fields not in every API version: `architecture`: API >= 1.40.; `os`: API >= 1.40.; `os.version`: API >= 1.40.; `os.features`: API >= 1.40.; `variant`: API >= 1.40.; `Features`: API >= 1.30. Not in API >= 1.40.; `OSFeatures`: API >= 1.30. Not in API >= 1.40.; `OSVersion`: API >= 1.30. Not in API >= 1.40."""

    architecture: str | None = Field(default=None, alias="architecture")

    os: str | None = Field(default=None, alias="os")

    os_version: str | None = Field(default=None, alias="os.version")

    os_features: list[str] | None = Field(default=None, alias="os.features")

    variant: str | None = Field(default=None, alias="variant")

    features: list[str] | None = Field(default=None, alias="Features")

    os_features_: list[str] | None = Field(default=None, alias="OSFeatures")

    os_version_: str | None = Field(default=None, alias="OSVersion")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "architecture": ((1, 40), None),
        "os": ((1, 40), None),
        "os.version": ((1, 40), None),
        "os.features": ((1, 40), None),
        "variant": ((1, 40), None),
        "Features": ((1, 30), (1, 40)),
        "OSFeatures": ((1, 30), (1, 40)),
        "OSVersion": ((1, 30), (1, 40)),
    }


class ObjectVersion(DockerModel):
    """The Engine API's `ObjectVersion` object."""

    index: int | None = Field(default=None, alias="Index")


class PeerInfo(DockerModel):
    """The Engine API's `PeerInfo` object.

    Fields not in every API version: `Name`: API >= 1.41.; `IP`: API >= 1.41."""

    name: str | None = Field(default=None, alias="Name")

    ip: str | None = Field(default=None, alias="IP")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 41), None),
        "IP": ((1, 41), None),
    }


class PeerNode(DockerModel):
    """The Engine API's `PeerNode` object.

    Fields not in every API version: `NodeID`: API >= 1.32.; `Addr`: API >= 1.32."""

    node_id: str | None = Field(default=None, alias="NodeID")

    addr: str | None = Field(default=None, alias="Addr")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NodeID": ((1, 32), None),
        "Addr": ((1, 32), None),
    }


class Platform(DockerModel):
    """The Engine API's `Platform` object."""

    architecture: str | None = Field(default=None, alias="Architecture")

    os: str | None = Field(default=None, alias="OS")


class Plugin(DockerModel):
    """The Engine API's `Plugin` object.

    Fields not in every API version: `Enabled`: API >= 1.25.; `Settings`: API >= 1.25.; `PluginReference`: API >= 1.26."""

    id: str | None = Field(default=None, alias="Id")

    name: str | None = Field(default=None, alias="Name")

    enabled: bool | None = Field(default=None, alias="Enabled")

    settings: PluginSettings | None = Field(default=None, alias="Settings")

    plugin_reference: str | None = Field(default=None, alias="PluginReference")

    config: PluginConfig | None = Field(default=None, alias="Config")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Enabled": ((1, 25), None),
        "Settings": ((1, 25), None),
        "PluginReference": ((1, 26), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Settings": "PluginSettings",
        "Config": "PluginConfig",
    }


class PluginConfig(DockerModel):
    """The Engine API's `PluginConfig` object.

    Fields not in every API version: `WorkDir`: API >= 1.25.; `Linux`: API >= 1.25.; `PropagatedMount`: API >= 1.25.; `IpcHost`: API >= 1.29.; `PidHost`: API >= 1.29.; `rootfs`: API >= 1.25.; `DockerVersion`: API >= 1.29. Not in API >= 1.52."""

    description: str | None = Field(default=None, alias="Description")

    documentation: str | None = Field(default=None, alias="Documentation")

    interface: PluginConfigInterface | None = Field(default=None, alias="Interface")

    entrypoint: list[str] | None = Field(default=None, alias="Entrypoint")

    work_dir: str | None = Field(default=None, alias="WorkDir")

    user: PluginConfigUser | None = Field(default=None, alias="User")

    network: PluginConfigNetwork | None = Field(default=None, alias="Network")

    linux: PluginConfigLinux | None = Field(default=None, alias="Linux")

    propagated_mount: str | None = Field(default=None, alias="PropagatedMount")

    ipc_host: bool | None = Field(default=None, alias="IpcHost")

    pid_host: bool | None = Field(default=None, alias="PidHost")

    mounts: list[PluginMount] | None = Field(default=None, alias="Mounts")

    env: list[PluginEnv] | None = Field(default=None, alias="Env")

    args: PluginConfigArgs | None = Field(default=None, alias="Args")

    rootfs: PluginConfigRootfs | None = Field(default=None, alias="rootfs")

    docker_version: str | None = Field(default=None, alias="DockerVersion")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "WorkDir": ((1, 25), None),
        "Linux": ((1, 25), None),
        "PropagatedMount": ((1, 25), None),
        "IpcHost": ((1, 29), None),
        "PidHost": ((1, 29), None),
        "rootfs": ((1, 25), None),
        "DockerVersion": ((1, 29), (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Interface": "PluginConfigInterface",
        "User": "PluginConfigUser",
        "Network": "PluginConfigNetwork",
        "Linux": "PluginConfigLinux",
        "Mounts": "PluginMount",
        "Env": "PluginEnv",
        "Args": "PluginConfigArgs",
        "rootfs": "PluginConfigRootfs",
    }


class PluginConfigArgs(DockerModel):
    """The Engine API's `PluginConfigArgs` object."""

    name: str | None = Field(default=None, alias="Name")

    description: str | None = Field(default=None, alias="Description")

    settable: list[str] | None = Field(default=None, alias="Settable")

    value: list[str] | None = Field(default=None, alias="Value")


class PluginConfigInterface(DockerModel):
    """The Engine API's `PluginConfigInterface` object.

    Fields not in every API version: `ProtocolScheme`: API >= 1.38."""

    types: list[str] | None = Field(default=None, alias="Types")

    socket: str | None = Field(default=None, alias="Socket")

    protocol_scheme: Literal["", "moby.plugins.http/v1"] | str | None = Field(
        default=None, alias="ProtocolScheme"
    )

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ProtocolScheme": ((1, 38), None),
    }


class PluginConfigLinux(DockerModel):
    """The Engine API's `PluginConfigLinux` object.

    Fields not in every API version: `AllowAllDevices`: API >= 1.25."""

    capabilities: list[str] | None = Field(default=None, alias="Capabilities")

    allow_all_devices: bool | None = Field(default=None, alias="AllowAllDevices")

    devices: list[PluginDevice] | None = Field(default=None, alias="Devices")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "AllowAllDevices": ((1, 25), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Devices": "PluginDevice",
    }


class PluginConfigNetwork(DockerModel):
    """The Engine API's `PluginConfigNetwork` object."""

    type: str | None = Field(default=None, alias="Type")


class PluginConfigRootfs(DockerModel):
    """The Engine API's `PluginConfigRootfs` object.

    Fields not in every API version: `diff_ids`: API >= 1.25."""

    type: str | None = Field(default=None, alias="type")

    diff_ids: list[str] | None = Field(default=None, alias="diff_ids")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "diff_ids": ((1, 25), None),
    }


class PluginConfigUser(DockerModel):
    """The Engine API's `PluginConfigUser` object.

    Fields not in every API version: `UID`: API >= 1.25.; `GID`: API >= 1.25."""

    uid: int | None = Field(default=None, alias="UID")

    gid: int | None = Field(default=None, alias="GID")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "UID": ((1, 25), None),
        "GID": ((1, 25), None),
    }


class PluginDevice(DockerModel):
    """The Engine API's `PluginDevice` object."""

    name: str | None = Field(default=None, alias="Name")

    description: str | None = Field(default=None, alias="Description")

    settable: list[str] | None = Field(default=None, alias="Settable")

    path: str | None = Field(default=None, alias="Path")


class PluginEnv(DockerModel):
    """The Engine API's `PluginEnv` object."""

    name: str | None = Field(default=None, alias="Name")

    description: str | None = Field(default=None, alias="Description")

    settable: list[str] | None = Field(default=None, alias="Settable")

    value: str | None = Field(default=None, alias="Value")


class PluginMount(DockerModel):
    """The Engine API's `PluginMount` object."""

    name: str | None = Field(default=None, alias="Name")

    description: str | None = Field(default=None, alias="Description")

    settable: list[str] | None = Field(default=None, alias="Settable")

    source: str | None = Field(default=None, alias="Source")

    destination: str | None = Field(default=None, alias="Destination")

    type: str | None = Field(default=None, alias="Type")

    options: list[str] | None = Field(default=None, alias="Options")


class PluginPrivilege(DockerModel):
    """The Engine API's `PluginPrivilege` object."""

    name: str | None = Field(default=None, alias="Name")

    description: str | None = Field(default=None, alias="Description")

    value: list[str] | None = Field(default=None, alias="Value")


class PluginSettings(DockerModel):
    """The Engine API's `PluginSettings` object."""

    mounts: list[PluginMount] | None = Field(default=None, alias="Mounts")

    env: list[str] | None = Field(default=None, alias="Env")

    args: list[str] | None = Field(default=None, alias="Args")

    devices: list[PluginDevice] | None = Field(default=None, alias="Devices")
    __wire_models__: ClassVar[dict[str, str]] = {
        "Mounts": "PluginMount",
        "Devices": "PluginDevice",
    }


class PluginsInfo(DockerModel):
    """The Engine API's `PluginsInfo` object.

    Fields not in every API version: `Authorization`: API >= 1.32.; `Log`: API >= 1.30."""

    volume: list[str] | None = Field(default=None, alias="Volume")

    network: list[str] | None = Field(default=None, alias="Network")

    authorization: list[str] | None = Field(default=None, alias="Authorization")

    log: list[str] | None = Field(default=None, alias="Log")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Authorization": ((1, 32), None),
        "Log": ((1, 30), None),
    }


class PortBinding(DockerModel):
    """The Engine API's `PortBinding` object.

    Fields not in every API version: `HostIp`: API >= 1.32.; `HostPort`: API >= 1.32."""

    host_ip: str | None = Field(default=None, alias="HostIp")

    host_port: str | None = Field(default=None, alias="HostPort")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "HostIp": ((1, 32), None),
        "HostPort": ((1, 32), None),
    }


class PortStatus(DockerModel):
    """The Engine API's `PortStatus` object.

    Fields not in every API version: `Ports`: API >= 1.44."""

    ports: list[EndpointPortConfig] | None = Field(default=None, alias="Ports")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Ports": ((1, 44), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Ports": "EndpointPortConfig",
    }


class PortSummary(DockerModel):
    """The Engine API's `PortSummary` object.

    Fields not in every API version: `IP`: API >= 1.25."""

    ip: str | None = Field(default=None, alias="IP")

    private_port: int | None = Field(default=None, alias="PrivatePort")

    public_port: int | None = Field(default=None, alias="PublicPort")

    type: Literal["tcp", "udp", "sctp"] | str | None = Field(default=None, alias="Type")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "IP": ((1, 25), None),
    }


class ProcessConfig(DockerModel):
    """The Engine API's `ProcessConfig` object."""

    privileged: bool | None = Field(default=None, alias="privileged")

    user: str | None = Field(default=None, alias="user")

    tty: bool | None = Field(default=None, alias="tty")

    entrypoint: str | None = Field(default=None, alias="entrypoint")

    arguments: list[str] | None = Field(default=None, alias="arguments")


class ProgressDetail(DockerModel):
    """The Engine API's `ProgressDetail` object.

    Fields not in every API version: `current`: API >= 1.36.; `total`: API >= 1.36.; `code`: Not in API >= 1.36.; `message`: Not in API >= 1.36."""

    current: int | None = Field(default=None, alias="current")

    total: int | None = Field(default=None, alias="total")

    code: int | None = Field(default=None, alias="code")

    message: int | None = Field(default=None, alias="message")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "current": ((1, 36), None),
        "total": ((1, 36), None),
        "code": (None, (1, 36)),
        "message": (None, (1, 36)),
    }


class ProgressMessage(DockerModel):
    """The Engine API's `ProgressMessage` object."""

    status: str | None = Field(default=None, alias="status")

    id: str | None = Field(default=None, alias="id")

    progress: str | None = Field(default=None, alias="progress")

    progress_detail: ProgressDetail | None = Field(default=None, alias="progressDetail")

    stream: str | None = Field(default=None, alias="stream")

    error: str | None = Field(default=None, alias="error")

    error_detail: ErrorDetail | None = Field(default=None, alias="errorDetail")

    aux: Any = Field(default=None, alias="aux")

    from_: str | None = Field(default=None, alias="from")

    time: int | None = Field(default=None, alias="time")

    time_nano: int | None = Field(default=None, alias="timeNano")
    __wire_models__: ClassVar[dict[str, str]] = {
        "progressDetail": "ProgressDetail",
        "errorDetail": "ErrorDetail",
    }


class PullIdentity(DockerModel):
    """The Engine API's `PullIdentity` object.

    Fields not in every API version: `Repository`: API >= 1.53."""

    repository: str | None = Field(default=None, alias="Repository")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Repository": ((1, 53), None),
    }


class PushImageInfo(DockerModel):
    """The Engine API's `PushImageInfo` object.

    Fields not in every API version: `errorDetail`: API >= 1.48.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    error_detail: ErrorDetail | None = Field(default=None, alias="errorDetail")

    status: str | None = Field(default=None, alias="status")

    progress_detail: ProgressDetail | None = Field(default=None, alias="progressDetail")

    error: str | None = Field(default=None, alias="error")

    progress: str | None = Field(default=None, alias="progress")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "errorDetail": ((1, 48), None),
        "error": (None, (1, 52)),
        "progress": (None, (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "errorDetail": "ErrorDetail",
        "progressDetail": "ProgressDetail",
    }


class RegistryServiceConfig(DockerModel):
    """The Engine API's `RegistryServiceConfig` object.

    Fields not in every API version: `Mirrors`: API >= 1.32.; `AllowNondistributableArtifactsCIDRs`: API >= 1.32. Not in API >= 1.49.; `AllowNondistributableArtifactsHostnames`: API >= 1.32. Not in API >= 1.49."""

    insecure_registry_cidrs: list[str] | None = Field(default=None, alias="InsecureRegistryCIDRs")

    index_configs: dict[str, IndexInfo | None] | None = Field(default=None, alias="IndexConfigs")

    mirrors: list[str] | None = Field(default=None, alias="Mirrors")

    allow_nondistributable_artifacts_cidrs: list[str] | None = Field(
        default=None, alias="AllowNondistributableArtifactsCIDRs"
    )

    allow_nondistributable_artifacts_hostnames: list[str] | None = Field(
        default=None, alias="AllowNondistributableArtifactsHostnames"
    )

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Mirrors": ((1, 32), None),
        "AllowNondistributableArtifactsCIDRs": ((1, 32), (1, 49)),
        "AllowNondistributableArtifactsHostnames": ((1, 32), (1, 49)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "IndexConfigs": "IndexInfo",
    }


class ResourceObject(DockerModel):
    """The Engine API's `ResourceObject` object.

    Fields not in every API version: `GenericResources`: API >= 1.32."""

    nano_cpus: int | None = Field(default=None, alias="NanoCPUs")

    memory_bytes: int | None = Field(default=None, alias="MemoryBytes")

    generic_resources: GenericResources | None = Field(default=None, alias="GenericResources")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "GenericResources": ((1, 32), None),
    }


class Resources(DockerModel):
    """The Engine API's `Resources` object.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.37.; `CpuCount`: API >= 1.25.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: API >= 1.36. Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    cpu_shares: int | None = Field(default=None, alias="CpuShares")

    memory: int | None = Field(default=None, alias="Memory")

    cgroup_parent: str | None = Field(default=None, alias="CgroupParent")

    blkio_weight: int | None = Field(default=None, alias="BlkioWeight")

    blkio_weight_device: list[HostConfigBlkioWeightDevice] | None = Field(
        default=None, alias="BlkioWeightDevice"
    )

    blkio_device_read_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadBps")

    blkio_device_write_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteBps")

    blkio_device_read_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadIOps")

    blkio_device_write_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteIOps")

    cpu_period: int | None = Field(default=None, alias="CpuPeriod")

    cpu_quota: int | None = Field(default=None, alias="CpuQuota")

    cpu_realtime_period: int | None = Field(default=None, alias="CpuRealtimePeriod")

    cpu_realtime_runtime: int | None = Field(default=None, alias="CpuRealtimeRuntime")

    cpuset_cpus: str | None = Field(default=None, alias="CpusetCpus")

    cpuset_mems: str | None = Field(default=None, alias="CpusetMems")

    devices: list[DeviceMapping] | None = Field(default=None, alias="Devices")

    device_cgroup_rules: list[str] | None = Field(default=None, alias="DeviceCgroupRules")

    device_requests: list[DeviceRequest] | None = Field(default=None, alias="DeviceRequests")

    memory_reservation: int | None = Field(default=None, alias="MemoryReservation")

    memory_swap: int | None = Field(default=None, alias="MemorySwap")

    memory_swappiness: int | None = Field(default=None, alias="MemorySwappiness")

    nano_cpus: int | None = Field(default=None, alias="NanoCpus")

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable")

    init: bool | None = Field(default=None, alias="Init")

    pids_limit: int | None = Field(default=None, alias="PidsLimit")

    ulimits: list[HostConfigUlimits] | None = Field(default=None, alias="Ulimits")

    cpu_count: int | None = Field(default=None, alias="CpuCount")

    cpu_percent: int | None = Field(default=None, alias="CpuPercent")

    io_maximum_iops: int | None = Field(default=None, alias="IOMaximumIOps")

    io_maximum_bandwidth: int | None = Field(default=None, alias="IOMaximumBandwidth")

    disk_quota: int | None = Field(default=None, alias="DiskQuota")

    kernel_memory: int | None = Field(default=None, alias="KernelMemory")

    kernel_memory_tcp: int | None = Field(default=None, alias="KernelMemoryTCP")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CpuRealtimePeriod": ((1, 25), None),
        "CpuRealtimeRuntime": ((1, 25), None),
        "DeviceCgroupRules": ((1, 28), None),
        "DeviceRequests": ((1, 40), None),
        "NanoCpus": ((1, 25), None),
        "Init": ((1, 37), None),
        "CpuCount": ((1, 25), None),
        "DiskQuota": ((1, 25), (1, 40)),
        "KernelMemory": ((1, 36), (1, 42)),
        "KernelMemoryTCP": ((1, 40), (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "BlkioWeightDevice": "HostConfigBlkioWeightDevice",
        "BlkioDeviceReadBps": "ThrottleDevice",
        "BlkioDeviceWriteBps": "ThrottleDevice",
        "BlkioDeviceReadIOps": "ThrottleDevice",
        "BlkioDeviceWriteIOps": "ThrottleDevice",
        "Devices": "DeviceMapping",
        "DeviceRequests": "DeviceRequest",
        "Ulimits": "HostConfigUlimits",
    }


class RestartPolicy(DockerModel):
    """The Engine API's `RestartPolicy` object."""

    name: Literal["", "no", "always", "unless-stopped", "on-failure"] | str | None = Field(
        default=None, alias="Name"
    )

    maximum_retry_count: int | None = Field(default=None, alias="MaximumRetryCount")


class RootFSStorage(DockerModel):
    """The Engine API's `RootFSStorage` object.

    Fields not in every API version: `Snapshot`: API >= 1.52."""

    snapshot: RootFSStorageSnapshot | None = Field(default=None, alias="Snapshot")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Snapshot": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Snapshot": "RootFSStorageSnapshot",
    }


class RootFSStorageSnapshot(DockerModel):
    """The Engine API's `RootFSStorageSnapshot` object.

    Fields not in every API version: `Name`: API >= 1.52."""

    name: str | None = Field(default=None, alias="Name")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 52), None),
    }


class Runtime(DockerModel):
    """The Engine API's `Runtime` object.

    Fields not in every API version: `path`: API >= 1.32.; `runtimeArgs`: API >= 1.32.; `status`: API >= 1.44."""

    path: str | None = Field(default=None, alias="path")

    runtime_args: list[str] | None = Field(default=None, alias="runtimeArgs")

    status: dict[str, str | None] | None = Field(default=None, alias="status")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "path": ((1, 32), None),
        "runtimeArgs": ((1, 32), None),
        "status": ((1, 44), None),
    }


class Secret(DockerModel):
    """The Engine API's `Secret` object."""

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    spec: SecretSpec | None = Field(default=None, alias="Spec")
    __wire_models__: ClassVar[dict[str, str]] = {
        "Version": "ObjectVersion",
        "Spec": "SecretSpec",
    }


class SecretCreateRequest(DockerModel):
    """The Engine API's `SecretCreateRequest` object.

    Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37."""

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    data: str | None = Field(default=None, alias="Data")

    driver: Driver | None = Field(default=None, alias="Driver")

    templating: Driver | None = Field(default=None, alias="Templating")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Driver": ((1, 31), None),
        "Templating": ((1, 37), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Driver": "Driver",
        "Templating": "Driver",
    }


class SecretSpec(DockerModel):
    """The Engine API's `SecretSpec` object.

    Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37.; `EndpointSpec`: Not in API >= 1.30.; `Mode`: Not in API >= 1.30.; `Networks`: Not in API >= 1.30.; `RollbackConfig`: API >= 1.28. Not in API >= 1.30.; `TaskTemplate`: Not in API >= 1.30.; `UpdateConfig`: Not in API >= 1.30."""

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    data: str | None = Field(default=None, alias="Data")

    driver: Driver | None = Field(default=None, alias="Driver")

    templating: Driver | None = Field(default=None, alias="Templating")

    endpoint_spec: EndpointSpec | None = Field(default=None, alias="EndpointSpec")

    mode: Any = Field(default=None, alias="Mode")

    networks: list[Any] | None = Field(default=None, alias="Networks")

    rollback_config: Any = Field(default=None, alias="RollbackConfig")

    task_template: TaskSpec | None = Field(default=None, alias="TaskTemplate")

    update_config: Any = Field(default=None, alias="UpdateConfig")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Driver": ((1, 31), None),
        "Templating": ((1, 37), None),
        "EndpointSpec": (None, (1, 30)),
        "Mode": (None, (1, 30)),
        "Networks": (None, (1, 30)),
        "RollbackConfig": ((1, 28), (1, 30)),
        "TaskTemplate": (None, (1, 30)),
        "UpdateConfig": (None, (1, 30)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Driver": "Driver",
        "Templating": "Driver",
        "EndpointSpec": "EndpointSpec",
        "TaskTemplate": "TaskSpec",
    }


class Service(DockerModel):
    """The Engine API's `Service` object.

    Fields not in every API version: `UpdateStatus`: API >= 1.25.; `ServiceStatus`: API >= 1.41.; `JobStatus`: API >= 1.41."""

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    spec: ServiceSpec | None = Field(default=None, alias="Spec")

    endpoint: ServiceEndpoint | None = Field(default=None, alias="Endpoint")

    update_status: ServiceUpdateStatus | None = Field(default=None, alias="UpdateStatus")

    service_status: ServiceServiceStatus | None = Field(default=None, alias="ServiceStatus")

    job_status: ServiceJobStatus | None = Field(default=None, alias="JobStatus")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "UpdateStatus": ((1, 25), None),
        "ServiceStatus": ((1, 41), None),
        "JobStatus": ((1, 41), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Version": "ObjectVersion",
        "Spec": "ServiceSpec",
        "Endpoint": "ServiceEndpoint",
        "UpdateStatus": "ServiceUpdateStatus",
        "ServiceStatus": "ServiceServiceStatus",
        "JobStatus": "ServiceJobStatus",
    }


class ServiceCreateRequest(DockerModel):
    """The Engine API's `ServiceCreateRequest` object.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    task_template: TaskSpec | None = Field(default=None, alias="TaskTemplate")

    mode: ServiceSpecMode | None = Field(default=None, alias="Mode")

    update_config: ServiceSpecUpdateConfig | None = Field(default=None, alias="UpdateConfig")

    rollback_config: ServiceSpecRollbackConfig | None = Field(default=None, alias="RollbackConfig")

    networks: list[NetworkAttachmentConfig] | None = Field(default=None, alias="Networks")

    endpoint_spec: EndpointSpec | None = Field(default=None, alias="EndpointSpec")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RollbackConfig": ((1, 28), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "TaskTemplate": "TaskSpec",
        "Mode": "ServiceSpecMode",
        "UpdateConfig": "ServiceSpecUpdateConfig",
        "RollbackConfig": "ServiceSpecRollbackConfig",
        "Networks": "NetworkAttachmentConfig",
        "EndpointSpec": "EndpointSpec",
    }


class ServiceCreateResponse(DockerModel):
    """The Engine API's `ServiceCreateResponse` object.

    Fields not in every API version: `Warnings`: API >= 1.25.; `Warning`: Not in API >= 1.44."""

    id: str | None = Field(default=None, alias="ID")

    warnings: list[str] | None = Field(default=None, alias="Warnings")

    warning: str | None = Field(default=None, alias="Warning")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Warnings": ((1, 25), None),
        "Warning": (None, (1, 44)),
    }


class ServiceEndpoint(DockerModel):
    """The Engine API's `ServiceEndpoint` object."""

    spec: EndpointSpec | None = Field(default=None, alias="Spec")

    ports: list[EndpointPortConfig] | None = Field(default=None, alias="Ports")

    virtual_ips: list[ServiceEndpointVirtualIPs] | None = Field(default=None, alias="VirtualIPs")
    __wire_models__: ClassVar[dict[str, str]] = {
        "Spec": "EndpointSpec",
        "Ports": "EndpointPortConfig",
        "VirtualIPs": "ServiceEndpointVirtualIPs",
    }


class ServiceEndpointVirtualIPs(DockerModel):
    """The Engine API's `ServiceEndpointVirtualIPs` object."""

    network_id: str | None = Field(default=None, alias="NetworkID")

    addr: str | None = Field(default=None, alias="Addr")


class ServiceInfo(DockerModel):
    """The Engine API's `ServiceInfo` object.

    Fields not in every API version: `VIP`: API >= 1.52.; `Ports`: API >= 1.52.; `LocalLBIndex`: API >= 1.52.; `Tasks`: API >= 1.52."""

    vip: str | None = Field(default=None, alias="VIP")

    ports: list[str] | None = Field(default=None, alias="Ports")

    local_lb_index: int | None = Field(default=None, alias="LocalLBIndex")

    tasks: list[NetworkTaskInfo] | None = Field(default=None, alias="Tasks")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "VIP": ((1, 52), None),
        "Ports": ((1, 52), None),
        "LocalLBIndex": ((1, 52), None),
        "Tasks": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Tasks": "NetworkTaskInfo",
    }


class ServiceJobStatus(DockerModel):
    """The Engine API's `ServiceJobStatus` object.

    Fields not in every API version: `JobIteration`: API >= 1.41.; `LastExecution`: API >= 1.41."""

    job_iteration: ObjectVersion | None = Field(default=None, alias="JobIteration")

    last_execution: str | None = Field(default=None, alias="LastExecution")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "JobIteration": ((1, 41), None),
        "LastExecution": ((1, 41), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "JobIteration": "ObjectVersion",
    }


class ServiceServiceStatus(DockerModel):
    """The Engine API's `ServiceServiceStatus` object.

    Fields not in every API version: `RunningTasks`: API >= 1.41.; `DesiredTasks`: API >= 1.41.; `CompletedTasks`: API >= 1.41."""

    running_tasks: int | None = Field(default=None, alias="RunningTasks")

    desired_tasks: int | None = Field(default=None, alias="DesiredTasks")

    completed_tasks: int | None = Field(default=None, alias="CompletedTasks")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RunningTasks": ((1, 41), None),
        "DesiredTasks": ((1, 41), None),
        "CompletedTasks": ((1, 41), None),
    }


class ServiceSpec(DockerModel):
    """The Engine API's `ServiceSpec` object.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    task_template: TaskSpec | None = Field(default=None, alias="TaskTemplate")

    mode: ServiceSpecMode | None = Field(default=None, alias="Mode")

    update_config: ServiceSpecUpdateConfig | None = Field(default=None, alias="UpdateConfig")

    rollback_config: ServiceSpecRollbackConfig | None = Field(default=None, alias="RollbackConfig")

    networks: list[NetworkAttachmentConfig] | None = Field(default=None, alias="Networks")

    endpoint_spec: EndpointSpec | None = Field(default=None, alias="EndpointSpec")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RollbackConfig": ((1, 28), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "TaskTemplate": "TaskSpec",
        "Mode": "ServiceSpecMode",
        "UpdateConfig": "ServiceSpecUpdateConfig",
        "RollbackConfig": "ServiceSpecRollbackConfig",
        "Networks": "NetworkAttachmentConfig",
        "EndpointSpec": "EndpointSpec",
    }


class ServiceSpecMode(DockerModel):
    """The Engine API's `ServiceSpecMode` object.

    Fields not in every API version: `Global`: API >= 1.25.; `ReplicatedJob`: API >= 1.41.; `GlobalJob`: API >= 1.41."""

    replicated: ServiceSpecModeReplicated | None = Field(default=None, alias="Replicated")

    global_: dict[str, Any] | None = Field(default=None, alias="Global")

    replicated_job: ServiceSpecModeReplicatedJob | None = Field(default=None, alias="ReplicatedJob")

    global_job: dict[str, Any] | None = Field(default=None, alias="GlobalJob")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Global": ((1, 25), None),
        "ReplicatedJob": ((1, 41), None),
        "GlobalJob": ((1, 41), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Replicated": "ServiceSpecModeReplicated",
        "ReplicatedJob": "ServiceSpecModeReplicatedJob",
    }


class ServiceSpecModeReplicated(DockerModel):
    """The Engine API's `ServiceSpecModeReplicated` object."""

    replicas: int | None = Field(default=None, alias="Replicas")


class ServiceSpecModeReplicatedJob(DockerModel):
    """The Engine API's `ServiceSpecModeReplicatedJob` object.

    Fields not in every API version: `MaxConcurrent`: API >= 1.41.; `TotalCompletions`: API >= 1.41."""

    max_concurrent: int | None = Field(default=None, alias="MaxConcurrent")

    total_completions: int | None = Field(default=None, alias="TotalCompletions")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "MaxConcurrent": ((1, 41), None),
        "TotalCompletions": ((1, 41), None),
    }


class ServiceSpecRollbackConfig(DockerModel):
    """The Engine API's `ServiceSpecRollbackConfig` object.

    Fields not in every API version: `Parallelism`: API >= 1.28.; `Delay`: API >= 1.28.; `FailureAction`: API >= 1.28.; `Monitor`: API >= 1.28.; `MaxFailureRatio`: API >= 1.28.; `Order`: API >= 1.29."""

    parallelism: int | None = Field(default=None, alias="Parallelism")

    delay: int | None = Field(default=None, alias="Delay")

    failure_action: Literal["continue", "pause"] | str | None = Field(default=None, alias="FailureAction")

    monitor: int | None = Field(default=None, alias="Monitor")

    max_failure_ratio: float | None = Field(default=None, alias="MaxFailureRatio")

    order: Literal["stop-first", "start-first"] | str | None = Field(default=None, alias="Order")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Parallelism": ((1, 28), None),
        "Delay": ((1, 28), None),
        "FailureAction": ((1, 28), None),
        "Monitor": ((1, 28), None),
        "MaxFailureRatio": ((1, 28), None),
        "Order": ((1, 29), None),
    }


class ServiceSpecUpdateConfig(DockerModel):
    """The Engine API's `ServiceSpecUpdateConfig` object.

    Fields not in every API version: `Monitor`: API >= 1.25.; `MaxFailureRatio`: API >= 1.25.; `Order`: API >= 1.29."""

    parallelism: int | None = Field(default=None, alias="Parallelism")

    delay: int | None = Field(default=None, alias="Delay")

    failure_action: Literal["continue", "pause", "rollback"] | str | None = Field(
        default=None, alias="FailureAction"
    )

    monitor: int | None = Field(default=None, alias="Monitor")

    max_failure_ratio: float | None = Field(default=None, alias="MaxFailureRatio")

    order: Literal["stop-first", "start-first"] | str | None = Field(default=None, alias="Order")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Monitor": ((1, 25), None),
        "MaxFailureRatio": ((1, 25), None),
        "Order": ((1, 29), None),
    }


class ServiceUpdateRequest(DockerModel):
    """The Engine API's `ServiceUpdateRequest` object.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    task_template: TaskSpec | None = Field(default=None, alias="TaskTemplate")

    mode: ServiceSpecMode | None = Field(default=None, alias="Mode")

    update_config: ServiceSpecUpdateConfig | None = Field(default=None, alias="UpdateConfig")

    rollback_config: ServiceSpecRollbackConfig | None = Field(default=None, alias="RollbackConfig")

    networks: list[NetworkAttachmentConfig] | None = Field(default=None, alias="Networks")

    endpoint_spec: EndpointSpec | None = Field(default=None, alias="EndpointSpec")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RollbackConfig": ((1, 28), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "TaskTemplate": "TaskSpec",
        "Mode": "ServiceSpecMode",
        "UpdateConfig": "ServiceSpecUpdateConfig",
        "RollbackConfig": "ServiceSpecRollbackConfig",
        "Networks": "NetworkAttachmentConfig",
        "EndpointSpec": "EndpointSpec",
    }


class ServiceUpdateResponse(DockerModel):
    """The Engine API's `ServiceUpdateResponse` object.

    Fields not in every API version: `Deleted`: Not in API >= 1.28.; `Untagged`: Not in API >= 1.28."""

    warnings: list[str] | None = Field(default=None, alias="Warnings")

    deleted: str | None = Field(default=None, alias="Deleted")

    untagged: str | None = Field(default=None, alias="Untagged")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Deleted": (None, (1, 28)),
        "Untagged": (None, (1, 28)),
    }


class ServiceUpdateStatus(DockerModel):
    """The Engine API's `ServiceUpdateStatus` object.

    Fields not in every API version: `CompletedAt`: API >= 1.25."""

    state: Literal["updating", "paused", "completed"] | str | None = Field(default=None, alias="State")

    started_at: str | None = Field(default=None, alias="StartedAt")

    completed_at: str | None = Field(default=None, alias="CompletedAt")

    message: str | None = Field(default=None, alias="Message")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CompletedAt": ((1, 25), None),
    }


class SignatureIdentity(DockerModel):
    """The Engine API's `SignatureIdentity` object.

    Fields not in every API version: `Name`: API >= 1.53.; `Timestamps`: API >= 1.53.; `KnownSigner`: API >= 1.53.; `DockerReference`: API >= 1.53.; `Signer`: API >= 1.53.; `SignatureType`: API >= 1.53.; `Error`: API >= 1.53.; `Warnings`: API >= 1.53."""

    name: str | None = Field(default=None, alias="Name")

    timestamps: list[SignatureTimestamp] | None = Field(default=None, alias="Timestamps")

    known_signer: KnownSignerIdentity | None = Field(default=None, alias="KnownSigner")

    docker_reference: str | None = Field(default=None, alias="DockerReference")

    signer: SignerIdentity | None = Field(default=None, alias="Signer")

    signature_type: SignatureType | None = Field(default=None, alias="SignatureType")

    error: str | None = Field(default=None, alias="Error")

    warnings: list[str] | None = Field(default=None, alias="Warnings")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 53), None),
        "Timestamps": ((1, 53), None),
        "KnownSigner": ((1, 53), None),
        "DockerReference": ((1, 53), None),
        "Signer": ((1, 53), None),
        "SignatureType": ((1, 53), None),
        "Error": ((1, 53), None),
        "Warnings": ((1, 53), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Timestamps": "SignatureTimestamp",
        "Signer": "SignerIdentity",
    }


class SignatureTimestamp(DockerModel):
    """The Engine API's `SignatureTimestamp` object.

    Fields not in every API version: `Type`: API >= 1.53.; `URI`: API >= 1.53.; `Timestamp`: API >= 1.53."""

    type: SignatureTimestampType | None = Field(default=None, alias="Type")

    uri: str | None = Field(default=None, alias="URI")

    timestamp: str | None = Field(default=None, alias="Timestamp")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Type": ((1, 53), None),
        "URI": ((1, 53), None),
        "Timestamp": ((1, 53), None),
    }


class SignerIdentity(DockerModel):
    """The Engine API's `SignerIdentity` object.

    Fields not in every API version: `CertificateIssuer`: API >= 1.53.; `SubjectAlternativeName`: API >= 1.53.; `Issuer`: API >= 1.53.; `BuildSignerURI`: API >= 1.53.; `BuildSignerDigest`: API >= 1.53.; `RunnerEnvironment`: API >= 1.53.; `SourceRepositoryURI`: API >= 1.53.; `SourceRepositoryDigest`: API >= 1.53.; `SourceRepositoryRef`: API >= 1.53.; `SourceRepositoryIdentifier`: API >= 1.53.; `SourceRepositoryOwnerURI`: API >= 1.53.; `SourceRepositoryOwnerIdentifier`: API >= 1.53.; `BuildConfigURI`: API >= 1.53.; `BuildConfigDigest`: API >= 1.53.; `BuildTrigger`: API >= 1.53.; `RunInvocationURI`: API >= 1.53.; `SourceRepositoryVisibilityAtSigning`: API >= 1.53."""

    certificate_issuer: str | None = Field(default=None, alias="CertificateIssuer")

    subject_alternative_name: str | None = Field(default=None, alias="SubjectAlternativeName")

    issuer: str | None = Field(default=None, alias="Issuer")

    build_signer_uri: str | None = Field(default=None, alias="BuildSignerURI")

    build_signer_digest: str | None = Field(default=None, alias="BuildSignerDigest")

    runner_environment: str | None = Field(default=None, alias="RunnerEnvironment")

    source_repository_uri: str | None = Field(default=None, alias="SourceRepositoryURI")

    source_repository_digest: str | None = Field(default=None, alias="SourceRepositoryDigest")

    source_repository_ref: str | None = Field(default=None, alias="SourceRepositoryRef")

    source_repository_identifier: str | None = Field(default=None, alias="SourceRepositoryIdentifier")

    source_repository_owner_uri: str | None = Field(default=None, alias="SourceRepositoryOwnerURI")

    source_repository_owner_identifier: str | None = Field(
        default=None, alias="SourceRepositoryOwnerIdentifier"
    )

    build_config_uri: str | None = Field(default=None, alias="BuildConfigURI")

    build_config_digest: str | None = Field(default=None, alias="BuildConfigDigest")

    build_trigger: str | None = Field(default=None, alias="BuildTrigger")

    run_invocation_uri: str | None = Field(default=None, alias="RunInvocationURI")

    source_repository_visibility_at_signing: str | None = Field(
        default=None, alias="SourceRepositoryVisibilityAtSigning"
    )

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CertificateIssuer": ((1, 53), None),
        "SubjectAlternativeName": ((1, 53), None),
        "Issuer": ((1, 53), None),
        "BuildSignerURI": ((1, 53), None),
        "BuildSignerDigest": ((1, 53), None),
        "RunnerEnvironment": ((1, 53), None),
        "SourceRepositoryURI": ((1, 53), None),
        "SourceRepositoryDigest": ((1, 53), None),
        "SourceRepositoryRef": ((1, 53), None),
        "SourceRepositoryIdentifier": ((1, 53), None),
        "SourceRepositoryOwnerURI": ((1, 53), None),
        "SourceRepositoryOwnerIdentifier": ((1, 53), None),
        "BuildConfigURI": ((1, 53), None),
        "BuildConfigDigest": ((1, 53), None),
        "BuildTrigger": ((1, 53), None),
        "RunInvocationURI": ((1, 53), None),
        "SourceRepositoryVisibilityAtSigning": ((1, 53), None),
    }


class Storage(DockerModel):
    """The Engine API's `Storage` object.

    Fields not in every API version: `RootFS`: API >= 1.52."""

    root_fs: RootFSStorage | None = Field(default=None, alias="RootFS")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RootFS": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "RootFS": "RootFSStorage",
    }


class SubnetStatus(DockerModel):
    """The Engine API's `SubnetStatus` object.

    Fields not in every API version: `IPsInUse`: API >= 1.52.; `DynamicIPsAvailable`: API >= 1.52."""

    ips_in_use: int | None = Field(default=None, alias="IPsInUse")

    dynamic_ips_available: int | None = Field(default=None, alias="DynamicIPsAvailable")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "IPsInUse": ((1, 52), None),
        "DynamicIPsAvailable": ((1, 52), None),
    }


class Swarm(DockerModel):
    """The Engine API's `Swarm` object.

    Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    spec: SwarmSpec | None = Field(default=None, alias="Spec")

    tls_info: TLSInfo | None = Field(default=None, alias="TLSInfo")

    root_rotation_in_progress: bool | None = Field(default=None, alias="RootRotationInProgress")

    data_path_port: int | None = Field(default=None, alias="DataPathPort")

    default_addr_pool: list[str] | None = Field(default=None, alias="DefaultAddrPool")

    subnet_size: int | None = Field(default=None, alias="SubnetSize")

    join_tokens: JoinTokens | None = Field(default=None, alias="JoinTokens")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "TLSInfo": ((1, 30), None),
        "RootRotationInProgress": ((1, 30), None),
        "DataPathPort": ((1, 40), None),
        "DefaultAddrPool": ((1, 39), None),
        "SubnetSize": ((1, 39), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Version": "ObjectVersion",
        "Spec": "SwarmSpec",
        "TLSInfo": "TLSInfo",
        "JoinTokens": "JoinTokens",
    }


class SwarmInfo(DockerModel):
    """The Engine API's `SwarmInfo` object.

    Fields not in every API version: `NodeID`: API >= 1.32.; `NodeAddr`: API >= 1.32.; `LocalNodeState`: API >= 1.32.; `ControlAvailable`: API >= 1.32.; `Error`: API >= 1.32.; `RemoteManagers`: API >= 1.32.; `Nodes`: API >= 1.32.; `Managers`: API >= 1.32.; `Cluster`: API >= 1.32."""

    node_id: str | None = Field(default=None, alias="NodeID")

    node_addr: str | None = Field(default=None, alias="NodeAddr")

    local_node_state: LocalNodeState | None = Field(default=None, alias="LocalNodeState")

    control_available: bool | None = Field(default=None, alias="ControlAvailable")

    error: str | None = Field(default=None, alias="Error")

    remote_managers: list[PeerNode] | None = Field(default=None, alias="RemoteManagers")

    nodes: int | None = Field(default=None, alias="Nodes")

    managers: int | None = Field(default=None, alias="Managers")

    cluster: ClusterInfo | None = Field(default=None, alias="Cluster")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NodeID": ((1, 32), None),
        "NodeAddr": ((1, 32), None),
        "LocalNodeState": ((1, 32), None),
        "ControlAvailable": ((1, 32), None),
        "Error": ((1, 32), None),
        "RemoteManagers": ((1, 32), None),
        "Nodes": ((1, 32), None),
        "Managers": ((1, 32), None),
        "Cluster": ((1, 32), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "RemoteManagers": "PeerNode",
        "Cluster": "ClusterInfo",
    }


class SwarmInitRequest(DockerModel):
    """The Engine API's `SwarmInitRequest` object.

    Fields not in every API version: `DataPathAddr`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    listen_addr: str | None = Field(default=None, alias="ListenAddr")

    advertise_addr: str | None = Field(default=None, alias="AdvertiseAddr")

    data_path_addr: str | None = Field(default=None, alias="DataPathAddr")

    data_path_port: int | None = Field(default=None, alias="DataPathPort")

    default_addr_pool: list[str] | None = Field(default=None, alias="DefaultAddrPool")

    force_new_cluster: bool | None = Field(default=None, alias="ForceNewCluster")

    subnet_size: int | None = Field(default=None, alias="SubnetSize")

    spec: SwarmSpec | None = Field(default=None, alias="Spec")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "DataPathAddr": ((1, 30), None),
        "DataPathPort": ((1, 40), None),
        "DefaultAddrPool": ((1, 39), None),
        "SubnetSize": ((1, 39), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Spec": "SwarmSpec",
    }


class SwarmJoinRequest(DockerModel):
    """The Engine API's `SwarmJoinRequest` object.

    Fields not in every API version: `DataPathAddr`: API >= 1.30."""

    listen_addr: str | None = Field(default=None, alias="ListenAddr")

    advertise_addr: str | None = Field(default=None, alias="AdvertiseAddr")

    data_path_addr: str | None = Field(default=None, alias="DataPathAddr")

    remote_addrs: list[str] | None = Field(default=None, alias="RemoteAddrs")

    join_token: str | None = Field(default=None, alias="JoinToken")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "DataPathAddr": ((1, 30), None),
    }


class SwarmSpec(DockerModel):
    """The Engine API's `SwarmSpec` object.

    Fields not in every API version: `EncryptionConfig`: API >= 1.25."""

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    orchestration: SwarmSpecOrchestration | None = Field(default=None, alias="Orchestration")

    raft: SwarmSpecRaft | None = Field(default=None, alias="Raft")

    dispatcher: SwarmSpecDispatcher | None = Field(default=None, alias="Dispatcher")

    ca_config: SwarmSpecCAConfig | None = Field(default=None, alias="CAConfig")

    encryption_config: SwarmSpecEncryptionConfig | None = Field(default=None, alias="EncryptionConfig")

    task_defaults: SwarmSpecTaskDefaults | None = Field(default=None, alias="TaskDefaults")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "EncryptionConfig": ((1, 25), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Orchestration": "SwarmSpecOrchestration",
        "Raft": "SwarmSpecRaft",
        "Dispatcher": "SwarmSpecDispatcher",
        "CAConfig": "SwarmSpecCAConfig",
        "EncryptionConfig": "SwarmSpecEncryptionConfig",
        "TaskDefaults": "SwarmSpecTaskDefaults",
    }


class SwarmSpecCAConfig(DockerModel):
    """The Engine API's `SwarmSpecCAConfig` object.

    Fields not in every API version: `ExternalCAs`: API >= 1.25.; `SigningCACert`: API >= 1.30.; `SigningCAKey`: API >= 1.30.; `ForceRotate`: API >= 1.30."""

    node_cert_expiry: int | None = Field(default=None, alias="NodeCertExpiry")

    external_cas: list[SwarmSpecCAConfigExternalCAs] | None = Field(default=None, alias="ExternalCAs")

    signing_ca_cert: str | None = Field(default=None, alias="SigningCACert")

    signing_ca_key: str | None = Field(default=None, alias="SigningCAKey")

    force_rotate: int | None = Field(default=None, alias="ForceRotate")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ExternalCAs": ((1, 25), None),
        "SigningCACert": ((1, 30), None),
        "SigningCAKey": ((1, 30), None),
        "ForceRotate": ((1, 30), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ExternalCAs": "SwarmSpecCAConfigExternalCAs",
    }


class SwarmSpecCAConfigExternalCAs(DockerModel):
    """The Engine API's `SwarmSpecCAConfigExternalCAs` object.

    Fields not in every API version: `CACert`: API >= 1.30."""

    protocol: Literal["cfssl"] | str | None = Field(default=None, alias="Protocol")

    url: str | None = Field(default=None, alias="URL")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")

    ca_cert: str | None = Field(default=None, alias="CACert")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CACert": ((1, 30), None),
    }


class SwarmSpecDispatcher(DockerModel):
    """The Engine API's `SwarmSpecDispatcher` object."""

    heartbeat_period: int | None = Field(default=None, alias="HeartbeatPeriod")


class SwarmSpecEncryptionConfig(DockerModel):
    """The Engine API's `SwarmSpecEncryptionConfig` object.

    Fields not in every API version: `AutoLockManagers`: API >= 1.25."""

    auto_lock_managers: bool | None = Field(default=None, alias="AutoLockManagers")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "AutoLockManagers": ((1, 25), None),
    }


class SwarmSpecOrchestration(DockerModel):
    """The Engine API's `SwarmSpecOrchestration` object."""

    task_history_retention_limit: int | None = Field(default=None, alias="TaskHistoryRetentionLimit")


class SwarmSpecRaft(DockerModel):
    """The Engine API's `SwarmSpecRaft` object."""

    snapshot_interval: int | None = Field(default=None, alias="SnapshotInterval")

    keep_old_snapshots: int | None = Field(default=None, alias="KeepOldSnapshots")

    log_entries_for_slow_followers: int | None = Field(default=None, alias="LogEntriesForSlowFollowers")

    election_tick: int | None = Field(default=None, alias="ElectionTick")

    heartbeat_tick: int | None = Field(default=None, alias="HeartbeatTick")


class SwarmSpecTaskDefaults(DockerModel):
    """The Engine API's `SwarmSpecTaskDefaults` object."""

    log_driver: SwarmSpecTaskDefaultsLogDriver | None = Field(default=None, alias="LogDriver")
    __wire_models__: ClassVar[dict[str, str]] = {
        "LogDriver": "SwarmSpecTaskDefaultsLogDriver",
    }


class SwarmSpecTaskDefaultsLogDriver(DockerModel):
    """The Engine API's `SwarmSpecTaskDefaultsLogDriver` object."""

    name: str | None = Field(default=None, alias="Name")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")


class SwarmUnlockRequest(DockerModel):
    """The Engine API's `SwarmUnlockRequest` object.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    unlock_key: str | None = Field(default=None, alias="UnlockKey")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "UnlockKey": ((1, 25), None),
    }


class SwarmUnlockkeyResponse(DockerModel):
    """The Engine API's `SwarmUnlockkeyResponse` object.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    unlock_key: str | None = Field(default=None, alias="UnlockKey")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "UnlockKey": ((1, 25), None),
    }


class SystemDataUsageResponse(DockerModel):
    """The Engine API's `SystemDataUsageResponse` object.

    Fields not in every API version: `ImageUsage`: API >= 1.52.; `ContainerUsage`: API >= 1.52.; `VolumeUsage`: API >= 1.52.; `BuildCacheUsage`: API >= 1.52.; `BuildCache`: API >= 1.39. Not in API >= 1.52.; `Containers`: Not in API >= 1.52.; `Images`: Not in API >= 1.52.; `LayersSize`: API >= 1.25. Not in API >= 1.52.; `Volumes`: Not in API >= 1.52."""

    image_usage: ImagesDiskUsage | None = Field(default=None, alias="ImageUsage")

    container_usage: ContainersDiskUsage | None = Field(default=None, alias="ContainerUsage")

    volume_usage: VolumesDiskUsage | None = Field(default=None, alias="VolumeUsage")

    build_cache_usage: BuildCacheDiskUsage | None = Field(default=None, alias="BuildCacheUsage")

    build_cache: list[BuildCache] | None = Field(default=None, alias="BuildCache")

    containers: list[ContainerSummary] | None = Field(default=None, alias="Containers")

    images: list[ImageSummary] | None = Field(default=None, alias="Images")

    layers_size: int | None = Field(default=None, alias="LayersSize")

    volumes: list[Volume] | None = Field(default=None, alias="Volumes")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ImageUsage": ((1, 52), None),
        "ContainerUsage": ((1, 52), None),
        "VolumeUsage": ((1, 52), None),
        "BuildCacheUsage": ((1, 52), None),
        "BuildCache": ((1, 39), (1, 52)),
        "Containers": (None, (1, 52)),
        "Images": (None, (1, 52)),
        "LayersSize": ((1, 25), (1, 52)),
        "Volumes": (None, (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ImageUsage": "ImagesDiskUsage",
        "ContainerUsage": "ContainersDiskUsage",
        "VolumeUsage": "VolumesDiskUsage",
        "BuildCacheUsage": "BuildCacheDiskUsage",
        "BuildCache": "BuildCache",
        "Containers": "ContainerSummary",
        "Images": "ImageSummary",
        "Volumes": "Volume",
    }


class SystemInfo(DockerModel):
    """The Engine API's `SystemInfo` object.

    Fields not in every API version: `CPUSet`: API >= 1.32.; `PidsLimit`: API >= 1.40.; `LoggingDriver`: API >= 1.32.; `CgroupVersion`: API >= 1.41.; `OSVersion`: API >= 1.41.; `GenericResources`: API >= 1.32.; `Runtimes`: API >= 1.32.; `DefaultRuntime`: API >= 1.32.; `Swarm`: API >= 1.32.; `LiveRestoreEnabled`: API >= 1.32.; `Isolation`: API >= 1.25.; `InitBinary`: API >= 1.32.; `ContainerdCommit`: API >= 1.32.; `RuncCommit`: API >= 1.32.; `InitCommit`: API >= 1.32.; `ProductLicense`: API >= 1.39.; `DefaultAddressPools`: API >= 1.41.; `FirewallBackend`: API >= 1.49.; `DiscoveredDevices`: API >= 1.50.; `NRI`: API >= 1.53.; `Warnings`: API >= 1.39.; `CDISpecDirs`: API >= 1.44.; `Containerd`: API >= 1.46.; `BridgeNfIp6tables`: API >= 1.32. Not in API >= 1.50.; `BridgeNfIptables`: API >= 1.32. Not in API >= 1.50.; `ClusterAdvertise`: API >= 1.32. Not in API >= 1.42.; `ClusterStore`: API >= 1.32. Not in API >= 1.42.; `DiscoveryBackend`: API >= 1.25. Not in API >= 1.32.; `InitPath`: Not in API >= 1.32.; `InitSha1`: Not in API >= 1.32.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52.; `OomScoreAdj`: Not in API >= 1.32.; `SystemStatus`: Not in API >= 1.41."""

    id: str | None = Field(default=None, alias="ID")

    containers: int | None = Field(default=None, alias="Containers")

    containers_running: int | None = Field(default=None, alias="ContainersRunning")

    containers_paused: int | None = Field(default=None, alias="ContainersPaused")

    containers_stopped: int | None = Field(default=None, alias="ContainersStopped")

    images: int | None = Field(default=None, alias="Images")

    driver: str | None = Field(default=None, alias="Driver")

    driver_status: list[list[str]] | None = Field(default=None, alias="DriverStatus")

    docker_root_dir: str | None = Field(default=None, alias="DockerRootDir")

    plugins: PluginsInfo | None = Field(default=None, alias="Plugins")

    memory_limit: bool | None = Field(default=None, alias="MemoryLimit")

    swap_limit: bool | None = Field(default=None, alias="SwapLimit")

    cpu_cfs_period: bool | None = Field(default=None, alias="CpuCfsPeriod")

    cpu_cfs_quota: bool | None = Field(default=None, alias="CpuCfsQuota")

    cpu_shares: bool | None = Field(default=None, alias="CPUShares")

    cpu_set: bool | None = Field(default=None, alias="CPUSet")

    pids_limit: bool | None = Field(default=None, alias="PidsLimit")

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable")

    ipv4_forwarding: bool | None = Field(default=None, alias="IPv4Forwarding")

    debug: bool | None = Field(default=None, alias="Debug")

    n_fd: int | None = Field(default=None, alias="NFd")

    n_goroutines: int | None = Field(default=None, alias="NGoroutines")

    system_time: str | None = Field(default=None, alias="SystemTime")

    logging_driver: str | None = Field(default=None, alias="LoggingDriver")

    cgroup_driver: Literal["cgroupfs", "systemd", "none"] | str | None = Field(
        default=None, alias="CgroupDriver"
    )

    cgroup_version: Literal["1", "2"] | str | None = Field(default=None, alias="CgroupVersion")

    n_events_listener: int | None = Field(default=None, alias="NEventsListener")

    kernel_version: str | None = Field(default=None, alias="KernelVersion")

    operating_system: str | None = Field(default=None, alias="OperatingSystem")

    os_version: str | None = Field(default=None, alias="OSVersion")

    os_type: str | None = Field(default=None, alias="OSType")

    architecture: str | None = Field(default=None, alias="Architecture")

    ncpu: int | None = Field(default=None, alias="NCPU")

    mem_total: int | None = Field(default=None, alias="MemTotal")

    index_server_address: str | None = Field(default=None, alias="IndexServerAddress")

    registry_config: RegistryServiceConfig | None = Field(default=None, alias="RegistryConfig")

    generic_resources: GenericResources | None = Field(default=None, alias="GenericResources")

    http_proxy: str | None = Field(default=None, alias="HttpProxy")

    https_proxy: str | None = Field(default=None, alias="HttpsProxy")

    no_proxy: str | None = Field(default=None, alias="NoProxy")

    name: str | None = Field(default=None, alias="Name")

    labels: list[str] | None = Field(default=None, alias="Labels")

    experimental_build: bool | None = Field(default=None, alias="ExperimentalBuild")

    server_version: str | None = Field(default=None, alias="ServerVersion")

    runtimes: dict[str, Runtime | None] | None = Field(default=None, alias="Runtimes")

    default_runtime: str | None = Field(default=None, alias="DefaultRuntime")

    swarm: SwarmInfo | None = Field(default=None, alias="Swarm")

    live_restore_enabled: bool | None = Field(default=None, alias="LiveRestoreEnabled")

    isolation: Literal["default", "hyperv", "process", ""] | str | None = Field(
        default=None, alias="Isolation"
    )

    init_binary: str | None = Field(default=None, alias="InitBinary")

    containerd_commit: Commit | None = Field(default=None, alias="ContainerdCommit")

    runc_commit: Commit | None = Field(default=None, alias="RuncCommit")

    init_commit: Commit | None = Field(default=None, alias="InitCommit")

    security_options: list[str] | None = Field(default=None, alias="SecurityOptions")

    product_license: str | None = Field(default=None, alias="ProductLicense")

    default_address_pools: list[SystemInfoDefaultAddressPools] | None = Field(
        default=None, alias="DefaultAddressPools"
    )

    firewall_backend: FirewallInfo | None = Field(default=None, alias="FirewallBackend")

    discovered_devices: list[DeviceInfo] | None = Field(default=None, alias="DiscoveredDevices")

    nri: NRIInfo | None = Field(default=None, alias="NRI")

    warnings: list[str] | None = Field(default=None, alias="Warnings")

    cdi_spec_dirs: list[str] | None = Field(default=None, alias="CDISpecDirs")

    containerd: ContainerdInfo | None = Field(default=None, alias="Containerd")

    bridge_nf_ip6tables: bool | None = Field(default=None, alias="BridgeNfIp6tables")

    bridge_nf_iptables: bool | None = Field(default=None, alias="BridgeNfIptables")

    cluster_advertise: str | None = Field(default=None, alias="ClusterAdvertise")

    cluster_store: str | None = Field(default=None, alias="ClusterStore")

    discovery_backend: str | None = Field(default=None, alias="DiscoveryBackend")

    init_path: str | None = Field(default=None, alias="InitPath")

    init_sha1: str | None = Field(default=None, alias="InitSha1")

    kernel_memory: bool | None = Field(default=None, alias="KernelMemory")

    kernel_memory_tcp: bool | None = Field(default=None, alias="KernelMemoryTCP")

    oom_score_adj: int | None = Field(default=None, alias="OomScoreAdj")

    system_status: list[list[str]] | None = Field(default=None, alias="SystemStatus")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CPUSet": ((1, 32), None),
        "PidsLimit": ((1, 40), None),
        "LoggingDriver": ((1, 32), None),
        "CgroupVersion": ((1, 41), None),
        "OSVersion": ((1, 41), None),
        "GenericResources": ((1, 32), None),
        "Runtimes": ((1, 32), None),
        "DefaultRuntime": ((1, 32), None),
        "Swarm": ((1, 32), None),
        "LiveRestoreEnabled": ((1, 32), None),
        "Isolation": ((1, 25), None),
        "InitBinary": ((1, 32), None),
        "ContainerdCommit": ((1, 32), None),
        "RuncCommit": ((1, 32), None),
        "InitCommit": ((1, 32), None),
        "ProductLicense": ((1, 39), None),
        "DefaultAddressPools": ((1, 41), None),
        "FirewallBackend": ((1, 49), None),
        "DiscoveredDevices": ((1, 50), None),
        "NRI": ((1, 53), None),
        "Warnings": ((1, 39), None),
        "CDISpecDirs": ((1, 44), None),
        "Containerd": ((1, 46), None),
        "BridgeNfIp6tables": ((1, 32), (1, 50)),
        "BridgeNfIptables": ((1, 32), (1, 50)),
        "ClusterAdvertise": ((1, 32), (1, 42)),
        "ClusterStore": ((1, 32), (1, 42)),
        "DiscoveryBackend": ((1, 25), (1, 32)),
        "InitPath": (None, (1, 32)),
        "InitSha1": (None, (1, 32)),
        "KernelMemory": (None, (1, 42)),
        "KernelMemoryTCP": ((1, 40), (1, 52)),
        "OomScoreAdj": (None, (1, 32)),
        "SystemStatus": (None, (1, 41)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Plugins": "PluginsInfo",
        "RegistryConfig": "RegistryServiceConfig",
        "Runtimes": "Runtime",
        "Swarm": "SwarmInfo",
        "ContainerdCommit": "Commit",
        "RuncCommit": "Commit",
        "InitCommit": "Commit",
        "DefaultAddressPools": "SystemInfoDefaultAddressPools",
        "FirewallBackend": "FirewallInfo",
        "DiscoveredDevices": "DeviceInfo",
        "NRI": "NRIInfo",
        "Containerd": "ContainerdInfo",
    }


class SystemInfoDefaultAddressPools(DockerModel):
    """The Engine API's `SystemInfoDefaultAddressPools` object.

    Fields not in every API version: `Base`: API >= 1.41.; `Size`: API >= 1.41."""

    base: str | None = Field(default=None, alias="Base")

    size: int | None = Field(default=None, alias="Size")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Base": ((1, 41), None),
        "Size": ((1, 41), None),
    }


class SystemVersion(DockerModel):
    """The Engine API's `SystemVersion` object.

    Fields not in every API version: `Platform`: API >= 1.35.; `Components`: API >= 1.35.; `MinAPIVersion`: API >= 1.25."""

    platform: SystemVersionPlatform | None = Field(default=None, alias="Platform")

    components: list[SystemVersionComponents] | None = Field(default=None, alias="Components")

    version: str | None = Field(default=None, alias="Version")

    api_version: str | None = Field(default=None, alias="ApiVersion")

    min_api_version: str | None = Field(default=None, alias="MinAPIVersion")

    git_commit: str | None = Field(default=None, alias="GitCommit")

    go_version: str | None = Field(default=None, alias="GoVersion")

    os: str | None = Field(default=None, alias="Os")

    arch: str | None = Field(default=None, alias="Arch")

    kernel_version: str | None = Field(default=None, alias="KernelVersion")

    experimental: bool | None = Field(default=None, alias="Experimental")

    build_time: str | None = Field(default=None, alias="BuildTime")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Platform": ((1, 35), None),
        "Components": ((1, 35), None),
        "MinAPIVersion": ((1, 25), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Platform": "SystemVersionPlatform",
        "Components": "SystemVersionComponents",
    }


class SystemVersionComponents(DockerModel):
    """The Engine API's `SystemVersionComponents` object.

    Fields not in every API version: `Name`: API >= 1.35.; `Version`: API >= 1.35.; `Details`: API >= 1.35."""

    name: str | None = Field(default=None, alias="Name")

    version: str | None = Field(default=None, alias="Version")

    details: dict[str, Any] | None = Field(default=None, alias="Details")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 35), None),
        "Version": ((1, 35), None),
        "Details": ((1, 35), None),
    }


class SystemVersionPlatform(DockerModel):
    """The Engine API's `SystemVersionPlatform` object.

    Fields not in every API version: `Name`: API >= 1.35."""

    name: str | None = Field(default=None, alias="Name")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 35), None),
    }


class TLSInfo(DockerModel):
    """The Engine API's `TLSInfo` object.

    Fields not in every API version: `TrustRoot`: API >= 1.30.; `CertIssuerSubject`: API >= 1.30.; `CertIssuerPublicKey`: API >= 1.30.; `CAConfig`: API >= 1.30. Not in API >= 1.32.; `Dispatcher`: API >= 1.30. Not in API >= 1.32.; `EncryptionConfig`: API >= 1.30. Not in API >= 1.32.; `Labels`: API >= 1.30. Not in API >= 1.32.; `Name`: API >= 1.30. Not in API >= 1.32.; `Orchestration`: API >= 1.30. Not in API >= 1.32.; `Raft`: API >= 1.30. Not in API >= 1.32.; `TaskDefaults`: API >= 1.30. Not in API >= 1.32."""

    trust_root: str | None = Field(default=None, alias="TrustRoot")

    cert_issuer_subject: str | None = Field(default=None, alias="CertIssuerSubject")

    cert_issuer_public_key: str | None = Field(default=None, alias="CertIssuerPublicKey")

    ca_config: Any = Field(default=None, alias="CAConfig")

    dispatcher: Any = Field(default=None, alias="Dispatcher")

    encryption_config: Any = Field(default=None, alias="EncryptionConfig")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    name: str | None = Field(default=None, alias="Name")

    orchestration: Any = Field(default=None, alias="Orchestration")

    raft: Any = Field(default=None, alias="Raft")

    task_defaults: Any = Field(default=None, alias="TaskDefaults")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "TrustRoot": ((1, 30), None),
        "CertIssuerSubject": ((1, 30), None),
        "CertIssuerPublicKey": ((1, 30), None),
        "CAConfig": ((1, 30), (1, 32)),
        "Dispatcher": ((1, 30), (1, 32)),
        "EncryptionConfig": ((1, 30), (1, 32)),
        "Labels": ((1, 30), (1, 32)),
        "Name": ((1, 30), (1, 32)),
        "Orchestration": ((1, 30), (1, 32)),
        "Raft": ((1, 30), (1, 32)),
        "TaskDefaults": ((1, 30), (1, 32)),
    }


class Task(DockerModel):
    """The Engine API's `Task` object.

    Fields not in every API version: `AssignedGenericResources`: API >= 1.32.; `JobIteration`: API >= 1.41."""

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    name: str | None = Field(default=None, alias="Name")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    spec: TaskSpec | None = Field(default=None, alias="Spec")

    service_id: str | None = Field(default=None, alias="ServiceID")

    slot: int | None = Field(default=None, alias="Slot")

    node_id: str | None = Field(default=None, alias="NodeID")

    assigned_generic_resources: GenericResources | None = Field(
        default=None, alias="AssignedGenericResources"
    )

    status: TaskStatus | None = Field(default=None, alias="Status")

    desired_state: TaskState | None = Field(default=None, alias="DesiredState")

    job_iteration: ObjectVersion | None = Field(default=None, alias="JobIteration")

    networks_attachments: list[NetworkAttachment] | None = Field(default=None, alias="NetworksAttachments")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "AssignedGenericResources": ((1, 32), None),
        "JobIteration": ((1, 41), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Version": "ObjectVersion",
        "Spec": "TaskSpec",
        "Status": "TaskStatus",
        "JobIteration": "ObjectVersion",
        "NetworksAttachments": "NetworkAttachment",
    }


class TaskSpec(DockerModel):
    """The Engine API's `TaskSpec` object.

    Fields not in every API version: `PluginSpec`: API >= 1.31.; `NetworkAttachmentSpec`: API >= 1.38.; `ForceUpdate`: API >= 1.25.; `Runtime`: API >= 1.30."""

    plugin_spec: TaskSpecPluginSpec | None = Field(default=None, alias="PluginSpec")

    container_spec: TaskSpecContainerSpec | None = Field(default=None, alias="ContainerSpec")

    network_attachment_spec: TaskSpecNetworkAttachmentSpec | None = Field(
        default=None, alias="NetworkAttachmentSpec"
    )

    resources: TaskSpecResources | None = Field(default=None, alias="Resources")

    restart_policy: TaskSpecRestartPolicy | None = Field(default=None, alias="RestartPolicy")

    placement: TaskSpecPlacement | None = Field(default=None, alias="Placement")

    force_update: int | None = Field(default=None, alias="ForceUpdate")

    runtime: str | None = Field(default=None, alias="Runtime")

    networks: list[NetworkAttachmentConfig] | None = Field(default=None, alias="Networks")

    log_driver: TaskSpecLogDriver | None = Field(default=None, alias="LogDriver")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "PluginSpec": ((1, 31), None),
        "NetworkAttachmentSpec": ((1, 38), None),
        "ForceUpdate": ((1, 25), None),
        "Runtime": ((1, 30), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "PluginSpec": "TaskSpecPluginSpec",
        "ContainerSpec": "TaskSpecContainerSpec",
        "NetworkAttachmentSpec": "TaskSpecNetworkAttachmentSpec",
        "Resources": "TaskSpecResources",
        "RestartPolicy": "TaskSpecRestartPolicy",
        "Placement": "TaskSpecPlacement",
        "Networks": "NetworkAttachmentConfig",
        "LogDriver": "TaskSpecLogDriver",
    }


class TaskSpecContainerSpec(DockerModel):
    """The Engine API's `TaskSpecContainerSpec` object.

    Fields not in every API version: `Hostname`: API >= 1.27.; `Groups`: API >= 1.27.; `Privileges`: API >= 1.29.; `TTY`: API >= 1.25.; `OpenStdin`: API >= 1.27.; `ReadOnly`: API >= 1.27.; `StopSignal`: API >= 1.28.; `HealthCheck`: API >= 1.27.; `Hosts`: API >= 1.27.; `DNSConfig`: API >= 1.25.; `Secrets`: API >= 1.27.; `OomScoreAdj`: API >= 1.46.; `Configs`: API >= 1.30.; `Isolation`: API >= 1.35.; `Init`: API >= 1.38.; `Sysctls`: API >= 1.40.; `CapabilityAdd`: API >= 1.41.; `CapabilityDrop`: API >= 1.41.; `Ulimits`: API >= 1.41."""

    image: str | None = Field(default=None, alias="Image")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    command: list[str] | None = Field(default=None, alias="Command")

    args: list[str] | None = Field(default=None, alias="Args")

    hostname: str | None = Field(default=None, alias="Hostname")

    env: list[str] | None = Field(default=None, alias="Env")

    dir: str | None = Field(default=None, alias="Dir")

    user: str | None = Field(default=None, alias="User")

    groups: list[str] | None = Field(default=None, alias="Groups")

    privileges: TaskSpecContainerSpecPrivileges | None = Field(default=None, alias="Privileges")

    tty: bool | None = Field(default=None, alias="TTY")

    open_stdin: bool | None = Field(default=None, alias="OpenStdin")

    read_only: bool | None = Field(default=None, alias="ReadOnly")

    mounts: list[Mount] | None = Field(default=None, alias="Mounts")

    stop_signal: str | None = Field(default=None, alias="StopSignal")

    stop_grace_period: int | None = Field(default=None, alias="StopGracePeriod")

    health_check: HealthConfig | None = Field(default=None, alias="HealthCheck")

    hosts: list[str] | None = Field(default=None, alias="Hosts")

    dns_config: TaskSpecContainerSpecDNSConfig | None = Field(default=None, alias="DNSConfig")

    secrets: list[TaskSpecContainerSpecSecrets] | None = Field(default=None, alias="Secrets")

    oom_score_adj: int | None = Field(default=None, alias="OomScoreAdj")

    configs: list[TaskSpecContainerSpecConfigs] | None = Field(default=None, alias="Configs")

    isolation: Literal["default", "process", "hyperv", ""] | str | None = Field(
        default=None, alias="Isolation"
    )

    init: bool | None = Field(default=None, alias="Init")

    sysctls: dict[str, str | None] | None = Field(default=None, alias="Sysctls")

    capability_add: list[str] | None = Field(default=None, alias="CapabilityAdd")

    capability_drop: list[str] | None = Field(default=None, alias="CapabilityDrop")

    ulimits: list[TaskSpecContainerSpecUlimits] | None = Field(default=None, alias="Ulimits")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Hostname": ((1, 27), None),
        "Groups": ((1, 27), None),
        "Privileges": ((1, 29), None),
        "TTY": ((1, 25), None),
        "OpenStdin": ((1, 27), None),
        "ReadOnly": ((1, 27), None),
        "StopSignal": ((1, 28), None),
        "HealthCheck": ((1, 27), None),
        "Hosts": ((1, 27), None),
        "DNSConfig": ((1, 25), None),
        "Secrets": ((1, 27), None),
        "OomScoreAdj": ((1, 46), None),
        "Configs": ((1, 30), None),
        "Isolation": ((1, 35), None),
        "Init": ((1, 38), None),
        "Sysctls": ((1, 40), None),
        "CapabilityAdd": ((1, 41), None),
        "CapabilityDrop": ((1, 41), None),
        "Ulimits": ((1, 41), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Privileges": "TaskSpecContainerSpecPrivileges",
        "Mounts": "Mount",
        "HealthCheck": "HealthConfig",
        "DNSConfig": "TaskSpecContainerSpecDNSConfig",
        "Secrets": "TaskSpecContainerSpecSecrets",
        "Configs": "TaskSpecContainerSpecConfigs",
        "Ulimits": "TaskSpecContainerSpecUlimits",
    }


class TaskSpecContainerSpecConfigs(DockerModel):
    """The Engine API's `TaskSpecContainerSpecConfigs` object.

    Fields not in every API version: `File`: API >= 1.30.; `Runtime`: API >= 1.40.; `ConfigID`: API >= 1.30.; `ConfigName`: API >= 1.30."""

    file: TaskSpecContainerSpecConfigsFile | None = Field(default=None, alias="File")

    runtime: dict[str, Any] | None = Field(default=None, alias="Runtime")

    config_id: str | None = Field(default=None, alias="ConfigID")

    config_name: str | None = Field(default=None, alias="ConfigName")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "File": ((1, 30), None),
        "Runtime": ((1, 40), None),
        "ConfigID": ((1, 30), None),
        "ConfigName": ((1, 30), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "File": "TaskSpecContainerSpecConfigsFile",
    }


class TaskSpecContainerSpecConfigsFile(DockerModel):
    """The Engine API's `TaskSpecContainerSpecConfigsFile` object.

    Fields not in every API version: `Name`: API >= 1.30.; `UID`: API >= 1.30.; `GID`: API >= 1.30.; `Mode`: API >= 1.30."""

    name: str | None = Field(default=None, alias="Name")

    uid: str | None = Field(default=None, alias="UID")

    gid: str | None = Field(default=None, alias="GID")

    mode: int | None = Field(default=None, alias="Mode")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 30), None),
        "UID": ((1, 30), None),
        "GID": ((1, 30), None),
        "Mode": ((1, 30), None),
    }


class TaskSpecContainerSpecDNSConfig(DockerModel):
    """The Engine API's `TaskSpecContainerSpecDNSConfig` object.

    Fields not in every API version: `Nameservers`: API >= 1.25.; `Search`: API >= 1.25."""

    nameservers: list[str] | None = Field(default=None, alias="Nameservers")

    search: list[str] | None = Field(default=None, alias="Search")

    options: list[str] | None = Field(default=None, alias="Options")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Nameservers": ((1, 25), None),
        "Search": ((1, 25), None),
    }


class TaskSpecContainerSpecPrivileges(DockerModel):
    """The Engine API's `TaskSpecContainerSpecPrivileges` object.

    Fields not in every API version: `CredentialSpec`: API >= 1.29.; `SELinuxContext`: API >= 1.29.; `Seccomp`: API >= 1.44.; `AppArmor`: API >= 1.44.; `NoNewPrivileges`: API >= 1.44."""

    credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | None = Field(
        default=None, alias="CredentialSpec"
    )

    selinux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | None = Field(
        default=None, alias="SELinuxContext"
    )

    seccomp: TaskSpecContainerSpecPrivilegesSeccomp | None = Field(default=None, alias="Seccomp")

    app_armor: TaskSpecContainerSpecPrivilegesAppArmor | None = Field(default=None, alias="AppArmor")

    no_new_privileges: bool | None = Field(default=None, alias="NoNewPrivileges")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CredentialSpec": ((1, 29), None),
        "SELinuxContext": ((1, 29), None),
        "Seccomp": ((1, 44), None),
        "AppArmor": ((1, 44), None),
        "NoNewPrivileges": ((1, 44), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "CredentialSpec": "TaskSpecContainerSpecPrivilegesCredentialSpec",
        "SELinuxContext": "TaskSpecContainerSpecPrivilegesSELinuxContext",
        "Seccomp": "TaskSpecContainerSpecPrivilegesSeccomp",
        "AppArmor": "TaskSpecContainerSpecPrivilegesAppArmor",
    }


class TaskSpecContainerSpecPrivilegesAppArmor(DockerModel):
    """The Engine API's `TaskSpecContainerSpecPrivilegesAppArmor` object.

    Fields not in every API version: `Mode`: API >= 1.44."""

    mode: Literal["default", "disabled"] | str | None = Field(default=None, alias="Mode")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Mode": ((1, 44), None),
    }


class TaskSpecContainerSpecPrivilegesCredentialSpec(DockerModel):
    """The Engine API's `TaskSpecContainerSpecPrivilegesCredentialSpec` object.

    Fields not in every API version: `Config`: API >= 1.40.; `File`: API >= 1.30.; `Registry`: API >= 1.30."""

    config: str | None = Field(default=None, alias="Config")

    file: str | None = Field(default=None, alias="File")

    registry: str | None = Field(default=None, alias="Registry")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Config": ((1, 40), None),
        "File": ((1, 30), None),
        "Registry": ((1, 30), None),
    }


class TaskSpecContainerSpecPrivilegesSELinuxContext(DockerModel):
    """The Engine API's `TaskSpecContainerSpecPrivilegesSELinuxContext` object.

    Fields not in every API version: `Disable`: API >= 1.30.; `User`: API >= 1.30.; `Role`: API >= 1.30.; `Type`: API >= 1.30.; `Level`: API >= 1.30."""

    disable: bool | None = Field(default=None, alias="Disable")

    user: str | None = Field(default=None, alias="User")

    role: str | None = Field(default=None, alias="Role")

    type: str | None = Field(default=None, alias="Type")

    level: str | None = Field(default=None, alias="Level")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Disable": ((1, 30), None),
        "User": ((1, 30), None),
        "Role": ((1, 30), None),
        "Type": ((1, 30), None),
        "Level": ((1, 30), None),
    }


class TaskSpecContainerSpecPrivilegesSeccomp(DockerModel):
    """The Engine API's `TaskSpecContainerSpecPrivilegesSeccomp` object.

    Fields not in every API version: `Mode`: API >= 1.44.; `Profile`: API >= 1.44."""

    mode: Literal["default", "unconfined", "custom"] | str | None = Field(default=None, alias="Mode")

    profile: str | None = Field(default=None, alias="Profile")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Mode": ((1, 44), None),
        "Profile": ((1, 44), None),
    }


class TaskSpecContainerSpecSecrets(DockerModel):
    """The Engine API's `TaskSpecContainerSpecSecrets` object.

    Fields not in every API version: `File`: API >= 1.27.; `SecretID`: API >= 1.27.; `SecretName`: API >= 1.27."""

    file: TaskSpecContainerSpecSecretsFile | None = Field(default=None, alias="File")

    secret_id: str | None = Field(default=None, alias="SecretID")

    secret_name: str | None = Field(default=None, alias="SecretName")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "File": ((1, 27), None),
        "SecretID": ((1, 27), None),
        "SecretName": ((1, 27), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "File": "TaskSpecContainerSpecSecretsFile",
    }


class TaskSpecContainerSpecSecretsFile(DockerModel):
    """The Engine API's `TaskSpecContainerSpecSecretsFile` object.

    Fields not in every API version: `Name`: API >= 1.27.; `UID`: API >= 1.27.; `GID`: API >= 1.27.; `Mode`: API >= 1.27."""

    name: str | None = Field(default=None, alias="Name")

    uid: str | None = Field(default=None, alias="UID")

    gid: str | None = Field(default=None, alias="GID")

    mode: int | None = Field(default=None, alias="Mode")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 27), None),
        "UID": ((1, 27), None),
        "GID": ((1, 27), None),
        "Mode": ((1, 27), None),
    }


class TaskSpecContainerSpecUlimits(DockerModel):
    """The Engine API's `TaskSpecContainerSpecUlimits` object.

    Fields not in every API version: `Name`: API >= 1.41.; `Soft`: API >= 1.41.; `Hard`: API >= 1.41."""

    name: str | None = Field(default=None, alias="Name")

    soft: int | None = Field(default=None, alias="Soft")

    hard: int | None = Field(default=None, alias="Hard")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 41), None),
        "Soft": ((1, 41), None),
        "Hard": ((1, 41), None),
    }


class TaskSpecLogDriver(DockerModel):
    """The Engine API's `TaskSpecLogDriver` object."""

    name: str | None = Field(default=None, alias="Name")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")


class TaskSpecNetworkAttachmentSpec(DockerModel):
    """The Engine API's `TaskSpecNetworkAttachmentSpec` object.

    Fields not in every API version: `ContainerID`: API >= 1.38."""

    container_id: str | None = Field(default=None, alias="ContainerID")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ContainerID": ((1, 38), None),
    }


class TaskSpecPlacement(DockerModel):
    """The Engine API's `TaskSpecPlacement` object.

    Fields not in every API version: `Preferences`: API >= 1.28.; `MaxReplicas`: API >= 1.40.; `Platforms`: API >= 1.30."""

    constraints: list[str] | None = Field(default=None, alias="Constraints")

    preferences: list[TaskSpecPlacementPreferences] | None = Field(default=None, alias="Preferences")

    max_replicas: int | None = Field(default=None, alias="MaxReplicas")

    platforms: list[Platform] | None = Field(default=None, alias="Platforms")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Preferences": ((1, 28), None),
        "MaxReplicas": ((1, 40), None),
        "Platforms": ((1, 30), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Preferences": "TaskSpecPlacementPreferences",
        "Platforms": "Platform",
    }


class TaskSpecPlacementPreferences(DockerModel):
    """The Engine API's `TaskSpecPlacementPreferences` object.

    Fields not in every API version: `Spread`: API >= 1.28."""

    spread: TaskSpecPlacementPreferencesSpread | None = Field(default=None, alias="Spread")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Spread": ((1, 28), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Spread": "TaskSpecPlacementPreferencesSpread",
    }


class TaskSpecPlacementPreferencesSpread(DockerModel):
    """The Engine API's `TaskSpecPlacementPreferencesSpread` object.

    Fields not in every API version: `SpreadDescriptor`: API >= 1.28."""

    spread_descriptor: str | None = Field(default=None, alias="SpreadDescriptor")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "SpreadDescriptor": ((1, 28), None),
    }


class TaskSpecPluginSpec(DockerModel):
    """The Engine API's `TaskSpecPluginSpec` object.

    Fields not in every API version: `Name`: API >= 1.31.; `Remote`: API >= 1.31.; `Disabled`: API >= 1.31.; `PluginPrivilege`: API >= 1.31."""

    name: str | None = Field(default=None, alias="Name")

    remote: str | None = Field(default=None, alias="Remote")

    disabled: bool | None = Field(default=None, alias="Disabled")

    plugin_privilege: list[PluginPrivilege] | None = Field(default=None, alias="PluginPrivilege")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 31), None),
        "Remote": ((1, 31), None),
        "Disabled": ((1, 31), None),
        "PluginPrivilege": ((1, 31), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "PluginPrivilege": "PluginPrivilege",
    }


class TaskSpecResources(DockerModel):
    """The Engine API's `TaskSpecResources` object.

    Fields not in every API version: `SwapBytes`: API >= 1.52.; `MemorySwappiness`: API >= 1.52."""

    limits: Limit | None = Field(default=None, alias="Limits")

    reservations: ResourceObject | None = Field(default=None, alias="Reservations")

    swap_bytes: int | None = Field(default=None, alias="SwapBytes")

    memory_swappiness: int | None = Field(default=None, alias="MemorySwappiness")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "SwapBytes": ((1, 52), None),
        "MemorySwappiness": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Limits": "Limit",
        "Reservations": "ResourceObject",
    }


class TaskSpecRestartPolicy(DockerModel):
    """The Engine API's `TaskSpecRestartPolicy` object."""

    condition: Literal["none", "on-failure", "any"] | str | None = Field(default=None, alias="Condition")

    delay: int | None = Field(default=None, alias="Delay")

    max_attempts: int | None = Field(default=None, alias="MaxAttempts")

    window: int | None = Field(default=None, alias="Window")


class TaskStatus(DockerModel):
    """The Engine API's `TaskStatus` object.

    Fields not in every API version: `Err`: API >= 1.25.; `PortStatus`: API >= 1.44."""

    timestamp: str | None = Field(default=None, alias="Timestamp")

    state: TaskState | None = Field(default=None, alias="State")

    message: str | None = Field(default=None, alias="Message")

    err: str | None = Field(default=None, alias="Err")

    container_status: ContainerStatus | None = Field(default=None, alias="ContainerStatus")

    port_status: PortStatus | None = Field(default=None, alias="PortStatus")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Err": ((1, 25), None),
        "PortStatus": ((1, 44), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ContainerStatus": "ContainerStatus",
        "PortStatus": "PortStatus",
    }


class ThrottleDevice(DockerModel):
    """The Engine API's `ThrottleDevice` object."""

    path: str | None = Field(default=None, alias="Path")

    rate: int | None = Field(default=None, alias="Rate")


class Topology(DockerModel):
    """The Engine API's `Topology` object.

    Fields not in every API version: `Segments`: API >= 1.42."""

    segments: dict[str, str | None] | None = Field(default=None, alias="Segments")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Segments": ((1, 42), None),
    }


class Volume(DockerModel):
    """The Engine API's `Volume` object.

    Fields not in every API version: `CreatedAt`: API >= 1.31.; `ClusterVolume`: API >= 1.42.; `UsageData`: API >= 1.25."""

    name: str | None = Field(default=None, alias="Name")

    driver: str | None = Field(default=None, alias="Driver")

    mountpoint: str | None = Field(default=None, alias="Mountpoint")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    status: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="Status")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    scope: Literal["local", "global"] | str | None = Field(default=None, alias="Scope")

    cluster_volume: ClusterVolume | None = Field(default=None, alias="ClusterVolume")

    options: dict[str, str | None] | None = Field(default=None, alias="Options")

    usage_data: VolumeUsageData | None = Field(default=None, alias="UsageData")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CreatedAt": ((1, 31), None),
        "ClusterVolume": ((1, 42), None),
        "UsageData": ((1, 25), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ClusterVolume": "ClusterVolume",
        "UsageData": "VolumeUsageData",
    }


class VolumeCreateRequest(DockerModel):
    """The Engine API's `VolumeCreateRequest` object.

    Fields not in every API version: `ClusterVolumeSpec`: API >= 1.42."""

    name: str | None = Field(default=None, alias="Name")

    driver: str | None = Field(default=None, alias="Driver")

    driver_opts: dict[str, str | None] | None = Field(default=None, alias="DriverOpts")

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels")

    cluster_volume_spec: ClusterVolumeSpec | None = Field(default=None, alias="ClusterVolumeSpec")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ClusterVolumeSpec": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ClusterVolumeSpec": "ClusterVolumeSpec",
    }


class VolumeListResponse(DockerModel):
    """The Engine API's `VolumeListResponse` object."""

    volumes: list[Volume] | None = Field(default=None, alias="Volumes")

    warnings: list[str] | None = Field(default=None, alias="Warnings")
    __wire_models__: ClassVar[dict[str, str]] = {
        "Volumes": "Volume",
    }


class VolumePruneResponse(DockerModel):
    """The Engine API's `VolumePruneResponse` object.

    Fields not in every API version: `VolumesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    volumes_deleted: list[str] | None = Field(default=None, alias="VolumesDeleted")

    space_reclaimed: int | None = Field(default=None, alias="SpaceReclaimed")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "VolumesDeleted": ((1, 25), None),
        "SpaceReclaimed": ((1, 25), None),
    }


class VolumeUpdateRequest(DockerModel):
    """The Engine API's `VolumeUpdateRequest` object.

    Fields not in every API version: `Spec`: API >= 1.42."""

    spec: ClusterVolumeSpec | None = Field(default=None, alias="Spec")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Spec": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Spec": "ClusterVolumeSpec",
    }


class VolumeUsageData(DockerModel):
    """The Engine API's `VolumeUsageData` object.

    Fields not in every API version: `RefCount`: API >= 1.25."""

    size: int | None = Field(default=None, alias="Size")

    ref_count: int | None = Field(default=None, alias="RefCount")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RefCount": ((1, 25), None),
    }


class VolumesDiskUsage(DockerModel):
    """The Engine API's `VolumesDiskUsage` object.

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    active_count: int | None = Field(default=None, alias="ActiveCount")

    total_count: int | None = Field(default=None, alias="TotalCount")

    reclaimable: int | None = Field(default=None, alias="Reclaimable")

    total_size: int | None = Field(default=None, alias="TotalSize")

    items_: list[Any] | None = Field(default=None, alias="Items")

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ActiveCount": ((1, 52), None),
        "TotalCount": ((1, 52), None),
        "Reclaimable": ((1, 52), None),
        "TotalSize": ((1, 52), None),
        "Items": ((1, 52), None),
    }


# Named types that are not classes (their annotations may name the classes above).

ChangeType = int
GenericResources = list[GenericResourcesInline]
KnownSignerIdentity = str
LocalNodeState = str
MountType = str
NodeState = str
PortMap = dict[str, list[PortBinding] | None]
Reachability = str
SignatureTimestampType = str
SignatureType = str
TaskState = str
