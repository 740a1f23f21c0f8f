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

    Addr: str

    PrefixLen: int


class AttestationStatement(TypedDict, total=False):
    """One in-toto attestation (provenance, SBOM...) stored with an image.

    Fields not in every API version: `Descriptor`: API >= 1.55.; `PredicateType`: API >= 1.55.; `Statement`: API >= 1.55."""

    Descriptor: OCIDescriptor
    """OCI descriptor of the statement blob. API >= 1.55."""

    PredicateType: str
    """URI naming the kind of statement, e.g. "https://slsa.dev/provenance/v0.2". API >= 1.55."""

    Statement: dict[str, Any] | None
    """The whole in-toto statement as JSON; only with image_attestations(statement=True). API >= 1.55."""


class AuthConfig(TypedDict, total=False):
    """Registry credentials, as sent to login or in the X-Registry-Auth header.

    Fields not in every API version: `email`: API >= 1.25. Not in API >= 1.52."""

    username: str
    """The registry user name."""

    password: str
    """The password or access token."""

    serveraddress: str
    """The registry's address, e.g. "registry.example.com:5000" or "https://index.docker.io/v1/"."""

    email: str
    """An e-mail address, which registries no longer use. API >= 1.25. Not in API >= 1.52."""


class AuthResponse(TypedDict, total=False):
    """The daemon's answer to login()."""

    Status: str
    """A short verdict, e.g. "Login Succeeded"."""

    IdentityToken: str
    """A token some registries issue; give it as "identitytoken" in later auth_config instead of the password."""


class BuildCache(TypedDict, total=False):
    """One record of the build cache.

    Fields not in every API version: `ID`: API >= 1.39.; `Parents`: API >= 1.42.; `Type`: API >= 1.39.; `Description`: API >= 1.39.; `InUse`: API >= 1.39.; `Shared`: API >= 1.39.; `Size`: API >= 1.39.; `CreatedAt`: API >= 1.39.; `LastUsedAt`: API >= 1.39.; `UsageCount`: API >= 1.39.; `Parent`: API >= 1.39. Not in API >= 1.42."""

    ID: str
    """The record's ID. API >= 1.39."""

    Parents: list[str] | None
    """IDs of the records this one builds on. API >= 1.42."""

    Type: (
        Literal["internal", "frontend", "source.local", "source.git.checkout", "exec.cachemount", "regular"]
        | str
    )
    """The kind of record, e.g. "regular", "source.local", "source.git.checkout", "exec.cachemount", "frontend" or "internal". API >= 1.39."""

    Description: str
    """The step that made the record, as BuildKit names it. API >= 1.39."""

    InUse: bool
    """Whether a running build uses the record right now. API >= 1.39."""

    Shared: bool
    """Whether other records share this one's data. API >= 1.39."""

    Size: int
    """Disk space the record takes, in bytes. API >= 1.39."""

    CreatedAt: str
    """When the record was made, as an RFC 3339 string. API >= 1.39."""

    LastUsedAt: str | None
    """When a build last used the record, as an RFC 3339 string. API >= 1.39."""

    UsageCount: int
    """How many times builds used the record. API >= 1.39."""

    Parent: str
    """ID of the single parent record; replaced by Parents in newer API versions. API >= 1.39. Not in API >= 1.42."""


class BuildCacheDiskUsage(TypedDict, total=False):
    """Disk usage of the build cache, in df().

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    ActiveCount: int
    """Cache records in use by a build right now. API >= 1.52."""

    TotalCount: int
    """All cache records. API >= 1.52."""

    Reclaimable: int
    """Bytes that removing unused records would free. API >= 1.52."""

    TotalSize: int
    """Bytes all records take. API >= 1.52."""

    Items: list[Any]
    """The records one by one; only with df(verbose=True). API >= 1.52."""


class BuildIdentity(TypedDict, total=False):
    """A build that produced an image.

    Fields not in every API version: `Ref`: API >= 1.53.; `CreatedAt`: API >= 1.53."""

    Ref: str
    """The build's reference, usable to look it up in BuildKit's build history. API >= 1.53."""

    CreatedAt: str
    """When the build ran, as an RFC 3339 string. API >= 1.53."""


class BuildInfo(TypedDict, total=False):
    """One JSON message of the build output stream.

    Fields not in every API version: `aux`: API >= 1.36.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    id: str
    """ID of the layer or step the message is about."""

    stream: str
    """A chunk of build output text, usually ending in a newline."""

    errorDetail: ErrorDetail
    """The error that ended the build, with a code and message."""

    status: str
    """A status line, e.g. while pulling a base image."""

    progressDetail: ProgressDetail
    """Progress counts for the current status."""

    aux: ImageID
    """Extra data, e.g. the ID of the built image at the end. API >= 1.36."""

    error: str | None
    """The error message that ended the build, as plain text (deprecated; read errorDetail). Not in API >= 1.52."""

    progress: str | None
    """A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API >= 1.52."""


class BuildPruneResponse(TypedDict, total=False):
    """What prune_builds removed.

    Fields not in every API version: `CachesDeleted`: API >= 1.39.; `SpaceReclaimed`: API >= 1.31."""

    CachesDeleted: list[str]
    """IDs of the deleted cache records. API >= 1.39."""

    SpaceReclaimed: int
    """Disk space freed, in bytes. API >= 1.31."""


ClassicEventMessage = TypedDict(
    "ClassicEventMessage",
    {
        "Type": "Literal['builder', 'config', 'container', 'daemon', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'volume'] | str",
        "Action": "str",
        "Actor": "EventActor",
        "scope": "Literal['local', 'swarm'] | str",
        "time": "int",
        "timeNano": "int",
        "status": "str | None",
        "id": "str | None",
        "from": "str | None",
    },
    total=False,
)
"""One event from events(), with the older top-level fields kept alongside the current ones.

    Fields not in every API version: `scope`: API >= 1.40."""


class ClusterInfo(TypedDict, total=False):
    """The swarm as a manager sees it.

    Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    ID: str
    """The swarm's ID."""

    Version: ObjectVersion
    """The version counter of the swarm object, needed to update it."""

    CreatedAt: str
    """When the swarm was created, as an RFC 3339 string."""

    UpdatedAt: str
    """When the swarm's settings last changed, as an RFC 3339 string."""

    Spec: SwarmSpec
    """The swarm's settings (raft, dispatcher, CA, orchestration...)."""

    TLSInfo: TLSInfo
    """The swarm's root CA certificate and the identity of its issuer. API >= 1.30."""

    RootRotationInProgress: bool
    """Whether the swarm is replacing its root CA right now. API >= 1.30."""

    DataPathPort: int
    """UDP port for overlay network traffic (VXLAN); 4789 when unset or 0. API >= 1.40."""

    DefaultAddrPool: list[str]
    """Ranges (CIDR) that swarm-scope networks get their subnets from. API >= 1.39."""

    SubnetSize: int
    """Prefix length of each subnet taken from DefaultAddrPool, e.g. 24. API >= 1.39."""


class ClusterVolume(TypedDict, total=False):
    """The Engine API's `ClusterVolume` object.

    Fields not in every API version: `ID`: API >= 1.42.; `Version`: API >= 1.42.; `CreatedAt`: API >= 1.42.; `UpdatedAt`: API >= 1.42.; `Spec`: API >= 1.42.; `Info`: API >= 1.42.; `PublishStatus`: API >= 1.42."""

    ID: str

    Version: ObjectVersion

    CreatedAt: str

    UpdatedAt: str

    Spec: ClusterVolumeSpec

    Info: ClusterVolumeInfo

    PublishStatus: list[ClusterVolumePublishStatus]


class ClusterVolumeInfo(TypedDict, total=False):
    """The Engine API's `ClusterVolumeInfo` object.

    Fields not in every API version: `CapacityBytes`: API >= 1.42.; `VolumeContext`: API >= 1.42.; `VolumeID`: API >= 1.42.; `AccessibleTopology`: API >= 1.42."""

    CapacityBytes: int

    VolumeContext: dict[str, str]

    VolumeID: str

    AccessibleTopology: list[Topology]


class ClusterVolumePublishStatus(TypedDict, total=False):
    """The Engine API's `ClusterVolumePublishStatus` object.

    Fields not in every API version: `NodeID`: API >= 1.42.; `State`: API >= 1.42.; `PublishContext`: API >= 1.42."""

    NodeID: str

    State: (
        Literal["pending-publish", "published", "pending-node-unpublish", "pending-controller-unpublish"]
        | str
    )

    PublishContext: dict[str, str]


