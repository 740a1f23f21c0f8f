# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The daemon's JSON objects as `TypedDict`s, for `dockerapi.classic`'s plain-dict results.

One per catalog model, keyed by wire name (`r["State"]["Status"]`), every key optional (`total=False`):
a daemon sends only what its API version has, and any value may be null. The same names as the
pydantic models of `dockerapi.models`, which `dockerapi.Client` returns.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

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


class Address(TypedDict, total=False):
    """The Engine API's `Address` object.

    Fields not in every API version: `Addr`: API >= 1.32.; `PrefixLen`: API >= 1.32."""

    Addr: str | None

    PrefixLen: int | None


class AttestationStatement(TypedDict, total=False):
    """The Engine API's `AttestationStatement` object.

    Fields not in every API version: `Descriptor`: API >= 1.55.; `PredicateType`: API >= 1.55.; `Statement`: API >= 1.55."""

    Descriptor: OCIDescriptor | None

    PredicateType: str | None

    Statement: dict[str, Any] | None


class AuthConfig(TypedDict, total=False):
    """The Engine API's `AuthConfig` object.

    Fields not in every API version: `email`: API >= 1.25. Not in API >= 1.52."""

    username: str | None

    password: str | None

    serveraddress: str | None

    email: str | None


class AuthResponse(TypedDict, total=False):
    """The Engine API's `AuthResponse` object."""

    Status: str | None

    IdentityToken: str | None


class BuildCache(TypedDict, total=False):
    """The Engine API's `BuildCache` object.

    Fields not in every API version: `ID`: API >= 1.39.; `Parents`: API >= 1.42.; `Type`: API >= 1.39.; `Description`: API >= 1.39.; `InUse`: API >= 1.39.; `Shared`: API >= 1.39.; `Size`: API >= 1.39.; `CreatedAt`: API >= 1.39.; `LastUsedAt`: API >= 1.39.; `UsageCount`: API >= 1.39.; `Parent`: API >= 1.39. Not in API >= 1.42."""

    ID: str | None

    Parents: list[str] | None

    Type: (
        Literal["internal", "frontend", "source.local", "source.git.checkout", "exec.cachemount", "regular"]
        | str
        | None
    )

    Description: str | None

    InUse: bool | None

    Shared: bool | None

    Size: int | None

    CreatedAt: str | None

    LastUsedAt: str | None

    UsageCount: int | None

    Parent: str | None


class BuildCacheDiskUsage(TypedDict, total=False):
    """The Engine API's `BuildCacheDiskUsage` object.

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    ActiveCount: int | None

    TotalCount: int | None

    Reclaimable: int | None

    TotalSize: int | None

    Items: list[Any] | None


class BuildIdentity(TypedDict, total=False):
    """The Engine API's `BuildIdentity` object.

    Fields not in every API version: `Ref`: API >= 1.53.; `CreatedAt`: API >= 1.53."""

    Ref: str | None

    CreatedAt: str | None


class BuildInfo(TypedDict, total=False):
    """The Engine API's `BuildInfo` object.

    Fields not in every API version: `aux`: API >= 1.36.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    id: str | None

    stream: str | None

    errorDetail: ErrorDetail | None

    status: str | None

    progressDetail: ProgressDetail | None

    aux: ImageID | None

    error: str | None

    progress: str | None


class BuildPruneResponse(TypedDict, total=False):
    """The Engine API's `BuildPruneResponse` object.

    Fields not in every API version: `CachesDeleted`: API >= 1.39.; `SpaceReclaimed`: API >= 1.31."""

    CachesDeleted: list[str] | None

    SpaceReclaimed: int | None


ClassicEventMessage = TypedDict(
    "ClassicEventMessage",
    {
        "Type": "Literal['builder', 'config', 'container', 'daemon', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'volume'] | str | None",
        "Action": "str | None",
        "Actor": "EventActor | None",
        "scope": "Literal['local', 'swarm'] | str | None",
        "time": "int | None",
        "timeNano": "int | None",
        "status": "str | None",
        "id": "str | None",
        "from": "str | None",
    },
    total=False,
)
"""The Engine API's `ClassicEventMessage` object.

    Fields not in every API version: `scope`: API >= 1.40."""


class ClusterInfo(TypedDict, total=False):
    """The Engine API's `ClusterInfo` object.

    Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    ID: str | None

    Version: ObjectVersion | None

    CreatedAt: str | None

    UpdatedAt: str | None

    Spec: SwarmSpec | None

    TLSInfo: TLSInfo | None

    RootRotationInProgress: bool | None

    DataPathPort: int | None

    DefaultAddrPool: list[str] | None

    SubnetSize: int | None


class ClusterVolume(TypedDict, total=False):
    """The Engine API's `ClusterVolume` object.

    Fields not in every API version: `ID`: API >= 1.42.; `Version`: API >= 1.42.; `CreatedAt`: API >= 1.42.; `UpdatedAt`: API >= 1.42.; `Spec`: API >= 1.42.; `Info`: API >= 1.42.; `PublishStatus`: API >= 1.42."""

    ID: str | None

    Version: ObjectVersion | None

    CreatedAt: str | None

    UpdatedAt: str | None

    Spec: ClusterVolumeSpec | None

    Info: ClusterVolumeInfo | None

    PublishStatus: list[ClusterVolumePublishStatus] | None


class ClusterVolumeInfo(TypedDict, total=False):
    """The Engine API's `ClusterVolumeInfo` object.

    Fields not in every API version: `CapacityBytes`: API >= 1.42.; `VolumeContext`: API >= 1.42.; `VolumeID`: API >= 1.42.; `AccessibleTopology`: API >= 1.42."""

    CapacityBytes: int | None

    VolumeContext: dict[str, str | None] | None

    VolumeID: str | None

    AccessibleTopology: list[Topology] | None


class ClusterVolumePublishStatus(TypedDict, total=False):
    """The Engine API's `ClusterVolumePublishStatus` object.

    Fields not in every API version: `NodeID`: API >= 1.42.; `State`: API >= 1.42.; `PublishContext`: API >= 1.42."""

    NodeID: str | None

    State: (
        Literal["pending-publish", "published", "pending-node-unpublish", "pending-controller-unpublish"]
        | str
        | None
    )

    PublishContext: dict[str, str | None] | None


class ClusterVolumeSpec(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpec` object.

    Fields not in every API version: `Group`: API >= 1.42.; `AccessMode`: API >= 1.42."""

    Group: str | None

    AccessMode: ClusterVolumeSpecAccessMode | None