class ClusterVolumeSpec(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpec` object.

    Fields not in every API version: `Group`: API >= 1.42.; `AccessMode`: API >= 1.42."""

    Group: str

    AccessMode: ClusterVolumeSpecAccessMode


class ClusterVolumeSpecAccessMode(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpecAccessMode` object.

    Fields not in every API version: `Scope`: API >= 1.42.; `Sharing`: API >= 1.42.; `MountVolume`: API >= 1.42.; `Secrets`: API >= 1.42.; `AccessibilityRequirements`: API >= 1.42.; `CapacityRange`: API >= 1.42.; `Availability`: API >= 1.42."""

    Scope: Literal["single", "multi"] | str

    Sharing: Literal["none", "readonly", "onewriter", "all"] | str

    MountVolume: dict[str, Any]

    Secrets: list[ClusterVolumeSpecAccessModeSecrets]

    AccessibilityRequirements: ClusterVolumeSpecAccessModeAccessibilityRequirements

    CapacityRange: ClusterVolumeSpecAccessModeCapacityRange

    Availability: Literal["active", "pause", "drain"] | str


class ClusterVolumeSpecAccessModeAccessibilityRequirements(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpecAccessModeAccessibilityRequirements` object.

    Fields not in every API version: `Requisite`: API >= 1.42.; `Preferred`: API >= 1.42."""

    Requisite: list[Topology]

    Preferred: list[Topology]


class ClusterVolumeSpecAccessModeCapacityRange(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpecAccessModeCapacityRange` object.

    Fields not in every API version: `RequiredBytes`: API >= 1.42.; `LimitBytes`: API >= 1.42."""

    RequiredBytes: int

    LimitBytes: int


class ClusterVolumeSpecAccessModeSecrets(TypedDict, total=False):
    """The Engine API's `ClusterVolumeSpecAccessModeSecrets` object.

    Fields not in every API version: `Key`: API >= 1.42.; `Secret`: API >= 1.42."""

    Key: str

    Secret: str


class Commit(TypedDict, total=False):
    """The build of a component (containerd, runc, init).

    Fields not in every API version: `ID`: API >= 1.32.; `Expected`: API >= 1.32. Not in API >= 1.49."""

    ID: str
    """The build's commit ID or version string. API >= 1.32."""

    Expected: str
    """The commit the daemon was built against; dropped from newer API versions. API >= 1.32. Not in API >= 1.49."""


class Config(TypedDict, total=False):
    """The Engine API's `Config` object.

    Fields not in every API version: `ID`: API >= 1.30.; `Version`: API >= 1.30.; `CreatedAt`: API >= 1.30.; `UpdatedAt`: API >= 1.30.; `Spec`: API >= 1.30."""

    ID: str

    Version: ObjectVersion

    CreatedAt: str

    UpdatedAt: str

    Spec: ConfigSpec


class ConfigCreateRequest(TypedDict, total=False):
    """The body of create_config.

    Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

    Name: str
    """The config's name. API >= 1.30."""

    Labels: dict[str, str]
    """Metadata labels. API >= 1.30."""

    Data: str
    """The payload as base64 text; create_config encodes bytes or a string for you. API >= 1.30."""

    Templating: Driver
    """Templating driver, e.g. "golang", that renders the payload as a template; unset means no templating. API >= 1.37."""


class ConfigReference(TypedDict, total=False):
    """The Engine API's `ConfigReference` object.

    Fields not in every API version: `Network`: API >= 1.41."""

    Network: str


class ConfigSpec(TypedDict, total=False):
    """The Engine API's `ConfigSpec` object.

    Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

    Name: str

    Labels: dict[str, str]

    Data: str

    Templating: Driver


class ContainerBlkioStatEntry(TypedDict, total=False):
    """The Engine API's `ContainerBlkioStatEntry` object.

    Fields not in every API version: `major`: API >= 1.48.; `minor`: API >= 1.48.; `op`: API >= 1.48.; `value`: API >= 1.48."""

    major: int

    minor: int

    op: str

    value: int


class ContainerBlkioStats(TypedDict, total=False):
    """The Engine API's `ContainerBlkioStats` object.

    Fields not in every API version: `io_service_bytes_recursive`: API >= 1.48.; `io_serviced_recursive`: API >= 1.48.; `io_queue_recursive`: API >= 1.48.; `io_service_time_recursive`: API >= 1.48.; `io_wait_time_recursive`: API >= 1.48.; `io_merged_recursive`: API >= 1.48.; `io_time_recursive`: API >= 1.48.; `sectors_recursive`: API >= 1.48."""

    io_service_bytes_recursive: list[ContainerBlkioStatEntry]

    io_serviced_recursive: list[ContainerBlkioStatEntry] | None

    io_queue_recursive: list[ContainerBlkioStatEntry] | None

    io_service_time_recursive: list[ContainerBlkioStatEntry] | None

    io_wait_time_recursive: list[ContainerBlkioStatEntry] | None

    io_merged_recursive: list[ContainerBlkioStatEntry] | None

    io_time_recursive: list[ContainerBlkioStatEntry] | None

    sectors_recursive: list[ContainerBlkioStatEntry] | None


class ContainerCPUStats(TypedDict, total=False):
    """The Engine API's `ContainerCPUStats` object.

    Fields not in every API version: `online_cpus`: API >= 1.27."""

    cpu_usage: ContainerCPUUsage

    system_cpu_usage: int | None

    online_cpus: int | None

    throttling_data: ContainerThrottlingData


class ContainerCPUUsage(TypedDict, total=False):
    """The Engine API's `ContainerCPUUsage` object."""

    total_usage: int

    percpu_usage: list[int] | None

    usage_in_kernelmode: int

    usage_in_usermode: int


class ContainerConfig(TypedDict, total=False):
    """The Engine API's `ContainerConfig` object.

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

    Hostname: str

    Domainname: str

    User: str

    AttachStdin: bool

    AttachStdout: bool

    AttachStderr: bool

    ExposedPorts: dict[str, dict[str, Any]] | None

    Tty: bool

    OpenStdin: bool

    StdinOnce: bool

    Env: list[str]

    Cmd: list[str]

    Healthcheck: HealthConfig

    ArgsEscaped: bool | None

    Image: str

    Volumes: dict[str, dict[str, Any]]

    WorkingDir: str

    Entrypoint: list[str]

    NetworkDisabled: bool | None

    OnBuild: list[str] | None

    Labels: dict[str, str]

    StopSignal: str | None

    StopTimeout: int | None

    Shell: list[str] | None

    MacAddress: str | None


class ContainerCreateRequest(TypedDict, total=False):
    """The whole body of create_container, the document create_container_config builds.

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

    Hostname: str
    """The container's hostname."""

    Domainname: str
    """The container's domain name."""

    User: str
    """User (name or UID) to run as, optionally with ":group" or ":GID"; empty means the image's user."""

    AttachStdin: bool
    """Whether stdin is attached."""

    AttachStdout: bool
    """Whether stdout is attached."""

    AttachStderr: bool
    """Whether stderr is attached."""

    ExposedPorts: dict[str, dict[str, Any]] | None
    """Exposed ports as keys like "80/tcp" or "53/udp", each mapped to an empty object."""

    Tty: bool
    """Whether the process gets a pseudo-terminal (its output is then not multiplexed)."""

    OpenStdin: bool
    """Whether stdin stays open when nothing is attached."""

    StdinOnce: bool
    """Whether stdin is closed once the first attached client disconnects."""

    Env: list[str]
    """Environment variables as "NAME=value" strings; a bare "NAME" removes the variable."""

    Cmd: list[str]
    """The command and its arguments."""

    Healthcheck: HealthConfig
    """The health check, replacing the image's."""

    ArgsEscaped: bool | None
    """Whether the command is already escaped, on Windows only. API >= 1.25."""

    Image: str
    """The image to create the container from, by name, reference or ID."""

    Volumes: dict[str, dict[str, Any]]
    """Paths inside the container declared as volumes, each mapped to an empty object."""

    WorkingDir: str
    """Directory in which the command starts."""

    Entrypoint: list[str]
    """The entrypoint and its arguments, replacing the image's; [""] resets it to none."""

    NetworkDisabled: bool | None
    """Whether the container has no networking at all."""

    OnBuild: list[str] | None
    """ONBUILD instructions recorded from the image's Dockerfile."""

    Labels: dict[str, str]
    """Metadata labels as string keys and values."""

    StopSignal: str | None
    """Signal that stops the container, e.g. "SIGTERM", as a name or a number in a string."""

    StopTimeout: int | None
    """Seconds to wait after the stop signal before killing the container; unset means the daemon's default. API >= 1.25."""

    Shell: list[str] | None
    """Shell used by the shell forms of RUN, CMD and ENTRYPOINT, e.g. ["/bin/sh", "-c"]. API >= 1.25."""

    HostConfig: HostConfig
    """The host-side settings."""

    NetworkingConfig: NetworkingConfig
    """The networks to attach at creation."""

    MacAddress: str | None
    """The container's MAC address; later APIs take it per network in EndpointSettings instead. Not in API >= 1.52."""


class ContainerCreateResponse(TypedDict, total=False):
    """The Engine API's `ContainerCreateResponse` object."""

    Id: str

    Warnings: list[str]


class ContainerExecRequest(TypedDict, total=False):
    """The body of exec_create, describing a command to run in a running container.

    Fields not in every API version: `ConsoleSize`: API >= 1.42.; `Env`: API >= 1.25.; `WorkingDir`: API >= 1.35."""

    AttachStdin: bool
    """Whether the command's stdin is attached."""

    AttachStdout: bool
    """Whether the command's stdout is attached."""

    AttachStderr: bool
    """Whether the command's stderr is attached."""

    ConsoleSize: list[int] | None
    """Initial terminal size as [height, width] in characters. API >= 1.42."""

    DetachKeys: str
    """Key sequence that detaches from the command, e.g. "ctrl-p,ctrl-q"."""

    Tty: bool
    """Whether the command gets a pseudo-terminal."""

    Env: list[str]
    """Extra environment variables as "NAME=value" strings. API >= 1.25."""

    Cmd: list[str]
    """The command and its arguments."""

    Privileged: bool
    """Whether the command runs with extended privileges."""

    User: str
    """User to run as, a name or UID optionally followed by ":group" or ":GID"; empty means the container's user."""

    WorkingDir: str
    """Directory in which the command starts; empty means the container's working directory. API >= 1.35."""


class ContainerInspectResponse(TypedDict, total=False):
    """The Engine API's `ContainerInspectResponse` object.

    Fields not in every API version: `Platform`: API >= 1.40.; `ImageManifestDescriptor`: API >= 1.48.; `Storage`: API >= 1.52.; `Node`: API >= 1.25. Not in API >= 1.39."""

    Id: str

    Created: str | None

    Path: str

    Args: list[str]

    State: ContainerState

    Image: str

    ResolvConfPath: str

    HostnamePath: str

    HostsPath: str

    LogPath: str | None

    Name: str

    RestartCount: int

    Driver: str

    Platform: str

    ImageManifestDescriptor: OCIDescriptor

    MountLabel: str

    ProcessLabel: str

    AppArmorProfile: str

    ExecIDs: list[str] | None

    HostConfig: HostConfig

    GraphDriver: DriverData | None

    Storage: Storage | None

    SizeRw: int | None

    SizeRootFs: int | None

    Mounts: list[MountPoint]

    Config: ContainerConfig

    NetworkSettings: NetworkSettings

    Node: dict[str, Any]


class ContainerMemoryStats(TypedDict, total=False):
    """The Engine API's `ContainerMemoryStats` object.

    Fields not in every API version: `usage`: API >= 1.48.; `max_usage`: API >= 1.48.; `stats`: API >= 1.48.; `failcnt`: API >= 1.48.; `limit`: API >= 1.48.; `commitbytes`: API >= 1.48.; `commitpeakbytes`: API >= 1.48.; `privateworkingset`: API >= 1.48."""

    usage: int | None

    max_usage: int | None

    stats: dict[str, int | None]

    failcnt: int | None

    limit: int | None

    commitbytes: int | None

    commitpeakbytes: int | None

    privateworkingset: int | None


class ContainerNetworkStats(TypedDict, total=False):
    """The Engine API's `ContainerNetworkStats` object.

    Fields not in every API version: `rx_bytes`: API >= 1.48.; `rx_packets`: API >= 1.48.; `rx_errors`: API >= 1.48.; `rx_dropped`: API >= 1.48.; `tx_bytes`: API >= 1.48.; `tx_packets`: API >= 1.48.; `tx_errors`: API >= 1.48.; `tx_dropped`: API >= 1.48.; `endpoint_id`: API >= 1.48.; `instance_id`: API >= 1.48."""

    rx_bytes: int

    rx_packets: int

    rx_errors: int

    rx_dropped: int

    tx_bytes: int

    tx_packets: int

    tx_errors: int

    tx_dropped: int

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

    ContainersDeleted: list[str]

    SpaceReclaimed: int


class ContainerState(TypedDict, total=False):
    """The Engine API's `ContainerState` object.

    Fields not in every API version: `Health`: API >= 1.39."""

    Status: Literal["created", "running", "paused", "restarting", "removing", "exited", "dead"] | str

    Running: bool

    Paused: bool

    Restarting: bool

    OOMKilled: bool

    Dead: bool

    Pid: int

    ExitCode: int

    Error: str

    StartedAt: str

    FinishedAt: str

    Health: Health


class ContainerStatsResponse(TypedDict, total=False):
    """The Engine API's `ContainerStatsResponse` object.

    Fields not in every API version: `id`: API >= 1.48.; `name`: API >= 1.48.; `os_type`: API >= 1.52.; `num_procs`: API >= 1.48.; `storage_stats`: API >= 1.48.; `preread`: API >= 1.48."""

    id: str | None

    name: str | None

    os_type: str | None

    read: str

    cpu_stats: ContainerCPUStats

    memory_stats: ContainerMemoryStats

    networks: dict[str, ContainerNetworkStats] | None

    pids_stats: ContainerPidsStats

    blkio_stats: ContainerBlkioStats

    num_procs: int

    storage_stats: ContainerStorageStats

    preread: str

    precpu_stats: ContainerCPUStats


class ContainerStatus(TypedDict, total=False):
    """The Engine API's `ContainerStatus` object."""

    ContainerID: str

    PID: int

    ExitCode: int


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

    Id: str

    Names: list[str]

    Image: str

    ImageID: str

    ImageManifestDescriptor: OCIDescriptor | None

    Command: str

    Created: int

    Ports: list[PortSummary]

    SizeRw: int | None

    SizeRootFs: int | None

    Labels: dict[str, str]

    State: Literal["created", "running", "paused", "restarting", "exited", "removing", "dead"] | str

    Status: str

    HostConfig: ContainerSummaryHostConfig

    NetworkSettings: ContainerSummaryNetworkSettings

    Mounts: list[MountPoint]

    Health: ContainerSummaryHealth


class ContainerSummaryHealth(TypedDict, total=False):
    """The Engine API's `ContainerSummaryHealth` object.

    Fields not in every API version: `Status`: API >= 1.52.; `FailingStreak`: API >= 1.52."""

    Status: Literal["none", "starting", "healthy", "unhealthy"] | str

    FailingStreak: int


class ContainerSummaryHostConfig(TypedDict, total=False):
    """The Engine API's `ContainerSummaryHostConfig` object.

    Fields not in every API version: `Annotations`: API >= 1.46."""

    NetworkMode: str

    Annotations: dict[str, str] | None


class ContainerSummaryNetworkSettings(TypedDict, total=False):
    """The Engine API's `ContainerSummaryNetworkSettings` object."""

    Networks: dict[str, EndpointSettings]


class ContainerThrottlingData(TypedDict, total=False):
    """The Engine API's `ContainerThrottlingData` object.

    Fields not in every API version: `periods`: API >= 1.48.; `throttled_periods`: API >= 1.48.; `throttled_time`: API >= 1.48."""

    periods: int

    throttled_periods: int

    throttled_time: int


class ContainerTopResponse(TypedDict, total=False):
    """The Engine API's `ContainerTopResponse` object."""

    Titles: list[str]

    Processes: list[list[str]]


class ContainerUpdateRequest(TypedDict, total=False):
    """The body of update_container, changing resource limits and the restart policy of an existing container.

    Fields not in every API version: `BlkioWeightDevice`: API >= 1.55.; `BlkioDeviceReadBps`: API >= 1.55.; `BlkioDeviceWriteBps`: API >= 1.55.; `BlkioDeviceReadIOps`: API >= 1.55.; `BlkioDeviceWriteIOps`: API >= 1.55.; `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.28.; `Init`: API >= 1.37.; `PidsLimit`: API >= 1.40.; `CpuCount`: API >= 1.25.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: API >= 1.36. Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    CpuShares: int
    """Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline)."""

    Memory: int
    """Hard memory limit in bytes; 0 means no limit."""

    CgroupParent: str
    """Parent cgroup for the container's own cgroup; a relative path is resolved against the daemon's own cgroup, and missing ones are made too."""

    BlkioWeight: int
    """Relative block I/O weight, 10 to 1000 (0 leaves it unset)."""

    BlkioWeightDevice: list[HostConfigBlkioWeightDevice]
    """Per-device block I/O weights, each a Path and a Weight. API >= 1.55."""

    BlkioDeviceReadBps: list[ThrottleDevice]
    """Per-device read limits in bytes per second, each a Path and a Rate. API >= 1.55."""

    BlkioDeviceWriteBps: list[ThrottleDevice]
    """Per-device write limits in bytes per second, each a Path and a Rate. API >= 1.55."""

    BlkioDeviceReadIOps: list[ThrottleDevice]
    """Per-device read limits in I/O operations per second, each a Path and a Rate. API >= 1.55."""

    BlkioDeviceWriteIOps: list[ThrottleDevice]
    """Per-device write limits in I/O operations per second, each a Path and a Rate. API >= 1.55."""

    CpuPeriod: int
    """Length of the CFS scheduler period in microseconds (the kernel default is 100000)."""

    CpuQuota: int
    """CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit."""

    CpuRealtimePeriod: int
    """Real-time scheduler period in microseconds; 0 gives no real-time time. API >= 1.25."""

    CpuRealtimeRuntime: int
    """Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API >= 1.25."""

    CpusetCpus: str
    """CPUs the container may run on, e.g. "0-3" or "0,2"."""

    CpusetMems: str
    """NUMA memory nodes the container may use, e.g. "0-1"; matters only on NUMA hosts."""

    Devices: list[DeviceMapping]
    """Host devices made available inside the container."""

    DeviceCgroupRules: list[str]
    """Device cgroup rules such as "c 1:3 mr" (type, major:minor, access). API >= 1.28."""

    DeviceRequests: list[DeviceRequest]
    """Requests for devices handed to a device driver, such as GPUs. API >= 1.40."""

    MemoryReservation: int
    """Soft memory limit in bytes, enforced when the host runs short of memory."""

    MemorySwap: int
    """Limit on memory plus swap in bytes; -1 allows unlimited swap."""

    MemorySwappiness: int
    """How readily the kernel swaps out the container's anonymous pages, 0 to 100."""

    NanoCpus: int
    """CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API >= 1.28."""

    OomKillDisable: bool
    """Whether the kernel's OOM killer is kept from killing the container's processes."""

    Init: bool | None
    """Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon's default. API >= 1.37."""

    PidsLimit: int | None
    """Maximum number of processes in the container; 0 or -1 means unlimited. API >= 1.40."""

    Ulimits: list[HostConfigUlimits]
    """Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values."""

    CpuCount: int
    """Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API >= 1.25."""

    CpuPercent: int
    """Usable share of the CPUs as a percentage, on Windows only."""

    IOMaximumIOps: int
    """Maximum I/O operations per second on the system drive, on Windows only."""

    IOMaximumBandwidth: int
    """Maximum I/O on the system drive in bytes per second, on Windows only."""

    RestartPolicy: RestartPolicy
    """The new restart policy."""

    DiskQuota: int
    """Disk space limit in bytes, for storage backends that support one. API >= 1.25. Not in API >= 1.40."""

    KernelMemory: int
    """Kernel memory limit in bytes; deprecated and ignored with cgroup v2. API >= 1.36. Not in API >= 1.42."""

    KernelMemoryTCP: int
    """Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API >= 1.40. Not in API >= 1.52."""


class ContainerUpdateResponse(TypedDict, total=False):
    """The Engine API's `ContainerUpdateResponse` object."""

    Warnings: list[str]


class ContainerWaitExitError(TypedDict, total=False):
    """Why waiting for a container failed.

    Fields not in every API version: `Message`: API >= 1.34."""

    Message: str
    """The error message. API >= 1.34."""


class ContainerWaitResponse(TypedDict, total=False):
    """What wait returns once the container has stopped.

    Fields not in every API version: `Error`: API >= 1.34."""

    StatusCode: int
    """The container's exit code."""

    Error: ContainerWaitExitError
    """Set when waiting itself failed. API >= 1.34."""


class ContainerdInfo(TypedDict, total=False):
    """The containerd instance the daemon uses.

    Fields not in every API version: `Address`: API >= 1.46.; `Namespaces`: API >= 1.46."""

    Address: str
    """Path of containerd's socket, e.g. "/run/containerd/containerd.sock". API >= 1.46."""

    Namespaces: ContainerdInfoNamespaces
    """The containerd namespaces the daemon keeps to itself. API >= 1.46."""


class ContainerdInfoNamespaces(TypedDict, total=False):
    """The containerd namespaces the daemon uses; leave them to the daemon.

    Fields not in every API version: `Containers`: API >= 1.46.; `Plugins`: API >= 1.46."""

    Containers: str
    """Namespace of the daemon's containers, e.g. "moby". API >= 1.46."""

    Plugins: str
    """Namespace of the daemon's plugins, e.g. "plugins.moby". API >= 1.46."""


class ContainersDiskUsage(TypedDict, total=False):
    """Disk usage of containers, in df().

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    ActiveCount: int
    """Containers that are running. API >= 1.52."""

    TotalCount: int
    """All containers. API >= 1.52."""

    Reclaimable: int
    """Bytes that removing stopped containers would free. API >= 1.52."""

    TotalSize: int
    """Bytes the containers' writable layers take. API >= 1.52."""

    Items: list[Any]
    """The containers one by one; only with df(verbose=True). API >= 1.52."""


class CreateImageInfo(TypedDict, total=False):
    """One JSON message of the pull or import progress stream.

    Fields not in every API version: `id`: API >= 1.36.; `errorDetail`: API >= 1.39.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    id: str
    """ID of the layer the message is about. API >= 1.36."""

    errorDetail: ErrorDetail
    """The error that ended the operation, with a code and message. API >= 1.39."""

    status: str
    """A status line, e.g. "Downloading", "Pull complete" or a digest line."""

    progressDetail: ProgressDetail
    """Progress counts (current and total bytes) for the layer."""

    error: str | None
    """The error message that ended the operation, as plain text (deprecated; read errorDetail). Not in API >= 1.52."""

    progress: str | None
    """A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API >= 1.52."""


class DeviceInfo(TypedDict, total=False):
    """A device the daemon found that containers can request.

    Fields not in every API version: `Source`: API >= 1.50.; `ID`: API >= 1.50."""

    Source: str
    """The device driver that found it, e.g. "cdi". API >= 1.50."""

    ID: str
    """The device's name within that driver, e.g. "vendor.com/gpu=0" for CDI. API >= 1.50."""


class DeviceMapping(TypedDict, total=False):
    """A host device made available inside the container."""

    PathOnHost: str
    """Path of the device on the host, e.g. "/dev/fuse"."""

    PathInContainer: str
    """Path at which the device appears in the container."""

    CgroupPermissions: str
    """Allowed access, a combination of r (read), w (write) and m (mknod), e.g. "rwm"."""


class DeviceRequest(TypedDict, total=False):
    """A request for devices, such as GPUs, to be provided by a device driver.

    Fields not in every API version: `Driver`: API >= 1.40.; `Count`: API >= 1.40.; `DeviceIDs`: API >= 1.40.; `Capabilities`: API >= 1.40.; `Options`: API >= 1.40."""

    Driver: str
    """Name of the device driver, e.g. "nvidia"; when set, Capabilities do not pick the driver. API >= 1.40."""

    Count: int
    """How many devices to request; -1 means all available. API >= 1.40."""

    DeviceIDs: list[str]
    """IDs of specific devices to request, instead of a Count. API >= 1.40."""

    Capabilities: list[list[str]]
    """Capabilities the devices must offer, as a list of alternatives each listing required capabilities, e.g. [["gpu"]] or [["gpu", "compute"]]. API >= 1.40."""

    Options: dict[str, str]
    """Driver-specific options, passed to the driver unchanged. API >= 1.40."""


class DistributionInspect(TypedDict, total=False):
    """An image as its registry describes it, from inspect_distribution.

    Fields not in every API version: `Descriptor`: API >= 1.30.; `Platforms`: API >= 1.30."""

    Descriptor: OCIDescriptor
    """OCI descriptor of the manifest or index the reference points at (media type, digest, size). API >= 1.30."""

    Platforms: list[OCIPlatform]
    """The platforms (OS, architecture, variant) the image is published for. API >= 1.30."""


class Driver(TypedDict, total=False):
    """The Engine API's `Driver` object.

    Fields not in every API version: `Name`: API >= 1.31.; `Options`: API >= 1.31."""

    Name: str

    Options: dict[str, str]


class DriverData(TypedDict, total=False):
    """The Engine API's `DriverData` object."""

    Name: str

    Data: dict[str, str]


class EndpointIPAMConfig(TypedDict, total=False):
    """Fixed addresses asked for on a network, which must fall within one of the network's subnets."""

    IPv4Address: str
    """The IPv4 address to use, e.g. "172.28.0.10"."""

    IPv6Address: str
    """The IPv6 address to use."""

    LinkLocalIPs: list[str]
    """Additional link-local IPv4 or IPv6 addresses."""


class EndpointPortConfig(TypedDict, total=False):
    """The Engine API's `EndpointPortConfig` object.

    Fields not in every API version: `PublishMode`: API >= 1.34."""

    Name: str

    Protocol: Literal["tcp", "udp", "sctp"] | str

    TargetPort: int

    PublishedPort: int

    PublishMode: Literal["ingress", "host"] | str


class EndpointResource(TypedDict, total=False):
    """The Engine API's `EndpointResource` object."""

    Name: str

    EndpointID: str

    MacAddress: str

    IPv4Address: str

    IPv6Address: str


class EndpointSettings(TypedDict, total=False):
    """A container's endpoint on one network, what was asked for and what the daemon assigned.

    Fields not in every API version: `DriverOpts`: API >= 1.32.; `GwPriority`: API >= 1.48.; `DNSNames`: API >= 1.44."""

    IPAMConfig: EndpointIPAMConfig
    """Addresses asked for on this network."""

    Links: list[str]
    """Legacy links on this network, as "name:alias" strings."""

    MacAddress: str
    """MAC address of the endpoint; some drivers ignore a requested one."""

    Aliases: list[str]
    """Extra DNS names the container answers to on this network."""

    DriverOpts: dict[str, str] | None
    """Options passed to the network driver for this endpoint. API >= 1.32."""

    GwPriority: int
    """Gateway priority; the endpoint with the highest value provides the default route (ties go by network name). API >= 1.48."""

    NetworkID: str
    """ID of the network."""

    EndpointID: str
    """ID of the endpoint."""

    Gateway: str
    """IPv4 gateway address on this network."""

    IPAddress: str
    """The container's IPv4 address on this network."""

    IPPrefixLen: int
    """Prefix length of the IPv4 address, e.g. 16."""

    IPv6Gateway: str
    """IPv6 gateway address on this network."""

    GlobalIPv6Address: str
    """The container's global IPv6 address on this network."""

    GlobalIPv6PrefixLen: int
    """Prefix length of the container's global IPv6 address, e.g. 64."""

    DNSNames: list[str]
    """Every DNS name the container has on this network (name, aliases, short ID, hostname). API >= 1.44."""


class EndpointSpec(TypedDict, total=False):
    """The Engine API's `EndpointSpec` object."""

    Mode: Literal["vip", "dnsrr"] | str

    Ports: list[EndpointPortConfig]


class EngineDescription(TypedDict, total=False):
    """The Engine API's `EngineDescription` object."""

    EngineVersion: str

    Labels: dict[str, str]

    Plugins: list[EngineDescriptionPlugins]


class EngineDescriptionPlugins(TypedDict, total=False):
    """The Engine API's `EngineDescriptionPlugins` object."""

    Type: str

    Name: str


class ErrorDetail(TypedDict, total=False):
    """An error reported inside a stream."""

    code: int
    """A numeric code, often absent."""

    message: str
    """The error message."""


class ErrorResponse(TypedDict, total=False):
    """The JSON body the daemon sends with an error status."""

    message: str
    """The daemon's error message."""


class EventActor(TypedDict, total=False):
    """The object an event is about."""

    ID: str
    """The object's ID (or name, for some kinds such as volumes)."""

    Attributes: dict[str, str]
    """Details of the object, e.g. its "name", "image", labels, or "exitCode" for a "die" event."""


class EventMessage(TypedDict, total=False):
    """One event of the events stream.

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
    )
    """Kind of object the event is about, e.g. "container", "image", "network", "volume" or "service"."""

    Action: str
    """What happened, e.g. "create", "start", "die", "pull" or "health_status: healthy"."""

    Actor: EventActor
    """The object the event is about, with its ID and attributes."""

    scope: Literal["local", "swarm"] | str
    """Where the event happened, "local" for this daemon or "swarm" for the cluster. API >= 1.40."""

    time: int
    """When it happened, in Unix seconds."""

    timeNano: int
    """When it happened, in Unix nanoseconds."""


class ExecInspectResponse(TypedDict, total=False):
    """The Engine API's `ExecInspectResponse` object.

    Fields not in every API version: `CanRemove`: API >= 1.36.; `DetachKeys`: API >= 1.36.; `Pid`: API >= 1.25."""

    CanRemove: bool

    DetachKeys: str

    ID: str

    Running: bool

    ExitCode: int

    ProcessConfig: ProcessConfig

    OpenStdin: bool

    OpenStderr: bool

    OpenStdout: bool

    ContainerID: str

    Pid: int


class ExecStartRequest(TypedDict, total=False):
    """The body of exec_start.

    Fields not in every API version: `ConsoleSize`: API >= 1.42."""

    Detach: bool
    """Whether to start the command without attaching to its output."""

    Tty: bool
    """Whether the command's output comes through a pseudo-terminal, unmultiplexed."""

    ConsoleSize: list[int] | None
    """Initial terminal size as [height, width] in characters. API >= 1.42."""


class FilesystemChange(TypedDict, total=False):
    """The Engine API's `FilesystemChange` object."""

    Path: str

    Kind: ChangeType


class FirewallInfo(TypedDict, total=False):
    """The firewall the daemon configures (Linux only).

    Fields not in every API version: `Driver`: API >= 1.49.; `Info`: API >= 1.49."""

    Driver: str
    """The firewall backend, e.g. "iptables" or "nftables". API >= 1.49."""

    Info: list[list[str]]
    """Details of the backend, as [label, value] pairs whose format may change. API >= 1.49."""


class GenericResourcesInline(TypedDict, total=False):
    """The Engine API's `GenericResourcesInline` object.

    Fields not in every API version: `NamedResourceSpec`: API >= 1.32.; `DiscreteResourceSpec`: API >= 1.32."""

    NamedResourceSpec: GenericResourcesInlineNamedResourceSpec

    DiscreteResourceSpec: GenericResourcesInlineDiscreteResourceSpec


class GenericResourcesInlineDiscreteResourceSpec(TypedDict, total=False):
    """The Engine API's `GenericResourcesInlineDiscreteResourceSpec` object.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    Kind: str

    Value: int


class GenericResourcesInlineNamedResourceSpec(TypedDict, total=False):
    """The Engine API's `GenericResourcesInlineNamedResourceSpec` object.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    Kind: str

    Value: str


class Health(TypedDict, total=False):
    """The Engine API's `Health` object.

    Fields not in every API version: `Status`: API >= 1.39.; `FailingStreak`: API >= 1.39.; `Log`: API >= 1.39."""

    Status: Literal["none", "starting", "healthy", "unhealthy"] | str

    FailingStreak: int

    Log: list[HealthcheckResult]


class HealthConfig(TypedDict, total=False):
    """How the daemon checks that a container is healthy; durations are in nanoseconds and 0 inherits the image's value.

    Fields not in every API version: `StartPeriod`: API >= 1.29.; `StartInterval`: API >= 1.44."""

    Test: list[str]
    """The check, [] to inherit the image's, ["NONE"] to disable it, ["CMD", arg, ...] to run a program, or ["CMD-SHELL", "command"] to run through the shell; exit code 0 means healthy."""

    Interval: int
    """Time between checks in nanoseconds (at least 1000000, i.e. 1 ms, when not 0)."""

    Timeout: int
    """Time a check may run before it counts as failed, in nanoseconds (at least 1 ms when not 0)."""

    Retries: int
    """Consecutive failures after which the container is reported unhealthy."""

    StartPeriod: int
    """Start-up grace period in nanoseconds during which failures do not count. API >= 1.29."""

    StartInterval: int
    """Time between checks during the start period, in nanoseconds. API >= 1.44."""


class HealthcheckResult(TypedDict, total=False):
    """The Engine API's `HealthcheckResult` object.

    Fields not in every API version: `Start`: API >= 1.39.; `End`: API >= 1.39.; `ExitCode`: API >= 1.39.; `Output`: API >= 1.39."""

    Start: str

    End: str

    ExitCode: int

    Output: str


class HostConfig(TypedDict, total=False):
    """The host-side settings of a container (resources, mounts, published ports, namespaces, restart policy), sent at creation (create_host_config builds it) and reported by inspect_container.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.25.; `CpuCount`: API >= 1.25.; `AutoRemove`: API >= 1.25.; `Mounts`: API >= 1.25.; `ConsoleSize`: API >= 1.25.; `Annotations`: API >= 1.43.; `CgroupnsMode`: API >= 1.41.; `Cgroup`: API >= 1.25.; `UTSMode`: API >= 1.25.; `Runtime`: API >= 1.25.; `Isolation`: API >= 1.25.; `MaskedPaths`: API >= 1.38.; `ReadonlyPaths`: API >= 1.38.; `Capabilities`: API >= 1.40. Not in API >= 1.41.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    CpuShares: int
    """Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline)."""

    Memory: int
    """Hard memory limit in bytes; 0 means no limit."""

    CgroupParent: str
    """Parent cgroup for the container's own cgroup; a relative path is resolved against the daemon's own cgroup, and missing ones are made too."""

    BlkioWeight: int
    """Relative block I/O weight, 10 to 1000 (0 leaves it unset)."""

    BlkioWeightDevice: list[HostConfigBlkioWeightDevice]
    """Per-device block I/O weights, each a Path and a Weight."""

    BlkioDeviceReadBps: list[ThrottleDevice]
    """Per-device read limits in bytes per second, each a Path and a Rate."""

    BlkioDeviceWriteBps: list[ThrottleDevice]
    """Per-device write limits in bytes per second, each a Path and a Rate."""

    BlkioDeviceReadIOps: list[ThrottleDevice]
    """Per-device read limits in I/O operations per second, each a Path and a Rate."""

    BlkioDeviceWriteIOps: list[ThrottleDevice]
    """Per-device write limits in I/O operations per second, each a Path and a Rate."""

    CpuPeriod: int
    """Length of the CFS scheduler period in microseconds (the kernel default is 100000)."""

    CpuQuota: int
    """CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit."""

    CpuRealtimePeriod: int
    """Real-time scheduler period in microseconds; 0 gives no real-time time. API >= 1.25."""

    CpuRealtimeRuntime: int
    """Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API >= 1.25."""

    CpusetCpus: str
    """CPUs the container may run on, e.g. "0-3" or "0,2"."""

    CpusetMems: str
    """NUMA memory nodes the container may use, e.g. "0-1"; matters only on NUMA hosts."""

    Devices: list[DeviceMapping]
    """Host devices made available inside the container."""

    DeviceCgroupRules: list[str]
    """Device cgroup rules such as "c 1:3 mr" (type, major:minor, access). API >= 1.28."""

    DeviceRequests: list[DeviceRequest]
    """Requests for devices handed to a device driver, such as GPUs. API >= 1.40."""

    MemoryReservation: int
    """Soft memory limit in bytes, enforced when the host runs short of memory."""

    MemorySwap: int
    """Limit on memory plus swap in bytes; -1 allows unlimited swap."""

    MemorySwappiness: int
    """How readily the kernel swaps out the container's anonymous pages, 0 to 100."""

    NanoCpus: int
    """CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API >= 1.25."""

    OomKillDisable: bool
    """Whether the kernel's OOM killer is kept from killing the container's processes."""

    Init: bool | None
    """Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon's default. API >= 1.25."""

    PidsLimit: int | None
    """Maximum number of processes in the container; 0 or -1 means unlimited."""

    Ulimits: list[HostConfigUlimits]
    """Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values."""

    CpuCount: int
    """Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API >= 1.25."""

    CpuPercent: int
    """Usable share of the CPUs as a percentage, on Windows only."""

    IOMaximumIOps: int
    """Maximum I/O operations per second on the system drive, on Windows only."""

    IOMaximumBandwidth: int
    """Maximum I/O on the system drive in bytes per second, on Windows only."""

    Binds: list[str]
    """Bind mounts and volumes as "source:target[:options]" strings, e.g. "/srv/data:/data:ro"."""

    ContainerIDFile: str
    """Path of a file on the daemon's host into which the container ID is written."""

    LogConfig: HostConfigLogConfig
    """The logging driver and its options."""

    NetworkMode: str
    """The network stack the container uses, e.g. "bridge", "host", "none", "container:NAME", or the name of a user-defined network."""

    PortBindings: PortMap
    """Published ports, from "port/protocol" to the host addresses and ports bound to it."""

    RestartPolicy: RestartPolicy
    """What the daemon does when the container exits."""

    AutoRemove: bool
    """Whether the container is removed as soon as its process exits (ignored with a restart policy). API >= 1.25."""

    VolumeDriver: str
    """Volume driver used for the volumes this container creates by name."""

    VolumesFrom: list[str]
    """Containers whose volumes are mounted too, as "name[:ro|rw]" strings."""

    Mounts: list[Mount]
    """Mounts given in structured form (bind, volume, tmpfs, image...). API >= 1.25."""

    ConsoleSize: list[int] | None
    """Initial terminal size as [height, width] in characters. API >= 1.25."""

    Annotations: dict[str, str]
    """Free key-value metadata handed to the OCI runtime. API >= 1.43."""

    CapAdd: list[str]
    """Linux capabilities granted on top of the default set, e.g. ["NET_ADMIN"]."""

    CapDrop: list[str]
    """Linux capabilities removed from the default set, e.g. ["MKNOD"] or ["ALL"]."""

    CgroupnsMode: Literal["private", "host"] | str
    """Cgroup namespace mode, "private" or "host"; empty means the daemon's default. API >= 1.41."""

    Dns: list[str]
    """DNS server addresses the container uses."""

    DnsOptions: list[str]
    """Resolver options for /etc/resolv.conf, e.g. ["ndots:2"]."""

    DnsSearch: list[str]
    """DNS search domains."""

    ExtraHosts: list[str]
    """Additional /etc/hosts lines as "hostname:address" strings."""

    GroupAdd: list[str]
    """Extra groups (names or GIDs as strings) for the container's process."""

    IpcMode: str
    """IPC namespace mode, "none", "private", "shareable", "host" or "container:NAME"; empty means the daemon's default."""

    Cgroup: str
    """The cgroup the container joins, written "container:NAME". API >= 1.25."""

    Links: list[str]
    """Legacy links to other containers, as "name:alias" strings."""

    OomScoreAdj: int
    """Adjustment to the OOM killer's score for the container's processes, -1000 to 1000."""

    PidMode: str
    """PID namespace mode, "host" or "container:NAME"; empty means a private namespace."""

    Privileged: bool
    """Whether the container gets almost every capability and access to all host devices."""

    PublishAllPorts: bool
    """Whether every exposed port is published on a random host port."""

    ReadonlyRootfs: bool
    """Whether the root filesystem is mounted read-only."""

    SecurityOpt: list[str]
    """Security options such as "no-new-privileges", "seccomp=unconfined" or SELinux "label=..." settings."""

    StorageOpt: dict[str, str]
    """Per-container options for the storage driver, e.g. {"size": "20G"}."""

    Tmpfs: dict[str, str]
    """Directories mounted as tmpfs, each with its mount options, e.g. {"/run": "size=64m"}."""

    UTSMode: str
    """UTS namespace (hostname) mode; "host" shares the host's. API >= 1.25."""

    UsernsMode: str
    """User namespace mode; "host" turns off user namespace remapping for this container."""

    ShmSize: int
    """Bytes available in the container's /dev/shm; 64 MiB when unset."""

    Sysctls: dict[str, str] | None
    """Kernel parameters set in the container's namespaces, e.g. {"net.ipv4.ip_forward": "1"}."""

    Runtime: str | None
    """OCI runtime that runs the container, e.g. "runc". API >= 1.25."""

    Isolation: Literal["default", "process", "hyperv", ""] | str
    """Isolation technology on Windows, "default", "process" or "hyperv" (empty elsewhere). API >= 1.25."""

    MaskedPaths: list[str]
    """Paths hidden inside the container, replacing the daemon's default list. API >= 1.38."""

    ReadonlyPaths: list[str]
    """Paths made read-only inside the container, replacing the daemon's default list. API >= 1.38."""

    Capabilities: list[str]
    """The complete list of kernel capabilities, replacing the default set rather than adding to it. API >= 1.40. Not in API >= 1.41."""

    DiskQuota: int
    """Disk space limit in bytes, for storage backends that support one. API >= 1.25. Not in API >= 1.40."""

    KernelMemory: int
    """Kernel memory limit in bytes; deprecated and ignored with cgroup v2. Not in API >= 1.42."""

    KernelMemoryTCP: int
    """Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API >= 1.40. Not in API >= 1.52."""


class HostConfigBlkioWeightDevice(TypedDict, total=False):
    """The relative block I/O weight of one device."""

    Path: str
    """Device path on the host, e.g. "/dev/sda"."""

    Weight: int
    """Relative weight for that device, 10 to 1000."""


class HostConfigLogConfig(TypedDict, total=False):
    """Which logging driver records the container's output, with its options."""

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
    )
    """The driver, e.g. "json-file", "local", "journald", "syslog" or "none"."""

    Config: dict[str, str]
    """Driver options as strings, e.g. {"max-size": "10m", "max-file": "3"}."""


class HostConfigUlimits(TypedDict, total=False):
    """One ulimit of the container's processes."""

    Name: str
    """The limit's name, e.g. "nofile" or "nproc"."""

    Soft: int
    """Soft limit, the value in force for the container's processes."""

    Hard: int
    """Hard limit, the ceiling up to which the soft limit may be raised."""


class IDResponse(TypedDict, total=False):
    """The Engine API's `IDResponse` object."""

    Id: str


class IPAM(TypedDict, total=False):
    """The Engine API's `IPAM` object."""

    Driver: str

    Config: list[IPAMConfig]

    Options: dict[str, str]


class IPAMConfig(TypedDict, total=False):
    """The Engine API's `IPAMConfig` object.

    Fields not in every API version: `Subnet`: API >= 1.41.; `IPRange`: API >= 1.41.; `Gateway`: API >= 1.41.; `AuxiliaryAddresses`: API >= 1.41."""

    Subnet: str

    IPRange: str

    Gateway: str

    AuxiliaryAddresses: dict[str, str]


class IPAMStatus(TypedDict, total=False):
    """The Engine API's `IPAMStatus` object.

    Fields not in every API version: `Subnets`: API >= 1.52."""

    Subnets: dict[str, SubnetStatus]


class Identity(TypedDict, total=False):
    """The verified origin of an image, which retagging cannot change.

    Fields not in every API version: `Signature`: API >= 1.53.; `Pull`: API >= 1.53.; `Build`: API >= 1.53."""

    Signature: list[SignatureIdentity]
    """The image's signatures that the daemon verified. API >= 1.53."""

    Pull: list[PullIdentity]
    """The repositories the image was pulled from (the original one when pulled through a mirror) or pushed to. API >= 1.53."""

    Build: list[BuildIdentity]
    """The builds that produced the image. API >= 1.53."""


class ImageConfig(TypedDict, total=False):
    """The defaults an image gives the containers made from it (from its Dockerfile or commit).

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `Shell`: API >= 1.25.; `AttachStderr`: Not in API >= 1.50.; `AttachStdin`: Not in API >= 1.50.; `AttachStdout`: Not in API >= 1.50.; `Domainname`: Not in API >= 1.50.; `Hostname`: Not in API >= 1.50.; `Image`: Not in API >= 1.50.; `MacAddress`: Not in API >= 1.50.; `NetworkDisabled`: Not in API >= 1.50.; `OpenStdin`: Not in API >= 1.50.; `StdinOnce`: Not in API >= 1.50.; `StopTimeout`: API >= 1.25. Not in API >= 1.50.; `Tty`: Not in API >= 1.50."""

    User: str
    """User (name or UID, optionally with group) the command runs as, e.g. "nobody" or "1000:1000"."""

    ExposedPorts: dict[str, dict[str, Any]] | None
    """The ports the image declares, keys such as "80/tcp" or "53/udp" with empty values."""

    Env: list[str]
    """Environment variables, as "NAME=value" strings."""

    Cmd: list[str]
    """The default command, or the default arguments to the entrypoint."""

    Healthcheck: HealthConfig
    """The test the daemon runs to decide whether a container is healthy."""

    ArgsEscaped: bool | None
    """Windows only; whether the command line is already escaped. API >= 1.25."""

    Volumes: dict[str, dict[str, Any]]
    """Paths inside the container that get a volume, keys such as "/data" with empty values."""

    WorkingDir: str
    """Directory the command starts in."""

    Entrypoint: list[str]
    """The program run when a container starts; Cmd is appended to it as arguments."""

    OnBuild: list[str] | None
    """Instructions run when another image is built FROM this one."""

    Labels: dict[str, str]
    """The image's labels, name to value."""

    StopSignal: str | None
    """Signal sent to stop a container, e.g. "SIGTERM" or "SIGQUIT"."""

    Shell: list[str] | None
    """The shell used for the shell form of RUN, CMD and ENTRYPOINT, e.g. ["/bin/sh", "-c"]. API >= 1.25."""

    AttachStderr: bool
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    AttachStdin: bool
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    AttachStdout: bool
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    Domainname: str
    """Container-only setting, always empty in an image; dropped from newer API versions. Not in API >= 1.50."""

    Hostname: str
    """Container-only setting, always empty in an image; dropped from newer API versions. Not in API >= 1.50."""

    Image: str
    """Container-only setting, always empty in an image; dropped from newer API versions. Not in API >= 1.50."""

    MacAddress: str | None
    """Container-only setting, always empty in an image; dropped from newer API versions. Not in API >= 1.50."""

    NetworkDisabled: bool | None
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    OpenStdin: bool
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    StdinOnce: bool
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    StopTimeout: int | None
    """Container-only setting, unset in an image; dropped from newer API versions. API >= 1.25. Not in API >= 1.50."""

    Tty: bool
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""