class ClusterVolumeSpecAccessMode(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpecAccessMode` object.

    Fields not in every API version: `Scope`: API >= 1.42.; `Sharing`: API >= 1.42.; `MountVolume`: API >= 1.42.; `Secrets`: API >= 1.42.; `AccessibilityRequirements`: API >= 1.42.; `CapacityRange`: API >= 1.42.; `Availability`: API >= 1.42."""

    Scope: Literal["single", "multi"] | str | None

    Sharing: Literal["none", "readonly", "onewriter", "all"] | str | None

    MountVolume: dict[str, Any] | None

    Secrets: list[ClusterVolumeSpecAccessModeSecrets] | None

    AccessibilityRequirements: ClusterVolumeSpecAccessModeAccessibilityRequirements | None

    CapacityRange: ClusterVolumeSpecAccessModeCapacityRange | None

    Availability: Literal["active", "pause", "drain"] | str | None


class ClusterVolumeSpecAccessModeAccessibilityRequirements(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpecAccessModeAccessibilityRequirements` object.

    Fields not in every API version: `Requisite`: API >= 1.42.; `Preferred`: API >= 1.42."""

    Requisite: list[Topology] | None

    Preferred: list[Topology] | None


class ClusterVolumeSpecAccessModeCapacityRange(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpecAccessModeCapacityRange` object.

    Fields not in every API version: `RequiredBytes`: API >= 1.42.; `LimitBytes`: API >= 1.42."""

    RequiredBytes: int | None

    LimitBytes: int | None


class ClusterVolumeSpecAccessModeSecrets(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpecAccessModeSecrets` object.

    Fields not in every API version: `Key`: API >= 1.42.; `Secret`: API >= 1.42."""

    Key: str | None

    Secret: str | None


class Commit(TypedDict, total=False):
    """The Engine API's `Commit` object.

    Fields not in every API version: `ID`: API >= 1.32.; `Expected`: API >= 1.32. Not in API >= 1.49."""

    ID: str | None

    Expected: str | None


class Config(TypedDict, total=False):
    """The Engine API's `Config` object.

    Fields not in every API version: `ID`: API >= 1.30.; `Version`: API >= 1.30.; `CreatedAt`: API >= 1.30.; `UpdatedAt`: API >= 1.30.; `Spec`: API >= 1.30."""

    ID: str | None

    Version: ObjectVersion | None

    CreatedAt: str | None

    UpdatedAt: str | None

    Spec: ConfigSpec | None


class ConfigCreateRequest(TypedDict, total=False):
    """The Engine API's `ConfigCreateRequest` object.

    Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

    Name: str | None

    Labels: dict[str, str | None] | None

    Data: str | None

    Templating: Driver | None


class ConfigReference(TypedDict, total=False):
    """The Engine API's `ConfigReference` object.

    Fields not in every API version: `Network`: API >= 1.41."""

    Network: str | None


class ConfigSpec(TypedDict, total=False):
    """The Engine API's `ConfigSpec` object.

    Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

    Name: str | None

    Labels: dict[str, str | None] | None

    Data: str | None

    Templating: Driver | None


class ContainerBlkioStatEntry(TypedDict, total=False):
    """The Engine API's `ContainerBlkioStatEntry` object.

    Fields not in every API version: `major`: API >= 1.48.; `minor`: API >= 1.48.; `op`: API >= 1.48.; `value`: API >= 1.48."""

    major: int | None

    minor: int | None

    op: str | None

    value: int | None


class ContainerBlkioStats(TypedDict, total=False):
    """The Engine API's `ContainerBlkioStats` object.

    Fields not in every API version: `io_service_bytes_recursive`: API >= 1.48.; `io_serviced_recursive`: API >= 1.48.; `io_queue_recursive`: API >= 1.48.; `io_service_time_recursive`: API >= 1.48.; `io_wait_time_recursive`: API >= 1.48.; `io_merged_recursive`: API >= 1.48.; `io_time_recursive`: API >= 1.48.; `sectors_recursive`: API >= 1.48."""

    io_service_bytes_recursive: list[ContainerBlkioStatEntry] | None

    io_serviced_recursive: list[ContainerBlkioStatEntry] | None

    io_queue_recursive: list[ContainerBlkioStatEntry] | None

    io_service_time_recursive: list[ContainerBlkioStatEntry] | None

    io_wait_time_recursive: list[ContainerBlkioStatEntry] | None

    io_merged_recursive: list[ContainerBlkioStatEntry] | None

    io_time_recursive: list[ContainerBlkioStatEntry] | None

    sectors_recursive: list[ContainerBlkioStatEntry] | None


class ContainerCPUStats(TypedDict, total=False):
    """The Engine API's `ContainerCPUStats` object.

    Fields not in every API version: `cpu_usage`: API >= 1.48.; `system_cpu_usage`: API >= 1.48.; `online_cpus`: API >= 1.27.; `throttling_data`: API >= 1.48."""

    cpu_usage: ContainerCPUUsage | None

    system_cpu_usage: int | None

    online_cpus: int | None

    throttling_data: ContainerThrottlingData | None


class ContainerCPUUsage(TypedDict, total=False):
    """The Engine API's `ContainerCPUUsage` object.

    Fields not in every API version: `total_usage`: API >= 1.48.; `percpu_usage`: API >= 1.48.; `usage_in_kernelmode`: API >= 1.48.; `usage_in_usermode`: API >= 1.48."""

    total_usage: int | None

    percpu_usage: list[int] | None

    usage_in_kernelmode: int | None

    usage_in_usermode: int | None


class ContainerConfig(TypedDict, total=False):
    """The Engine API's `ContainerConfig` object.

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

    Hostname: str | None

    Domainname: str | None

    User: str | None

    AttachStdin: bool | None

    AttachStdout: bool | None

    AttachStderr: bool | None

    ExposedPorts: dict[str, dict[str, Any] | None] | None

    Tty: bool | None

    OpenStdin: bool | None

    StdinOnce: bool | None

    Env: list[str] | None

    Cmd: list[str] | None

    Healthcheck: HealthConfig | None

    ArgsEscaped: bool | None

    Image: str | None

    Volumes: dict[str, dict[str, Any] | None] | None

    WorkingDir: str | None

    Entrypoint: list[str] | None

    NetworkDisabled: bool | None

    OnBuild: list[str] | None

    Labels: dict[str, str | None] | None

    StopSignal: str | None

    StopTimeout: int | None

    Shell: list[str] | None

    MacAddress: str | None


class ContainerCreateRequest(TypedDict, total=False):
    """The Engine API's `ContainerCreateRequest` object.

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

    Hostname: str | None

    Domainname: str | None

    User: str | None

    AttachStdin: bool | None

    AttachStdout: bool | None

    AttachStderr: bool | None

    ExposedPorts: dict[str, dict[str, Any] | None] | None

    Tty: bool | None

    OpenStdin: bool | None

    StdinOnce: bool | None

    Env: list[str] | None

    Cmd: list[str] | None

    Healthcheck: HealthConfig | None

    ArgsEscaped: bool | None

    Image: str | None

    Volumes: dict[str, dict[str, Any] | None] | None

    WorkingDir: str | None

    Entrypoint: list[str] | None

    NetworkDisabled: bool | None

    OnBuild: list[str] | None

    Labels: dict[str, str | None] | None

    StopSignal: str | None

    StopTimeout: int | None

    Shell: list[str] | None

    HostConfig: HostConfig | None

    NetworkingConfig: NetworkingConfig | None

    MacAddress: str | None


class ContainerCreateResponse(TypedDict, total=False):
    """The Engine API's `ContainerCreateResponse` object."""

    Id: str | None

    Warnings: list[str] | None


class ContainerExecRequest(TypedDict, total=False):
    """The Engine API's `ContainerExecRequest` object.

    Fields not in every API version: `ConsoleSize`: API >= 1.42.; `WorkingDir`: API >= 1.35."""

    AttachStdin: bool | None

    AttachStdout: bool | None

    AttachStderr: bool | None

    ConsoleSize: list[int] | None

    DetachKeys: str | None

    Tty: bool | None

    Env: list[str] | None

    Cmd: list[str] | None

    Privileged: bool | None

    User: str | None

    WorkingDir: str | None


class ContainerInspectResponse(TypedDict, total=False):
    """The Engine API's `ContainerInspectResponse` object.

    Fields not in every API version: `Platform`: API >= 1.40.; `ImageManifestDescriptor`: API >= 1.48.; `Storage`: API >= 1.52.; `Node`: API >= 1.25. Not in API >= 1.39."""

    Id: str | None

    Created: str | None

    Path: str | None

    Args: list[str] | None

    State: ContainerState | None

    Image: str | None

    ResolvConfPath: str | None

    HostnamePath: str | None

    HostsPath: str | None

    LogPath: str | None

    Name: str | None

    RestartCount: int | None

    Driver: str | None

    Platform: str | None

    ImageManifestDescriptor: OCIDescriptor | None

    MountLabel: str | None

    ProcessLabel: str | None

    AppArmorProfile: str | None

    ExecIDs: list[str] | None

    HostConfig: HostConfig | None

    GraphDriver: DriverData | None

    Storage: Storage | None

    SizeRw: int | None

    SizeRootFs: int | None

    Mounts: list[MountPoint] | None

    Config: ContainerConfig | None

    NetworkSettings: NetworkSettings | None

    Node: dict[str, Any] | None


class ContainerMemoryStats(TypedDict, total=False):
    """The Engine API's `ContainerMemoryStats` object.

    Fields not in every API version: `usage`: API >= 1.48.; `max_usage`: API >= 1.48.; `stats`: API >= 1.48.; `failcnt`: API >= 1.48.; `limit`: API >= 1.48.; `commitbytes`: API >= 1.48.; `commitpeakbytes`: API >= 1.48.; `privateworkingset`: API >= 1.48."""

    usage: int | None

    max_usage: int | None

    stats: dict[str, int | None] | None

    failcnt: int | None

    limit: int | None

    commitbytes: int | None

    commitpeakbytes: int | None

    privateworkingset: int | None


class ContainerNetworkStats(TypedDict, total=False):
    """The Engine API's `ContainerNetworkStats` object.

    Fields not in every API version: `rx_bytes`: API >= 1.48.; `rx_packets`: API >= 1.48.; `rx_errors`: API >= 1.48.; `rx_dropped`: API >= 1.48.; `tx_bytes`: API >= 1.48.; `tx_packets`: API >= 1.48.; `tx_errors`: API >= 1.48.; `tx_dropped`: API >= 1.48.; `endpoint_id`: API >= 1.48.; `instance_id`: API >= 1.48."""

    rx_bytes: int | None

    rx_packets: int | None

    rx_errors: int | None

    rx_dropped: int | None

    tx_bytes: int | None

    tx_packets: int | None

    tx_errors: int | None

    tx_dropped: int | None

    endpoint_id: str | None

    instance_id: str | None


class ContainerPidsStats(TypedDict, total=False):
    """The Engine API's `ContainerPidsStats` object.

    Fields not in every API version: `current`: API >= 1.48.; `limit`: API >= 1.48."""

    current: int | None

    limit: int | None


class ContainerPruneResponse(TypedDict, total=False):
    """The Engine API's `ContainerPruneResponse` object.

    Fields not in every API version: `ContainersDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    ContainersDeleted: list[str] | None

    SpaceReclaimed: int | None


class ContainerState(TypedDict, total=False):
    """The Engine API's `ContainerState` object.

    Fields not in every API version: `Health`: API >= 1.39."""

    Status: Literal["created", "running", "paused", "restarting", "removing", "exited", "dead"] | str | None

    Running: bool | None

    Paused: bool | None

    Restarting: bool | None

    OOMKilled: bool | None

    Dead: bool | None

    Pid: int | None

    ExitCode: int | None

    Error: str | None

    StartedAt: str | None

    FinishedAt: str | None

    Health: Health | None


class ContainerStatsResponse(TypedDict, total=False):
    """The Engine API's `ContainerStatsResponse` object.

    Fields not in every API version: `id`: API >= 1.48.; `name`: API >= 1.48.; `os_type`: API >= 1.52.; `read`: API >= 1.48.; `cpu_stats`: API >= 1.48.; `memory_stats`: API >= 1.48.; `networks`: API >= 1.48.; `blkio_stats`: API >= 1.48.; `num_procs`: API >= 1.48.; `storage_stats`: API >= 1.48.; `preread`: API >= 1.48.; `precpu_stats`: API >= 1.48."""

    id: str | None

    name: str | None

    os_type: str | None

    read: str | None

    cpu_stats: ContainerCPUStats | None

    memory_stats: ContainerMemoryStats | None

    networks: dict[str, ContainerNetworkStats | None] | None

    pids_stats: ContainerPidsStats | None

    blkio_stats: ContainerBlkioStats | None

    num_procs: int | None

    storage_stats: ContainerStorageStats | None

    preread: str | None

    precpu_stats: ContainerCPUStats | None


class ContainerStatus(TypedDict, total=False):
    """The Engine API's `ContainerStatus` object."""

    ContainerID: str | None

    PID: int | None

    ExitCode: int | None


class ContainerStorageStats(TypedDict, total=False):
    """The Engine API's `ContainerStorageStats` object.

    Fields not in every API version: `read_count_normalized`: API >= 1.48.; `read_size_bytes`: API >= 1.48.; `write_count_normalized`: API >= 1.48.; `write_size_bytes`: API >= 1.48."""

    read_count_normalized: int | None

    read_size_bytes: int | None

    write_count_normalized: int | None

    write_size_bytes: int | None


class ContainerSummary(TypedDict, total=False):
    """The Engine API's `ContainerSummary` object.

    Fields not in every API version: `ImageManifestDescriptor`: API >= 1.48.; `Health`: API >= 1.52."""

    Id: str | None

    Names: list[str] | None

    Image: str | None

    ImageID: str | None

    ImageManifestDescriptor: OCIDescriptor | None

    Command: str | None

    Created: int | None

    Ports: list[PortSummary] | None

    SizeRw: int | None

    SizeRootFs: int | None

    Labels: dict[str, str | None] | None

    State: Literal["created", "running", "paused", "restarting", "exited", "removing", "dead"] | str | None

    Status: str | None

    HostConfig: ContainerSummaryHostConfig | None

    NetworkSettings: ContainerSummaryNetworkSettings | None

    Mounts: list[MountPoint] | None

    Health: ContainerSummaryHealth | None


class ContainerSummaryHealth(TypedDict, total=False):
    """The Engine API's `ContainerSummaryHealth` object.

    Fields not in every API version: `Status`: API >= 1.52.; `FailingStreak`: API >= 1.52."""

    Status: Literal["none", "starting", "healthy", "unhealthy"] | str | None

    FailingStreak: int | None


class ContainerSummaryHostConfig(TypedDict, total=False):
    """The Engine API's `ContainerSummaryHostConfig` object.

    Fields not in every API version: `Annotations`: API >= 1.46."""

    NetworkMode: str | None

    Annotations: dict[str, str | None] | None


class ContainerSummaryNetworkSettings(TypedDict, total=False):
    """The Engine API's `ContainerSummaryNetworkSettings` object."""

    Networks: dict[str, EndpointSettings | None] | None


class ContainerThrottlingData(TypedDict, total=False):
    """The Engine API's `ContainerThrottlingData` object.

    Fields not in every API version: `periods`: API >= 1.48.; `throttled_periods`: API >= 1.48.; `throttled_time`: API >= 1.48."""

    periods: int | None

    throttled_periods: int | None

    throttled_time: int | None


class ContainerTopResponse(TypedDict, total=False):
    """The Engine API's `ContainerTopResponse` object."""

    Titles: list[str] | None

    Processes: list[list[str]] | None


class ContainerUpdateRequest(TypedDict, total=False):
    """The Engine API's `ContainerUpdateRequest` object.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.37.; `CpuCount`: API >= 1.25.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: API >= 1.36. Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    CpuShares: int | None

    Memory: int | None

    CgroupParent: str | None

    BlkioWeight: int | None

    BlkioWeightDevice: list[HostConfigBlkioWeightDevice] | None

    BlkioDeviceReadBps: list[ThrottleDevice] | None

    BlkioDeviceWriteBps: list[ThrottleDevice] | None

    BlkioDeviceReadIOps: list[ThrottleDevice] | None

    BlkioDeviceWriteIOps: list[ThrottleDevice] | None

    CpuPeriod: int | None

    CpuQuota: int | None

    CpuRealtimePeriod: int | None

    CpuRealtimeRuntime: int | None

    CpusetCpus: str | None

    CpusetMems: str | None

    Devices: list[DeviceMapping] | None

    DeviceCgroupRules: list[str] | None

    DeviceRequests: list[DeviceRequest] | None

    MemoryReservation: int | None

    MemorySwap: int | None

    MemorySwappiness: int | None

    NanoCpus: int | None

    OomKillDisable: bool | None

    Init: bool | None

    PidsLimit: int | None

    Ulimits: list[HostConfigUlimits] | None

    CpuCount: int | None

    CpuPercent: int | None

    IOMaximumIOps: int | None

    IOMaximumBandwidth: int | None

    RestartPolicy: RestartPolicy | None

    DiskQuota: int | None

    KernelMemory: int | None

    KernelMemoryTCP: int | None


class ContainerUpdateResponse(TypedDict, total=False):
    """The Engine API's `ContainerUpdateResponse` object."""

    Warnings: list[str] | None


class ContainerWaitExitError(TypedDict, total=False):
    """The Engine API's `ContainerWaitExitError` object.

    Fields not in every API version: `Message`: API >= 1.34."""

    Message: str | None


class ContainerWaitResponse(TypedDict, total=False):
    """The Engine API's `ContainerWaitResponse` object.

    Fields not in every API version: `Error`: API >= 1.34."""

    StatusCode: int | None

    Error: ContainerWaitExitError | None


class ContainerdInfo(TypedDict, total=False):
    """The Engine API's `ContainerdInfo` object.

    Fields not in every API version: `Address`: API >= 1.46.; `Namespaces`: API >= 1.46."""

    Address: str | None

    Namespaces: ContainerdInfoNamespaces | None


class ContainerdInfoNamespaces(TypedDict, total=False):
    """The Engine API's `ContainerdInfoNamespaces` object.

    Fields not in every API version: `Containers`: API >= 1.46.; `Plugins`: API >= 1.46."""

    Containers: str | None

    Plugins: str | None


class ContainersDiskUsage(TypedDict, total=False):
    """The Engine API's `ContainersDiskUsage` object.

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    ActiveCount: int | None

    TotalCount: int | None

    Reclaimable: int | None

    TotalSize: int | None

    Items: list[Any] | None


class CreateImageInfo(TypedDict, total=False):
    """The Engine API's `CreateImageInfo` object.

    Fields not in every API version: `id`: API >= 1.36.; `errorDetail`: API >= 1.39.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    id: str | None

    errorDetail: ErrorDetail | None

    status: str | None

    progressDetail: ProgressDetail | None

    error: str | None

    progress: str | None


class DeviceInfo(TypedDict, total=False):
    """The Engine API's `DeviceInfo` object.

    Fields not in every API version: `Source`: API >= 1.50.; `ID`: API >= 1.50."""

    Source: str | None

    ID: str | None


class DeviceMapping(TypedDict, total=False):
    """The Engine API's `DeviceMapping` object."""

    PathOnHost: str | None

    PathInContainer: str | None

    CgroupPermissions: str | None


class DeviceRequest(TypedDict, total=False):
    """The Engine API's `DeviceRequest` object.

    Fields not in every API version: `Driver`: API >= 1.40.; `Count`: API >= 1.40.; `DeviceIDs`: API >= 1.40.; `Capabilities`: API >= 1.40.; `Options`: API >= 1.40."""

    Driver: str | None

    Count: int | None

    DeviceIDs: list[str] | None

    Capabilities: list[list[str]] | None

    Options: dict[str, str | None] | None


class DistributionInspect(TypedDict, total=False):
    """The Engine API's `DistributionInspect` object.

    Fields not in every API version: `Descriptor`: API >= 1.30.; `Platforms`: API >= 1.30."""

    Descriptor: OCIDescriptor | None

    Platforms: list[OCIPlatform] | None


class Driver(TypedDict, total=False):
    """The Engine API's `Driver` object.

    Fields not in every API version: `Name`: API >= 1.31.; `Options`: API >= 1.31."""

    Name: str | None

    Options: dict[str, str | None] | None


class DriverData(TypedDict, total=False):
    """The Engine API's `DriverData` object."""

    Name: str | None

    Data: dict[str, str | None] | None


class EndpointIPAMConfig(TypedDict, total=False):
    """The Engine API's `EndpointIPAMConfig` object."""

    IPv4Address: str | None

    IPv6Address: str | None

    LinkLocalIPs: list[str] | None


class EndpointPortConfig(TypedDict, total=False):
    """The Engine API's `EndpointPortConfig` object.

    Fields not in every API version: `PublishMode`: API >= 1.34."""

    Name: str | None

    Protocol: Literal["tcp", "udp", "sctp"] | str | None

    TargetPort: int | None

    PublishedPort: int | None

    PublishMode: Literal["ingress", "host"] | str | None


class EndpointResource(TypedDict, total=False):
    """The Engine API's `EndpointResource` object."""

    Name: str | None

    EndpointID: str | None

    MacAddress: str | None

    IPv4Address: str | None

    IPv6Address: str | None


class EndpointSettings(TypedDict, total=False):
    """The Engine API's `EndpointSettings` object.

    Fields not in every API version: `DriverOpts`: API >= 1.32.; `GwPriority`: API >= 1.48.; `DNSNames`: API >= 1.44."""

    IPAMConfig: EndpointIPAMConfig | None

    Links: list[str] | None

    MacAddress: str | None

    Aliases: list[str] | None

    DriverOpts: dict[str, str | None] | None

    GwPriority: int | None

    NetworkID: str | None

    EndpointID: str | None

    Gateway: str | None

    IPAddress: str | None

    IPPrefixLen: int | None

    IPv6Gateway: str | None

    GlobalIPv6Address: str | None

    GlobalIPv6PrefixLen: int | None

    DNSNames: list[str] | None


class EndpointSpec(TypedDict, total=False):
    """The Engine API's `EndpointSpec` object."""

    Mode: Literal["vip", "dnsrr"] | str | None

    Ports: list[EndpointPortConfig] | None


class EngineDescription(TypedDict, total=False):
    """The Engine API's `EngineDescription` object."""

    EngineVersion: str | None

    Labels: dict[str, str | None] | None

    Plugins: list[EngineDescriptionPlugins] | None


class EngineDescriptionPlugins(TypedDict, total=False):
    """The Engine API's `EngineDescriptionPlugins` object."""

    Type: str | None

    Name: str | None


class ErrorDetail(TypedDict, total=False):
    """The Engine API's `ErrorDetail` object."""

    code: int | None

    message: str | None


class ErrorResponse(TypedDict, total=False):
    """The Engine API's `ErrorResponse` object."""

    message: str | None


class EventActor(TypedDict, total=False):
    """The Engine API's `EventActor` object."""

    ID: str | None

    Attributes: dict[str, str | None] | None


class EventMessage(TypedDict, total=False):
    """The Engine API's `EventMessage` object.

    Fields not in every API version: `scope`: API >= 1.40."""

    Type: (
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
    )

    Action: str | None

    Actor: EventActor | None

    scope: Literal["local", "swarm"] | str | None

    time: int | None

    timeNano: int | None


class ExecInspectResponse(TypedDict, total=False):
    """The Engine API's `ExecInspectResponse` object.

    Fields not in every API version: `CanRemove`: API >= 1.36.; `DetachKeys`: API >= 1.36."""

    CanRemove: bool | None

    DetachKeys: str | None

    ID: str | None

    Running: bool | None

    ExitCode: int | None

    ProcessConfig: ProcessConfig | None

    OpenStdin: bool | None

    OpenStderr: bool | None

    OpenStdout: bool | None

    ContainerID: str | None

    Pid: int | None


class ExecStartRequest(TypedDict, total=False):
    """The Engine API's `ExecStartRequest` object.

    Fields not in every API version: `ConsoleSize`: API >= 1.42."""

    Detach: bool | None

    Tty: bool | None

    ConsoleSize: list[int] | None


class FilesystemChange(TypedDict, total=False):
    """The Engine API's `FilesystemChange` object."""

    Path: str | None

    Kind: ChangeType | None


class FirewallInfo(TypedDict, total=False):
    """The Engine API's `FirewallInfo` object.

    Fields not in every API version: `Driver`: API >= 1.49.; `Info`: API >= 1.49."""

    Driver: str | None

    Info: list[list[str]] | None


class GenericResourcesInline(TypedDict, total=False):
    """The Engine API's `GenericResourcesInline` object.

    Fields not in every API version: `NamedResourceSpec`: API >= 1.32.; `DiscreteResourceSpec`: API >= 1.32."""

    NamedResourceSpec: GenericResourcesInlineNamedResourceSpec | None

    DiscreteResourceSpec: GenericResourcesInlineDiscreteResourceSpec | None


class GenericResourcesInlineDiscreteResourceSpec(TypedDict, total=False):
    """The Engine API's `GenericResourcesInlineDiscreteResourceSpec` object.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    Kind: str | None

    Value: int | None


class GenericResourcesInlineNamedResourceSpec(TypedDict, total=False):
    """The Engine API's `GenericResourcesInlineNamedResourceSpec` object.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    Kind: str | None

    Value: str | None


class Health(TypedDict, total=False):
    """The Engine API's `Health` object.

    Fields not in every API version: `Status`: API >= 1.39.; `FailingStreak`: API >= 1.39.; `Log`: API >= 1.39."""

    Status: Literal["none", "starting", "healthy", "unhealthy"] | str | None

    FailingStreak: int | None

    Log: list[HealthcheckResult] | None


class HealthConfig(TypedDict, total=False):
    """The Engine API's `HealthConfig` object.

    Fields not in every API version: `StartPeriod`: API >= 1.29.; `StartInterval`: API >= 1.44."""

    Test: list[str] | None

    Interval: int | None

    Timeout: int | None

    Retries: int | None

    StartPeriod: int | None

    StartInterval: int | None


class HealthcheckResult(TypedDict, total=False):
    """The Engine API's `HealthcheckResult` object.

    Fields not in every API version: `Start`: API >= 1.39.; `End`: API >= 1.39.; `ExitCode`: API >= 1.39.; `Output`: API >= 1.39."""

    Start: str | None

    End: str | None

    ExitCode: int | None

    Output: str | None


class HostConfig(TypedDict, total=False):
    """The Engine API's `HostConfig` object.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.37.; `CpuCount`: API >= 1.25.; `AutoRemove`: API >= 1.25.; `ConsoleSize`: API >= 1.25.; `Annotations`: API >= 1.43.; `CgroupnsMode`: API >= 1.41.; `Cgroup`: API >= 1.25.; `UTSMode`: API >= 1.25.; `Runtime`: API >= 1.25.; `Isolation`: API >= 1.25.; `MaskedPaths`: API >= 1.38.; `ReadonlyPaths`: API >= 1.38.; `Capabilities`: API >= 1.40. Not in API >= 1.41.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    CpuShares: int | None

    Memory: int | None

    CgroupParent: str | None

    BlkioWeight: int | None

    BlkioWeightDevice: list[HostConfigBlkioWeightDevice] | None

    BlkioDeviceReadBps: list[ThrottleDevice] | None

    BlkioDeviceWriteBps: list[ThrottleDevice] | None

    BlkioDeviceReadIOps: list[ThrottleDevice] | None

    BlkioDeviceWriteIOps: list[ThrottleDevice] | None

    CpuPeriod: int | None

    CpuQuota: int | None

    CpuRealtimePeriod: int | None

    CpuRealtimeRuntime: int | None

    CpusetCpus: str | None

    CpusetMems: str | None

    Devices: list[DeviceMapping] | None

    DeviceCgroupRules: list[str] | None

    DeviceRequests: list[DeviceRequest] | None

    MemoryReservation: int | None

    MemorySwap: int | None

    MemorySwappiness: int | None

    NanoCpus: int | None

    OomKillDisable: bool | None

    Init: bool | None

    PidsLimit: int | None

    Ulimits: list[HostConfigUlimits] | None

    CpuCount: int | None

    CpuPercent: int | None

    IOMaximumIOps: int | None

    IOMaximumBandwidth: int | None

    Binds: list[str] | None

    ContainerIDFile: str | None

    LogConfig: HostConfigLogConfig | None

    NetworkMode: str | None

    PortBindings: PortMap | None

    RestartPolicy: RestartPolicy | None

    AutoRemove: bool | None

    VolumeDriver: str | None

    VolumesFrom: list[str] | None

    Mounts: list[Mount] | None

    ConsoleSize: list[int] | None

    Annotations: dict[str, str | None] | None

    CapAdd: list[str] | None

    CapDrop: list[str] | None

    CgroupnsMode: Literal["private", "host"] | str | None

    Dns: list[str] | None

    DnsOptions: list[str] | None

    DnsSearch: list[str] | None

    ExtraHosts: list[str] | None

    GroupAdd: list[str] | None

    IpcMode: str | None

    Cgroup: str | None

    Links: list[str] | None

    OomScoreAdj: int | None

    PidMode: str | None

    Privileged: bool | None

    PublishAllPorts: bool | None

    ReadonlyRootfs: bool | None

    SecurityOpt: list[str] | None

    StorageOpt: dict[str, str | None] | None

    Tmpfs: dict[str, str | None] | None

    UTSMode: str | None

    UsernsMode: str | None

    ShmSize: int | None

    Sysctls: dict[str, str | None] | None

    Runtime: str | None

    Isolation: Literal["default", "process", "hyperv", ""] | str | None

    MaskedPaths: list[str] | None

    ReadonlyPaths: list[str] | None

    Capabilities: list[str] | None

    DiskQuota: int | None

    KernelMemory: int | None

    KernelMemoryTCP: int | None


class HostConfigBlkioWeightDevice(TypedDict, total=False):
    """The Engine API's `HostConfigBlkioWeightDevice` object."""

    Path: str | None

    Weight: int | None


class HostConfigLogConfig(TypedDict, total=False):
    """The Engine API's `HostConfigLogConfig` object."""

    Type: (
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
    )

    Config: dict[str, str | None] | None


class HostConfigUlimits(TypedDict, total=False):
    """The Engine API's `HostConfigUlimits` object."""

    Name: str | None

    Soft: int | None

    Hard: int | None


class IDResponse(TypedDict, total=False):
    """The Engine API's `IDResponse` object."""

    Id: str | None


class IPAM(TypedDict, total=False):
    """The Engine API's `IPAM` object."""

    Driver: str | None

    Config: list[IPAMConfig] | None

    Options: dict[str, str | None] | None


class IPAMConfig(TypedDict, total=False):
    """The Engine API's `IPAMConfig` object.

    Fields not in every API version: `Subnet`: API >= 1.41.; `IPRange`: API >= 1.41.; `Gateway`: API >= 1.41.; `AuxiliaryAddresses`: API >= 1.41."""

    Subnet: str | None

    IPRange: str | None

    Gateway: str | None

    AuxiliaryAddresses: dict[str, str | None] | None


class IPAMStatus(TypedDict, total=False):
    """The Engine API's `IPAMStatus` object.

    Fields not in every API version: `Subnets`: API >= 1.52."""

    Subnets: dict[str, SubnetStatus | None] | None


class Identity(TypedDict, total=False):
    """The Engine API's `Identity` object.

    Fields not in every API version: `Signature`: API >= 1.53.; `Pull`: API >= 1.53.; `Build`: API >= 1.53."""

    Signature: list[SignatureIdentity] | None

    Pull: list[PullIdentity] | None

    Build: list[BuildIdentity] | None


class ImageConfig(TypedDict, total=False):
    """The Engine API's `ImageConfig` object.

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `Shell`: API >= 1.25.; `AttachStderr`: Not in API >= 1.50.; `AttachStdin`: Not in API >= 1.50.; `AttachStdout`: Not in API >= 1.50.; `Domainname`: Not in API >= 1.50.; `Hostname`: Not in API >= 1.50.; `Image`: Not in API >= 1.50.; `MacAddress`: Not in API >= 1.50.; `NetworkDisabled`: Not in API >= 1.50.; `OpenStdin`: Not in API >= 1.50.; `StdinOnce`: Not in API >= 1.50.; `StopTimeout`: API >= 1.25. Not in API >= 1.50.; `Tty`: Not in API >= 1.50."""

    User: str | None

    ExposedPorts: dict[str, dict[str, Any] | None] | None

    Env: list[str] | None

    Cmd: list[str] | None

    Healthcheck: HealthConfig | None

    ArgsEscaped: bool | None

    Volumes: dict[str, dict[str, Any] | None] | None

    WorkingDir: str | None

    Entrypoint: list[str] | None

    OnBuild: list[str] | None

    Labels: dict[str, str | None] | None

    StopSignal: str | None

    Shell: list[str] | None

    AttachStderr: bool | None

    AttachStdin: bool | None

    AttachStdout: bool | None

    Domainname: str | None

    Hostname: str | None

    Image: str | None

    MacAddress: str | None

    NetworkDisabled: bool | None

    OpenStdin: bool | None

    StdinOnce: bool | None

    StopTimeout: int | None

    Tty: bool | None


class ImageDeleteResponseItem(TypedDict, total=False):
    """The Engine API's `ImageDeleteResponseItem` object."""

    Untagged: str | None

    Deleted: str | None


class ImageHistoryResponseItem(TypedDict, total=False):
    """The Engine API's `ImageHistoryResponseItem` object."""

    Id: str | None

    Created: int | None

    CreatedBy: str | None

    Tags: list[str] | None

    Size: int | None

    Comment: str | None


class ImageID(TypedDict, total=False):
    """The Engine API's `ImageID` object.

    Fields not in every API version: `ID`: API >= 1.36."""

    ID: str | None


class ImageInspect(TypedDict, total=False):
    """The Engine API's `ImageInspect` object.

    Fields not in every API version: `Descriptor`: API >= 1.48.; `Manifests`: API >= 1.48.; `Identity`: API >= 1.53.; `Variant`: API >= 1.39.; `OsVersion`: API >= 1.25.; `Metadata`: API >= 1.31.; `Container`: Not in API >= 1.45.; `ContainerConfig`: Not in API >= 1.45.; `DockerVersion`: Not in API >= 1.52.; `Parent`: Not in API >= 1.52.; `VirtualSize`: Not in API >= 1.44."""

    Id: str | None

    Descriptor: OCIDescriptor | None

    Manifests: list[ImageManifestSummary] | None

    Identity: Identity | None

    RepoTags: list[str] | None

    RepoDigests: list[str] | None

    Comment: str | None

    Created: str | None

    Author: str | None

    Config: ImageConfig | None

    Architecture: str | None

    Variant: str | None

    Os: str | None

    OsVersion: str | None

    Size: int | None

    GraphDriver: DriverData | None

    RootFS: ImageInspectRootFS | None

    Metadata: ImageInspectMetadata | None

    Container: str | None

    ContainerConfig: ContainerConfig | None

    DockerVersion: str | None

    Parent: str | None

    VirtualSize: int | None


class ImageInspectMetadata(TypedDict, total=False):
    """The Engine API's `ImageInspectMetadata` object.

    Fields not in every API version: `LastTagTime`: API >= 1.31."""

    LastTagTime: str | None


class ImageInspectRootFS(TypedDict, total=False):
    """The Engine API's `ImageInspectRootFS` object."""

    Type: str | None

    Layers: list[str] | None


class ImageManifestSummary(TypedDict, total=False):
    """The Engine API's `ImageManifestSummary` object.

    Fields not in every API version: `ID`: API >= 1.47.; `Descriptor`: API >= 1.47.; `Available`: API >= 1.47.; `Size`: API >= 1.47.; `Kind`: API >= 1.47.; `ImageData`: API >= 1.47.; `AttestationData`: API >= 1.47."""

    ID: str | None

    Descriptor: OCIDescriptor | None

    Available: bool | None

    Size: ImageManifestSummarySize | None

    Kind: Literal["image", "attestation", "unknown"] | str | None

    ImageData: ImageManifestSummaryImageData | None

    AttestationData: ImageManifestSummaryAttestationData | None


class ImageManifestSummaryAttestationData(TypedDict, total=False):
    """The Engine API's `ImageManifestSummaryAttestationData` object.

    Fields not in every API version: `For`: API >= 1.47."""

    For: str | None


class ImageManifestSummaryImageData(TypedDict, total=False):
    """The Engine API's `ImageManifestSummaryImageData` object.

    Fields not in every API version: `Platform`: API >= 1.47.; `Identity`: API >= 1.54.; `Containers`: API >= 1.47.; `Size`: API >= 1.47."""

    Platform: OCIPlatform | None

    Identity: Identity | None

    Containers: list[str] | None

    Size: ImageManifestSummaryImageDataSize | None


class ImageManifestSummaryImageDataSize(TypedDict, total=False):
    """The Engine API's `ImageManifestSummaryImageDataSize` object.

    Fields not in every API version: `Unpacked`: API >= 1.47."""

    Unpacked: int | None


class ImageManifestSummarySize(TypedDict, total=False):
    """The Engine API's `ImageManifestSummarySize` object.

    Fields not in every API version: `Total`: API >= 1.47.; `Content`: API >= 1.47."""

    Total: int | None

    Content: int | None


class ImagePruneResponse(TypedDict, total=False):
    """The Engine API's `ImagePruneResponse` object.

    Fields not in every API version: `ImagesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    ImagesDeleted: list[ImageDeleteResponseItem] | None

    SpaceReclaimed: int | None


class ImageSearchResponseItem(TypedDict, total=False):
    """The Engine API's `ImageSearchResponseItem` object."""

    description: str | None

    is_official: bool | None

    is_automated: bool | None

    name: str | None

    star_count: int | None


class ImageSummary(TypedDict, total=False):
    """The Engine API's `ImageSummary` object.

    Fields not in every API version: `SharedSize`: API >= 1.25.; `Manifests`: API >= 1.47.; `Descriptor`: API >= 1.48.; `VirtualSize`: Not in API >= 1.44."""

    Id: str | None

    ParentId: str | None

    RepoTags: list[str] | None

    RepoDigests: list[str] | None

    Created: int | None

    Size: int | None

    SharedSize: int | None

    Labels: dict[str, str | None] | None

    Containers: int | None

    Manifests: list[ImageManifestSummary] | None

    Descriptor: OCIDescriptor | None

    VirtualSize: int | None


class ImagesDiskUsage(TypedDict, total=False):
    """The Engine API's `ImagesDiskUsage` object.

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    ActiveCount: int | None

    TotalCount: int | None

    Reclaimable: int | None

    TotalSize: int | None

    Items: list[Any] | None


class IndexInfo(TypedDict, total=False):
    """The Engine API's `IndexInfo` object."""

    Name: str | None

    Mirrors: list[str] | None

    Secure: bool | None

    Official: bool | None


class JoinTokens(TypedDict, total=False):
    """The Engine API's `JoinTokens` object."""

    Worker: str | None

    Manager: str | None


class Limit(TypedDict, total=False):
    """The Engine API's `Limit` object.

    Fields not in every API version: `Pids`: API >= 1.41.; `GenericResources`: API >= 1.32. Not in API >= 1.41."""

    NanoCPUs: int | None

    MemoryBytes: int | None

    Pids: int | None

    GenericResources: GenericResources | None


class ManagerStatus(TypedDict, total=False):
    """The Engine API's `ManagerStatus` object.

    Fields not in every API version: `Leader`: API >= 1.32.; `Reachability`: API >= 1.32.; `Addr`: API >= 1.32."""

    Leader: bool | None

    Reachability: Reachability | None

    Addr: str | None


class Mount(TypedDict, total=False):
    """The Engine API's `Mount` object.

    Fields not in every API version: `Consistency`: API >= 1.28.; `ImageOptions`: API >= 1.48.; `TmpfsOptions`: API >= 1.25."""

    Target: str | None

    Source: str | None

    Type: MountType | None

    ReadOnly: bool | None

    Consistency: str | None

    BindOptions: MountBindOptions | None

    VolumeOptions: MountVolumeOptions | None

    ImageOptions: MountImageOptions | None

    TmpfsOptions: MountTmpfsOptions | None


class MountBindOptions(TypedDict, total=False):
    """The Engine API's `MountBindOptions` object.

    Fields not in every API version: `NonRecursive`: API >= 1.40.; `CreateMountpoint`: API >= 1.42.; `ReadOnlyNonRecursive`: API >= 1.44.; `ReadOnlyForceRecursive`: API >= 1.44."""

    Propagation: Literal["private", "rprivate", "shared", "rshared", "slave", "rslave"] | str | None

    NonRecursive: bool | None

    CreateMountpoint: bool | None

    ReadOnlyNonRecursive: bool | None

    ReadOnlyForceRecursive: bool | None


class MountImageOptions(TypedDict, total=False):
    """The Engine API's `MountImageOptions` object.

    Fields not in every API version: `Subpath`: API >= 1.48."""

    Subpath: str | None


class MountPoint(TypedDict, total=False):
    """The Engine API's `MountPoint` object."""

    Type: MountType | None

    Name: str | None

    Source: str | None

    Destination: str | None

    Driver: str | None

    Mode: str | None

    RW: bool | None

    Propagation: str | None


class MountTmpfsOptions(TypedDict, total=False):
    """The Engine API's `MountTmpfsOptions` object.

    Fields not in every API version: `SizeBytes`: API >= 1.25.; `Options`: API >= 1.46."""

    SizeBytes: int | None

    Mode: int | None

    Options: list[list[str]] | None


class MountVolumeOptions(TypedDict, total=False):
    """The Engine API's `MountVolumeOptions` object.

    Fields not in every API version: `Subpath`: API >= 1.45."""

    NoCopy: bool | None

    Labels: dict[str, str | None] | None

    DriverConfig: MountVolumeOptionsDriverConfig | None

    Subpath: str | None


class MountVolumeOptionsDriverConfig(TypedDict, total=False):
    """The Engine API's `MountVolumeOptionsDriverConfig` object."""

    Name: str | None

    Options: dict[str, str | None] | None


class NRIInfo(TypedDict, total=False):
    """The Engine API's `NRIInfo` object.

    Fields not in every API version: `Info`: API >= 1.53."""

    Info: list[list[str]] | None


class Network(TypedDict, total=False):
    """The Engine API's `Network` object.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Containers`: Not in API >= 1.52."""

    Name: str | None

    Id: str | None

    Created: str | None

    Scope: str | None

    Driver: str | None

    EnableIPv4: bool | None

    EnableIPv6: bool | None

    IPAM: IPAM | None

    Internal: bool | None

    Attachable: bool | None

    Ingress: bool | None

    ConfigFrom: ConfigReference | None

    ConfigOnly: bool | None

    Options: dict[str, str | None] | None

    Labels: dict[str, str | None] | None

    Peers: list[PeerInfo] | None

    Containers: dict[str, EndpointResource | None] | None


class NetworkAttachment(TypedDict, total=False):
    """The Engine API's `NetworkAttachment` object."""

    Network: Network | None

    Addresses: list[str] | None


class NetworkAttachmentConfig(TypedDict, total=False):
    """The Engine API's `NetworkAttachmentConfig` object.

    Fields not in every API version: `DriverOpts`: API >= 1.39."""

    Target: str | None

    Aliases: list[str] | None

    DriverOpts: dict[str, str | None] | None


class NetworkConnectRequest(TypedDict, total=False):
    """The Engine API's `NetworkConnectRequest` object."""

    Container: str | None

    EndpointConfig: EndpointSettings | None


class NetworkCreateRequest(TypedDict, total=False):
    """The Engine API's `NetworkCreateRequest` object.

    Fields not in every API version: `Scope`: API >= 1.41.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigOnly`: API >= 1.41.; `ConfigFrom`: API >= 1.41.; `EnableIPv4`: API >= 1.47.; `CheckDuplicate`: Not in API >= 1.46."""

    Name: str | None

    Driver: str | None

    Scope: str | None

    Internal: bool | None

    Attachable: bool | None

    Ingress: bool | None

    ConfigOnly: bool | None

    ConfigFrom: ConfigReference | None

    IPAM: IPAM | None

    EnableIPv4: bool | None

    EnableIPv6: bool | None

    Options: dict[str, str | None] | None

    Labels: dict[str, str | None] | None

    CheckDuplicate: bool | None


class NetworkCreateResponse(TypedDict, total=False):
    """The Engine API's `NetworkCreateResponse` object."""

    Id: str | None

    Warning: str | None


class NetworkDisconnectRequest(TypedDict, total=False):
    """The Engine API's `NetworkDisconnectRequest` object."""

    Container: str | None

    Force: bool | None


class NetworkInspect(TypedDict, total=False):
    """The Engine API's `NetworkInspect` object.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Services`: API >= 1.52.; `Status`: API >= 1.52."""

    Name: str | None

    Id: str | None

    Created: str | None

    Scope: str | None

    Driver: str | None

    EnableIPv4: bool | None

    EnableIPv6: bool | None

    IPAM: IPAM | None

    Internal: bool | None

    Attachable: bool | None

    Ingress: bool | None

    ConfigFrom: ConfigReference | None

    ConfigOnly: bool | None

    Options: dict[str, str | None] | None

    Labels: dict[str, str | None] | None

    Peers: list[PeerInfo] | None

    Containers: dict[str, EndpointResource | None] | None

    Services: dict[str, Any] | None

    Status: NetworkStatus | None


class NetworkPruneResponse(TypedDict, total=False):
    """The Engine API's `NetworkPruneResponse` object.

    Fields not in every API version: `NetworksDeleted`: API >= 1.26.; `VolumesDeleted`: API >= 1.25. Not in API >= 1.26."""

    NetworksDeleted: list[str] | None

    VolumesDeleted: list[str] | None


class NetworkSettings(TypedDict, total=False):
    """The Engine API's `NetworkSettings` object.

    Fields not in every API version: `SandboxID`: API >= 1.32.; `SandboxKey`: API >= 1.32.; `Networks`: API >= 1.32.; `Address`: API >= 1.25. Not in API >= 1.32.; `Bridge`: Not in API >= 1.52.; `EndpointID`: API >= 1.32. Not in API >= 1.52.; `Gateway`: Not in API >= 1.52.; `GlobalIPv6Address`: API >= 1.32. Not in API >= 1.52.; `GlobalIPv6PrefixLen`: API >= 1.32. Not in API >= 1.52.; `HairpinMode`: API >= 1.32. Not in API >= 1.52.; `IPAddress`: API >= 1.32. Not in API >= 1.52.; `IPPrefixLen`: Not in API >= 1.52.; `IPv6Gateway`: API >= 1.32. Not in API >= 1.52.; `LinkLocalIPv6Address`: API >= 1.32. Not in API >= 1.52.; `LinkLocalIPv6PrefixLen`: API >= 1.32. Not in API >= 1.52.; `MacAddress`: Not in API >= 1.52.; `PortMapping`: API >= 1.25. Not in API >= 1.32.; `SecondaryIPAddresses`: API >= 1.32. Not in API >= 1.52.; `SecondaryIPv6Addresses`: API >= 1.32. Not in API >= 1.52."""

    SandboxID: str | None

    SandboxKey: str | None

    Ports: PortMap | None

    Networks: dict[str, EndpointSettings | None] | None

    Address: str | None

    Bridge: str | None

    EndpointID: str | None

    Gateway: str | None

    GlobalIPv6Address: str | None

    GlobalIPv6PrefixLen: int | None

    HairpinMode: bool | None

    IPAddress: str | None

    IPPrefixLen: int | None

    IPv6Gateway: str | None

    LinkLocalIPv6Address: str | None

    LinkLocalIPv6PrefixLen: int | None

    MacAddress: str | None

    PortMapping: str | None

    SecondaryIPAddresses: list[Address] | None

    SecondaryIPv6Addresses: list[Address] | None


class NetworkStatus(TypedDict, total=False):
    """The Engine API's `NetworkStatus` object.

    Fields not in every API version: `IPAM`: API >= 1.52."""

    IPAM: IPAMStatus | None


class NetworkSummary(TypedDict, total=False):
    """The Engine API's `NetworkSummary` object.

    Fields not in every API version: `Name`: API >= 1.52.; `Id`: API >= 1.52.; `Created`: API >= 1.52.; `Scope`: API >= 1.52.; `Driver`: API >= 1.52.; `EnableIPv4`: API >= 1.52.; `EnableIPv6`: API >= 1.52.; `IPAM`: API >= 1.52.; `Internal`: API >= 1.52.; `Attachable`: API >= 1.52.; `Ingress`: API >= 1.52.; `ConfigFrom`: API >= 1.52.; `ConfigOnly`: API >= 1.52.; `Options`: API >= 1.52.; `Labels`: API >= 1.52.; `Peers`: API >= 1.52."""

    Name: str | None

    Id: str | None

    Created: str | None

    Scope: str | None

    Driver: str | None

    EnableIPv4: bool | None

    EnableIPv6: bool | None

    IPAM: IPAM | None

    Internal: bool | None

    Attachable: bool | None

    Ingress: bool | None

    ConfigFrom: ConfigReference | None

    ConfigOnly: bool | None

    Options: dict[str, str | None] | None

    Labels: dict[str, str | None] | None

    Peers: list[PeerInfo] | None


class NetworkTaskInfo(TypedDict, total=False):
    """The Engine API's `NetworkTaskInfo` object.

    Fields not in every API version: `Name`: API >= 1.52.; `EndpointID`: API >= 1.52.; `EndpointIP`: API >= 1.52.; `Info`: API >= 1.52."""

    Name: str | None

    EndpointID: str | None

    EndpointIP: str | None

    Info: dict[str, str | None] | None


class NetworkingConfig(TypedDict, total=False):
    """The Engine API's `NetworkingConfig` object."""

    EndpointsConfig: dict[str, EndpointSettings | None] | None


class Node(TypedDict, total=False):
    """The Engine API's `Node` object.

    Fields not in every API version: `Status`: API >= 1.32.; `ManagerStatus`: API >= 1.32."""

    ID: str | None

    Version: ObjectVersion | None

    CreatedAt: str | None

    UpdatedAt: str | None

    Spec: NodeSpec | None

    Description: NodeDescription | None

    Status: NodeStatus | None

    ManagerStatus: ManagerStatus | None


class NodeDescription(TypedDict, total=False):
    """The Engine API's `NodeDescription` object.

    Fields not in every API version: `TLSInfo`: API >= 1.30."""

    Hostname: str | None

    Platform: Platform | None

    Resources: ResourceObject | None

    Engine: EngineDescription | None

    TLSInfo: TLSInfo | None


class NodeSpec(TypedDict, total=False):
    """The Engine API's `NodeSpec` object."""

    Name: str | None

    Labels: dict[str, str | None] | None

    Role: Literal["worker", "manager"] | str | None

    Availability: Literal["active", "pause", "drain"] | str | None


class NodeStatus(TypedDict, total=False):
    """The Engine API's `NodeStatus` object.

    Fields not in every API version: `State`: API >= 1.32.; `Message`: API >= 1.32.; `Addr`: API >= 1.25."""

    State: NodeState | None

    Message: str | None

    Addr: str | None


class OCIDescriptor(TypedDict, total=False):
    """The Engine API's `OCIDescriptor` object.

    Fields not in every API version: `mediaType`: API >= 1.40.; `digest`: API >= 1.40.; `size`: API >= 1.40.; `urls`: API >= 1.48.; `annotations`: API >= 1.48.; `data`: API >= 1.48.; `platform`: API >= 1.48.; `artifactType`: API >= 1.48."""

    mediaType: str | None

    digest: str | None

    size: int | None

    urls: list[str] | None

    annotations: dict[str, str | None] | None

    data: str | None

    platform: OCIPlatform | None

    artifactType: str | None


OCIPlatform = TypedDict(
    "OCIPlatform",
    {
        "architecture": "str | None",
        "os": "str | None",
        "os.version": "str | None",
        "os.features": "list[str] | None",
        "variant": "str | None",
        "Features": "list[str] | None",
        "OSFeatures": "list[str] | None",
        "OSVersion": "str | None",
    },
    total=False,
)
"""The Engine API's `OCIPlatform` object.

    Fields not in every API version: `architecture`: API >= 1.40.; `os`: API >= 1.40.; `os.version`: API >= 1.40.; `os.features`: API >= 1.40.; `variant`: API >= 1.40.; `Features`: API >= 1.30. Not in API >= 1.40.; `OSFeatures`: API >= 1.30. Not in API >= 1.40.; `OSVersion`: API >= 1.30. Not in API >= 1.40."""


class ObjectVersion(TypedDict, total=False):
    """The Engine API's `ObjectVersion` object."""

    Index: int | None


class PeerInfo(TypedDict, total=False):
    """The Engine API's `PeerInfo` object.

    Fields not in every API version: `Name`: API >= 1.41.; `IP`: API >= 1.41."""

    Name: str | None

    IP: str | None


class PeerNode(TypedDict, total=False):
    """The Engine API's `PeerNode` object.

    Fields not in every API version: `NodeID`: API >= 1.32.; `Addr`: API >= 1.32."""

    NodeID: str | None

    Addr: str | None


class Platform(TypedDict, total=False):
    """The Engine API's `Platform` object."""

    Architecture: str | None

    OS: str | None


class Plugin(TypedDict, total=False):
    """The Engine API's `Plugin` object.

    Fields not in every API version: `Enabled`: API >= 1.25.; `Settings`: API >= 1.25.; `PluginReference`: API >= 1.26."""

    Id: str | None

    Name: str | None

    Enabled: bool | None

    Settings: PluginSettings | None

    PluginReference: str | None

    Config: PluginConfig | None


class PluginConfig(TypedDict, total=False):
    """The Engine API's `PluginConfig` object.

    Fields not in every API version: `WorkDir`: API >= 1.25.; `Linux`: API >= 1.25.; `PropagatedMount`: API >= 1.25.; `IpcHost`: API >= 1.29.; `PidHost`: API >= 1.29.; `rootfs`: API >= 1.25.; `DockerVersion`: API >= 1.29. Not in API >= 1.52."""

    Description: str | None

    Documentation: str | None

    Interface: PluginConfigInterface | None

    Entrypoint: list[str] | None

    WorkDir: str | None

    User: PluginConfigUser | None

    Network: PluginConfigNetwork | None

    Linux: PluginConfigLinux | None

    PropagatedMount: str | None

    IpcHost: bool | None

    PidHost: bool | None

    Mounts: list[PluginMount] | None

    Env: list[PluginEnv] | None

    Args: PluginConfigArgs | None

    rootfs: PluginConfigRootfs | None

    DockerVersion: str | None


class PluginConfigArgs(TypedDict, total=False):
    """The Engine API's `PluginConfigArgs` object."""

    Name: str | None

    Description: str | None

    Settable: list[str] | None

    Value: list[str] | None


class PluginConfigInterface(TypedDict, total=False):
    """The Engine API's `PluginConfigInterface` object.

    Fields not in every API version: `ProtocolScheme`: API >= 1.38."""

    Types: list[str] | None

    Socket: str | None

    ProtocolScheme: Literal["", "moby.plugins.http/v1"] | str | None


class PluginConfigLinux(TypedDict, total=False):
    """The Engine API's `PluginConfigLinux` object.

    Fields not in every API version: `AllowAllDevices`: API >= 1.25."""

    Capabilities: list[str] | None

    AllowAllDevices: bool | None

    Devices: list[PluginDevice] | None


class PluginConfigNetwork(TypedDict, total=False):
    """The Engine API's `PluginConfigNetwork` object."""

    Type: str | None


class PluginConfigRootfs(TypedDict, total=False):
    """The Engine API's `PluginConfigRootfs` object.

    Fields not in every API version: `diff_ids`: API >= 1.25."""

    type: str | None

    diff_ids: list[str] | None


class PluginConfigUser(TypedDict, total=False):
    """The Engine API's `PluginConfigUser` object.

    Fields not in every API version: `UID`: API >= 1.25.; `GID`: API >= 1.25."""

    UID: int | None

    GID: int | None


class PluginDevice(TypedDict, total=False):
    """The Engine API's `PluginDevice` object."""

    Name: str | None

    Description: str | None

    Settable: list[str] | None

    Path: str | None


class PluginEnv(TypedDict, total=False):
    """The Engine API's `PluginEnv` object."""

    Name: str | None

    Description: str | None

    Settable: list[str] | None

    Value: str | None


class PluginMount(TypedDict, total=False):
    """The Engine API's `PluginMount` object."""

    Name: str | None

    Description: str | None

    Settable: list[str] | None

    Source: str | None

    Destination: str | None

    Type: str | None

    Options: list[str] | None


class PluginPrivilege(TypedDict, total=False):
    """The Engine API's `PluginPrivilege` object."""

    Name: str | None

    Description: str | None

    Value: list[str] | None


class PluginSettings(TypedDict, total=False):
    """The Engine API's `PluginSettings` object."""

    Mounts: list[PluginMount] | None

    Env: list[str] | None

    Args: list[str] | None

    Devices: list[PluginDevice] | None


class PluginsInfo(TypedDict, total=False):
    """The Engine API's `PluginsInfo` object.

    Fields not in every API version: `Authorization`: API >= 1.32.; `Log`: API >= 1.30."""

    Volume: list[str] | None

    Network: list[str] | None

    Authorization: list[str] | None

    Log: list[str] | None


class PortBinding(TypedDict, total=False):
    """The Engine API's `PortBinding` object.

    Fields not in every API version: `HostIp`: API >= 1.32.; `HostPort`: API >= 1.32."""

    HostIp: str | None

    HostPort: str | None


class PortStatus(TypedDict, total=False):
    """The Engine API's `PortStatus` object.

    Fields not in every API version: `Ports`: API >= 1.44."""

    Ports: list[EndpointPortConfig] | None


class PortSummary(TypedDict, total=False):
    """The Engine API's `PortSummary` object.

    Fields not in every API version: `IP`: API >= 1.25."""

    IP: str | None

    PrivatePort: int | None

    PublicPort: int | None

    Type: Literal["tcp", "udp", "sctp"] | str | None


class ProcessConfig(TypedDict, total=False):
    """The Engine API's `ProcessConfig` object."""

    privileged: bool | None

    user: str | None

    tty: bool | None

    entrypoint: str | None

    arguments: list[str] | None


class ProgressDetail(TypedDict, total=False):
    """The Engine API's `ProgressDetail` object.

    Fields not in every API version: `current`: API >= 1.36.; `total`: API >= 1.36.; `code`: Not in API >= 1.36.; `message`: Not in API >= 1.36."""

    current: int | None

    total: int | None

    code: int | None

    message: int | None


ProgressMessage = TypedDict(
    "ProgressMessage",
    {
        "status": "str | None",
        "id": "str | None",
        "progress": "str | None",
        "progressDetail": "ProgressDetail | None",
        "stream": "str | None",
        "error": "str | None",
        "errorDetail": "ErrorDetail | None",
        "aux": "Any",
        "from": "str | None",
        "time": "int | None",
        "timeNano": "int | None",
    },
    total=False,
)
"""The Engine API's `ProgressMessage` object."""


class PullIdentity(TypedDict, total=False):
    """The Engine API's `PullIdentity` object.

    Fields not in every API version: `Repository`: API >= 1.53."""

    Repository: str | None


class PushImageInfo(TypedDict, total=False):
    """The Engine API's `PushImageInfo` object.

    Fields not in every API version: `errorDetail`: API >= 1.48.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    errorDetail: ErrorDetail | None

    status: str | None

    progressDetail: ProgressDetail | None

    error: str | None

    progress: str | None


class RegistryServiceConfig(TypedDict, total=False):
    """The Engine API's `RegistryServiceConfig` object.

    Fields not in every API version: `Mirrors`: API >= 1.32.; `AllowNondistributableArtifactsCIDRs`: API >= 1.32. Not in API >= 1.49.; `AllowNondistributableArtifactsHostnames`: API >= 1.32. Not in API >= 1.49."""

    InsecureRegistryCIDRs: list[str] | None

    IndexConfigs: dict[str, IndexInfo | None] | None

    Mirrors: list[str] | None

    AllowNondistributableArtifactsCIDRs: list[str] | None

    AllowNondistributableArtifactsHostnames: list[str] | None


class ResourceObject(TypedDict, total=False):
    """The Engine API's `ResourceObject` object.

    Fields not in every API version: `GenericResources`: API >= 1.32."""

    NanoCPUs: int | None

    MemoryBytes: int | None

    GenericResources: GenericResources | None


class Resources(TypedDict, total=False):
    """The Engine API's `Resources` object.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.37.; `CpuCount`: API >= 1.25.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: API >= 1.36. Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    CpuShares: int | None

    Memory: int | None

    CgroupParent: str | None

    BlkioWeight: int | None

    BlkioWeightDevice: list[HostConfigBlkioWeightDevice] | None

    BlkioDeviceReadBps: list[ThrottleDevice] | None

    BlkioDeviceWriteBps: list[ThrottleDevice] | None

    BlkioDeviceReadIOps: list[ThrottleDevice] | None

    BlkioDeviceWriteIOps: list[ThrottleDevice] | None

    CpuPeriod: int | None

    CpuQuota: int | None

    CpuRealtimePeriod: int | None

    CpuRealtimeRuntime: int | None

    CpusetCpus: str | None

    CpusetMems: str | None

    Devices: list[DeviceMapping] | None

    DeviceCgroupRules: list[str] | None

    DeviceRequests: list[DeviceRequest] | None

    MemoryReservation: int | None

    MemorySwap: int | None

    MemorySwappiness: int | None

    NanoCpus: int | None

    OomKillDisable: bool | None

    Init: bool | None

    PidsLimit: int | None

    Ulimits: list[HostConfigUlimits] | None

    CpuCount: int | None

    CpuPercent: int | None

    IOMaximumIOps: int | None

    IOMaximumBandwidth: int | None

    DiskQuota: int | None

    KernelMemory: int | None

    KernelMemoryTCP: int | None


class RestartPolicy(TypedDict, total=False):
    """The Engine API's `RestartPolicy` object."""

    Name: Literal["", "no", "always", "unless-stopped", "on-failure"] | str | None

    MaximumRetryCount: int | None


class RootFSStorage(TypedDict, total=False):
    """The Engine API's `RootFSStorage` object.

    Fields not in every API version: `Snapshot`: API >= 1.52."""

    Snapshot: RootFSStorageSnapshot | None


class RootFSStorageSnapshot(TypedDict, total=False):
    """The Engine API's `RootFSStorageSnapshot` object.

    Fields not in every API version: `Name`: API >= 1.52."""

    Name: str | None


class Runtime(TypedDict, total=False):
    """The Engine API's `Runtime` object.

    Fields not in every API version: `path`: API >= 1.32.; `runtimeArgs`: API >= 1.32.; `status`: API >= 1.44."""

    path: str | None

    runtimeArgs: list[str] | None

    status: dict[str, str | None] | None


class Secret(TypedDict, total=False):
    """The Engine API's `Secret` object."""

    ID: str | None

    Version: ObjectVersion | None

    CreatedAt: str | None

    UpdatedAt: str | None

    Spec: SecretSpec | None


class SecretCreateRequest(TypedDict, total=False):
    """The Engine API's `SecretCreateRequest` object.

    Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37."""

    Name: str | None

    Labels: dict[str, str | None] | None

    Data: str | None

    Driver: Driver | None

    Templating: Driver | None


class SecretSpec(TypedDict, total=False):
    """The Engine API's `SecretSpec` object.

    Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37.; `EndpointSpec`: Not in API >= 1.30.; `Mode`: Not in API >= 1.30.; `Networks`: Not in API >= 1.30.; `RollbackConfig`: API >= 1.28. Not in API >= 1.30.; `TaskTemplate`: Not in API >= 1.30.; `UpdateConfig`: Not in API >= 1.30."""

    Name: str | None

    Labels: dict[str, str | None] | None

    Data: str | None

    Driver: Driver | None

    Templating: Driver | None

    EndpointSpec: EndpointSpec | None

    Mode: Any

    Networks: list[Any] | None

    RollbackConfig: Any

    TaskTemplate: TaskSpec | None

    UpdateConfig: Any


class Service(TypedDict, total=False):
    """The Engine API's `Service` object.

    Fields not in every API version: `UpdateStatus`: API >= 1.25.; `ServiceStatus`: API >= 1.41.; `JobStatus`: API >= 1.41."""

    ID: str | None

    Version: ObjectVersion | None

    CreatedAt: str | None

    UpdatedAt: str | None

    Spec: ServiceSpec | None

    Endpoint: ServiceEndpoint | None

    UpdateStatus: ServiceUpdateStatus | None

    ServiceStatus: ServiceServiceStatus | None

    JobStatus: ServiceJobStatus | None


class ServiceCreateRequest(TypedDict, total=False):
    """The Engine API's `ServiceCreateRequest` object.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    Name: str | None

    Labels: dict[str, str | None] | None

    TaskTemplate: TaskSpec | None

    Mode: ServiceSpecMode | None

    UpdateConfig: ServiceSpecUpdateConfig | None

    RollbackConfig: ServiceSpecRollbackConfig | None

    Networks: list[NetworkAttachmentConfig] | None

    EndpointSpec: EndpointSpec | None


class ServiceCreateResponse(TypedDict, total=False):
    """The Engine API's `ServiceCreateResponse` object.

    Fields not in every API version: `Warnings`: API >= 1.25.; `Warning`: Not in API >= 1.44."""

    ID: str | None

    Warnings: list[str] | None

    Warning: str | None


class ServiceEndpoint(TypedDict, total=False):
    """The Engine API's `ServiceEndpoint` object."""

    Spec: EndpointSpec | None

    Ports: list[EndpointPortConfig] | None

    VirtualIPs: list[ServiceEndpointVirtualIPs] | None


class ServiceEndpointVirtualIPs(TypedDict, total=False):
    """The Engine API's `ServiceEndpointVirtualIPs` object."""

    NetworkID: str | None

    Addr: str | None


class ServiceInfo(TypedDict, total=False):
    """The Engine API's `ServiceInfo` object.

    Fields not in every API version: `VIP`: API >= 1.52.; `Ports`: API >= 1.52.; `LocalLBIndex`: API >= 1.52.; `Tasks`: API >= 1.52."""

    VIP: str | None

    Ports: list[str] | None

    LocalLBIndex: int | None

    Tasks: list[NetworkTaskInfo] | None


class ServiceJobStatus(TypedDict, total=False):
    """The Engine API's `ServiceJobStatus` object.

    Fields not in every API version: `JobIteration`: API >= 1.41.; `LastExecution`: API >= 1.41."""

    JobIteration: ObjectVersion | None

    LastExecution: str | None


class ServiceServiceStatus(TypedDict, total=False):
    """The Engine API's `ServiceServiceStatus` object.

    Fields not in every API version: `RunningTasks`: API >= 1.41.; `DesiredTasks`: API >= 1.41.; `CompletedTasks`: API >= 1.41."""

    RunningTasks: int | None

    DesiredTasks: int | None

    CompletedTasks: int | None


class ServiceSpec(TypedDict, total=False):
    """The Engine API's `ServiceSpec` object.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    Name: str | None

    Labels: dict[str, str | None] | None

    TaskTemplate: TaskSpec | None

    Mode: ServiceSpecMode | None

    UpdateConfig: ServiceSpecUpdateConfig | None

    RollbackConfig: ServiceSpecRollbackConfig | None

    Networks: list[NetworkAttachmentConfig] | None

    EndpointSpec: EndpointSpec | None


class ServiceSpecMode(TypedDict, total=False):
    """The Engine API's `ServiceSpecMode` object.

    Fields not in every API version: `Global`: API >= 1.25.; `ReplicatedJob`: API >= 1.41.; `GlobalJob`: API >= 1.41."""

    Replicated: ServiceSpecModeReplicated | None

    Global: dict[str, Any] | None

    ReplicatedJob: ServiceSpecModeReplicatedJob | None

    GlobalJob: dict[str, Any] | None


class ServiceSpecModeReplicated(TypedDict, total=False):
    """The Engine API's `ServiceSpecModeReplicated` object."""

    Replicas: int | None


class ServiceSpecModeReplicatedJob(TypedDict, total=False):
    """The Engine API's `ServiceSpecModeReplicatedJob` object.

    Fields not in every API version: `MaxConcurrent`: API >= 1.41.; `TotalCompletions`: API >= 1.41."""

    MaxConcurrent: int | None

    TotalCompletions: int | None


class ServiceSpecRollbackConfig(TypedDict, total=False):
    """The Engine API's `ServiceSpecRollbackConfig` object.

    Fields not in every API version: `Parallelism`: API >= 1.28.; `Delay`: API >= 1.28.; `FailureAction`: API >= 1.28.; `Monitor`: API >= 1.28.; `MaxFailureRatio`: API >= 1.28.; `Order`: API >= 1.29."""

    Parallelism: int | None

    Delay: int | None

    FailureAction: Literal["continue", "pause"] | str | None

    Monitor: int | None

    MaxFailureRatio: float | None

    Order: Literal["stop-first", "start-first"] | str | None


class ServiceSpecUpdateConfig(TypedDict, total=False):
    """The Engine API's `ServiceSpecUpdateConfig` object.

    Fields not in every API version: `Monitor`: API >= 1.25.; `MaxFailureRatio`: API >= 1.25.; `Order`: API >= 1.29."""

    Parallelism: int | None

    Delay: int | None

    FailureAction: Literal["continue", "pause", "rollback"] | str | None

    Monitor: int | None

    MaxFailureRatio: float | None

    Order: Literal["stop-first", "start-first"] | str | None


class ServiceUpdateRequest(TypedDict, total=False):
    """The Engine API's `ServiceUpdateRequest` object.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    Name: str | None

    Labels: dict[str, str | None] | None

    TaskTemplate: TaskSpec | None

    Mode: ServiceSpecMode | None

    UpdateConfig: ServiceSpecUpdateConfig | None

    RollbackConfig: ServiceSpecRollbackConfig | None

    Networks: list[NetworkAttachmentConfig] | None

    EndpointSpec: EndpointSpec | None


class ServiceUpdateResponse(TypedDict, total=False):
    """The Engine API's `ServiceUpdateResponse` object.

    Fields not in every API version: `Deleted`: Not in API >= 1.28.; `Untagged`: Not in API >= 1.28."""

    Warnings: list[str] | None

    Deleted: str | None

    Untagged: str | None


class ServiceUpdateStatus(TypedDict, total=False):
    """The Engine API's `ServiceUpdateStatus` object.

    Fields not in every API version: `CompletedAt`: API >= 1.25."""

    State: Literal["updating", "paused", "completed"] | str | None

    StartedAt: str | None

    CompletedAt: str | None

    Message: str | None


class SignatureIdentity(TypedDict, total=False):
    """The Engine API's `SignatureIdentity` object.

    Fields not in every API version: `Name`: API >= 1.53.; `Timestamps`: API >= 1.53.; `KnownSigner`: API >= 1.53.; `DockerReference`: API >= 1.53.; `Signer`: API >= 1.53.; `SignatureType`: API >= 1.53.; `Error`: API >= 1.53.; `Warnings`: API >= 1.53."""

    Name: str | None

    Timestamps: list[SignatureTimestamp] | None

    KnownSigner: KnownSignerIdentity | None

    DockerReference: str | None

    Signer: SignerIdentity | None

    SignatureType: SignatureType | None

    Error: str | None

    Warnings: list[str] | None


class SignatureTimestamp(TypedDict, total=False):
    """The Engine API's `SignatureTimestamp` object.

    Fields not in every API version: `Type`: API >= 1.53.; `URI`: API >= 1.53.; `Timestamp`: API >= 1.53."""

    Type: SignatureTimestampType | None

    URI: str | None

    Timestamp: str | None


class SignerIdentity(TypedDict, total=False):
    """The Engine API's `SignerIdentity` object.

    Fields not in every API version: `CertificateIssuer`: API >= 1.53.; `SubjectAlternativeName`: API >= 1.53.; `Issuer`: API >= 1.53.; `BuildSignerURI`: API >= 1.53.; `BuildSignerDigest`: API >= 1.53.; `RunnerEnvironment`: API >= 1.53.; `SourceRepositoryURI`: API >= 1.53.; `SourceRepositoryDigest`: API >= 1.53.; `SourceRepositoryRef`: API >= 1.53.; `SourceRepositoryIdentifier`: API >= 1.53.; `SourceRepositoryOwnerURI`: API >= 1.53.; `SourceRepositoryOwnerIdentifier`: API >= 1.53.; `BuildConfigURI`: API >= 1.53.; `BuildConfigDigest`: API >= 1.53.; `BuildTrigger`: API >= 1.53.; `RunInvocationURI`: API >= 1.53.; `SourceRepositoryVisibilityAtSigning`: API >= 1.53."""

    CertificateIssuer: str | None

    SubjectAlternativeName: str | None

    Issuer: str | None

    BuildSignerURI: str | None

    BuildSignerDigest: str | None

    RunnerEnvironment: str | None

    SourceRepositoryURI: str | None

    SourceRepositoryDigest: str | None

    SourceRepositoryRef: str | None

    SourceRepositoryIdentifier: str | None

    SourceRepositoryOwnerURI: str | None

    SourceRepositoryOwnerIdentifier: str | None

    BuildConfigURI: str | None

    BuildConfigDigest: str | None

    BuildTrigger: str | None

    RunInvocationURI: str | None

    SourceRepositoryVisibilityAtSigning: str | None


class Storage(TypedDict, total=False):
    """The Engine API's `Storage` object.

    Fields not in every API version: `RootFS`: API >= 1.52."""

    RootFS: RootFSStorage | None


class SubnetStatus(TypedDict, total=False):
    """The Engine API's `SubnetStatus` object.

    Fields not in every API version: `IPsInUse`: API >= 1.52.; `DynamicIPsAvailable`: API >= 1.52."""

    IPsInUse: int | None

    DynamicIPsAvailable: int | None


class Swarm(TypedDict, total=False):
    """The Engine API's `Swarm` object.

    Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    ID: str | None

    Version: ObjectVersion | None

    CreatedAt: str | None

    UpdatedAt: str | None

    Spec: SwarmSpec | None

    TLSInfo: TLSInfo | None

    RootRotationInProgress: bool | None

    DataPathPort: int | None

    DefaultAddrPool: list[str] | None

    SubnetSize: int | None

    JoinTokens: JoinTokens | None


class SwarmInfo(TypedDict, total=False):
    """The Engine API's `SwarmInfo` object.

    Fields not in every API version: `NodeID`: API >= 1.32.; `NodeAddr`: API >= 1.32.; `LocalNodeState`: API >= 1.32.; `ControlAvailable`: API >= 1.32.; `Error`: API >= 1.32.; `RemoteManagers`: API >= 1.32.; `Nodes`: API >= 1.32.; `Managers`: API >= 1.32.; `Cluster`: API >= 1.32."""

    NodeID: str | None

    NodeAddr: str | None

    LocalNodeState: LocalNodeState | None

    ControlAvailable: bool | None

    Error: str | None

    RemoteManagers: list[PeerNode] | None

    Nodes: int | None

    Managers: int | None

    Cluster: ClusterInfo | None


class SwarmInitRequest(TypedDict, total=False):
    """The Engine API's `SwarmInitRequest` object.

    Fields not in every API version: `DataPathAddr`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    ListenAddr: str | None

    AdvertiseAddr: str | None

    DataPathAddr: str | None

    DataPathPort: int | None

    DefaultAddrPool: list[str] | None

    ForceNewCluster: bool | None

    SubnetSize: int | None

    Spec: SwarmSpec | None


class SwarmJoinRequest(TypedDict, total=False):
    """The Engine API's `SwarmJoinRequest` object.

    Fields not in every API version: `DataPathAddr`: API >= 1.30."""

    ListenAddr: str | None

    AdvertiseAddr: str | None

    DataPathAddr: str | None

    RemoteAddrs: list[str] | None

    JoinToken: str | None


class SwarmSpec(TypedDict, total=False):
    """The Engine API's `SwarmSpec` object.

    Fields not in every API version: `EncryptionConfig`: API >= 1.25."""

    Name: str | None

    Labels: dict[str, str | None] | None

    Orchestration: SwarmSpecOrchestration | None

    Raft: SwarmSpecRaft | None

    Dispatcher: SwarmSpecDispatcher | None

    CAConfig: SwarmSpecCAConfig | None

    EncryptionConfig: SwarmSpecEncryptionConfig | None

    TaskDefaults: SwarmSpecTaskDefaults | None


class SwarmSpecCAConfig(TypedDict, total=False):
    """The Engine API's `SwarmSpecCAConfig` object.

    Fields not in every API version: `ExternalCAs`: API >= 1.25.; `SigningCACert`: API >= 1.30.; `SigningCAKey`: API >= 1.30.; `ForceRotate`: API >= 1.30."""

    NodeCertExpiry: int | None

    ExternalCAs: list[SwarmSpecCAConfigExternalCAs] | None

    SigningCACert: str | None

    SigningCAKey: str | None

    ForceRotate: int | None


class SwarmSpecCAConfigExternalCAs(TypedDict, total=False):
    """The Engine API's `SwarmSpecCAConfigExternalCAs` object.

    Fields not in every API version: `CACert`: API >= 1.30."""

    Protocol: Literal["cfssl"] | str | None

    URL: str | None

    Options: dict[str, str | None] | None

    CACert: str | None


class SwarmSpecDispatcher(TypedDict, total=False):
    """The Engine API's `SwarmSpecDispatcher` object."""

    HeartbeatPeriod: int | None


class SwarmSpecEncryptionConfig(TypedDict, total=False):
    """The Engine API's `SwarmSpecEncryptionConfig` object.

    Fields not in every API version: `AutoLockManagers`: API >= 1.25."""

    AutoLockManagers: bool | None


class SwarmSpecOrchestration(TypedDict, total=False):
    """The Engine API's `SwarmSpecOrchestration` object."""

    TaskHistoryRetentionLimit: int | None


class SwarmSpecRaft(TypedDict, total=False):
    """The Engine API's `SwarmSpecRaft` object."""

    SnapshotInterval: int | None

    KeepOldSnapshots: int | None

    LogEntriesForSlowFollowers: int | None

    ElectionTick: int | None

    HeartbeatTick: int | None


class SwarmSpecTaskDefaults(TypedDict, total=False):
    """The Engine API's `SwarmSpecTaskDefaults` object."""

    LogDriver: SwarmSpecTaskDefaultsLogDriver | None


class SwarmSpecTaskDefaultsLogDriver(TypedDict, total=False):
    """The Engine API's `SwarmSpecTaskDefaultsLogDriver` object."""

    Name: str | None

    Options: dict[str, str | None] | None


class SwarmUnlockRequest(TypedDict, total=False):
    """The Engine API's `SwarmUnlockRequest` object.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    UnlockKey: str | None


class SwarmUnlockkeyResponse(TypedDict, total=False):
    """The Engine API's `SwarmUnlockkeyResponse` object.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    UnlockKey: str | None


class SystemDataUsageResponse(TypedDict, total=False):
    """The Engine API's `SystemDataUsageResponse` object.

    Fields not in every API version: `ImageUsage`: API >= 1.52.; `ContainerUsage`: API >= 1.52.; `VolumeUsage`: API >= 1.52.; `BuildCacheUsage`: API >= 1.52.; `BuildCache`: API >= 1.39. Not in API >= 1.52.; `Containers`: Not in API >= 1.52.; `Images`: Not in API >= 1.52.; `LayersSize`: API >= 1.25. Not in API >= 1.52.; `Volumes`: Not in API >= 1.52."""

    ImageUsage: ImagesDiskUsage | None

    ContainerUsage: ContainersDiskUsage | None

    VolumeUsage: VolumesDiskUsage | None

    BuildCacheUsage: BuildCacheDiskUsage | None

    BuildCache: list[BuildCache] | None

    Containers: list[ContainerSummary] | None

    Images: list[ImageSummary] | None

    LayersSize: int | None

    Volumes: list[Volume] | None


class SystemInfo(TypedDict, total=False):
    """The Engine API's `SystemInfo` object.

    Fields not in every API version: `CPUSet`: API >= 1.32.; `PidsLimit`: API >= 1.40.; `LoggingDriver`: API >= 1.32.; `CgroupVersion`: API >= 1.41.; `OSVersion`: API >= 1.41.; `GenericResources`: API >= 1.32.; `Runtimes`: API >= 1.32.; `DefaultRuntime`: API >= 1.32.; `Swarm`: API >= 1.32.; `LiveRestoreEnabled`: API >= 1.32.; `Isolation`: API >= 1.25.; `InitBinary`: API >= 1.32.; `ContainerdCommit`: API >= 1.32.; `RuncCommit`: API >= 1.32.; `InitCommit`: API >= 1.32.; `ProductLicense`: API >= 1.39.; `DefaultAddressPools`: API >= 1.41.; `FirewallBackend`: API >= 1.49.; `DiscoveredDevices`: API >= 1.50.; `NRI`: API >= 1.53.; `Warnings`: API >= 1.39.; `CDISpecDirs`: API >= 1.44.; `Containerd`: API >= 1.46.; `BridgeNfIp6tables`: API >= 1.32. Not in API >= 1.50.; `BridgeNfIptables`: API >= 1.32. Not in API >= 1.50.; `ClusterAdvertise`: API >= 1.32. Not in API >= 1.42.; `ClusterStore`: API >= 1.32. Not in API >= 1.42.; `DiscoveryBackend`: API >= 1.25. Not in API >= 1.32.; `InitPath`: Not in API >= 1.32.; `InitSha1`: Not in API >= 1.32.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52.; `OomScoreAdj`: Not in API >= 1.32.; `SystemStatus`: Not in API >= 1.41."""

    ID: str | None

    Containers: int | None

    ContainersRunning: int | None

    ContainersPaused: int | None

    ContainersStopped: int | None

    Images: int | None

    Driver: str | None

    DriverStatus: list[list[str]] | None

    DockerRootDir: str | None

    Plugins: PluginsInfo | None

    MemoryLimit: bool | None

    SwapLimit: bool | None

    CpuCfsPeriod: bool | None

    CpuCfsQuota: bool | None

    CPUShares: bool | None

    CPUSet: bool | None

    PidsLimit: bool | None

    OomKillDisable: bool | None

    IPv4Forwarding: bool | None

    Debug: bool | None

    NFd: int | None

    NGoroutines: int | None

    SystemTime: str | None

    LoggingDriver: str | None

    CgroupDriver: Literal["cgroupfs", "systemd", "none"] | str | None

    CgroupVersion: Literal["1", "2"] | str | None

    NEventsListener: int | None

    KernelVersion: str | None

    OperatingSystem: str | None

    OSVersion: str | None

    OSType: str | None

    Architecture: str | None

    NCPU: int | None

    MemTotal: int | None

    IndexServerAddress: str | None

    RegistryConfig: RegistryServiceConfig | None

    GenericResources: GenericResources | None

    HttpProxy: str | None

    HttpsProxy: str | None

    NoProxy: str | None

    Name: str | None

    Labels: list[str] | None

    ExperimentalBuild: bool | None

    ServerVersion: str | None

    Runtimes: dict[str, Runtime | None] | None

    DefaultRuntime: str | None

    Swarm: SwarmInfo | None

    LiveRestoreEnabled: bool | None

    Isolation: Literal["default", "hyperv", "process", ""] | str | None

    InitBinary: str | None

    ContainerdCommit: Commit | None

    RuncCommit: Commit | None

    InitCommit: Commit | None

    SecurityOptions: list[str] | None

    ProductLicense: str | None

    DefaultAddressPools: list[SystemInfoDefaultAddressPools] | None

    FirewallBackend: FirewallInfo | None

    DiscoveredDevices: list[DeviceInfo] | None

    NRI: NRIInfo | None

    Warnings: list[str] | None

    CDISpecDirs: list[str] | None

    Containerd: ContainerdInfo | None

    BridgeNfIp6tables: bool | None

    BridgeNfIptables: bool | None

    ClusterAdvertise: str | None

    ClusterStore: str | None

    DiscoveryBackend: str | None

    InitPath: str | None

    InitSha1: str | None

    KernelMemory: bool | None

    KernelMemoryTCP: bool | None

    OomScoreAdj: int | None

    SystemStatus: list[list[str]] | None


class SystemInfoDefaultAddressPools(TypedDict, total=False):
    """The Engine API's `SystemInfoDefaultAddressPools` object.

    Fields not in every API version: `Base`: API >= 1.41.; `Size`: API >= 1.41."""

    Base: str | None

    Size: int | None


class SystemVersion(TypedDict, total=False):
    """The Engine API's `SystemVersion` object.

    Fields not in every API version: `Platform`: API >= 1.35.; `Components`: API >= 1.35.; `MinAPIVersion`: API >= 1.25."""

    Platform: SystemVersionPlatform | None

    Components: list[SystemVersionComponents] | None

    Version: str | None

    ApiVersion: str | None

    MinAPIVersion: str | None

    GitCommit: str | None

    GoVersion: str | None

    Os: str | None

    Arch: str | None

    KernelVersion: str | None

    Experimental: bool | None

    BuildTime: str | None


class SystemVersionComponents(TypedDict, total=False):
    """The Engine API's `SystemVersionComponents` object.

    Fields not in every API version: `Name`: API >= 1.35.; `Version`: API >= 1.35.; `Details`: API >= 1.35."""

    Name: str | None

    Version: str | None

    Details: dict[str, Any] | None


class SystemVersionPlatform(TypedDict, total=False):
    """The Engine API's `SystemVersionPlatform` object.

    Fields not in every API version: `Name`: API >= 1.35."""

    Name: str | None


class TLSInfo(TypedDict, total=False):
    """The Engine API's `TLSInfo` object.

    Fields not in every API version: `TrustRoot`: API >= 1.30.; `CertIssuerSubject`: API >= 1.30.; `CertIssuerPublicKey`: API >= 1.30.; `CAConfig`: API >= 1.30. Not in API >= 1.32.; `Dispatcher`: API >= 1.30. Not in API >= 1.32.; `EncryptionConfig`: API >= 1.30. Not in API >= 1.32.; `Labels`: API >= 1.30. Not in API >= 1.32.; `Name`: API >= 1.30. Not in API >= 1.32.; `Orchestration`: API >= 1.30. Not in API >= 1.32.; `Raft`: API >= 1.30. Not in API >= 1.32.; `TaskDefaults`: API >= 1.30. Not in API >= 1.32."""

    TrustRoot: str | None

    CertIssuerSubject: str | None

    CertIssuerPublicKey: str | None

    CAConfig: Any

    Dispatcher: Any

    EncryptionConfig: Any

    Labels: dict[str, str | None] | None

    Name: str | None

    Orchestration: Any

    Raft: Any

    TaskDefaults: Any


class Task(TypedDict, total=False):
    """The Engine API's `Task` object.

    Fields not in every API version: `AssignedGenericResources`: API >= 1.32.; `JobIteration`: API >= 1.41."""

    ID: str | None

    Version: ObjectVersion | None

    CreatedAt: str | None

    UpdatedAt: str | None

    Name: str | None

    Labels: dict[str, str | None] | None

    Spec: TaskSpec | None

    ServiceID: str | None

    Slot: int | None

    NodeID: str | None

    AssignedGenericResources: GenericResources | None

    Status: TaskStatus | None

    DesiredState: TaskState | None

    JobIteration: ObjectVersion | None

    NetworksAttachments: list[NetworkAttachment] | None


class TaskSpec(TypedDict, total=False):
    """The Engine API's `TaskSpec` object.

    Fields not in every API version: `PluginSpec`: API >= 1.31.; `NetworkAttachmentSpec`: API >= 1.38.; `ForceUpdate`: API >= 1.25.; `Runtime`: API >= 1.30."""

    PluginSpec: TaskSpecPluginSpec | None

    ContainerSpec: TaskSpecContainerSpec | None

    NetworkAttachmentSpec: TaskSpecNetworkAttachmentSpec | None

    Resources: TaskSpecResources | None

    RestartPolicy: TaskSpecRestartPolicy | None

    Placement: TaskSpecPlacement | None

    ForceUpdate: int | None

    Runtime: str | None

    Networks: list[NetworkAttachmentConfig] | None

    LogDriver: TaskSpecLogDriver | None


class TaskSpecContainerSpec(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpec` object.

    Fields not in every API version: `Hostname`: API >= 1.27.; `Groups`: API >= 1.27.; `Privileges`: API >= 1.29.; `TTY`: API >= 1.25.; `OpenStdin`: API >= 1.27.; `ReadOnly`: API >= 1.27.; `StopSignal`: API >= 1.28.; `HealthCheck`: API >= 1.27.; `Hosts`: API >= 1.27.; `DNSConfig`: API >= 1.25.; `Secrets`: API >= 1.27.; `OomScoreAdj`: API >= 1.46.; `Configs`: API >= 1.30.; `Isolation`: API >= 1.35.; `Init`: API >= 1.38.; `Sysctls`: API >= 1.40.; `CapabilityAdd`: API >= 1.41.; `CapabilityDrop`: API >= 1.41.; `Ulimits`: API >= 1.41."""

    Image: str | None

    Labels: dict[str, str | None] | None

    Command: list[str] | None

    Args: list[str] | None

    Hostname: str | None

    Env: list[str] | None

    Dir: str | None

    User: str | None

    Groups: list[str] | None

    Privileges: TaskSpecContainerSpecPrivileges | None

    TTY: bool | None

    OpenStdin: bool | None

    ReadOnly: bool | None

    Mounts: list[Mount] | None

    StopSignal: str | None

    StopGracePeriod: int | None

    HealthCheck: HealthConfig | None

    Hosts: list[str] | None

    DNSConfig: TaskSpecContainerSpecDNSConfig | None

    Secrets: list[TaskSpecContainerSpecSecrets] | None

    OomScoreAdj: int | None

    Configs: list[TaskSpecContainerSpecConfigs] | None

    Isolation: Literal["default", "process", "hyperv", ""] | str | None

    Init: bool | None

    Sysctls: dict[str, str | None] | None

    CapabilityAdd: list[str] | None

    CapabilityDrop: list[str] | None

    Ulimits: list[TaskSpecContainerSpecUlimits] | None


class TaskSpecContainerSpecConfigs(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecConfigs` object.

    Fields not in every API version: `File`: API >= 1.30.; `Runtime`: API >= 1.40.; `ConfigID`: API >= 1.30.; `ConfigName`: API >= 1.30."""

    File: TaskSpecContainerSpecConfigsFile | None

    Runtime: dict[str, Any] | None

    ConfigID: str | None

    ConfigName: str | None


class TaskSpecContainerSpecConfigsFile(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecConfigsFile` object.

    Fields not in every API version: `Name`: API >= 1.30.; `UID`: API >= 1.30.; `GID`: API >= 1.30.; `Mode`: API >= 1.30."""

    Name: str | None

    UID: str | None

    GID: str | None

    Mode: int | None


class TaskSpecContainerSpecDNSConfig(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecDNSConfig` object.

    Fields not in every API version: `Nameservers`: API >= 1.25.; `Search`: API >= 1.25."""

    Nameservers: list[str] | None

    Search: list[str] | None

    Options: list[str] | None


class TaskSpecContainerSpecPrivileges(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivileges` object.

    Fields not in every API version: `CredentialSpec`: API >= 1.29.; `SELinuxContext`: API >= 1.29.; `Seccomp`: API >= 1.44.; `AppArmor`: API >= 1.44.; `NoNewPrivileges`: API >= 1.44."""

    CredentialSpec: TaskSpecContainerSpecPrivilegesCredentialSpec | None

    SELinuxContext: TaskSpecContainerSpecPrivilegesSELinuxContext | None

    Seccomp: TaskSpecContainerSpecPrivilegesSeccomp | None

    AppArmor: TaskSpecContainerSpecPrivilegesAppArmor | None

    NoNewPrivileges: bool | None


class TaskSpecContainerSpecPrivilegesAppArmor(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivilegesAppArmor` object.

    Fields not in every API version: `Mode`: API >= 1.44."""

    Mode: Literal["default", "disabled"] | str | None


class TaskSpecContainerSpecPrivilegesCredentialSpec(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivilegesCredentialSpec` object.

    Fields not in every API version: `Config`: API >= 1.40.; `File`: API >= 1.30.; `Registry`: API >= 1.30."""

    Config: str | None

    File: str | None

    Registry: str | None


class TaskSpecContainerSpecPrivilegesSELinuxContext(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivilegesSELinuxContext` object.

    Fields not in every API version: `Disable`: API >= 1.30.; `User`: API >= 1.30.; `Role`: API >= 1.30.; `Type`: API >= 1.30.; `Level`: API >= 1.30."""

    Disable: bool | None

    User: str | None

    Role: str | None

    Type: str | None

    Level: str | None


class TaskSpecContainerSpecPrivilegesSeccomp(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivilegesSeccomp` object.

    Fields not in every API version: `Mode`: API >= 1.44.; `Profile`: API >= 1.44."""

    Mode: Literal["default", "unconfined", "custom"] | str | None

    Profile: str | None


class TaskSpecContainerSpecSecrets(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecSecrets` object.

    Fields not in every API version: `File`: API >= 1.27.; `SecretID`: API >= 1.27.; `SecretName`: API >= 1.27."""

    File: TaskSpecContainerSpecSecretsFile | None

    SecretID: str | None

    SecretName: str | None


class TaskSpecContainerSpecSecretsFile(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecSecretsFile` object.

    Fields not in every API version: `Name`: API >= 1.27.; `UID`: API >= 1.27.; `GID`: API >= 1.27.; `Mode`: API >= 1.27."""

    Name: str | None

    UID: str | None

    GID: str | None

    Mode: int | None


class TaskSpecContainerSpecUlimits(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecUlimits` object.

    Fields not in every API version: `Name`: API >= 1.41.; `Soft`: API >= 1.41.; `Hard`: API >= 1.41."""

    Name: str | None

    Soft: int | None

    Hard: int | None


class TaskSpecLogDriver(TypedDict, total=False):
    """The Engine API's `TaskSpecLogDriver` object."""

    Name: str | None

    Options: dict[str, str | None] | None


class TaskSpecNetworkAttachmentSpec(TypedDict, total=False):
    """The Engine API's `TaskSpecNetworkAttachmentSpec` object.

    Fields not in every API version: `ContainerID`: API >= 1.38."""

    ContainerID: str | None


class TaskSpecPlacement(TypedDict, total=False):
    """The Engine API's `TaskSpecPlacement` object.

    Fields not in every API version: `Preferences`: API >= 1.28.; `MaxReplicas`: API >= 1.40.; `Platforms`: API >= 1.30."""

    Constraints: list[str] | None

    Preferences: list[TaskSpecPlacementPreferences] | None

    MaxReplicas: int | None

    Platforms: list[Platform] | None


class TaskSpecPlacementPreferences(TypedDict, total=False):
    """The Engine API's `TaskSpecPlacementPreferences` object.

    Fields not in every API version: `Spread`: API >= 1.28."""

    Spread: TaskSpecPlacementPreferencesSpread | None


class TaskSpecPlacementPreferencesSpread(TypedDict, total=False):
    """The Engine API's `TaskSpecPlacementPreferencesSpread` object.

    Fields not in every API version: `SpreadDescriptor`: API >= 1.28."""

    SpreadDescriptor: str | None


class TaskSpecPluginSpec(TypedDict, total=False):
    """The Engine API's `TaskSpecPluginSpec` object.

    Fields not in every API version: `Name`: API >= 1.31.; `Remote`: API >= 1.31.; `Disabled`: API >= 1.31.; `PluginPrivilege`: API >= 1.31."""

    Name: str | None

    Remote: str | None

    Disabled: bool | None

    PluginPrivilege: list[PluginPrivilege] | None


class TaskSpecResources(TypedDict, total=False):
    """The Engine API's `TaskSpecResources` object.

    Fields not in every API version: `SwapBytes`: API >= 1.52.; `MemorySwappiness`: API >= 1.52."""

    Limits: Limit | None

    Reservations: ResourceObject | None

    SwapBytes: int | None

    MemorySwappiness: int | None


class TaskSpecRestartPolicy(TypedDict, total=False):
    """The Engine API's `TaskSpecRestartPolicy` object."""

    Condition: Literal["none", "on-failure", "any"] | str | None

    Delay: int | None

    MaxAttempts: int | None

    Window: int | None


class TaskStatus(TypedDict, total=False):
    """The Engine API's `TaskStatus` object.

    Fields not in every API version: `Err`: API >= 1.25.; `PortStatus`: API >= 1.44."""

    Timestamp: str | None

    State: TaskState | None

    Message: str | None

    Err: str | None

    ContainerStatus: ContainerStatus | None

    PortStatus: PortStatus | None


class ThrottleDevice(TypedDict, total=False):
    """The Engine API's `ThrottleDevice` object."""

    Path: str | None

    Rate: int | None


class Topology(TypedDict, total=False):
    """The Engine API's `Topology` object.

    Fields not in every API version: `Segments`: API >= 1.42."""

    Segments: dict[str, str | None] | None


class Volume(TypedDict, total=False):
    """The Engine API's `Volume` object.

    Fields not in every API version: `CreatedAt`: API >= 1.31.; `ClusterVolume`: API >= 1.42.; `UsageData`: API >= 1.25."""

    Name: str | None

    Driver: str | None

    Mountpoint: str | None

    CreatedAt: str | None

    Status: dict[str, dict[str, Any] | None] | None

    Labels: dict[str, str | None] | None

    Scope: Literal["local", "global"] | str | None

    ClusterVolume: ClusterVolume | None

    Options: dict[str, str | None] | None

    UsageData: VolumeUsageData | None


class VolumeCreateRequest(TypedDict, total=False):
    """The Engine API's `VolumeCreateRequest` object.

    Fields not in every API version: `ClusterVolumeSpec`: API >= 1.42."""

    Name: str | None

    Driver: str | None

    DriverOpts: dict[str, str | None] | None

    Labels: dict[str, str | None] | None

    ClusterVolumeSpec: ClusterVolumeSpec | None


class VolumeListResponse(TypedDict, total=False):
    """The Engine API's `VolumeListResponse` object."""

    Volumes: list[Volume] | None

    Warnings: list[str] | None


class VolumePruneResponse(TypedDict, total=False):
    """The Engine API's `VolumePruneResponse` object.

    Fields not in every API version: `VolumesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    VolumesDeleted: list[str] | None

    SpaceReclaimed: int | None


class VolumeUpdateRequest(TypedDict, total=False):
    """The Engine API's `VolumeUpdateRequest` object.

    Fields not in every API version: `Spec`: API >= 1.42."""

    Spec: ClusterVolumeSpec | None


class VolumeUsageData(TypedDict, total=False):
    """The Engine API's `VolumeUsageData` object.

    Fields not in every API version: `RefCount`: API >= 1.25."""

    Size: int | None

    RefCount: int | None


class VolumesDiskUsage(TypedDict, total=False):
    """The Engine API's `VolumesDiskUsage` object.

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    ActiveCount: int | None

    TotalCount: int | None

    Reclaimable: int | None

    TotalSize: int | None

    Items: list[Any] | None


# Named types that are not objects (their annotations may name the TypedDicts above).

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