class ImageDeleteResponseItem(TypedDict, total=False):
    """One change made by remove_image or prune_images; exactly one of the two fields is set."""

    Untagged: str
    """A reference that was removed from the image, e.g. "busybox:1.36"."""

    Deleted: str
    """ID of an image or layer that was deleted."""


class ImageHistoryResponseItem(TypedDict, total=False):
    """One layer of an image's history, as history() lists them."""

    Id: str
    """ID of the image at this step, or "<missing>" for layers that came from a registry."""

    Created: int
    """When this step ran, in Unix seconds."""

    CreatedBy: str
    """The instruction that made the layer, e.g. "/bin/sh -c #(nop) CMD [\\"sh\\"]"."""

    Tags: list[str]
    """The "name:tag" references pointing at the image of this step."""

    Size: int
    """Bytes this layer adds."""

    Comment: str
    """The message recorded for this step, if any."""


class ImageID(TypedDict, total=False):
    """An image ID or digest, as reported at the end of a build.

    Fields not in every API version: `ID`: API >= 1.36."""

    ID: str
    """The image ID or digest, e.g. "sha256:...". API >= 1.36."""


class ImageInspect(TypedDict, total=False):
    """Everything the daemon knows about one image, as inspect_image returns it.

    Fields not in every API version: `Descriptor`: API >= 1.48.; `Manifests`: API >= 1.48.; `Identity`: API >= 1.53.; `Variant`: API >= 1.39.; `OsVersion`: API >= 1.25.; `Metadata`: API >= 1.31.; `Container`: Not in API >= 1.45.; `ContainerConfig`: Not in API >= 1.45.; `DockerVersion`: Not in API >= 1.52.; `Parent`: Not in API >= 1.52.; `VirtualSize`: Not in API >= 1.44."""

    Id: str
    """The image ID, "sha256:" plus the digest of its configuration."""

    Descriptor: OCIDescriptor | None
    """OCI descriptor of the image's manifest or index; set by daemons with a multi-platform image store. API >= 1.48."""

    Manifests: list[ImageManifestSummary] | None
    """One entry per platform variant or attestation stored; only with inspect_image(manifests=True). API >= 1.48."""

    Identity: Identity | None
    """Where the image verifiably comes from (signatures, the repository it was pulled from, the build that made it). API >= 1.53."""

    RepoTags: list[str]
    """The "name:tag" references pointing at this image."""

    RepoDigests: list[str]
    """The "name@sha256:..." references of registry manifests that lead to this image."""

    Comment: str | None
    """The commit message given when the image was committed or imported, if any."""

    Created: str | None
    """When the image was created, as an RFC 3339 string."""

    Author: str | None
    """The author recorded in the image (the Dockerfile's MAINTAINER or commit's author)."""

    Config: ImageConfig
    """The defaults a container from this image starts with (command, environment, ports, user...)."""

    Architecture: str
    """CPU architecture the image runs on, e.g. "amd64" or "arm64"."""

    Variant: str | None
    """CPU variant, e.g. "v7" or "v8" for ARM; empty when none applies. API >= 1.39."""

    Os: str
    """Operating system the image runs on, e.g. "linux" or "windows"."""

    OsVersion: str | None
    """Exact OS version the image needs, mostly for Windows images, e.g. "10.0.20348.1". API >= 1.25."""

    Size: int
    """Disk space of the image with all its layers, in bytes."""

    GraphDriver: DriverData | None
    """The storage driver holding the image's layers and its driver-specific details."""

    RootFS: ImageInspectRootFS
    """The layers that make up the image's filesystem."""

    Metadata: ImageInspectMetadata
    """Facts the daemon keeps about the image locally, such as when it was last tagged. API >= 1.31."""

    Container: str
    """ID of the container the image was committed from; dropped from newer API versions. Not in API >= 1.45."""

    ContainerConfig: ContainerConfig
    """Configuration of the container the image was committed from; dropped from newer API versions. Not in API >= 1.45."""

    DockerVersion: str
    """Version of the Docker engine that built the image; dropped from newer API versions. Not in API >= 1.52."""

    Parent: str
    """ID of the image this one was built on, for local builds; dropped from newer API versions. Not in API >= 1.52."""

    VirtualSize: int
    """Older duplicate of Size (bytes), dropped from newer API versions. Not in API >= 1.44."""


class ImageInspectMetadata(TypedDict, total=False):
    """Facts this daemon keeps about an image, outside the image's own content.

    Fields not in every API version: `LastTagTime`: API >= 1.31."""

    LastTagTime: str | None
    """When a tag was last added to the image on this daemon, as an RFC 3339 string; empty if never. API >= 1.31."""


class ImageInspectRootFS(TypedDict, total=False):
    """The filesystem layers of an image."""

    Type: str
    """The kind of root filesystem, normally "layers"."""

    Layers: list[str]
    """The digests ("sha256:...") of the layers' uncompressed content, base layer first."""


class ImageManifestSummary(TypedDict, total=False):
    """One manifest stored for an image; a multi-platform image has one per platform plus attestations.

    Fields not in every API version: `ID`: API >= 1.47.; `Descriptor`: API >= 1.47.; `Available`: API >= 1.47.; `Size`: API >= 1.47.; `Kind`: API >= 1.47.; `ImageData`: API >= 1.47.; `AttestationData`: API >= 1.47."""

    ID: str
    """The manifest's digest, which is also the content-addressed ID of that variant. API >= 1.47."""

    Descriptor: OCIDescriptor
    """OCI descriptor of the manifest (media type, digest, size, platform). API >= 1.47."""

    Available: bool
    """Whether everything the manifest refers to (config and layers) is present locally. API >= 1.47."""

    Size: ImageManifestSummarySize
    """Bytes this manifest takes, in total and for its content. API >= 1.47."""

    Kind: Literal["image", "attestation", "unknown"] | str
    """What the manifest is, "image" (runnable), "attestation" (build provenance, SBOM) or "unknown". API >= 1.47."""

    ImageData: ImageManifestSummaryImageData | None
    """Details of a runnable variant; set only when Kind is "image". API >= 1.47."""

    AttestationData: ImageManifestSummaryAttestationData | None
    """Details of an attestation; set only when Kind is "attestation". API >= 1.47."""


class ImageManifestSummaryAttestationData(TypedDict, total=False):
    """What an attestation manifest is about.

    Fields not in every API version: `For`: API >= 1.47."""

    For: str
    """Digest of the image manifest this attestation describes. API >= 1.47."""


class ImageManifestSummaryImageData(TypedDict, total=False):
    """Details of one runnable platform variant of an image.

    Fields not in every API version: `Platform`: API >= 1.47.; `Identity`: API >= 1.54.; `Containers`: API >= 1.47.; `Size`: API >= 1.47."""

    Platform: OCIPlatform
    """The OS, architecture and variant this manifest is for. API >= 1.47."""

    Identity: Identity | None
    """Where this variant verifiably comes from; in images() lists only with identity=True. API >= 1.54."""

    Containers: list[str]
    """IDs of the containers created from this variant. API >= 1.47."""

    Size: ImageManifestSummaryImageDataSize
    """Bytes this variant takes once unpacked. API >= 1.47."""


class ImageManifestSummaryImageDataSize(TypedDict, total=False):
    """Unpacked size of one image variant.

    Fields not in every API version: `Unpacked`: API >= 1.47."""

    Unpacked: int
    """Bytes of the variant's layers unpacked into the snapshotter. API >= 1.47."""


class ImageManifestSummarySize(TypedDict, total=False):
    """Disk usage of one manifest.

    Fields not in every API version: `Total`: API >= 1.47.; `Content`: API >= 1.47."""

    Total: int
    """All bytes the manifest accounts for, content and unpacked layers together. API >= 1.47."""

    Content: int
    """Bytes of the manifest's content (manifest, config and compressed layers) in the content store. API >= 1.47."""


class ImagePruneResponse(TypedDict, total=False):
    """What prune_images removed.

    Fields not in every API version: `ImagesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    ImagesDeleted: list[ImageDeleteResponseItem]
    """The references untagged and the images deleted. API >= 1.25."""

    SpaceReclaimed: int
    """Disk space freed, in bytes. API >= 1.25."""


class ImageSearchResponseItem(TypedDict, total=False):
    """One Docker Hub repository found by search()."""

    description: str
    """The repository's short description."""

    is_official: bool
    """Whether this is one of Docker's official images."""

    is_automated: bool
    """Whether the image was set up as an automated build (always false on current Docker Hub)."""

    name: str
    """The repository name, e.g. "nginx" or "bitnami/nginx"."""

    star_count: int
    """How many stars the repository has on Docker Hub."""


class ImageSummary(TypedDict, total=False):
    """One image in the list images() returns.

    Fields not in every API version: `SharedSize`: API >= 1.25.; `Manifests`: API >= 1.47.; `Descriptor`: API >= 1.48.; `VirtualSize`: Not in API >= 1.44."""

    Id: str
    """The image ID, "sha256:" plus the digest of its configuration; not the same as a registry digest."""

    ParentId: str
    """ID of the image this one was built on, for images built or committed locally; empty for pulled images."""

    RepoTags: list[str]
    """The "name:tag" references pointing at this image; empty for an untagged image."""

    RepoDigests: list[str]
    """The "name@sha256:..." references of registry manifests that lead to this image."""

    Created: int
    """When the image was created, in Unix seconds."""

    Size: int
    """Disk space of the image with all its layers, in bytes."""

    SharedSize: int
    """Bytes of this image's layers that other images share; -1 unless images(shared_size=True) asked for it. API >= 1.25."""

    Labels: dict[str, str]
    """The image's labels, name to value."""

    Containers: int
    """How many containers, running or stopped, use this image; -1 when the daemon did not count them."""

    Manifests: list[ImageManifestSummary]
    """One entry per platform variant or attestation stored for the image; only with images(manifests=True). API >= 1.47."""

    Descriptor: OCIDescriptor | None
    """OCI descriptor of the image's manifest or index; set by daemons with a multi-platform image store. API >= 1.48."""

    VirtualSize: int
    """Older duplicate of Size (bytes), dropped from newer API versions. Not in API >= 1.44."""


class ImagesDiskUsage(TypedDict, total=False):
    """Disk usage of images, in df().

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    ActiveCount: int
    """Images used by at least one container. API >= 1.52."""

    TotalCount: int
    """All images. API >= 1.52."""

    Reclaimable: int
    """Bytes that removing unused images would free. API >= 1.52."""

    TotalSize: int
    """Bytes all images take. API >= 1.52."""

    Items: list[Any]
    """The images one by one; only with df(verbose=True). API >= 1.52."""


class IndexInfo(TypedDict, total=False):
    """Settings of one registry."""

    Name: str
    """The registry's name, e.g. "docker.io" or "localhost:5000"."""

    Mirrors: list[str]
    """Mirror URLs used for this registry."""

    Secure: bool
    """Whether the registry is reached with TLS and verified certificates."""

    Official: bool
    """Whether this is Docker Hub."""


class JoinTokens(TypedDict, total=False):
    """The Engine API's `JoinTokens` object."""

    Worker: str

    Manager: str


class Limit(TypedDict, total=False):
    """The Engine API's `Limit` object.

    Fields not in every API version: `Pids`: API >= 1.41.; `GenericResources`: API >= 1.32. Not in API >= 1.41."""

    NanoCPUs: int

    MemoryBytes: int

    Pids: int

    GenericResources: GenericResources


class ManagerStatus(TypedDict, total=False):
    """The Engine API's `ManagerStatus` object.

    Fields not in every API version: `Leader`: API >= 1.32.; `Reachability`: API >= 1.32.; `Addr`: API >= 1.32."""

    Leader: bool

    Reachability: Reachability

    Addr: str


class Mount(TypedDict, total=False):
    """One mount of a container in structured form.

    Fields not in every API version: `Consistency`: API >= 1.28.; `ImageOptions`: API >= 1.48.; `TmpfsOptions`: API >= 1.25."""

    Target: str
    """Path inside the container."""

    Source: str
    """What is mounted, a host path for a bind mount or a volume name; empty for tmpfs and for an anonymous volume."""

    Type: MountType
    """The kind of mount, "bind", "volume", "tmpfs", "image", "npipe" or "cluster"."""

    ReadOnly: bool
    """Whether the mount is read-only."""

    Consistency: str
    """Consistency hint for Docker Desktop, "default", "consistent", "cached" or "delegated". API >= 1.28."""

    BindOptions: MountBindOptions
    """Settings for a bind mount."""

    VolumeOptions: MountVolumeOptions
    """Settings for a volume mount."""

    ImageOptions: MountImageOptions
    """Settings for an image mount. API >= 1.48."""

    TmpfsOptions: MountTmpfsOptions
    """Settings for a tmpfs mount. API >= 1.25."""


class MountBindOptions(TypedDict, total=False):
    """Settings of a bind mount.

    Fields not in every API version: `NonRecursive`: API >= 1.40.; `CreateMountpoint`: API >= 1.42.; `ReadOnlyNonRecursive`: API >= 1.44.; `ReadOnlyForceRecursive`: API >= 1.44."""

    Propagation: Literal["private", "rprivate", "shared", "rshared", "slave", "rslave"] | str
    """Mount propagation, "private", "rprivate", "shared", "rshared", "slave" or "rslave"."""

    NonRecursive: bool
    """Whether mounts below the source are left out of the bind mount. API >= 1.40."""

    CreateMountpoint: bool
    """Whether a missing source path is created on the host. API >= 1.42."""

    ReadOnlyNonRecursive: bool
    """With ReadOnly, whether only the top mount is made read-only, leaving mounts below it writable. API >= 1.44."""

    ReadOnlyForceRecursive: bool
    """With ReadOnly, whether to fail when the mount cannot be made read-only all the way down. API >= 1.44."""


class MountImageOptions(TypedDict, total=False):
    """Settings of an image mount.

    Fields not in every API version: `Subpath`: API >= 1.48."""

    Subpath: str
    """A relative path inside the image to mount instead of its root. API >= 1.48."""


class MountPoint(TypedDict, total=False):
    """The Engine API's `MountPoint` object."""

    Type: MountType

    Name: str

    Source: str

    Destination: str

    Driver: str

    Mode: str

    RW: bool

    Propagation: str


class MountTmpfsOptions(TypedDict, total=False):
    """Settings of a tmpfs mount.

    Fields not in every API version: `SizeBytes`: API >= 1.25.; `Options`: API >= 1.46."""

    SizeBytes: int
    """Size limit of the tmpfs in bytes. API >= 1.25."""

    Mode: int
    """Permission bits of the tmpfs root as an integer, e.g. 0o1777 written in Python (1023)."""

    Options: list[list[str]]
    """Extra mount options, each a one-item list for a flag or a [name, value] pair, e.g. [["noexec"], ["nr_inodes", "1000"]]. API >= 1.46."""


class MountVolumeOptions(TypedDict, total=False):
    """Settings of a volume mount.

    Fields not in every API version: `Subpath`: API >= 1.45."""

    NoCopy: bool
    """Whether to skip copying the image's files at the target into a new, empty volume."""

    Labels: dict[str, str]
    """Labels given to the volume if the mount creates it."""

    DriverConfig: MountVolumeOptionsDriverConfig
    """Volume driver and options used if the mount creates the volume."""

    Subpath: str
    """A relative path inside the volume to mount instead of its root. API >= 1.45."""


class MountVolumeOptionsDriverConfig(TypedDict, total=False):
    """The volume driver, and its options, for a volume a mount creates."""

    Name: str
    """The volume driver's name, e.g. "local"."""

    Options: dict[str, str]
    """Driver-specific options as strings."""


class NRIInfo(TypedDict, total=False):
    """Node Resource Interface details.

    Fields not in every API version: `Info`: API >= 1.53."""

    Info: list[list[str]]
    """Details of NRI, as [label, value] pairs whose format may change. API >= 1.53."""


class Network(TypedDict, total=False):
    """The Engine API's `Network` object.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Containers`: Not in API >= 1.52."""

    Name: str

    Id: str

    Created: str

    Scope: str

    Driver: str

    EnableIPv4: bool

    EnableIPv6: bool

    IPAM: IPAM

    Internal: bool

    Attachable: bool

    Ingress: bool

    ConfigFrom: ConfigReference

    ConfigOnly: bool

    Options: dict[str, str]

    Labels: dict[str, str]

    Peers: list[PeerInfo]

    Containers: dict[str, EndpointResource]


class NetworkAttachment(TypedDict, total=False):
    """The Engine API's `NetworkAttachment` object."""

    Network: Network

    Addresses: list[str]


class NetworkAttachmentConfig(TypedDict, total=False):
    """The Engine API's `NetworkAttachmentConfig` object.

    Fields not in every API version: `DriverOpts`: API >= 1.39."""

    Target: str

    Aliases: list[str]

    DriverOpts: dict[str, str]


class NetworkConnectRequest(TypedDict, total=False):
    """The body of connect_container_to_network."""

    Container: str
    """The container to connect, by ID or name."""

    EndpointConfig: EndpointSettings | None
    """The container's settings on this network."""


class NetworkCreateRequest(TypedDict, total=False):
    """The body of create_network.

    Fields not in every API version: `Scope`: API >= 1.41.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigOnly`: API >= 1.41.; `ConfigFrom`: API >= 1.41.; `EnableIPv4`: API >= 1.47.; `CheckDuplicate`: Not in API >= 1.46."""

    Name: str
    """The network's name."""

    Driver: str
    """Network driver, e.g. "bridge", "overlay", "macvlan" or a plugin."""

    Scope: str
    """Where the network exists, e.g. "local" for one host or "swarm" for the cluster. API >= 1.41."""

    Internal: bool
    """Whether the network is cut off from outside connectivity."""

    Attachable: bool
    """Whether plain containers, not only services, may join this swarm network. API >= 1.27."""

    Ingress: bool
    """Whether this is the swarm's routing-mesh network. API >= 1.29."""

    ConfigOnly: bool
    """Whether the network only holds configuration for other networks to use (ConfigFrom) and cannot be joined. API >= 1.41."""

    ConfigFrom: ConfigReference
    """The config-only network whose settings this network takes. API >= 1.41."""

    IPAM: IPAM
    """Address management, driver and subnets."""

    EnableIPv4: bool
    """Whether the network has IPv4. API >= 1.47."""

    EnableIPv6: bool
    """Whether the network has IPv6."""

    Options: dict[str, str]
    """Driver-specific options."""

    Labels: dict[str, str]
    """Metadata labels."""

    CheckDuplicate: bool
    """Whether to refuse a name already in use; newer daemons always refuse one. Not in API >= 1.46."""


class NetworkCreateResponse(TypedDict, total=False):
    """The Engine API's `NetworkCreateResponse` object."""

    Id: str

    Warning: str


class NetworkDisconnectRequest(TypedDict, total=False):
    """The body of disconnect_container_from_network."""

    Container: str
    """The container to disconnect, by ID or name."""

    Force: bool
    """Whether to force the disconnection, e.g. to clear a stale endpoint."""


class NetworkInspect(TypedDict, total=False):
    """The Engine API's `NetworkInspect` object.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Services`: API >= 1.52.; `Status`: API >= 1.52."""

    Name: str

    Id: str

    Created: str

    Scope: str

    Driver: str

    EnableIPv4: bool

    EnableIPv6: bool

    IPAM: IPAM

    Internal: bool

    Attachable: bool

    Ingress: bool

    ConfigFrom: ConfigReference

    ConfigOnly: bool

    Options: dict[str, str]

    Labels: dict[str, str]

    Peers: list[PeerInfo]

    Containers: dict[str, EndpointResource]

    Services: dict[str, Any]

    Status: NetworkStatus


class NetworkPruneResponse(TypedDict, total=False):
    """The Engine API's `NetworkPruneResponse` object.

    Fields not in every API version: `NetworksDeleted`: API >= 1.26.; `VolumesDeleted`: API >= 1.25. Not in API >= 1.26."""

    NetworksDeleted: list[str]

    VolumesDeleted: list[str]


class NetworkSettings(TypedDict, total=False):
    """The Engine API's `NetworkSettings` object.

    Fields not in every API version: `Address`: API >= 1.25. Not in API >= 1.32.; `Bridge`: Not in API >= 1.52.; `EndpointID`: Not in API >= 1.52.; `Gateway`: Not in API >= 1.52.; `GlobalIPv6Address`: Not in API >= 1.52.; `GlobalIPv6PrefixLen`: Not in API >= 1.52.; `HairpinMode`: Not in API >= 1.52.; `IPAddress`: Not in API >= 1.52.; `IPPrefixLen`: Not in API >= 1.52.; `IPv6Gateway`: Not in API >= 1.52.; `LinkLocalIPv6Address`: Not in API >= 1.52.; `LinkLocalIPv6PrefixLen`: Not in API >= 1.52.; `MacAddress`: Not in API >= 1.52.; `PortMapping`: API >= 1.25. Not in API >= 1.32.; `SecondaryIPAddresses`: Not in API >= 1.52.; `SecondaryIPv6Addresses`: Not in API >= 1.52."""

    SandboxID: str

    SandboxKey: str

    Ports: PortMap

    Networks: dict[str, EndpointSettings]

    Address: str

    Bridge: str

    EndpointID: str

    Gateway: str

    GlobalIPv6Address: str

    GlobalIPv6PrefixLen: int

    HairpinMode: bool

    IPAddress: str

    IPPrefixLen: int

    IPv6Gateway: str

    LinkLocalIPv6Address: str

    LinkLocalIPv6PrefixLen: int

    MacAddress: str

    PortMapping: str

    SecondaryIPAddresses: list[Address] | None

    SecondaryIPv6Addresses: list[Address] | None


class NetworkStatus(TypedDict, total=False):
    """The Engine API's `NetworkStatus` object.

    Fields not in every API version: `IPAM`: API >= 1.52."""

    IPAM: IPAMStatus


class NetworkSummary(TypedDict, total=False):
    """The Engine API's `NetworkSummary` object.

    Fields not in every API version: `Name`: API >= 1.52.; `Id`: API >= 1.52.; `Created`: API >= 1.52.; `Scope`: API >= 1.52.; `Driver`: API >= 1.52.; `EnableIPv4`: API >= 1.52.; `EnableIPv6`: API >= 1.52.; `IPAM`: API >= 1.52.; `Internal`: API >= 1.52.; `Attachable`: API >= 1.52.; `Ingress`: API >= 1.52.; `ConfigFrom`: API >= 1.52.; `ConfigOnly`: API >= 1.52.; `Options`: API >= 1.52.; `Labels`: API >= 1.52.; `Peers`: API >= 1.52."""

    Name: str

    Id: str

    Created: str

    Scope: str

    Driver: str

    EnableIPv4: bool

    EnableIPv6: bool

    IPAM: IPAM

    Internal: bool

    Attachable: bool

    Ingress: bool

    ConfigFrom: ConfigReference

    ConfigOnly: bool

    Options: dict[str, str]

    Labels: dict[str, str]

    Peers: list[PeerInfo]


class NetworkTaskInfo(TypedDict, total=False):
    """One task behind a swarm service on a network, in a verbose network inspect.

    Fields not in every API version: `Name`: API >= 1.52.; `EndpointID`: API >= 1.52.; `EndpointIP`: API >= 1.52.; `Info`: API >= 1.52."""

    Name: str
    """The task's name. API >= 1.52."""

    EndpointID: str
    """ID of the task's endpoint on the network. API >= 1.52."""

    EndpointIP: str
    """The task's address on the network. API >= 1.52."""

    Info: dict[str, str]
    """Driver-specific details. API >= 1.52."""


class NetworkingConfig(TypedDict, total=False):
    """The networks a container is attached to when it is created, as create_networking_config builds it."""

    EndpointsConfig: dict[str, EndpointSettings]
    """A mapping from network name or ID to the container's endpoint settings on it (an empty settings document connects with defaults)."""


class Node(TypedDict, total=False):
    """The Engine API's `Node` object.

    Fields not in every API version: `Status`: API >= 1.32.; `ManagerStatus`: API >= 1.32."""

    ID: str

    Version: ObjectVersion

    CreatedAt: str

    UpdatedAt: str

    Spec: NodeSpec

    Description: NodeDescription

    Status: NodeStatus

    ManagerStatus: ManagerStatus


class NodeDescription(TypedDict, total=False):
    """The Engine API's `NodeDescription` object.

    Fields not in every API version: `TLSInfo`: API >= 1.30."""

    Hostname: str

    Platform: Platform

    Resources: ResourceObject

    Engine: EngineDescription

    TLSInfo: TLSInfo


class NodeSpec(TypedDict, total=False):
    """The Engine API's `NodeSpec` object."""

    Name: str

    Labels: dict[str, str]

    Role: Literal["worker", "manager"] | str

    Availability: Literal["active", "pause", "drain"] | str


class NodeStatus(TypedDict, total=False):
    """The Engine API's `NodeStatus` object.

    Fields not in every API version: `State`: API >= 1.32.; `Message`: API >= 1.32.; `Addr`: API >= 1.25."""

    State: NodeState

    Message: str

    Addr: str


class OCIDescriptor(TypedDict, total=False):
    """The Engine API's `OCIDescriptor` object.

    Fields not in every API version: `mediaType`: API >= 1.40.; `digest`: API >= 1.40.; `size`: API >= 1.40.; `urls`: API >= 1.48.; `annotations`: API >= 1.48.; `data`: API >= 1.48.; `platform`: API >= 1.48.; `artifactType`: API >= 1.48."""

    mediaType: str

    digest: str

    size: int

    urls: list[str] | None

    annotations: dict[str, str] | None

    data: str | None

    platform: OCIPlatform

    artifactType: str | None


OCIPlatform = TypedDict(
    "OCIPlatform",
    {
        "architecture": "str",
        "os": "str",
        "os.version": "str",
        "os.features": "list[str]",
        "variant": "str",
        "Features": "list[str]",
        "OSFeatures": "list[str]",
        "OSVersion": "str",
    },
    total=False,
)
"""The Engine API's `OCIPlatform` object.

    Fields not in every API version: `architecture`: API >= 1.40.; `os`: API >= 1.40.; `os.version`: API >= 1.40.; `os.features`: API >= 1.40.; `variant`: API >= 1.40.; `Features`: API >= 1.30. Not in API >= 1.40.; `OSFeatures`: API >= 1.30. Not in API >= 1.40.; `OSVersion`: API >= 1.30. Not in API >= 1.40."""


class ObjectVersion(TypedDict, total=False):
    """The Engine API's `ObjectVersion` object."""

    Index: int


class PeerInfo(TypedDict, total=False):
    """The Engine API's `PeerInfo` object.

    Fields not in every API version: `Name`: API >= 1.41.; `IP`: API >= 1.41."""

    Name: str

    IP: str


class PeerNode(TypedDict, total=False):
    """A swarm manager as another node knows it.

    Fields not in every API version: `NodeID`: API >= 1.32.; `Addr`: API >= 1.32."""

    NodeID: str
    """The manager's node ID. API >= 1.32."""

    Addr: str
    """The manager's address, "host:port". API >= 1.32."""


class Platform(TypedDict, total=False):
    """The Engine API's `Platform` object."""

    Architecture: str

    OS: str


class Plugin(TypedDict, total=False):
    """An installed plugin.

    Fields not in every API version: `Enabled`: API >= 1.25.; `Settings`: API >= 1.25.; `PluginReference`: API >= 1.26."""

    Id: str
    """The plugin's ID."""

    Name: str
    """The plugin's name, e.g. "vieux/sshfs:latest"."""

    Enabled: bool
    """Whether the plugin is running. API >= 1.25."""

    Settings: PluginSettings
    """The values currently set for the plugin's settable options. API >= 1.25."""

    PluginReference: str
    """The registry reference the plugin was installed from. API >= 1.26."""

    Config: PluginConfig
    """The plugin's manifest: what it provides and what it needs."""


class PluginConfig(TypedDict, total=False):
    """A plugin's manifest (its config.json).

    Fields not in every API version: `WorkDir`: API >= 1.25.; `Linux`: API >= 1.25.; `PropagatedMount`: API >= 1.25.; `IpcHost`: API >= 1.29.; `PidHost`: API >= 1.29.; `rootfs`: API >= 1.25.; `DockerVersion`: API >= 1.29. Not in API >= 1.52."""

    Description: str
    """What the plugin does, in a sentence."""

    Documentation: str
    """Link to the plugin's documentation."""

    Interface: PluginConfigInterface
    """The plugin's API: what it provides and the socket it listens on."""

    Entrypoint: list[str]
    """The command that starts the plugin inside its root filesystem."""

    WorkDir: str
    """Directory the entrypoint starts in. API >= 1.25."""

    User: PluginConfigUser
    """The user and group the plugin runs as."""

    Network: PluginConfigNetwork
    """The network the plugin runs in."""

    Linux: PluginConfigLinux
    """Linux capabilities and devices the plugin needs. API >= 1.25."""

    PropagatedMount: str
    """Path inside the plugin whose mounts are shared with the host (for volume plugins). API >= 1.25."""

    IpcHost: bool
    """Whether the plugin uses the host's IPC namespace. API >= 1.29."""

    PidHost: bool
    """Whether the plugin uses the host's PID namespace. API >= 1.29."""

    Mounts: list[PluginMount]
    """The mounts the plugin asks for."""

    Env: list[PluginEnv]
    """The environment variables the plugin declares, with defaults."""

    Args: PluginConfigArgs
    """The arguments the plugin declares for its entrypoint."""

    rootfs: PluginConfigRootfs
    """The layers of the plugin's root filesystem. API >= 1.25."""

    DockerVersion: str
    """Version of Docker the plugin was made with; dropped from newer API versions. API >= 1.29. Not in API >= 1.52."""


class PluginConfigArgs(TypedDict, total=False):
    """The arguments a plugin declares for its entrypoint."""

    Name: str
    """Name of the argument list."""

    Description: str
    """What the arguments are for."""

    Settable: list[str]
    """Which parts the user may change with configure_plugin."""

    Value: list[str]
    """The default arguments."""


class PluginConfigInterface(TypedDict, total=False):
    """What a plugin provides and how the daemon talks to it.

    Fields not in every API version: `ProtocolScheme`: API >= 1.38."""

    Types: list[str]
    """The plugin APIs it implements, e.g. "docker.volumedriver/1.0" or "docker.networkdriver/1.0"."""

    Socket: str
    """Name of the unix socket the plugin listens on, e.g. "sshfs.sock"."""

    ProtocolScheme: Literal["", "moby.plugins.http/v1"] | str
    """The protocol on that socket; "moby.plugins.http/v1" or empty (the same by default). API >= 1.38."""


class PluginConfigLinux(TypedDict, total=False):
    """Linux privileges a plugin needs.

    Fields not in every API version: `AllowAllDevices`: API >= 1.25."""

    Capabilities: list[str]
    """Linux capabilities the plugin needs, e.g. ["CAP_SYS_ADMIN"]."""

    AllowAllDevices: bool
    """Whether the plugin may reach every host device. API >= 1.25."""

    Devices: list[PluginDevice]
    """Host devices the plugin asks for."""


class PluginConfigNetwork(TypedDict, total=False):
    """The network a plugin runs in."""

    Type: str
    """The network mode, e.g. "host" or "none"."""


class PluginConfigRootfs(TypedDict, total=False):
    """The root filesystem of a plugin.

    Fields not in every API version: `diff_ids`: API >= 1.25."""

    type: str
    """The kind of root filesystem, normally "layers"."""

    diff_ids: list[str]
    """Digests of the uncompressed layers, base layer first. API >= 1.25."""


class PluginConfigUser(TypedDict, total=False):
    """The user a plugin runs as.

    Fields not in every API version: `UID`: API >= 1.25.; `GID`: API >= 1.25."""

    UID: int
    """Numeric user ID. API >= 1.25."""

    GID: int
    """Numeric group ID. API >= 1.25."""


class PluginDevice(TypedDict, total=False):
    """A host device a plugin declares or gets."""

    Name: str
    """The device's name, used to change it with configure_plugin."""

    Description: str
    """What the device is for."""

    Settable: list[str]
    """Which parts the user may change, e.g. ["path"]."""

    Path: str
    """The device's path on the host, e.g. "/dev/fuse"."""


class PluginEnv(TypedDict, total=False):
    """An environment variable a plugin declares."""

    Name: str
    """The variable's name."""

    Description: str
    """What the variable controls."""

    Settable: list[str]
    """Which parts the user may change, e.g. ["value"]."""

    Value: str
    """The default value."""


class PluginMount(TypedDict, total=False):
    """A mount a plugin declares or gets."""

    Name: str
    """The mount's name, used to change it with configure_plugin ("name.source=/path")."""

    Description: str
    """What the mount is for."""

    Settable: list[str]
    """Which parts of the mount the user may change, e.g. ["source"]."""

    Source: str
    """The host path mounted."""

    Destination: str
    """Where it appears inside the plugin."""

    Type: str
    """The mount type, e.g. "bind"."""

    Options: list[str]
    """Mount options, e.g. ["rbind", "rw"]."""


class PluginPrivilege(TypedDict, total=False):
    """The Engine API's `PluginPrivilege` object."""

    Name: str

    Description: str

    Value: list[str]


class PluginSettings(TypedDict, total=False):
    """The current values of a plugin's settable options (see configure_plugin)."""

    Mounts: list[PluginMount]
    """The mounts the plugin gets."""

    Env: list[str]
    """Environment variables, as "NAME=value" strings."""

    Args: list[str]
    """Arguments given to the plugin's entrypoint."""

    Devices: list[PluginDevice]
    """Host devices the plugin gets."""


class PluginsInfo(TypedDict, total=False):
    """The plugins available to the daemon, by kind, as info() reports them.

    Fields not in every API version: `Authorization`: API >= 1.32.; `Log`: API >= 1.30."""

    Volume: list[str]
    """Volume drivers, e.g. ["local"]."""

    Network: list[str]
    """Network drivers, e.g. ["bridge", "host", "overlay"]."""

    Authorization: list[str]
    """Authorization plugins in use. API >= 1.32."""

    Log: list[str]
    """Logging drivers, e.g. ["json-file", "journald", "syslog"]. API >= 1.30."""


class PortBinding(TypedDict, total=False):
    """One host address and port a container port is published on.

    Fields not in every API version: `HostIp`: API >= 1.32.; `HostPort`: API >= 1.32."""

    HostIp: str
    """Host address to listen on; empty means every address. API >= 1.32."""

    HostPort: str
    """Host port as a string; empty asks the daemon to pick a free one. API >= 1.32."""


class PortStatus(TypedDict, total=False):
    """The Engine API's `PortStatus` object.

    Fields not in every API version: `Ports`: API >= 1.44."""

    Ports: list[EndpointPortConfig]


class PortSummary(TypedDict, total=False):
    """The Engine API's `PortSummary` object.

    Fields not in every API version: `IP`: API >= 1.25."""

    IP: str

    PrivatePort: int

    PublicPort: int

    Type: Literal["tcp", "udp", "sctp"] | str


class ProcessConfig(TypedDict, total=False):
    """The Engine API's `ProcessConfig` object."""

    privileged: bool

    user: str

    tty: bool

    entrypoint: str

    arguments: list[str]


class ProgressDetail(TypedDict, total=False):
    """Progress of one layer, in bytes.

    Fields not in every API version: `current`: API >= 1.36.; `total`: API >= 1.36.; `code`: Not in API >= 1.36.; `message`: Not in API >= 1.36."""

    current: int
    """Bytes done so far. API >= 1.36."""

    total: int
    """Bytes in all; absent or 0 when unknown. API >= 1.36."""

    code: int
    """An error code, in old daemons' messages. Not in API >= 1.36."""

    message: int
    """An error message, in old daemons' messages. Not in API >= 1.36."""


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
"""One line of a progress stream (pull, push, build, load, import, plugin install); which fields are set depends on the operation."""


class PullIdentity(TypedDict, total=False):
    """A repository an image was pulled from.

    Fields not in every API version: `Repository`: API >= 1.53."""

    Repository: str
    """The repository, e.g. "docker.io/library/busybox". API >= 1.53."""


class PushImageInfo(TypedDict, total=False):
    """One JSON message of the push progress stream.

    Fields not in every API version: `errorDetail`: API >= 1.48.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    errorDetail: ErrorDetail
    """The error that ended the push, with a code and message. API >= 1.48."""

    status: str
    """A status line, e.g. "Pushing", "Pushed" or the pushed digest."""

    progressDetail: ProgressDetail
    """Progress counts (current and total bytes) for the layer."""

    error: str | None
    """The error message that ended the push, as plain text (deprecated; read errorDetail). Not in API >= 1.52."""

    progress: str | None
    """A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API >= 1.52."""


class RegistryServiceConfig(TypedDict, total=False):
    """The daemon's registry settings.

    Fields not in every API version: `Mirrors`: API >= 1.32.; `AllowNondistributableArtifactsCIDRs`: API >= 1.32. Not in API >= 1.49.; `AllowNondistributableArtifactsHostnames`: API >= 1.32. Not in API >= 1.49."""

    InsecureRegistryCIDRs: list[str]
    """Address ranges (CIDR) of registries reached without TLS or with untrusted certificates."""

    IndexConfigs: dict[str, IndexInfo]
    """Per-registry settings, by registry name."""

    Mirrors: list[str]
    """Mirror URLs tried before Docker Hub. API >= 1.32."""

    AllowNondistributableArtifactsCIDRs: list[str]
    """Address ranges of registries foreign layers may be pushed to; dropped from newer API versions. API >= 1.32. Not in API >= 1.49."""

    AllowNondistributableArtifactsHostnames: list[str]
    """Registry host names foreign layers may be pushed to; dropped from newer API versions. API >= 1.32. Not in API >= 1.49."""


class ResourceObject(TypedDict, total=False):
    """The Engine API's `ResourceObject` object.

    Fields not in every API version: `GenericResources`: API >= 1.32."""

    NanoCPUs: int

    MemoryBytes: int

    GenericResources: GenericResources


class Resources(TypedDict, total=False):
    """The resource limits of a container (CPU, memory, block I/O, devices, processes); HostConfig carries the same fields, and update_container changes them on a live container.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.37.; `CpuCount`: API >= 1.25.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: API >= 1.36. Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    CpuShares: int
    """Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline)."""

    Memory: int
    """Hard memory limit in bytes; 0 means no limit."""

    CgroupParent: str
    """Parent cgroup for the container's own cgroup; a relative path is resolved against the daemon's own cgroup, and missing ones are made too."""

    BlkioWeight: int
    """Relative block I/O weight, 10 to 1000 (0 leaves it unset)."""

    BlkioWeightDevice: list[HostConfigBlkioWeightDevice]
    """Per-device block I/O weights, each a Path and a Weight."""

    BlkioDeviceReadBps: list[ThrottleDevice]
    """Per-device read limits in bytes per second, each a Path and a Rate."""

    BlkioDeviceWriteBps: list[ThrottleDevice]
    """Per-device write limits in bytes per second, each a Path and a Rate."""

    BlkioDeviceReadIOps: list[ThrottleDevice]
    """Per-device read limits in I/O operations per second, each a Path and a Rate."""

    BlkioDeviceWriteIOps: list[ThrottleDevice]
    """Per-device write limits in I/O operations per second, each a Path and a Rate."""

    CpuPeriod: int
    """Length of the CFS scheduler period in microseconds (the kernel default is 100000)."""

    CpuQuota: int
    """CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit."""

    CpuRealtimePeriod: int
    """Real-time scheduler period in microseconds; 0 gives no real-time time. API >= 1.25."""

    CpuRealtimeRuntime: int
    """Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API >= 1.25."""

    CpusetCpus: str
    """CPUs the container may run on, e.g. "0-3" or "0,2"."""

    CpusetMems: str
    """NUMA memory nodes the container may use, e.g. "0-1"; matters only on NUMA hosts."""

    Devices: list[DeviceMapping]
    """Host devices made available inside the container."""

    DeviceCgroupRules: list[str]
    """Device cgroup rules such as "c 1:3 mr" (type, major:minor, access). API >= 1.28."""

    DeviceRequests: list[DeviceRequest]
    """Requests for devices handed to a device driver, such as GPUs. API >= 1.40."""

    MemoryReservation: int
    """Soft memory limit in bytes, enforced when the host runs short of memory."""

    MemorySwap: int
    """Limit on memory plus swap in bytes; -1 allows unlimited swap."""

    MemorySwappiness: int
    """How readily the kernel swaps out the container's anonymous pages, 0 to 100."""

    NanoCpus: int
    """CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API >= 1.25."""

    OomKillDisable: bool
    """Whether the kernel's OOM killer is kept from killing the container's processes."""

    Init: bool | None
    """Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon's default. API >= 1.37."""

    PidsLimit: int | None
    """Maximum number of processes in the container; 0 or -1 means unlimited."""

    Ulimits: list[HostConfigUlimits]
    """Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values."""

    CpuCount: int
    """Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API >= 1.25."""

    CpuPercent: int
    """Usable share of the CPUs as a percentage, on Windows only."""

    IOMaximumIOps: int
    """Maximum I/O operations per second on the system drive, on Windows only."""

    IOMaximumBandwidth: int
    """Maximum I/O on the system drive in bytes per second, on Windows only."""

    DiskQuota: int
    """Disk space limit in bytes, for storage backends that support one. API >= 1.25. Not in API >= 1.40."""

    KernelMemory: int
    """Kernel memory limit in bytes; deprecated and ignored with cgroup v2. API >= 1.36. Not in API >= 1.42."""

    KernelMemoryTCP: int
    """Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API >= 1.40. Not in API >= 1.52."""


class RestartPolicy(TypedDict, total=False):
    """What the daemon does when the container exits; successive restarts wait longer and longer."""

    Name: Literal["", "no", "always", "unless-stopped", "on-failure"] | str
    """The policy, "no" (or empty) for never, "always", "unless-stopped" (always, unless stopped by hand), or "on-failure" (only after a non-zero exit code)."""

    MaximumRetryCount: int
    """With "on-failure", how many restarts are attempted before giving up."""


class RootFSStorage(TypedDict, total=False):
    """The Engine API's `RootFSStorage` object.

    Fields not in every API version: `Snapshot`: API >= 1.52."""

    Snapshot: RootFSStorageSnapshot | None


class RootFSStorageSnapshot(TypedDict, total=False):
    """The Engine API's `RootFSStorageSnapshot` object.

    Fields not in every API version: `Name`: API >= 1.52."""

    Name: str


class Runtime(TypedDict, total=False):
    """An OCI runtime containers can run with.

    Fields not in every API version: `path`: API >= 1.32.; `runtimeArgs`: API >= 1.32.; `status`: API >= 1.44."""

    path: str
    """The runtime's program, a name looked up on PATH or a full path. API >= 1.32."""

    runtimeArgs: list[str] | None
    """Extra arguments given to the runtime each time it runs. API >= 1.32."""

    status: dict[str, str] | None
    """Facts the runtime reports about itself, e.g. its supported features; keys vary. API >= 1.44."""


class Secret(TypedDict, total=False):
    """The Engine API's `Secret` object."""

    ID: str

    Version: ObjectVersion

    CreatedAt: str

    UpdatedAt: str

    Spec: SecretSpec


class SecretCreateRequest(TypedDict, total=False):
    """The body of create_secret.

    Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37."""

    Name: str
    """The secret's name."""

    Labels: dict[str, str]
    """Metadata labels."""

    Data: str
    """The payload as base64 text, empty when Driver fetches it from an external store; create_secret encodes bytes or a string for you."""

    Driver: Driver
    """Secrets driver that fetches the value from an external store. API >= 1.31."""

    Templating: Driver
    """Templating driver, e.g. "golang", that renders the payload as a template; unset means no templating. API >= 1.37."""


class SecretSpec(TypedDict, total=False):
    """The Engine API's `SecretSpec` object.

    Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37.; `EndpointSpec`: Not in API >= 1.30.; `Mode`: Not in API >= 1.30.; `Networks`: Not in API >= 1.30.; `RollbackConfig`: API >= 1.28. Not in API >= 1.30.; `TaskTemplate`: Not in API >= 1.30.; `UpdateConfig`: Not in API >= 1.30."""

    Name: str

    Labels: dict[str, str]

    Data: str

    Driver: Driver

    Templating: Driver

    EndpointSpec: EndpointSpec

    Mode: Any

    Networks: list[Any]

    RollbackConfig: Any

    TaskTemplate: TaskSpec

    UpdateConfig: Any


class Service(TypedDict, total=False):
    """The Engine API's `Service` object.

    Fields not in every API version: `UpdateStatus`: API >= 1.25.; `ServiceStatus`: API >= 1.41.; `JobStatus`: API >= 1.41."""

    ID: str

    Version: ObjectVersion

    CreatedAt: str

    UpdatedAt: str

    Spec: ServiceSpec

    Endpoint: ServiceEndpoint

    UpdateStatus: ServiceUpdateStatus

    ServiceStatus: ServiceServiceStatus

    JobStatus: ServiceJobStatus


class ServiceCreateRequest(TypedDict, total=False):
    """The body of create_service, a service specification.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    Name: str
    """The service's name."""

    Labels: dict[str, str]
    """Metadata labels."""

    TaskTemplate: TaskSpec
    """What each task runs (container, resources, placement, restart policy, networks)."""

    Mode: ServiceSpecMode
    """Replicated with a number of replicas, global (one task per node), or a job mode."""

    UpdateConfig: ServiceSpecUpdateConfig
    """How the tasks are replaced when the service is updated."""

    RollbackConfig: ServiceSpecRollbackConfig
    """How the tasks are replaced when an update is rolled back. API >= 1.28."""

    Networks: list[NetworkAttachmentConfig]
    """Networks to attach; deprecated in favour of the task template's Networks."""

    EndpointSpec: EndpointSpec
    """How the service is reached, virtual IP or DNS round-robin, and its published ports."""


class ServiceCreateResponse(TypedDict, total=False):
    """The Engine API's `ServiceCreateResponse` object.

    Fields not in every API version: `Warnings`: API >= 1.25.; `Warning`: Not in API >= 1.44."""

    ID: str

    Warnings: list[str] | None

    Warning: str


class ServiceEndpoint(TypedDict, total=False):
    """The Engine API's `ServiceEndpoint` object."""

    Spec: EndpointSpec

    Ports: list[EndpointPortConfig]

    VirtualIPs: list[ServiceEndpointVirtualIPs]


class ServiceEndpointVirtualIPs(TypedDict, total=False):
    """The Engine API's `ServiceEndpointVirtualIPs` object."""

    NetworkID: str

    Addr: str


class ServiceInfo(TypedDict, total=False):
    """A swarm service on a network, in a verbose network inspect.

    Fields not in every API version: `VIP`: API >= 1.52.; `Ports`: API >= 1.52.; `LocalLBIndex`: API >= 1.52.; `Tasks`: API >= 1.52."""

    VIP: str
    """The service's virtual IP on the network. API >= 1.52."""

    Ports: list[str]
    """The service's published ports, as text. API >= 1.52."""

    LocalLBIndex: int
    """Index of the service's load balancer on this node. API >= 1.52."""

    Tasks: list[NetworkTaskInfo]
    """The tasks behind the service. API >= 1.52."""


class ServiceJobStatus(TypedDict, total=False):
    """The Engine API's `ServiceJobStatus` object.

    Fields not in every API version: `JobIteration`: API >= 1.41.; `LastExecution`: API >= 1.41."""

    JobIteration: ObjectVersion

    LastExecution: str


class ServiceServiceStatus(TypedDict, total=False):
    """The Engine API's `ServiceServiceStatus` object.

    Fields not in every API version: `RunningTasks`: API >= 1.41.; `DesiredTasks`: API >= 1.41.; `CompletedTasks`: API >= 1.41."""

    RunningTasks: int

    DesiredTasks: int

    CompletedTasks: int


class ServiceSpec(TypedDict, total=False):
    """The Engine API's `ServiceSpec` object.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    Name: str

    Labels: dict[str, str]

    TaskTemplate: TaskSpec

    Mode: ServiceSpecMode

    UpdateConfig: ServiceSpecUpdateConfig

    RollbackConfig: ServiceSpecRollbackConfig

    Networks: list[NetworkAttachmentConfig]

    EndpointSpec: EndpointSpec


class ServiceSpecMode(TypedDict, total=False):
    """The Engine API's `ServiceSpecMode` object.

    Fields not in every API version: `Global`: API >= 1.25.; `ReplicatedJob`: API >= 1.41.; `GlobalJob`: API >= 1.41."""

    Replicated: ServiceSpecModeReplicated

    Global: dict[str, Any]

    ReplicatedJob: ServiceSpecModeReplicatedJob

    GlobalJob: dict[str, Any]


class ServiceSpecModeReplicated(TypedDict, total=False):
    """The Engine API's `ServiceSpecModeReplicated` object."""

    Replicas: int


class ServiceSpecModeReplicatedJob(TypedDict, total=False):
    """The Engine API's `ServiceSpecModeReplicatedJob` object.

    Fields not in every API version: `MaxConcurrent`: API >= 1.41.; `TotalCompletions`: API >= 1.41."""

    MaxConcurrent: int

    TotalCompletions: int


class ServiceSpecRollbackConfig(TypedDict, total=False):
    """The Engine API's `ServiceSpecRollbackConfig` object.

    Fields not in every API version: `Parallelism`: API >= 1.28.; `Delay`: API >= 1.28.; `FailureAction`: API >= 1.28.; `Monitor`: API >= 1.28.; `MaxFailureRatio`: API >= 1.28.; `Order`: API >= 1.29."""

    Parallelism: int

    Delay: int

    FailureAction: Literal["continue", "pause"] | str

    Monitor: int

    MaxFailureRatio: float

    Order: Literal["stop-first", "start-first"] | str


class ServiceSpecUpdateConfig(TypedDict, total=False):
    """The Engine API's `ServiceSpecUpdateConfig` object.

    Fields not in every API version: `Monitor`: API >= 1.25.; `MaxFailureRatio`: API >= 1.25.; `Order`: API >= 1.29."""

    Parallelism: int

    Delay: int

    FailureAction: Literal["continue", "pause", "rollback"] | str

    Monitor: int

    MaxFailureRatio: float

    Order: Literal["stop-first", "start-first"] | str


class ServiceUpdateRequest(TypedDict, total=False):
    """The body of update_service, the new specification as a whole.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    Name: str
    """The service's name."""

    Labels: dict[str, str]
    """Metadata labels."""

    TaskTemplate: TaskSpec
    """What each task runs (container, resources, placement, restart policy, networks)."""

    Mode: ServiceSpecMode
    """Replicated with a number of replicas, global (one task per node), or a job mode."""

    UpdateConfig: ServiceSpecUpdateConfig
    """How the tasks are replaced when the service is updated."""

    RollbackConfig: ServiceSpecRollbackConfig
    """How the tasks are replaced when an update is rolled back. API >= 1.28."""

    Networks: list[NetworkAttachmentConfig]
    """Networks to attach; deprecated in favour of the task template's Networks."""

    EndpointSpec: EndpointSpec
    """How the service is reached, virtual IP or DNS round-robin, and its published ports."""


class ServiceUpdateResponse(TypedDict, total=False):
    """The Engine API's `ServiceUpdateResponse` object.

    Fields not in every API version: `Warnings`: API >= 1.25.; `Deleted`: Not in API >= 1.28.; `Untagged`: Not in API >= 1.28."""

    Warnings: list[str]

    Deleted: str

    Untagged: str


class ServiceUpdateStatus(TypedDict, total=False):
    """The Engine API's `ServiceUpdateStatus` object.

    Fields not in every API version: `CompletedAt`: API >= 1.25."""

    State: Literal["updating", "paused", "completed"] | str

    StartedAt: str

    CompletedAt: str

    Message: str


class SignatureIdentity(TypedDict, total=False):
    """One verified signature of an image.

    Fields not in every API version: `Name`: API >= 1.53.; `Timestamps`: API >= 1.53.; `KnownSigner`: API >= 1.53.; `DockerReference`: API >= 1.53.; `Signer`: API >= 1.53.; `SignatureType`: API >= 1.53.; `Error`: API >= 1.53.; `Warnings`: API >= 1.53."""

    Name: str
    """A short text naming the kind of signature. API >= 1.53."""

    Timestamps: list[SignatureTimestamp]
    """The signed timestamps verified for this signature. API >= 1.53."""

    KnownSigner: KnownSignerIdentity
    """Identifier of a signer the daemon knows specially, e.g. "DHI" (Docker Hardened Images). API >= 1.53."""

    DockerReference: str
    """The image reference the signature names; only in older "hashedrecord" signatures. API >= 1.53."""

    Signer: SignerIdentity
    """Details of the certificate that made the signature. API >= 1.53."""

    SignatureType: SignatureType
    """How the signature is encoded, "bundle-v0.3" or "simplesigning-v1". API >= 1.53."""

    Error: str
    """Why verification failed; the other fields are empty when this is set. API >= 1.53."""

    Warnings: list[str]
    """Notes from verification that do not make it fail (e.g. cached trust roots were used offline). API >= 1.53."""


class SignatureTimestamp(TypedDict, total=False):
    """A verified signed timestamp of a signature.

    Fields not in every API version: `Type`: API >= 1.53.; `URI`: API >= 1.53.; `Timestamp`: API >= 1.53."""

    Type: SignatureTimestampType
    """Where the timestamp comes from, "Tlog" (transparency log) or "TimestampAuthority". API >= 1.53."""

    URI: str
    """Address of the log or authority that issued the timestamp. API >= 1.53."""

    Timestamp: str
    """The signed time, as an RFC 3339 string. API >= 1.53."""


class SignerIdentity(TypedDict, total=False):
    """The certificate that signed an image, with the build provenance claims it carries (Sigstore/Fulcio style).

    Fields not in every API version: `CertificateIssuer`: API >= 1.53.; `SubjectAlternativeName`: API >= 1.53.; `Issuer`: API >= 1.53.; `BuildSignerURI`: API >= 1.53.; `BuildSignerDigest`: API >= 1.53.; `RunnerEnvironment`: API >= 1.53.; `SourceRepositoryURI`: API >= 1.53.; `SourceRepositoryDigest`: API >= 1.53.; `SourceRepositoryRef`: API >= 1.53.; `SourceRepositoryIdentifier`: API >= 1.53.; `SourceRepositoryOwnerURI`: API >= 1.53.; `SourceRepositoryOwnerIdentifier`: API >= 1.53.; `BuildConfigURI`: API >= 1.53.; `BuildConfigDigest`: API >= 1.53.; `BuildTrigger`: API >= 1.53.; `RunInvocationURI`: API >= 1.53.; `SourceRepositoryVisibilityAtSigning`: API >= 1.53."""

    CertificateIssuer: str
    """Issuer of the signing certificate. API >= 1.53."""

    SubjectAlternativeName: str
    """Subject alternative name of the signing certificate (an e-mail or a workflow URI). API >= 1.53."""

    Issuer: str
    """The OIDC issuer that vouched for the signer's identity. API >= 1.53."""

    BuildSignerURI: str
    """URI of the build instructions that did the signing. API >= 1.53."""

    BuildSignerDigest: str
    """Digest pinning the version of those signing instructions. API >= 1.53."""

    RunnerEnvironment: str
    """Whether the build ran on the platform's hosted runners or on self-hosted ones. API >= 1.53."""

    SourceRepositoryURI: str
    """URL of the source repository the build used. API >= 1.53."""

    SourceRepositoryDigest: str
    """Commit digest of the source code the build used. API >= 1.53."""

    SourceRepositoryRef: str
    """Branch or tag ref of the source the build used, e.g. "refs/heads/main". API >= 1.53."""

    SourceRepositoryIdentifier: str
    """Stable identifier of the source repository (survives renames). API >= 1.53."""

    SourceRepositoryOwnerURI: str
    """URL of the source repository's owner. API >= 1.53."""

    SourceRepositoryOwnerIdentifier: str
    """Stable identifier of the source repository's owner. API >= 1.53."""

    BuildConfigURI: str
    """URI of the top-level build instructions that started the build. API >= 1.53."""

    BuildConfigDigest: str
    """Digest pinning the version of those top-level instructions. API >= 1.53."""

    BuildTrigger: str
    """The event that started the build, e.g. "push" or "workflow_dispatch". API >= 1.53."""

    RunInvocationURI: str
    """URI identifying the one build run. API >= 1.53."""

    SourceRepositoryVisibilityAtSigning: str
    """Whether the source repository was public or private when the certificate was issued. API >= 1.53."""


class Storage(TypedDict, total=False):
    """The Engine API's `Storage` object.

    Fields not in every API version: `RootFS`: API >= 1.52."""

    RootFS: RootFSStorage | None


class SubnetStatus(TypedDict, total=False):
    """The Engine API's `SubnetStatus` object.

    Fields not in every API version: `IPsInUse`: API >= 1.52.; `DynamicIPsAvailable`: API >= 1.52."""

    IPsInUse: int

    DynamicIPsAvailable: int


class Swarm(TypedDict, total=False):
    """The Engine API's `Swarm` object.

    Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    ID: str

    Version: ObjectVersion

    CreatedAt: str

    UpdatedAt: str

    Spec: SwarmSpec

    TLSInfo: TLSInfo

    RootRotationInProgress: bool

    DataPathPort: int

    DefaultAddrPool: list[str]

    SubnetSize: int

    JoinTokens: JoinTokens


class SwarmInfo(TypedDict, total=False):
    """This node's part in a swarm, as info() reports it.

    Fields not in every API version: `NodeID`: API >= 1.32.; `NodeAddr`: API >= 1.32.; `LocalNodeState`: API >= 1.32.; `ControlAvailable`: API >= 1.32.; `Error`: API >= 1.32.; `RemoteManagers`: API >= 1.32.; `Nodes`: API >= 1.32.; `Managers`: API >= 1.32.; `Cluster`: API >= 1.32."""

    NodeID: str
    """This node's ID in the swarm; empty when not part of one. API >= 1.32."""

    NodeAddr: str
    """The address other nodes reach this one at. API >= 1.32."""

    LocalNodeState: LocalNodeState
    """This node's swarm state, "inactive", "pending", "active", "error" or "locked". API >= 1.32."""

    ControlAvailable: bool
    """Whether this node is a manager. API >= 1.32."""

    Error: str
    """The last swarm error on this node, if any. API >= 1.32."""

    RemoteManagers: list[PeerNode] | None
    """The managers this node knows, with their addresses. API >= 1.32."""

    Nodes: int | None
    """How many nodes the swarm has (reported on managers). API >= 1.32."""

    Managers: int | None
    """How many managers the swarm has (reported on managers). API >= 1.32."""

    Cluster: ClusterInfo
    """The swarm's own details (reported on managers). API >= 1.32."""


class SwarmInitRequest(TypedDict, total=False):
    """The body of init_swarm.

    Fields not in every API version: `DataPathAddr`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    ListenAddr: str
    """Address for manager traffic, e.g. "0.0.0.0:2377" or "eth0:2377"; also picks the interface for overlay (VXLAN) traffic."""

    AdvertiseAddr: str
    """Address other nodes use to reach this one, e.g. "192.168.1.1:2377" or "eth0"; the port of ListenAddr is used when none is given."""

    DataPathAddr: str
    """Address or interface for data traffic between containers, e.g. "192.168.1.1" or "eth0"; defaults to AdvertiseAddr. API >= 1.30."""

    DataPathPort: int
    """UDP port for overlay data traffic, 1024 to 49151; 0 means 4789. API >= 1.40."""

    DefaultAddrPool: list[str]
    """Subnets, in CIDR form, from which swarm-scoped networks get theirs, e.g. ["10.20.0.0/16"]. API >= 1.39."""

    ForceNewCluster: bool
    """Whether to start a new single-manager cluster from this node's existing state."""

    SubnetSize: int
    """Prefix length of each subnet carved from the default address pool, e.g. 24. API >= 1.39."""

    Spec: SwarmSpec
    """The swarm's settings."""


class SwarmJoinRequest(TypedDict, total=False):
    """The body of join_swarm.

    Fields not in every API version: `DataPathAddr`: API >= 1.30."""

    ListenAddr: str
    """Address for manager traffic should the node become a manager, e.g. "0.0.0.0:2377"."""

    AdvertiseAddr: str
    """Address other nodes use to reach this one, e.g. "192.168.1.2:2377" or "eth0"."""

    DataPathAddr: str
    """Address or interface for data traffic between containers; defaults to AdvertiseAddr. API >= 1.30."""

    RemoteAddrs: list[str]
    """Addresses of managers already in the swarm, e.g. ["192.168.1.1:2377"]."""

    JoinToken: str
    """The worker or manager join token."""


class SwarmSpec(TypedDict, total=False):
    """The Engine API's `SwarmSpec` object.

    Fields not in every API version: `EncryptionConfig`: API >= 1.25."""

    Name: str

    Labels: dict[str, str]

    Orchestration: SwarmSpecOrchestration | None

    Raft: SwarmSpecRaft

    Dispatcher: SwarmSpecDispatcher | None

    CAConfig: SwarmSpecCAConfig | None

    EncryptionConfig: SwarmSpecEncryptionConfig

    TaskDefaults: SwarmSpecTaskDefaults


class SwarmSpecCAConfig(TypedDict, total=False):
    """The Engine API's `SwarmSpecCAConfig` object.

    Fields not in every API version: `ExternalCAs`: API >= 1.25.; `SigningCACert`: API >= 1.30.; `SigningCAKey`: API >= 1.30.; `ForceRotate`: API >= 1.30."""

    NodeCertExpiry: int

    ExternalCAs: list[SwarmSpecCAConfigExternalCAs]

    SigningCACert: str

    SigningCAKey: str

    ForceRotate: int


class SwarmSpecCAConfigExternalCAs(TypedDict, total=False):
    """The Engine API's `SwarmSpecCAConfigExternalCAs` object.

    Fields not in every API version: `CACert`: API >= 1.30."""

    Protocol: Literal["cfssl"] | str

    URL: str

    Options: dict[str, str]

    CACert: str


class SwarmSpecDispatcher(TypedDict, total=False):
    """The Engine API's `SwarmSpecDispatcher` object."""

    HeartbeatPeriod: int


class SwarmSpecEncryptionConfig(TypedDict, total=False):
    """The Engine API's `SwarmSpecEncryptionConfig` object.

    Fields not in every API version: `AutoLockManagers`: API >= 1.25."""

    AutoLockManagers: bool


class SwarmSpecOrchestration(TypedDict, total=False):
    """The Engine API's `SwarmSpecOrchestration` object."""

    TaskHistoryRetentionLimit: int


class SwarmSpecRaft(TypedDict, total=False):
    """The Engine API's `SwarmSpecRaft` object."""

    SnapshotInterval: int

    KeepOldSnapshots: int

    LogEntriesForSlowFollowers: int

    ElectionTick: int

    HeartbeatTick: int


class SwarmSpecTaskDefaults(TypedDict, total=False):
    """The Engine API's `SwarmSpecTaskDefaults` object."""

    LogDriver: SwarmSpecTaskDefaultsLogDriver


class SwarmSpecTaskDefaultsLogDriver(TypedDict, total=False):
    """The Engine API's `SwarmSpecTaskDefaultsLogDriver` object."""

    Name: str

    Options: dict[str, str]


class SwarmUnlockRequest(TypedDict, total=False):
    """The body of unlock_swarm.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    UnlockKey: str
    """The swarm's unlock key. API >= 1.25."""


class SwarmUnlockkeyResponse(TypedDict, total=False):
    """The Engine API's `SwarmUnlockkeyResponse` object.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    UnlockKey: str


class SystemDataUsageResponse(TypedDict, total=False):
    """Disk usage of images, containers, volumes and build cache, from df().

    Fields not in every API version: `ImageUsage`: API >= 1.52.; `ContainerUsage`: API >= 1.52.; `VolumeUsage`: API >= 1.52.; `BuildCacheUsage`: API >= 1.52.; `BuildCache`: API >= 1.39. Not in API >= 1.52.; `Containers`: Not in API >= 1.52.; `Images`: Not in API >= 1.52.; `LayersSize`: API >= 1.25. Not in API >= 1.52.; `Volumes`: Not in API >= 1.52."""

    ImageUsage: ImagesDiskUsage
    """Counts and sizes for images. API >= 1.52."""

    ContainerUsage: ContainersDiskUsage
    """Counts and sizes for containers. API >= 1.52."""

    VolumeUsage: VolumesDiskUsage
    """Counts and sizes for volumes. API >= 1.52."""

    BuildCacheUsage: BuildCacheDiskUsage
    """Counts and sizes for the build cache. API >= 1.52."""

    BuildCache: list[BuildCache]
    """Every build cache record; replaced by BuildCacheUsage in newer API versions. API >= 1.39. Not in API >= 1.52."""

    Containers: list[ContainerSummary]
    """Every container with its size; replaced by ContainerUsage in newer API versions. Not in API >= 1.52."""

    Images: list[ImageSummary]
    """Every image with its size; replaced by ImageUsage in newer API versions. Not in API >= 1.52."""

    LayersSize: int
    """Bytes taken by all image layers; dropped from newer API versions. API >= 1.25. Not in API >= 1.52."""

    Volumes: list[Volume]
    """Every volume with its usage; replaced by VolumeUsage in newer API versions. Not in API >= 1.52."""


class SystemInfo(TypedDict, total=False):
    """A description of the daemon and its host, from info().

    Fields not in every API version: `CPUSet`: API >= 1.32.; `PidsLimit`: API >= 1.40.; `LoggingDriver`: API >= 1.32.; `CgroupVersion`: API >= 1.41.; `OSVersion`: API >= 1.41.; `GenericResources`: API >= 1.32.; `Runtimes`: API >= 1.32.; `DefaultRuntime`: API >= 1.32.; `Swarm`: API >= 1.32.; `LiveRestoreEnabled`: API >= 1.32.; `Isolation`: API >= 1.25.; `InitBinary`: API >= 1.32.; `ContainerdCommit`: API >= 1.32.; `RuncCommit`: API >= 1.32.; `InitCommit`: API >= 1.32.; `ProductLicense`: API >= 1.39.; `DefaultAddressPools`: API >= 1.41.; `FirewallBackend`: API >= 1.49.; `DiscoveredDevices`: API >= 1.50.; `NRI`: API >= 1.53.; `Warnings`: API >= 1.39.; `CDISpecDirs`: API >= 1.44.; `Containerd`: API >= 1.46.; `BridgeNfIp6tables`: API >= 1.32. Not in API >= 1.50.; `BridgeNfIptables`: API >= 1.32. Not in API >= 1.50.; `ClusterAdvertise`: API >= 1.32. Not in API >= 1.42.; `ClusterStore`: API >= 1.32. Not in API >= 1.42.; `DiscoveryBackend`: API >= 1.25. Not in API >= 1.32.; `InitPath`: Not in API >= 1.32.; `InitSha1`: Not in API >= 1.32.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52.; `OomScoreAdj`: Not in API >= 1.32.; `SystemStatus`: Not in API >= 1.41."""

    ID: str
    """An identifier of the daemon; its format is not guaranteed."""

    Containers: int
    """How many containers exist, in any state."""

    ContainersRunning: int
    """How many containers are running."""

    ContainersPaused: int
    """How many containers are paused."""

    ContainersStopped: int
    """How many containers are stopped."""

    Images: int
    """How many images are in the local store."""

    Driver: str
    """The storage driver, e.g. "overlay2" or "overlayfs" (containerd snapshotter)."""

    DriverStatus: list[list[str]]
    """Details from the storage driver, as [label, value] pairs."""

    DockerRootDir: str
    """The daemon's data directory, e.g. "/var/lib/docker"."""

    Plugins: PluginsInfo
    """The plugins available, by kind (volume, network, authorization, log)."""

    MemoryLimit: bool
    """Whether the host supports memory limits."""

    SwapLimit: bool
    """Whether the host supports swap limits."""

    CpuCfsPeriod: bool
    """Whether the host supports the CFS scheduler period (cpu_period)."""

    CpuCfsQuota: bool
    """Whether the host supports the CFS scheduler quota (cpu_quota)."""

    CPUShares: bool
    """Whether the host supports CPU shares."""

    CPUSet: bool
    """Whether the host supports pinning to CPUs and memory nodes (cpuset). API >= 1.32."""

    PidsLimit: bool
    """Whether the host supports a limit on the number of processes. API >= 1.40."""

    OomKillDisable: bool
    """Whether the OOM killer can be turned off for a container."""

    IPv4Forwarding: bool
    """Whether IPv4 forwarding is on in the host."""

    Debug: bool
    """Whether the daemon runs in debug mode."""

    NFd: int
    """Open file descriptors of the daemon process (filled in debug mode only)."""

    NGoroutines: int
    """Goroutines running in the daemon (filled in debug mode only)."""

    SystemTime: str
    """The host's current time, as an RFC 3339 string with nanoseconds."""

    LoggingDriver: str
    """The default logging driver for containers, e.g. "json-file". API >= 1.32."""

    CgroupDriver: Literal["cgroupfs", "systemd", "none"] | str
    """How the daemon manages cgroups, "cgroupfs", "systemd" or "none"."""

    CgroupVersion: Literal["1", "2"] | str
    """The cgroup version of the host, "1" or "2". API >= 1.41."""

    NEventsListener: int
    """How many clients are listening to events right now."""

    KernelVersion: str
    """The host's kernel version, e.g. "6.1.0-18-amd64"."""

    OperatingSystem: str
    """The host's OS by name, e.g. "Debian GNU/Linux 12 (bookworm)" or "Docker Desktop"."""

    OSVersion: str
    """The host's OS version, e.g. "12"; its format is not guaranteed. API >= 1.41."""

    OSType: str
    """The kind of OS containers run on, "linux" or "windows"."""

    Architecture: str
    """The host's CPU architecture as the kernel names it, e.g. "x86_64" or "aarch64"."""

    NCPU: int
    """CPUs available to the daemon."""

    MemTotal: int
    """Memory of the host, in bytes."""

    IndexServerAddress: str
    """The registry used for search and as the default for login, normally "https://index.docker.io/v1/"."""

    RegistryConfig: RegistryServiceConfig
    """The daemon's registry settings (insecure registries, mirrors)."""

    GenericResources: GenericResources
    """User-defined resources (such as GPUs) this node announces to a swarm. API >= 1.32."""

    HttpProxy: str
    """The HTTP proxy the daemon uses, with any password masked."""

    HttpsProxy: str
    """The HTTPS proxy the daemon uses, with any password masked."""

    NoProxy: str
    """Hosts the daemon reaches without a proxy, comma-separated."""

    Name: str
    """The host's name."""

    Labels: list[str]
    """The daemon's labels, as "key=value" strings from its configuration."""

    ExperimentalBuild: bool
    """Whether experimental features are on."""

    ServerVersion: str
    """The engine's version, e.g. "28.5.2"."""

    Runtimes: dict[str, Runtime]
    """The OCI runtimes containers can use, by name (e.g. "runc"). API >= 1.32."""

    DefaultRuntime: str
    """The runtime used when a container names none, e.g. "runc". API >= 1.32."""

    Swarm: SwarmInfo
    """This node's swarm state and, on a manager, the cluster's. API >= 1.32."""

    LiveRestoreEnabled: bool
    """Whether containers keep running while the daemon restarts (live-restore). API >= 1.32."""

    Isolation: Literal["default", "hyperv", "process", ""] | str
    """The default isolation of containers on Windows, "process" or "hyperv"; "default" or empty on Linux. API >= 1.25."""

    InitBinary: str
    """Name or path of the init program used by containers started with init=True, e.g. "docker-init". API >= 1.32."""

    ContainerdCommit: Commit
    """The containerd build in use. API >= 1.32."""

    RuncCommit: Commit
    """The runc build in use. API >= 1.32."""

    InitCommit: Commit
    """The build of the init program in use. API >= 1.32."""

    SecurityOptions: list[str]
    """The security features on, as "name=...,key=value" strings, e.g. "name=seccomp,profile=builtin"."""

    ProductLicense: str
    """The license the engine runs under, in short, e.g. "Community Engine". API >= 1.39."""

    DefaultAddressPools: list[SystemInfoDefaultAddressPools]
    """The pools local networks get subnets from, e.g. Base "172.17.0.0/16" cut into Size 24 subnets. API >= 1.41."""

    FirewallBackend: FirewallInfo
    """The firewall the daemon configures, e.g. iptables or nftables (Linux only). API >= 1.49."""

    DiscoveredDevices: list[DeviceInfo]
    """Devices (such as CDI GPUs) the daemon found and containers can request. API >= 1.50."""

    NRI: NRIInfo
    """Node Resource Interface details; present only when NRI is on. API >= 1.53."""

    Warnings: list[str]
    """Warnings about the daemon's configuration, meant to be shown to the user. API >= 1.39."""

    CDISpecDirs: list[str]
    """Directories searched for Container Device Interface specs; empty when CDI is off. API >= 1.44."""

    Containerd: ContainerdInfo
    """How to reach the containerd the daemon uses, for debugging. API >= 1.46."""

    BridgeNfIp6tables: bool
    """Whether bridged IPv6 traffic passes through ip6tables; dropped from newer API versions. API >= 1.32. Not in API >= 1.50."""

    BridgeNfIptables: bool
    """Whether bridged IPv4 traffic passes through iptables; dropped from newer API versions. API >= 1.32. Not in API >= 1.50."""

    ClusterAdvertise: str
    """Address advertised to a key-value cluster store (legacy overlay networking); dropped from newer API versions. API >= 1.32. Not in API >= 1.42."""

    ClusterStore: str
    """URL of a key-value cluster store (legacy overlay networking); dropped from newer API versions. API >= 1.32. Not in API >= 1.42."""

    DiscoveryBackend: str
    """The discovery backend of the legacy cluster store; dropped long ago. API >= 1.25. Not in API >= 1.32."""

    InitPath: str
    """Path of the init program; replaced by InitBinary long ago. Not in API >= 1.32."""

    InitSha1: str
    """Checksum of the init program; dropped long ago. Not in API >= 1.32."""

    KernelMemory: bool
    """Whether kernel memory limits are supported; dropped from newer API versions. Not in API >= 1.42."""

    KernelMemoryTCP: bool
    """Whether kernel TCP memory limits are supported; dropped from newer API versions. API >= 1.40. Not in API >= 1.52."""

    OomScoreAdj: int
    """The daemon's OOM score adjustment; dropped long ago. Not in API >= 1.32."""

    SystemStatus: list[list[str]]
    """Extra status pairs (used by Swarm classic); dropped from newer API versions. Not in API >= 1.41."""


class SystemInfoDefaultAddressPools(TypedDict, total=False):
    """A pool local networks get their subnets from.

    Fields not in every API version: `Base`: API >= 1.41.; `Size`: API >= 1.41."""

    Base: str
    """The pool's range, e.g. "10.10.0.0/16". API >= 1.41."""

    Size: int
    """Prefix length of each subnet cut from it, e.g. 24. API >= 1.41."""


class SystemVersion(TypedDict, total=False):
    """The versions of the daemon and its parts, from version().

    Fields not in every API version: `Platform`: API >= 1.35.; `Components`: API >= 1.35.; `MinAPIVersion`: API >= 1.25."""

    Platform: SystemVersionPlatform
    """The product name of the engine, e.g. "Docker Engine - Community". API >= 1.35."""

    Components: list[SystemVersionComponents]
    """Each part of the engine (Engine, containerd, runc, docker-init...) with its version. API >= 1.35."""

    Version: str
    """The engine's version, e.g. "28.5.2"."""

    ApiVersion: str
    """The newest Engine API version the daemon speaks, e.g. "1.51"."""

    MinAPIVersion: str
    """The oldest Engine API version the daemon still accepts, e.g. "1.24". API >= 1.25."""

    GitCommit: str
    """The source commit the engine was built from."""

    GoVersion: str
    """The Go release the engine was built with, e.g. "go1.24.7"."""

    Os: str
    """The daemon's operating system, e.g. "linux"."""

    Arch: str
    """The daemon's CPU architecture, e.g. "amd64"."""

    KernelVersion: str
    """The host's kernel version, e.g. "6.1.0-18-amd64"."""

    Experimental: bool
    """Whether experimental features are on."""

    BuildTime: str
    """When the engine binary was built."""


class SystemVersionComponents(TypedDict, total=False):
    """One part of the engine and its version.

    Fields not in every API version: `Name`: API >= 1.35.; `Version`: API >= 1.35.; `Details`: API >= 1.35."""

    Name: str
    """The part's name, e.g. "Engine", "containerd" or "runc". API >= 1.35."""

    Version: str
    """The part's version. API >= 1.35."""

    Details: dict[str, Any] | None
    """Extra facts about the part, such as its git commit; their keys vary. API >= 1.35."""


class SystemVersionPlatform(TypedDict, total=False):
    """The engine's product name.

    Fields not in every API version: `Name`: API >= 1.35."""

    Name: str
    """The product name, e.g. "Docker Engine - Community". API >= 1.35."""


class TLSInfo(TypedDict, total=False):
    """The Engine API's `TLSInfo` object.

    Fields not in every API version: `TrustRoot`: API >= 1.30.; `CertIssuerSubject`: API >= 1.30.; `CertIssuerPublicKey`: API >= 1.30.; `CAConfig`: API >= 1.30. Not in API >= 1.32.; `Dispatcher`: API >= 1.30. Not in API >= 1.32.; `EncryptionConfig`: API >= 1.30. Not in API >= 1.32.; `Labels`: API >= 1.30. Not in API >= 1.32.; `Name`: API >= 1.30. Not in API >= 1.32.; `Orchestration`: API >= 1.30. Not in API >= 1.32.; `Raft`: API >= 1.30. Not in API >= 1.32.; `TaskDefaults`: API >= 1.30. Not in API >= 1.32."""

    TrustRoot: str

    CertIssuerSubject: str

    CertIssuerPublicKey: str

    CAConfig: Any

    Dispatcher: Any

    EncryptionConfig: Any

    Labels: dict[str, str]

    Name: str

    Orchestration: Any

    Raft: Any

    TaskDefaults: Any


class Task(TypedDict, total=False):
    """The Engine API's `Task` object.

    Fields not in every API version: `AssignedGenericResources`: API >= 1.32.; `JobIteration`: API >= 1.41."""

    ID: str

    Version: ObjectVersion

    CreatedAt: str

    UpdatedAt: str

    Name: str

    Labels: dict[str, str]

    Spec: TaskSpec

    ServiceID: str

    Slot: int

    NodeID: str

    AssignedGenericResources: GenericResources

    Status: TaskStatus

    DesiredState: TaskState

    JobIteration: ObjectVersion

    NetworksAttachments: list[NetworkAttachment]


class TaskSpec(TypedDict, total=False):
    """The Engine API's `TaskSpec` object.

    Fields not in every API version: `PluginSpec`: API >= 1.31.; `NetworkAttachmentSpec`: API >= 1.38.; `ForceUpdate`: API >= 1.25.; `Runtime`: API >= 1.30."""

    PluginSpec: TaskSpecPluginSpec

    ContainerSpec: TaskSpecContainerSpec

    NetworkAttachmentSpec: TaskSpecNetworkAttachmentSpec

    Resources: TaskSpecResources

    RestartPolicy: TaskSpecRestartPolicy

    Placement: TaskSpecPlacement

    ForceUpdate: int

    Runtime: str

    Networks: list[NetworkAttachmentConfig]

    LogDriver: TaskSpecLogDriver


class TaskSpecContainerSpec(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpec` object.

    Fields not in every API version: `Hostname`: API >= 1.27.; `Groups`: API >= 1.27.; `Privileges`: API >= 1.29.; `TTY`: API >= 1.25.; `OpenStdin`: API >= 1.27.; `ReadOnly`: API >= 1.27.; `StopSignal`: API >= 1.28.; `HealthCheck`: API >= 1.27.; `Hosts`: API >= 1.27.; `DNSConfig`: API >= 1.25.; `Secrets`: API >= 1.27.; `OomScoreAdj`: API >= 1.46.; `Configs`: API >= 1.30.; `Isolation`: API >= 1.35.; `Init`: API >= 1.38.; `Sysctls`: API >= 1.40.; `CapabilityAdd`: API >= 1.41.; `CapabilityDrop`: API >= 1.41.; `Ulimits`: API >= 1.41."""

    Image: str

    Labels: dict[str, str]

    Command: list[str]

    Args: list[str]

    Hostname: str

    Env: list[str]

    Dir: str

    User: str

    Groups: list[str]

    Privileges: TaskSpecContainerSpecPrivileges

    TTY: bool

    OpenStdin: bool

    ReadOnly: bool

    Mounts: list[Mount]

    StopSignal: str

    StopGracePeriod: int

    HealthCheck: HealthConfig

    Hosts: list[str]

    DNSConfig: TaskSpecContainerSpecDNSConfig

    Secrets: list[TaskSpecContainerSpecSecrets]

    OomScoreAdj: int

    Configs: list[TaskSpecContainerSpecConfigs]

    Isolation: Literal["default", "process", "hyperv", ""] | str

    Init: bool | None

    Sysctls: dict[str, str]

    CapabilityAdd: list[str]

    CapabilityDrop: list[str]

    Ulimits: list[TaskSpecContainerSpecUlimits]


class TaskSpecContainerSpecConfigs(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecConfigs` object.

    Fields not in every API version: `File`: API >= 1.30.; `Runtime`: API >= 1.40.; `ConfigID`: API >= 1.30.; `ConfigName`: API >= 1.30."""

    File: TaskSpecContainerSpecConfigsFile

    Runtime: dict[str, Any]

    ConfigID: str

    ConfigName: str


class TaskSpecContainerSpecConfigsFile(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecConfigsFile` object.

    Fields not in every API version: `Name`: API >= 1.30.; `UID`: API >= 1.30.; `GID`: API >= 1.30.; `Mode`: API >= 1.30."""

    Name: str

    UID: str

    GID: str

    Mode: int


class TaskSpecContainerSpecDNSConfig(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecDNSConfig` object.

    Fields not in every API version: `Nameservers`: API >= 1.25.; `Search`: API >= 1.25."""

    Nameservers: list[str]

    Search: list[str]

    Options: list[str]


class TaskSpecContainerSpecPrivileges(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivileges` object.

    Fields not in every API version: `CredentialSpec`: API >= 1.29.; `SELinuxContext`: API >= 1.29.; `Seccomp`: API >= 1.44.; `AppArmor`: API >= 1.44.; `NoNewPrivileges`: API >= 1.44."""

    CredentialSpec: TaskSpecContainerSpecPrivilegesCredentialSpec

    SELinuxContext: TaskSpecContainerSpecPrivilegesSELinuxContext

    Seccomp: TaskSpecContainerSpecPrivilegesSeccomp

    AppArmor: TaskSpecContainerSpecPrivilegesAppArmor

    NoNewPrivileges: bool


class TaskSpecContainerSpecPrivilegesAppArmor(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivilegesAppArmor` object.

    Fields not in every API version: `Mode`: API >= 1.44."""

    Mode: Literal["default", "disabled"] | str


class TaskSpecContainerSpecPrivilegesCredentialSpec(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivilegesCredentialSpec` object.

    Fields not in every API version: `Config`: API >= 1.40.; `File`: API >= 1.30.; `Registry`: API >= 1.30."""

    Config: str

    File: str

    Registry: str


class TaskSpecContainerSpecPrivilegesSELinuxContext(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivilegesSELinuxContext` object.

    Fields not in every API version: `Disable`: API >= 1.30.; `User`: API >= 1.30.; `Role`: API >= 1.30.; `Type`: API >= 1.30.; `Level`: API >= 1.30."""

    Disable: bool

    User: str

    Role: str

    Type: str

    Level: str


class TaskSpecContainerSpecPrivilegesSeccomp(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecPrivilegesSeccomp` object.

    Fields not in every API version: `Mode`: API >= 1.44.; `Profile`: API >= 1.44."""

    Mode: Literal["default", "unconfined", "custom"] | str

    Profile: str


class TaskSpecContainerSpecSecrets(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecSecrets` object.

    Fields not in every API version: `File`: API >= 1.27.; `SecretID`: API >= 1.27.; `SecretName`: API >= 1.27."""

    File: TaskSpecContainerSpecSecretsFile

    SecretID: str

    SecretName: str


class TaskSpecContainerSpecSecretsFile(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecSecretsFile` object.

    Fields not in every API version: `Name`: API >= 1.27.; `UID`: API >= 1.27.; `GID`: API >= 1.27.; `Mode`: API >= 1.27."""

    Name: str

    UID: str

    GID: str

    Mode: int


class TaskSpecContainerSpecUlimits(TypedDict, total=False):
    """The Engine API's `TaskSpecContainerSpecUlimits` object.

    Fields not in every API version: `Name`: API >= 1.41.; `Soft`: API >= 1.41.; `Hard`: API >= 1.41."""

    Name: str

    Soft: int

    Hard: int


class TaskSpecLogDriver(TypedDict, total=False):
    """The Engine API's `TaskSpecLogDriver` object."""

    Name: str

    Options: dict[str, str]


class TaskSpecNetworkAttachmentSpec(TypedDict, total=False):
    """The Engine API's `TaskSpecNetworkAttachmentSpec` object.

    Fields not in every API version: `ContainerID`: API >= 1.38."""

    ContainerID: str


class TaskSpecPlacement(TypedDict, total=False):
    """The Engine API's `TaskSpecPlacement` object.

    Fields not in every API version: `Preferences`: API >= 1.28.; `MaxReplicas`: API >= 1.40.; `Platforms`: API >= 1.30."""

    Constraints: list[str]

    Preferences: list[TaskSpecPlacementPreferences]

    MaxReplicas: int

    Platforms: list[Platform]


class TaskSpecPlacementPreferences(TypedDict, total=False):
    """The Engine API's `TaskSpecPlacementPreferences` object.

    Fields not in every API version: `Spread`: API >= 1.28."""

    Spread: TaskSpecPlacementPreferencesSpread


class TaskSpecPlacementPreferencesSpread(TypedDict, total=False):
    """The Engine API's `TaskSpecPlacementPreferencesSpread` object.

    Fields not in every API version: `SpreadDescriptor`: API >= 1.28."""

    SpreadDescriptor: str


class TaskSpecPluginSpec(TypedDict, total=False):
    """The Engine API's `TaskSpecPluginSpec` object.

    Fields not in every API version: `Name`: API >= 1.31.; `Remote`: API >= 1.31.; `Disabled`: API >= 1.31.; `PluginPrivilege`: API >= 1.31."""

    Name: str

    Remote: str

    Disabled: bool

    PluginPrivilege: list[PluginPrivilege]


class TaskSpecResources(TypedDict, total=False):
    """The Engine API's `TaskSpecResources` object.

    Fields not in every API version: `SwapBytes`: API >= 1.52.; `MemorySwappiness`: API >= 1.52."""

    Limits: Limit

    Reservations: ResourceObject

    SwapBytes: int | None

    MemorySwappiness: int | None


class TaskSpecRestartPolicy(TypedDict, total=False):
    """The Engine API's `TaskSpecRestartPolicy` object."""

    Condition: Literal["none", "on-failure", "any"] | str

    Delay: int

    MaxAttempts: int

    Window: int


class TaskStatus(TypedDict, total=False):
    """The Engine API's `TaskStatus` object.

    Fields not in every API version: `Err`: API >= 1.25.; `PortStatus`: API >= 1.44."""

    Timestamp: str

    State: TaskState

    Message: str

    Err: str

    ContainerStatus: ContainerStatus

    PortStatus: PortStatus


class ThrottleDevice(TypedDict, total=False):
    """A rate limit on one block device."""

    Path: str
    """Device path on the host, e.g. "/dev/sda"."""

    Rate: int
    """The limit, in bytes per second or I/O operations per second depending on the field that holds it."""


class Topology(TypedDict, total=False):
    """The Engine API's `Topology` object.

    Fields not in every API version: `Segments`: API >= 1.42."""

    Segments: dict[str, str]


class Volume(TypedDict, total=False):
    """The Engine API's `Volume` object.

    Fields not in every API version: `CreatedAt`: API >= 1.31.; `ClusterVolume`: API >= 1.42.; `UsageData`: API >= 1.25."""

    Name: str

    Driver: str

    Mountpoint: str

    CreatedAt: str

    Status: dict[str, dict[str, Any]]

    Labels: dict[str, str]

    Scope: Literal["local", "global"] | str

    ClusterVolume: ClusterVolume

    Options: dict[str, str]

    UsageData: VolumeUsageData | None


class VolumeCreateRequest(TypedDict, total=False):
    """The body of create_volume.

    Fields not in every API version: `ClusterVolumeSpec`: API >= 1.42."""

    Name: str
    """The volume's name; the daemon generates one when it is empty."""

    Driver: str
    """Volume driver, e.g. "local"."""

    DriverOpts: dict[str, str]
    """Driver-specific options, e.g. for "local" {"type": "tmpfs", "device": "tmpfs"}."""

    Labels: dict[str, str]
    """Metadata labels."""

    ClusterVolumeSpec: ClusterVolumeSpec
    """Settings of a cluster (swarm CSI) volume. API >= 1.42."""


class VolumeListResponse(TypedDict, total=False):
    """The Engine API's `VolumeListResponse` object."""

    Volumes: list[Volume]

    Warnings: list[str]


class VolumePruneResponse(TypedDict, total=False):
    """The Engine API's `VolumePruneResponse` object.

    Fields not in every API version: `VolumesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    VolumesDeleted: list[str]

    SpaceReclaimed: int


class VolumeUpdateRequest(TypedDict, total=False):
    """The body of update_volume, for cluster volumes.

    Fields not in every API version: `Spec`: API >= 1.42."""

    Spec: ClusterVolumeSpec
    """The cluster volume's new settings. API >= 1.42."""


class VolumeUsageData(TypedDict, total=False):
    """The Engine API's `VolumeUsageData` object.

    Fields not in every API version: `RefCount`: API >= 1.25."""

    Size: int

    RefCount: int


class VolumesDiskUsage(TypedDict, total=False):
    """Disk usage of volumes, in df().

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    ActiveCount: int
    """Volumes used by at least one container. API >= 1.52."""

    TotalCount: int
    """All volumes. API >= 1.52."""

    Reclaimable: int
    """Bytes that removing unused volumes would free. API >= 1.52."""

    TotalSize: int
    """Bytes all volumes take. API >= 1.52."""

    Items: list[Any]
    """The volumes one by one; only with df(verbose=True). API >= 1.52."""


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
