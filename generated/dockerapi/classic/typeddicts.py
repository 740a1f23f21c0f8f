# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The daemon's JSON objects as `TypedDict`s, for `dockerapi.classic`'s plain-dict results.

One per catalog model, keyed by wire name (`r["State"]["Status"]`), every key optional (`total=False`):
a daemon sends only what its API version has, and any value may be null. The same names as the
pydantic models of `dockerapi.models`, which `dockerapi.Client` returns.

mypy accepts `r["State"]["Status"]`; pyright (and Pylance in its basic or strict mode) reports it as
reportTypedDictNotRequiredAccess. Read with `.get()`, or turn that check off where plain subscripts are
wanted (`# pyright: reportTypedDictNotRequiredAccess=false` at the top of a file, or in pyproject.toml).
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
    "SwarmObjectCreated",
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
    """An IP address with its prefix length.

    Fields not in every API version: `Addr`: API >= 1.32.; `PrefixLen`: API >= 1.32."""

    Addr: str
    """The address, e.g. "172.17.0.5". API >= 1.32."""

    PrefixLen: int
    """The prefix length of its network, e.g. 16. API >= 1.32."""


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
    """The swarm side of a cluster (CSI) volume.

    Fields not in every API version: `ID`: API >= 1.42.; `Version`: API >= 1.42.; `CreatedAt`: API >= 1.42.; `UpdatedAt`: API >= 1.42.; `Spec`: API >= 1.42.; `Info`: API >= 1.42.; `PublishStatus`: API >= 1.42."""

    ID: str
    """The volume's swarm ID, which can stand for its name in volume calls. API >= 1.42."""

    Version: ObjectVersion
    """The volume's version, to pass to update_volume. API >= 1.42."""

    CreatedAt: str
    """When the swarm created the volume. API >= 1.42."""

    UpdatedAt: str
    """When the volume was last changed. API >= 1.42."""

    Spec: ClusterVolumeSpec
    """The settings the volume was created or last updated with. API >= 1.42."""

    Info: ClusterVolumeInfo
    """What the storage plugin reports about the volume as a whole. API >= 1.42."""

    PublishStatus: list[ClusterVolumePublishStatus]
    """On which nodes the volume is published, and how far each publication has got. API >= 1.42."""


class ClusterVolumeInfo(TypedDict, total=False):
    """What the CSI storage plugin reports about a cluster volume.

    Fields not in every API version: `CapacityBytes`: API >= 1.42.; `VolumeContext`: API >= 1.42.; `VolumeID`: API >= 1.42.; `AccessibleTopology`: API >= 1.42."""

    CapacityBytes: int
    """The volume's size in bytes; 0 when unknown. API >= 1.42."""

    VolumeContext: dict[str, str]
    """Key-value data the plugin returned when it created the volume. API >= 1.42."""

    VolumeID: str
    """The plugin's own ID for the volume (not Docker's); empty until the plugin has created it. API >= 1.42."""

    AccessibleTopology: list[Topology]
    """The topology segments from which the volume can actually be reached. API >= 1.42."""


class ClusterVolumePublishStatus(TypedDict, total=False):
    """The state of a cluster volume on one node.

    Fields not in every API version: `NodeID`: API >= 1.42.; `State`: API >= 1.42.; `PublishContext`: API >= 1.42."""

    NodeID: str
    """ID of the swarm node where the volume is published. API >= 1.42."""

    State: (
        Literal["pending-publish", "published", "pending-node-unpublish", "pending-controller-unpublish"]
        | str
    )
    """How far publication has got, "pending-publish", "published", "pending-node-unpublish" or "pending-controller-unpublish". API >= 1.42."""

    PublishContext: dict[str, str]
    """Key-value data the plugin's controller returned when it published the volume. API >= 1.42."""


class ClusterVolumeSpec(TypedDict, total=False):
    """The settings of a cluster (CSI) volume, given to create_volume and update_volume.

    Fields not in every API version: `Group`: API >= 1.42.; `AccessMode`: API >= 1.42."""

    Group: str
    """A group name; services that ask for the group may use any volume in it interchangeably. API >= 1.42."""

    AccessMode: ClusterVolumeSpecAccessMode
    """How tasks may use the volume (scope, sharing, availability, capacity, topology). API >= 1.42."""


class ClusterVolumeSpecAccessMode(TypedDict, total=False):
    """How tasks may use a cluster volume.

    Fields not in every API version: `Scope`: API >= 1.42.; `Sharing`: API >= 1.42.; `MountVolume`: API >= 1.42.; `Secrets`: API >= 1.42.; `AccessibilityRequirements`: API >= 1.42.; `CapacityRange`: API >= 1.42.; `Availability`: API >= 1.42."""

    Scope: Literal["single", "multi"] | str
    """On how many nodes at once the volume may be used, "single" or "multi". API >= 1.42."""

    Sharing: Literal["none", "readonly", "onewriter", "all"] | str
    """How tasks share the volume, "none", "readonly", "onewriter" or "all". API >= 1.42."""

    MountVolume: dict[str, Any]
    """Options for using the volume as a mounted filesystem, e.g. {"FsType": "ext4"}. API >= 1.42."""

    Secrets: list[ClusterVolumeSpecAccessModeSecrets]
    """Swarm secrets whose values are passed to the storage plugin for this volume. API >= 1.42."""

    AccessibilityRequirements: ClusterVolumeSpecAccessModeAccessibilityRequirements
    """Where (in which topology segments) the volume must or should be reachable. API >= 1.42."""

    CapacityRange: ClusterVolumeSpecAccessModeCapacityRange
    """The smallest and largest size the volume may be created with. API >= 1.42."""

    Availability: Literal["active", "pause", "drain"] | str
    """Whether tasks may use the volume, "active", "pause" (no new tasks) or "drain" (move tasks off). API >= 1.42."""


class ClusterVolumeSpecAccessModeAccessibilityRequirements(TypedDict, total=False):
    """Topology requirements for where a cluster volume is provisioned.

    Fields not in every API version: `Requisite`: API >= 1.42.; `Preferred`: API >= 1.42."""

    Requisite: list[Topology]
    """Topologies the volume must be reachable from; at least one of them has to be met. API >= 1.42."""

    Preferred: list[Topology]
    """Topologies the plugin should try to provision the volume in, in order of preference. API >= 1.42."""


class ClusterVolumeSpecAccessModeCapacityRange(TypedDict, total=False):
    """The size bounds for a new cluster volume; the plugin picks when both are 0.

    Fields not in every API version: `RequiredBytes`: API >= 1.42.; `LimitBytes`: API >= 1.42."""

    RequiredBytes: int
    """The smallest acceptable size, in bytes; 0 means no minimum. API >= 1.42."""

    LimitBytes: int
    """The largest acceptable size, in bytes; 0 means no maximum. API >= 1.42."""


class ClusterVolumeSpecAccessModeSecrets(TypedDict, total=False):
    """A secret passed to the storage plugin as one key-value pair.

    Fields not in every API version: `Key`: API >= 1.42.; `Secret`: API >= 1.42."""

    Key: str
    """The key under which the plugin receives the value. API >= 1.42."""

    Secret: str
    """The swarm secret, by name or ID, whose data becomes the value. API >= 1.42."""


class Commit(TypedDict, total=False):
    """The build of a component (containerd, runc, init).

    Fields not in every API version: `ID`: API >= 1.32.; `Expected`: API >= 1.32. Not in API >= 1.49."""

    ID: str
    """The build's commit ID or version string. API >= 1.32."""

    Expected: str
    """The commit the daemon was built against; dropped from newer API versions. API >= 1.32. Not in API >= 1.49."""


class Config(TypedDict, total=False):
    """A swarm config, non-secret data that services can mount as files.

    Fields not in every API version: `ID`: API >= 1.30.; `Version`: API >= 1.30.; `CreatedAt`: API >= 1.30.; `UpdatedAt`: API >= 1.30.; `Spec`: API >= 1.30."""

    ID: str
    """The config's ID. API >= 1.30."""

    Version: ObjectVersion
    """The config's version, to pass to update_config. API >= 1.30."""

    CreatedAt: str
    """When the config was created. API >= 1.30."""

    UpdatedAt: str
    """When the config's labels last changed. API >= 1.30."""

    Spec: ConfigSpec
    """The config's name, labels, data and templating driver. API >= 1.30."""


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
    """Names the config-only network a network takes its configuration from.

    Fields not in every API version: `Network`: API >= 1.41."""

    Network: str
    """The name (not the ID) of an existing config-only network. API >= 1.41."""


class ConfigSpec(TypedDict, total=False):
    """The settings of a config, given to create_config and update_config.

    Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

    Name: str
    """The config's name, unique in the swarm. API >= 1.30."""

    Labels: dict[str, str]
    """User metadata, as label to value; the only part that update_config may change. API >= 1.30."""

    Data: str
    """The config's content, base64-encoded. API >= 1.30."""

    Templating: Driver
    """A templating driver (e.g. "golang") that expands the data for each task. API >= 1.37."""


class ContainerBlkioStatEntry(TypedDict, total=False):
    """One block-IO counter for one device and one kind of operation.

    Fields not in every API version: `major`: API >= 1.48.; `minor`: API >= 1.48.; `op`: API >= 1.48.; `value`: API >= 1.48."""

    major: int
    """The device's major number, e.g. 8 for SCSI disks. API >= 1.48."""

    minor: int
    """The device's minor number. API >= 1.48."""

    op: str
    """The operation counted, e.g. "read", "write", "sync", "async" or "total" (case varies with the cgroup version). API >= 1.48."""

    value: int
    """The counter's value, in the unit of the list it is in (bytes, operations, nanoseconds...). API >= 1.48."""


class ContainerBlkioStats(TypedDict, total=False):
    """Block-device IO counters of a container (Linux only). With cgroup v2 only io_service_bytes_recursive is filled; the other lists are None or empty.

    Fields not in every API version: `io_service_bytes_recursive`: API >= 1.48.; `io_serviced_recursive`: API >= 1.48.; `io_queue_recursive`: API >= 1.48.; `io_service_time_recursive`: API >= 1.48.; `io_wait_time_recursive`: API >= 1.48.; `io_merged_recursive`: API >= 1.48.; `io_time_recursive`: API >= 1.48.; `sectors_recursive`: API >= 1.48."""

    io_service_bytes_recursive: list[ContainerBlkioStatEntry]
    """Bytes read and written, per device and operation. API >= 1.48."""

    io_serviced_recursive: list[ContainerBlkioStatEntry] | None
    """IO operations done, per device and operation (cgroup v1). API >= 1.48."""

    io_queue_recursive: list[ContainerBlkioStatEntry] | None
    """IO requests queued, per device and operation (cgroup v1). API >= 1.48."""

    io_service_time_recursive: list[ContainerBlkioStatEntry] | None
    """Time spent serving IO, in nanoseconds, per device and operation (cgroup v1). API >= 1.48."""

    io_wait_time_recursive: list[ContainerBlkioStatEntry] | None
    """Time IO requests waited in queues, in nanoseconds, per device and operation (cgroup v1). API >= 1.48."""

    io_merged_recursive: list[ContainerBlkioStatEntry] | None
    """IO requests merged into others, per device and operation (cgroup v1). API >= 1.48."""

    io_time_recursive: list[ContainerBlkioStatEntry] | None
    """Time the devices were busy with the container's IO, in milliseconds (cgroup v1). API >= 1.48."""

    sectors_recursive: list[ContainerBlkioStatEntry] | None
    """Sectors transferred, per device (cgroup v1). API >= 1.48."""


class ContainerCPUStats(TypedDict, total=False):
    """A container's CPU counters at one moment.

    Fields not in every API version: `online_cpus`: API >= 1.27."""

    cpu_usage: ContainerCPUUsage
    """The CPU time the container has used, in total and split by mode."""

    system_cpu_usage: int | None
    """The host's total CPU time so far, in nanoseconds (Linux); the denominator of a CPU percentage."""

    online_cpus: int | None
    """The number of CPUs online on the host (Linux). API >= 1.27."""

    throttling_data: ContainerThrottlingData
    """How often the container's CPU quota throttled it (Linux)."""


class ContainerCPUUsage(TypedDict, total=False):
    """The CPU time a container has used since it started."""

    total_usage: int
    """Total CPU time in nanoseconds (Linux) or units of 100 ns (Windows)."""

    percpu_usage: list[int] | None
    """CPU time per core in nanoseconds; only on Linux with cgroup v1."""

    usage_in_kernelmode: int
    """CPU time spent in kernel mode, nanoseconds (Linux) or units of 100 ns (Windows)."""

    usage_in_usermode: int
    """CPU time spent in user mode, nanoseconds (Linux) or units of 100 ns (Windows)."""


class ContainerConfig(TypedDict, total=False):
    """The host-independent configuration of a container (what create_container takes outside host_config).

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

    Hostname: str
    """The host name inside the container."""

    Domainname: str
    """The domain name inside the container."""

    User: str
    """The user processes run as, e.g. "nobody" or "1000:1000"; empty means the image's user."""

    AttachStdin: bool
    """Whether stdin is marked for attaching."""

    AttachStdout: bool
    """Whether stdout is marked for attaching."""

    AttachStderr: bool
    """Whether stderr is marked for attaching."""

    ExposedPorts: dict[str, dict[str, Any]] | None
    """The exposed ports as keys such as "80/tcp", each with an empty dict as value."""

    Tty: bool
    """Whether the container has a pseudo-terminal."""

    OpenStdin: bool
    """Whether stdin is kept open without an attached client."""

    StdinOnce: bool
    """Whether stdin closes after the first attached client detaches."""

    Env: list[str]
    """The environment as "KEY=value" strings."""

    Cmd: list[str]
    """The command as a list of arguments."""

    Healthcheck: HealthConfig
    """The health check the container runs; durations in nanoseconds."""

    ArgsEscaped: bool | None
    """Windows only; whether the command line is already escaped. API >= 1.25."""

    Image: str
    """The image as it was given at creation, e.g. "busybox:latest"."""

    Volumes: dict[str, dict[str, Any]]
    """Paths inside the container that hold volumes, each with an empty dict as value."""

    WorkingDir: str
    """The directory commands start in."""

    Entrypoint: list[str]
    """The entrypoint as a list of arguments."""

    NetworkDisabled: bool | None
    """Whether the container was created without networking."""

    OnBuild: list[str] | None
    """ONBUILD instructions carried from the image's Dockerfile."""

    Labels: dict[str, str]
    """The container's labels, name to value (the image's included)."""

    StopSignal: str | None
    """The signal stop() sends first, e.g. "SIGTERM"."""

    StopTimeout: int | None
    """Seconds stop() waits before killing; absent means the daemon's default. API >= 1.25."""

    Shell: list[str] | None
    """The shell for shell-form commands, e.g. ["/bin/sh", "-c"]. API >= 1.25."""

    MacAddress: str | None
    """The MAC address on the default network (older API versions; now per network). Not in API >= 1.52."""


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
    """What create_container answers."""

    Id: str
    """The new container's full ID, 64 hexadecimal characters."""

    Warnings: list[str]
    """Notes from the daemon about the settings, e.g. a limit the kernel does not support; often empty."""


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
    """Everything the daemon knows about one container, as inspect_container reports it.

    Fields not in every API version: `Platform`: API >= 1.40.; `ImageManifestDescriptor`: API >= 1.48.; `Storage`: API >= 1.52.; `Node`: API >= 1.25. Not in API >= 1.39."""

    Id: str
    """The container's full ID, 64 hexadecimal characters."""

    Created: str | None
    """When the container was created, an RFC 3339 timestamp with nanoseconds."""

    Path: str
    """The program the container runs (the first word of entrypoint plus command)."""

    Args: list[str]
    """The arguments passed to that program."""

    State: ContainerState
    """Whether the container runs, its PID, exit code, start and finish times and health."""

    Image: str
    """The ID ("sha256:...") of the image this container was made from."""

    ResolvConfPath: str
    """Host path of the resolv.conf the daemon made for the container; the daemon manages it."""

    HostnamePath: str
    """Host path of the hostname file the daemon made for the container."""

    HostsPath: str
    """Host path of the hosts file the daemon made for the container."""

    LogPath: str | None
    """Host path of the container's log file; empty with log drivers that keep no file."""

    Name: str
    """The container's name with a leading "/", e.g. "/web"."""

    RestartCount: int
    """How many times the restart policy has restarted the container (manual restarts do not count)."""

    Driver: str
    """The storage driver or snapshotter holding the container's filesystem, e.g. "overlay2"."""

    Platform: str
    """The operating system the container was created for, usually "linux". API >= 1.40."""

    ImageManifestDescriptor: OCIDescriptor
    """Descriptor of the image manifest for the container's platform; only with the containerd image store. API >= 1.48."""

    MountLabel: str
    """The SELinux label of the container's mounts; empty without SELinux."""

    ProcessLabel: str
    """The SELinux label of the container's processes; empty without SELinux."""

    AppArmorProfile: str
    """The AppArmor profile the container runs under, e.g. "docker-default"; empty without AppArmor."""

    ExecIDs: list[str] | None
    """IDs of the exec instances of this container; None when there are none."""

    HostConfig: HostConfig
    """The container's host-side settings (limits, binds, ports, restart policy, network mode...)."""

    GraphDriver: DriverData | None
    """The storage driver and its low-level data (layer paths) for the container's filesystem."""

    Storage: Storage | None
    """Where the root filesystem is kept, when the daemon runs with the containerd image store. API >= 1.52."""

    SizeRw: int | None
    """Bytes written or changed in the container's own layer; only when inspected with size=True."""

    SizeRootFs: int | None
    """Bytes of the whole filesystem, image layers included; only when inspected with size=True."""

    Mounts: list[MountPoint]
    """The volumes, bind mounts and tmpfs mounts of the container."""

    Config: ContainerConfig
    """The container's portable configuration (image, command, environment, labels...)."""

    NetworkSettings: NetworkSettings
    """The container's network namespace, published ports and networks."""

    Node: dict[str, Any]
    """The swarm node running the container, for the standalone Docker Swarm of old API versions. API >= 1.25. Not in API >= 1.39."""


class ContainerMemoryStats(TypedDict, total=False):
    """A container's memory counters; Linux reports usage and limits, Windows commit and working-set sizes.

    Fields not in every API version: `usage`: API >= 1.48.; `max_usage`: API >= 1.48.; `stats`: API >= 1.48.; `failcnt`: API >= 1.48.; `limit`: API >= 1.48.; `commitbytes`: API >= 1.48.; `commitpeakbytes`: API >= 1.48.; `privateworkingset`: API >= 1.48."""

    usage: int | None
    """Memory in use, in bytes (Linux); it includes the page cache. API >= 1.48."""

    max_usage: int | None
    """The highest usage seen, in bytes; only with cgroup v1. API >= 1.48."""

    stats: dict[str, int | None]
    """Raw counters from the cgroup's memory.stat, in bytes or counts: e.g. "anon", "file", "inactive_file" (cgroup v2) or "cache", "rss" (v1). API >= 1.48."""

    failcnt: int | None
    """How many times usage reached the limit; only with cgroup v1. API >= 1.48."""

    limit: int | None
    """The memory limit in bytes; the host's memory when the container has none (Linux). API >= 1.48."""

    commitbytes: int | None
    """Committed memory in bytes (Windows only). API >= 1.48."""

    commitpeakbytes: int | None
    """The peak of committed memory in bytes (Windows only). API >= 1.48."""

    privateworkingset: int | None
    """The private working set in bytes (Windows only). API >= 1.48."""


class ContainerNetworkStats(TypedDict, total=False):
    """Traffic counters of one network interface of a container.

    Fields not in every API version: `rx_bytes`: API >= 1.48.; `rx_packets`: API >= 1.48.; `rx_errors`: API >= 1.48.; `rx_dropped`: API >= 1.48.; `tx_bytes`: API >= 1.48.; `tx_packets`: API >= 1.48.; `tx_errors`: API >= 1.48.; `tx_dropped`: API >= 1.48.; `endpoint_id`: API >= 1.48.; `instance_id`: API >= 1.48."""

    rx_bytes: int
    """Bytes received. API >= 1.48."""

    rx_packets: int
    """Packets received. API >= 1.48."""

    rx_errors: int
    """Receive errors (Linux; 0 on Windows). API >= 1.48."""

    rx_dropped: int
    """Incoming packets dropped. API >= 1.48."""

    tx_bytes: int
    """Bytes sent. API >= 1.48."""

    tx_packets: int
    """Packets sent. API >= 1.48."""

    tx_errors: int
    """Send errors (Linux; 0 on Windows). API >= 1.48."""

    tx_dropped: int
    """Outgoing packets dropped. API >= 1.48."""

    endpoint_id: str | None
    """The network endpoint's ID (Windows only). API >= 1.48."""

    instance_id: str | None
    """The interface instance's ID (Windows only). API >= 1.48."""


class ContainerPidsStats(TypedDict, total=False):
    """Process counts of a container (Linux only).

    Fields not in every API version: `current`: API >= 1.48.; `limit`: API >= 1.48."""

    current: int | None
    """The number of processes and threads in the container's cgroup now. API >= 1.48."""

    limit: int | None
    """The most the cgroup allows; 0 means no limit. API >= 1.48."""


class ContainerPruneResponse(TypedDict, total=False):
    """What prune_containers answers.

    Fields not in every API version: `ContainersDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    ContainersDeleted: list[str]
    """IDs of the containers that were deleted; None when there were none. API >= 1.25."""

    SpaceReclaimed: int
    """Disk space freed, in bytes. API >= 1.25."""


class ContainerState(TypedDict, total=False):
    """The run state of a container, as inspect_container reports it.

    Fields not in every API version: `Health`: API >= 1.39."""

    Status: Literal["created", "running", "paused", "restarting", "removing", "exited", "dead"] | str
    """The state in one word, "created", "running", "paused", "restarting", "removing", "exited" or "dead"."""

    Running: bool
    """Whether the container runs; a paused container still counts as running."""

    Paused: bool
    """Whether the container's processes are frozen by pause()."""

    Restarting: bool
    """Whether the restart policy is about to start the container again."""

    OOMKilled: bool
    """Whether a process was killed for lack of memory since the container last started."""

    Dead: bool
    """Whether the container is dead, a state left by a failed removal."""

    Pid: int
    """The host PID of the container's main process; 0 when it is not running."""

    ExitCode: int
    """The exit code of the last run; meaningful once the container has stopped."""

    Error: str
    """The error of the last failed start, if any; else empty."""

    StartedAt: str
    """When the container last started, RFC 3339; "0001-01-01T00:00:00Z" if it never did."""

    FinishedAt: str
    """When the container last stopped, RFC 3339; "0001-01-01T00:00:00Z" if it never did."""

    Health: Health
    """The health-check status and recent results; absent without a health check. API >= 1.39."""


class ContainerStatsResponse(TypedDict, total=False):
    """One resource-usage sample of a container, as stats() yields it.

    Fields not in every API version: `id`: API >= 1.48.; `name`: API >= 1.48.; `os_type`: API >= 1.52.; `num_procs`: API >= 1.48.; `storage_stats`: API >= 1.48.; `preread`: API >= 1.48."""

    id: str | None
    """The container's full ID. API >= 1.48."""

    name: str | None
    """The container's name with a leading "/", e.g. "/web". API >= 1.48."""

    os_type: str | None
    """Whether this is a "linux" or a "windows" container. API >= 1.52."""

    read: str
    """When this sample was taken, RFC 3339 with nanoseconds."""

    cpu_stats: ContainerCPUStats
    """CPU figures at the time of this sample."""

    memory_stats: ContainerMemoryStats
    """Memory figures of this sample."""

    networks: dict[str, ContainerNetworkStats] | None
    """Traffic counters per network interface, e.g. "eth0"; absent when the container has no network."""

    pids_stats: ContainerPidsStats
    """The number of processes and its limit (Linux)."""

    blkio_stats: ContainerBlkioStats
    """Block-device IO counters (Linux)."""

    num_procs: int
    """Windows only; the number of processors; always 0 on Linux. API >= 1.48."""

    storage_stats: ContainerStorageStats
    """Disk IO counters (Windows only). API >= 1.48."""

    preread: str
    """When the previous sample was taken; empty or "0001-01-01T00:00:00Z" for a one-shot sample. API >= 1.48."""

    precpu_stats: ContainerCPUStats
    """CPU figures of the previous sample, to compute CPU use over the interval."""


class ContainerStatus(TypedDict, total=False):
    """The container that runs a task."""

    ContainerID: str
    """The container's ID on its node."""

    PID: int
    """The container's main process ID on the node, or 0 when it is not running."""

    ExitCode: int
    """The container's exit code once it has stopped."""


class ContainerStorageStats(TypedDict, total=False):
    """Disk IO counters of a container (Windows only).

    Fields not in every API version: `read_count_normalized`: API >= 1.48.; `read_size_bytes`: API >= 1.48.; `write_count_normalized`: API >= 1.48.; `write_size_bytes`: API >= 1.48."""

    read_count_normalized: int | None
    """Read operations, normalized to the size Windows reports them in. API >= 1.48."""

    read_size_bytes: int | None
    """Bytes read. API >= 1.48."""

    write_count_normalized: int | None
    """Write operations, normalized to the size Windows reports them in. API >= 1.48."""

    write_size_bytes: int | None
    """Bytes written. API >= 1.48."""


class ContainerSummary(TypedDict, total=False):
    """One container as containers() lists it; a shorter record than inspect_container's.

    Fields not in every API version: `ImageManifestDescriptor`: API >= 1.48.; `Health`: API >= 1.52."""

    Id: str
    """The container's full ID, 64 hexadecimal characters."""

    Names: list[str]
    """The container's names, each with a leading "/" (e.g. ["/web"]); legacy links add more."""

    Image: str
    """The image as it was given at creation, e.g. "nginx:1.27", or an image ID."""

    ImageID: str
    """The ID ("sha256:...") of the image this container was made from."""

    ImageManifestDescriptor: OCIDescriptor | None
    """Descriptor of the image manifest for the container's platform; only with the containerd image store. API >= 1.48."""

    Command: str
    """The command the container runs, entrypoint and arguments joined into one string."""

    Created: int
    """When the container was created, in Unix seconds."""

    Ports: list[PortSummary]
    """The container's exposed and published ports, one entry per port and host address."""

    SizeRw: int | None
    """Bytes written or changed in the container's own layer; only when listed with size=True."""

    SizeRootFs: int | None
    """Bytes of the whole filesystem, image layers included; only when listed with size=True."""

    Labels: dict[str, str]
    """The container's labels, name to value."""

    State: Literal["created", "running", "paused", "restarting", "exited", "removing", "dead"] | str
    """The state in one word, e.g. "created", "running", "paused", "restarting", "exited" or "dead"."""

    Status: str
    """The state as `docker ps` words it, e.g. "Up 3 minutes" or "Exited (0) 2 hours ago"."""

    HostConfig: ContainerSummaryHostConfig
    """A few of the container's host settings (network mode, annotations)."""

    NetworkSettings: ContainerSummaryNetworkSettings
    """The networks the container is connected to."""

    Mounts: list[MountPoint]
    """The volumes and bind mounts of the container."""

    Health: ContainerSummaryHealth
    """The health-check status in brief; "none" for a container without a check. API >= 1.52."""


class ContainerSummaryHealth(TypedDict, total=False):
    """A container's health-check status as containers() reports it.

    Fields not in every API version: `Status`: API >= 1.52.; `FailingStreak`: API >= 1.52."""

    Status: Literal["none", "starting", "healthy", "unhealthy"] | str
    """"none" (no check), "starting", "healthy" or "unhealthy". API >= 1.52."""

    FailingStreak: int
    """How many checks in a row have failed. API >= 1.52."""


class ContainerSummaryHostConfig(TypedDict, total=False):
    """The part of a container's host settings that containers() reports.

    Fields not in every API version: `Annotations`: API >= 1.46."""

    NetworkMode: str
    """The network mode, e.g. "bridge", "host", "none", "container:<id>" or a network name."""

    Annotations: dict[str, str] | None
    """Key/value annotations handed to the OCI runtime. API >= 1.46."""


class ContainerSummaryNetworkSettings(TypedDict, total=False):
    """The networks of a container as containers() reports them."""

    Networks: dict[str, EndpointSettings]
    """The container's endpoint in each network it has joined, by network name."""


class ContainerThrottlingData(TypedDict, total=False):
    """CPU throttling counters of a container (Linux only).

    Fields not in every API version: `periods`: API >= 1.48.; `throttled_periods`: API >= 1.48.; `throttled_time`: API >= 1.48."""

    periods: int
    """The number of scheduling periods in which the quota applied. API >= 1.48."""

    throttled_periods: int
    """The number of periods in which the container used up its quota and was held back. API >= 1.48."""

    throttled_time: int
    """Total time the container was held back, in nanoseconds. API >= 1.48."""


class ContainerTopResponse(TypedDict, total=False):
    """The process table of a container, as `ps` printed it."""

    Titles: list[str]
    """The column headings, e.g. ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"]."""

    Processes: list[list[str]]
    """One row per process, its values ordered like Titles."""


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
    """What update_container answers."""

    Warnings: list[str]
    """Notes from the daemon about settings it could not apply as asked; often empty."""


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
    """A driver named with its options, e.g. a secret store or a templating driver.

    Fields not in every API version: `Name`: API >= 1.31.; `Options`: API >= 1.31."""

    Name: str
    """The driver's name, e.g. "golang" for templating. API >= 1.31."""

    Options: dict[str, str]
    """Options for the driver, as strings. API >= 1.31."""


class DriverData(TypedDict, total=False):
    """A storage driver and the driver-specific details of one container or image filesystem."""

    Name: str
    """The storage driver, e.g. "overlay2"."""

    Data: dict[str, str]
    """Details that depend on the driver, e.g. LowerDir, UpperDir, MergedDir and WorkDir for overlay2; informational only."""


class EndpointIPAMConfig(TypedDict, total=False):
    """Fixed addresses asked for on a network, which must fall within one of the network's subnets."""

    IPv4Address: str
    """The IPv4 address to use, e.g. "172.28.0.10"."""

    IPv6Address: str
    """The IPv6 address to use."""

    LinkLocalIPs: list[str]
    """Additional link-local IPv4 or IPv6 addresses."""


class EndpointPortConfig(TypedDict, total=False):
    """One published port of a service.

    Fields not in every API version: `PublishMode`: API >= 1.34."""

    Name: str
    """An optional name for the port."""

    Protocol: Literal["tcp", "udp", "sctp"] | str
    """The protocol, "tcp", "udp" or "sctp"."""

    TargetPort: int
    """The port inside the task's container."""

    PublishedPort: int
    """The port on the nodes; the swarm picks one (from 30000 up) when it is 0 or missing."""

    PublishMode: Literal["ingress", "host"] | str
    """Where the port is opened, "ingress" (on every node, through the routing mesh) or "host" (only on the node running the task). API >= 1.34."""


class EndpointResource(TypedDict, total=False):
    """One container's connection to a network, as inspect_network lists it."""

    Name: str
    """The container's name."""

    EndpointID: str
    """The ID of the container's endpoint on this network."""

    MacAddress: str
    """The MAC address of the container's interface on this network."""

    IPv4Address: str
    """The container's IPv4 address with prefix length, e.g. "172.18.0.2/16"."""

    IPv6Address: str
    """The container's IPv6 address with prefix length, or empty."""


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
    """How a service is reached on its networks and from outside."""

    Mode: Literal["vip", "dnsrr"] | str
    """How clients find the tasks, "vip" (one virtual IP, load-balanced) or "dnsrr" (DNS round robin over the task addresses)."""

    Ports: list[EndpointPortConfig]
    """The ports to publish, each mapping a port of the tasks to a port on the swarm's nodes."""


class EngineDescription(TypedDict, total=False):
    """The Docker engine on a node."""

    EngineVersion: str
    """The engine's version, e.g. "28.5.2"."""

    Labels: dict[str, str]
    """The engine's labels (from the daemon configuration), usable in constraints as engine.labels.KEY."""

    Plugins: list[EngineDescriptionPlugins]
    """The plugins the engine offers, by type and name."""


class EngineDescriptionPlugins(TypedDict, total=False):
    """One plugin an engine offers."""

    Type: str
    """The kind of plugin, e.g. "Volume", "Network", "Log" or "Authorization"."""

    Name: str
    """The plugin's name, e.g. "local", "overlay" or "json-file"."""


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
    """The state of an exec instance, as exec_inspect reports it.

    Fields not in every API version: `CanRemove`: API >= 1.36.; `DetachKeys`: API >= 1.36.; `Pid`: API >= 1.25."""

    CanRemove: bool
    """Whether the daemon may discard the instance's record (its command has ended). API >= 1.36."""

    DetachKeys: str
    """The key sequence set to detach from the instance; empty when none was given. API >= 1.36."""

    ID: str
    """The exec instance's ID."""

    Running: bool
    """Whether the command is still running."""

    ExitCode: int
    """The command's exit code once it has ended; None while it runs or before it starts."""

    ProcessConfig: ProcessConfig
    """The command line, user and TTY the instance runs with."""

    OpenStdin: bool
    """Whether the instance's stdin is connected."""

    OpenStderr: bool
    """Whether the instance's stderr is captured."""

    OpenStdout: bool
    """Whether the instance's stdout is captured."""

    ContainerID: str
    """The ID of the container the command runs in."""

    Pid: int
    """The host PID of the command's process; 0 before it starts. API >= 1.25."""


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
    """One path of a container's filesystem that differs from its image."""

    Path: str
    """The absolute path inside the container, e.g. "/tmp/out.log"."""

    Kind: ChangeType
    """The kind of change: 0 modified, 1 added, 2 deleted."""


class FirewallInfo(TypedDict, total=False):
    """The firewall the daemon configures (Linux only).

    Fields not in every API version: `Driver`: API >= 1.49.; `Info`: API >= 1.49."""

    Driver: str
    """The firewall backend, e.g. "iptables" or "nftables". API >= 1.49."""

    Info: list[list[str]]
    """Details of the backend, as [label, value] pairs whose format may change. API >= 1.49."""


class GenericResourcesInline(TypedDict, total=False):
    """One user-defined resource, either a named one or a counted one.

    Fields not in every API version: `NamedResourceSpec`: API >= 1.32.; `DiscreteResourceSpec`: API >= 1.32."""

    NamedResourceSpec: GenericResourcesInlineNamedResourceSpec
    """A resource identified by name, e.g. one particular GPU. API >= 1.32."""

    DiscreteResourceSpec: GenericResourcesInlineDiscreteResourceSpec
    """A resource given as a quantity, e.g. 3 SSDs. API >= 1.32."""


class GenericResourcesInlineDiscreteResourceSpec(TypedDict, total=False):
    """A counted generic resource.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    Kind: str
    """The kind of resource, e.g. "SSD". API >= 1.32."""

    Value: int
    """How many units. API >= 1.32."""


class GenericResourcesInlineNamedResourceSpec(TypedDict, total=False):
    """A named generic resource.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    Kind: str
    """The kind of resource, e.g. "GPU". API >= 1.32."""

    Value: str
    """The resource's identifier, e.g. "GPU-fef8089b". API >= 1.32."""


class Health(TypedDict, total=False):
    """The result of a container's health checks so far.

    Fields not in every API version: `Status`: API >= 1.39.; `FailingStreak`: API >= 1.39.; `Log`: API >= 1.39."""

    Status: Literal["none", "starting", "healthy", "unhealthy"] | str
    """"none" (no check), "starting" (in the grace period), "healthy" or "unhealthy". API >= 1.39."""

    FailingStreak: int
    """How many checks in a row have failed. API >= 1.39."""

    Log: list[HealthcheckResult]
    """The most recent check results, oldest first (the daemon keeps a handful). API >= 1.39."""


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
    """One run of a container's health check.

    Fields not in every API version: `Start`: API >= 1.39.; `End`: API >= 1.39.; `ExitCode`: API >= 1.39.; `Output`: API >= 1.39."""

    Start: str
    """When the check began, RFC 3339 with nanoseconds. API >= 1.39."""

    End: str
    """When the check ended, RFC 3339 with nanoseconds. API >= 1.39."""

    ExitCode: int
    """0 healthy, 1 unhealthy, 2 reserved (counts as unhealthy); another value means the check could not run. API >= 1.39."""

    Output: str
    """What the check printed, possibly cut short. API >= 1.39."""


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
    """An answer that carries only the ID of what was created, such as a new exec instance."""

    Id: str
    """The ID of the new object."""


class IPAM(TypedDict, total=False):
    """The IP address management of a network, the driver plus its address pools."""

    Driver: str
    """The IPAM driver, "default" unless a plugin is used."""

    Config: list[IPAMConfig]
    """The address pools, each with a subnet and optionally a range, a gateway and reserved addresses."""

    Options: dict[str, str]
    """Options for the IPAM driver, as strings."""


class IPAMConfig(TypedDict, total=False):
    """One address pool of a network.

    Fields not in every API version: `Subnet`: API >= 1.41.; `IPRange`: API >= 1.41.; `Gateway`: API >= 1.41.; `AuxiliaryAddresses`: API >= 1.41."""

    Subnet: str
    """The subnet in CIDR notation, e.g. "172.28.0.0/16". API >= 1.41."""

    IPRange: str
    """The part of the subnet from which container addresses are taken, in CIDR notation, e.g. "172.28.5.0/24". API >= 1.41."""

    Gateway: str
    """The gateway address for the subnet, e.g. "172.28.0.1". API >= 1.41."""

    AuxiliaryAddresses: dict[str, str]
    """Addresses the driver must not hand out, keyed by a host name, e.g. {"router": "172.28.1.5"}. API >= 1.41."""


class IPAMStatus(TypedDict, total=False):
    """Address usage of a network, per subnet.

    Fields not in every API version: `Subnets`: API >= 1.52."""

    Subnets: dict[str, SubnetStatus]
    """Usage figures keyed by subnet in CIDR notation, e.g. "172.18.0.0/16". API >= 1.52."""


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
    """The secrets a node presents to join the swarm; the token chosen decides its role."""

    Worker: str
    """The token that makes a joining node a worker."""

    Manager: str
    """The token that makes a joining node a manager."""


class Limit(TypedDict, total=False):
    """The most a task's container may use.

    Fields not in every API version: `Pids`: API >= 1.41.; `GenericResources`: API >= 1.32. Not in API >= 1.41."""

    NanoCPUs: int
    """The CPU cap, in billionths of a CPU (1_500_000_000 is one and a half CPUs)."""

    MemoryBytes: int
    """The memory cap, in bytes."""

    Pids: int
    """The most processes the container may run; 0 means no limit. API >= 1.41."""

    GenericResources: GenericResources
    """User-defined resources (named or counted), listed here by API descriptions before 1.41. API >= 1.32. Not in API >= 1.41."""


class ManagerStatus(TypedDict, total=False):
    """A manager's place in the raft group.

    Fields not in every API version: `Leader`: API >= 1.32.; `Reachability`: API >= 1.32.; `Addr`: API >= 1.32."""

    Leader: bool
    """True on the manager that currently leads. API >= 1.32."""

    Reachability: Reachability
    """Whether the other managers can reach this one, "reachable", "unreachable" or "unknown". API >= 1.32."""

    Addr: str
    """The "address:port" where this manager listens for other managers, e.g. "10.0.0.5:2377". API >= 1.32."""


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
    """One mount of a container, as inspect_container and containers() report it."""

    Type: MountType
    """The kind of mount, e.g. "bind", "volume", "tmpfs", "npipe", "image" or "cluster"."""

    Name: str
    """The volume's name for a volume mount; empty otherwise."""

    Source: str
    """The host side, a bind source or a volume's data directory; empty for tmpfs."""

    Destination: str
    """The path inside the container."""

    Driver: str
    """The volume driver, e.g. "local"; empty for other mounts."""

    Mode: str
    """The options given for the mount, comma separated, e.g. "z" or "ro"."""

    RW: bool
    """Whether the mount is writable."""

    Propagation: str
    """The bind propagation mode, e.g. "rprivate" or "rshared"; empty for volumes and on Windows."""


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
    """A network as the daemon describes it, with its driver, addressing and options.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Containers`: Not in API >= 1.52."""

    Name: str
    """The network's name, e.g. "bridge" or "app-net"."""

    Id: str
    """The network's ID, unique on this host (and in the swarm for a swarm-scoped network)."""

    Created: str
    """When the network was created."""

    Scope: str
    """Where the network exists, "local" (this host), "swarm" (the whole swarm) or "global"."""

    Driver: str
    """The network driver, e.g. "bridge", "host", "overlay", "macvlan" or a plugin's name."""

    EnableIPv4: bool
    """Whether containers get IPv4 addresses on this network. API >= 1.47."""

    EnableIPv6: bool
    """Whether containers also get IPv6 addresses on this network."""

    IPAM: IPAM
    """How addresses are handed out on this network (driver, subnets, gateways)."""

    Internal: bool
    """True when the network has no route to the outside, only between its containers."""

    Attachable: bool
    """True when plain containers, not only service tasks, may join this swarm network. API >= 1.27."""

    Ingress: bool
    """True for the swarm's routing-mesh network that carries published service ports. API >= 1.29."""

    ConfigFrom: ConfigReference
    """The config-only network this one takes its configuration from, if any. API >= 1.41."""

    ConfigOnly: bool
    """True for a placeholder network that only holds configuration for others; nothing can join it. API >= 1.41."""

    Options: dict[str, str]
    """The driver options the network was created with, as strings."""

    Labels: dict[str, str]
    """User metadata, as label to value."""

    Peers: list[PeerInfo]
    """The swarm nodes that share this overlay network (overlay networks only). API >= 1.41."""

    Containers: dict[str, EndpointResource]
    """The containers attached to the network, keyed by container ID (filled in by inspect_network, not by lists). Not in API >= 1.52."""


class NetworkAttachment(TypedDict, total=False):
    """A network a swarm task or node is attached to, with the addresses it holds there."""

    Network: Network
    """The network, as a full network description."""

    Addresses: list[str]
    """The addresses on that network, in CIDR notation, e.g. ["10.0.1.5/24"]."""


class NetworkAttachmentConfig(TypedDict, total=False):
    """A network a service's tasks join.

    Fields not in every API version: `DriverOpts`: API >= 1.39."""

    Target: str
    """The network's name or ID."""

    Aliases: list[str]
    """Additional DNS names under which the service's tasks can be reached on this network."""

    DriverOpts: dict[str, str]
    """Options for the network driver for this attachment, as strings. API >= 1.39."""


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
    """What create_network returns."""

    Id: str
    """The new network's ID."""

    Warning: str
    """A note from the daemon about the creation, or empty."""


class NetworkDisconnectRequest(TypedDict, total=False):
    """The body of disconnect_container_from_network."""

    Container: str
    """The container to disconnect, by ID or name."""

    Force: bool
    """Whether to force the disconnection, e.g. to clear a stale endpoint."""


class NetworkInspect(TypedDict, total=False):
    """The full description of one network, as inspect_network returns it.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Services`: API >= 1.52.; `Status`: API >= 1.52."""

    Name: str
    """The network's name, e.g. "bridge" or "app-net"."""

    Id: str
    """The network's ID, unique on this host (and in the swarm for a swarm-scoped network)."""

    Created: str
    """When the network was created."""

    Scope: str
    """Where the network exists, "local" (this host), "swarm" (the whole swarm) or "global"."""

    Driver: str
    """The network driver, e.g. "bridge", "host", "overlay", "macvlan" or a plugin's name."""

    EnableIPv4: bool
    """Whether containers get IPv4 addresses on this network. API >= 1.47."""

    EnableIPv6: bool
    """Whether containers also get IPv6 addresses on this network."""

    IPAM: IPAM
    """How addresses are handed out on this network (driver, subnets, gateways)."""

    Internal: bool
    """True when the network has no route to the outside, only between its containers."""

    Attachable: bool
    """True when plain containers, not only service tasks, may join this swarm network. API >= 1.27."""

    Ingress: bool
    """True for the swarm's routing-mesh network that carries published service ports. API >= 1.29."""

    ConfigFrom: ConfigReference
    """The config-only network this one takes its configuration from, if any. API >= 1.41."""

    ConfigOnly: bool
    """True for a placeholder network that only holds configuration for others; nothing can join it. API >= 1.41."""

    Options: dict[str, str]
    """The driver options the network was created with, as strings."""

    Labels: dict[str, str]
    """User metadata, as label to value."""

    Peers: list[PeerInfo]
    """The swarm nodes that share this overlay network (overlay networks only). API >= 1.41."""

    Containers: dict[str, EndpointResource]
    """The endpoints of the containers attached to the network, keyed by container ID."""

    Services: dict[str, Any]
    """For a swarm-scoped network inspected with verbose=True, the services using it and their tasks. API >= 1.52."""

    Status: NetworkStatus
    """Live figures about the network, such as how many addresses are in use. API >= 1.52."""


class NetworkPruneResponse(TypedDict, total=False):
    """What prune_networks returns.

    Fields not in every API version: `NetworksDeleted`: API >= 1.26.; `VolumesDeleted`: API >= 1.25. Not in API >= 1.26."""

    NetworksDeleted: list[str]
    """The names of the networks that were removed. API >= 1.26."""

    VolumesDeleted: list[str]
    """A name the 1.25 API description gave this list by mistake (it held the deleted networks); daemons send NetworksDeleted. API >= 1.25. Not in API >= 1.26."""


class NetworkSettings(TypedDict, total=False):
    """A container's network namespace, published ports and networks, as inspect_container reports them.

    Fields not in every API version: `Address`: API >= 1.25. Not in API >= 1.32.; `Bridge`: Not in API >= 1.52.; `EndpointID`: Not in API >= 1.52.; `Gateway`: Not in API >= 1.52.; `GlobalIPv6Address`: Not in API >= 1.52.; `GlobalIPv6PrefixLen`: Not in API >= 1.52.; `HairpinMode`: Not in API >= 1.52.; `IPAddress`: Not in API >= 1.52.; `IPPrefixLen`: Not in API >= 1.52.; `IPv6Gateway`: Not in API >= 1.52.; `LinkLocalIPv6Address`: Not in API >= 1.52.; `LinkLocalIPv6PrefixLen`: Not in API >= 1.52.; `MacAddress`: Not in API >= 1.52.; `PortMapping`: API >= 1.25. Not in API >= 1.32.; `SecondaryIPAddresses`: Not in API >= 1.52.; `SecondaryIPv6Addresses`: Not in API >= 1.52."""

    SandboxID: str
    """The ID of the container's network sandbox (its network namespace)."""

    SandboxKey: str
    """The host path of the network namespace, e.g. "/var/run/docker/netns/1a2b3c4d5e6f"."""

    Ports: PortMap
    """Published ports: keys such as "80/tcp", each with a list of {"HostIp", "HostPort"} bindings, or None if exposed only."""

    Networks: dict[str, EndpointSettings]
    """The container's endpoint in each network it has joined, by network name."""

    Address: str
    """A legacy address field of API versions before 1.32; not filled by current daemons. API >= 1.25. Not in API >= 1.32."""

    Bridge: str
    """The bridge interface given to the daemon with --bridge; usually empty. Not in API >= 1.52."""

    EndpointID: str
    """The endpoint ID on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    Gateway: str
    """The gateway on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    GlobalIPv6Address: str
    """The global IPv6 address on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    GlobalIPv6PrefixLen: int
    """The prefix length of that IPv6 address. Not in API >= 1.52."""

    HairpinMode: bool
    """Whether hairpin NAT is on for the interface; never set by recent daemons. Not in API >= 1.52."""

    IPAddress: str
    """The IPv4 address on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    IPPrefixLen: int
    """The prefix length of that IPv4 address, e.g. 16. Not in API >= 1.52."""

    IPv6Gateway: str
    """The IPv6 gateway on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    LinkLocalIPv6Address: str
    """A link-local IPv6 address; never set by recent daemons. Not in API >= 1.52."""

    LinkLocalIPv6PrefixLen: int
    """The prefix length of that link-local address; never set by recent daemons. Not in API >= 1.52."""

    MacAddress: str
    """The MAC address on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    PortMapping: str
    """A legacy field of API versions before 1.32; not filled by current daemons. API >= 1.25. Not in API >= 1.32."""

    SecondaryIPAddresses: list[Address] | None
    """Extra IPv4 addresses; never set by recent daemons. Not in API >= 1.52."""

    SecondaryIPv6Addresses: list[Address] | None
    """Extra IPv6 addresses; never set by recent daemons. Not in API >= 1.52."""


class NetworkStatus(TypedDict, total=False):
    """Live figures about a network, as inspect_network reports them.

    Fields not in every API version: `IPAM`: API >= 1.52."""

    IPAM: IPAMStatus
    """Address usage per subnet. API >= 1.52."""


class NetworkSummary(TypedDict, total=False):
    """One entry of the network list (networks), without the attached containers.

    Fields not in every API version: `Name`: API >= 1.52.; `Id`: API >= 1.52.; `Created`: API >= 1.52.; `Scope`: API >= 1.52.; `Driver`: API >= 1.52.; `EnableIPv4`: API >= 1.52.; `EnableIPv6`: API >= 1.52.; `IPAM`: API >= 1.52.; `Internal`: API >= 1.52.; `Attachable`: API >= 1.52.; `Ingress`: API >= 1.52.; `ConfigFrom`: API >= 1.52.; `ConfigOnly`: API >= 1.52.; `Options`: API >= 1.52.; `Labels`: API >= 1.52.; `Peers`: API >= 1.52."""

    Name: str
    """The network's name, e.g. "bridge" or "app-net". API >= 1.52."""

    Id: str
    """The network's ID, unique on this host (and in the swarm for a swarm-scoped network). API >= 1.52."""

    Created: str
    """When the network was created. API >= 1.52."""

    Scope: str
    """Where the network exists, "local" (this host), "swarm" (the whole swarm) or "global". API >= 1.52."""

    Driver: str
    """The network driver, e.g. "bridge", "host", "overlay", "macvlan" or a plugin's name. API >= 1.52."""

    EnableIPv4: bool
    """Whether containers get IPv4 addresses on this network. API >= 1.52."""

    EnableIPv6: bool
    """Whether containers also get IPv6 addresses on this network. API >= 1.52."""

    IPAM: IPAM
    """How addresses are handed out on this network (driver, subnets, gateways). API >= 1.52."""

    Internal: bool
    """True when the network has no route to the outside, only between its containers. API >= 1.52."""

    Attachable: bool
    """True when plain containers, not only service tasks, may join this swarm network. API >= 1.52."""

    Ingress: bool
    """True for the swarm's routing-mesh network that carries published service ports. API >= 1.52."""

    ConfigFrom: ConfigReference
    """The config-only network this one takes its configuration from, if any. API >= 1.52."""

    ConfigOnly: bool
    """True for a placeholder network that only holds configuration for others; nothing can join it. API >= 1.52."""

    Options: dict[str, str]
    """The driver options the network was created with, as strings. API >= 1.52."""

    Labels: dict[str, str]
    """User metadata, as label to value. API >= 1.52."""

    Peers: list[PeerInfo]
    """The swarm nodes that share this overlay network (overlay networks only). API >= 1.52."""


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
    """A machine in the swarm, as the managers know it.

    Fields not in every API version: `Status`: API >= 1.32.; `ManagerStatus`: API >= 1.32."""

    ID: str
    """The node's ID."""

    Version: ObjectVersion
    """The node's version, to pass to update_node."""

    CreatedAt: str
    """When the node joined the swarm."""

    UpdatedAt: str
    """When the node's record last changed."""

    Spec: NodeSpec
    """The settings an operator controls (name, labels, role, availability)."""

    Description: NodeDescription
    """What the node reports about itself (host name, platform, resources, engine)."""

    Status: NodeStatus
    """Whether the node is up, and its address. API >= 1.32."""

    ManagerStatus: ManagerStatus
    """The node's place in the manager group; present only for managers. API >= 1.32."""


class NodeDescription(TypedDict, total=False):
    """What a node reports about itself.

    Fields not in every API version: `TLSInfo`: API >= 1.30."""

    Hostname: str
    """The node's host name."""

    Platform: Platform
    """The node's operating system and CPU architecture."""

    Resources: ResourceObject
    """The CPUs, memory and generic resources the node offers."""

    Engine: EngineDescription
    """The Docker engine running on the node."""

    TLSInfo: TLSInfo
    """The CA and certificate issuer the node trusts. API >= 1.30."""


class NodeSpec(TypedDict, total=False):
    """The settings of a node that update_node changes."""

    Name: str
    """A name for the node, set by the operator."""

    Labels: dict[str, str]
    """Node labels, usable in placement constraints as node.labels.KEY."""

    Role: Literal["worker", "manager"] | str
    """The node's role, "worker" or "manager" (promote or demote by changing it)."""

    Availability: Literal["active", "pause", "drain"] | str
    """Whether the node takes tasks, "active", "pause" (keeps its tasks, takes no new ones) or "drain" (moves its tasks away)."""


class NodeStatus(TypedDict, total=False):
    """The health of a node as the managers see it.

    Fields not in every API version: `State`: API >= 1.32.; `Message`: API >= 1.32.; `Addr`: API >= 1.25."""

    State: NodeState
    """The node's state, "unknown", "down", "ready" or "disconnected". API >= 1.32."""

    Message: str
    """A note explaining the state, or empty. API >= 1.32."""

    Addr: str
    """The node's IP address as the managers see it. API >= 1.25."""


class OCIDescriptor(TypedDict, total=False):
    """An OCI content descriptor naming one blob (a manifest, config or layer) by digest.

    Fields not in every API version: `mediaType`: API >= 1.40.; `digest`: API >= 1.40.; `size`: API >= 1.40.; `urls`: API >= 1.48.; `annotations`: API >= 1.48.; `data`: API >= 1.48.; `platform`: API >= 1.48.; `artifactType`: API >= 1.48."""

    mediaType: str
    """The blob's media type, e.g. "application/vnd.oci.image.manifest.v1+json". API >= 1.40."""

    digest: str
    """The blob's digest, e.g. "sha256:..."; it identifies the content. API >= 1.40."""

    size: int
    """The blob's size in bytes. API >= 1.40."""

    urls: list[str] | None
    """Other places the blob can be downloaded from. API >= 1.48."""

    annotations: dict[str, str] | None
    """Free key/value metadata about the blob. API >= 1.48."""

    data: str | None
    """The blob itself, base64-encoded, when it is small enough to embed. API >= 1.48."""

    platform: OCIPlatform
    """The platform the blob is for, when it is a platform-specific manifest. API >= 1.48."""

    artifactType: str | None
    """The IANA media type of the artifact, for manifests that are not images. API >= 1.48."""


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
"""The platform an image or manifest is built for, in OCI terms.

    Fields not in every API version: `architecture`: API >= 1.40.; `os`: API >= 1.40.; `os.version`: API >= 1.40.; `os.features`: API >= 1.40.; `variant`: API >= 1.40.; `Features`: API >= 1.30. Not in API >= 1.40.; `OSFeatures`: API >= 1.30. Not in API >= 1.40.; `OSVersion`: API >= 1.30. Not in API >= 1.40."""


class ObjectVersion(TypedDict, total=False):
    """The version of a swarm object, bumped on every change."""

    Index: int
    """The version number; an update must name the current one, so that concurrent changes are detected."""


class PeerInfo(TypedDict, total=False):
    """One swarm node that takes part in an overlay network.

    Fields not in every API version: `Name`: API >= 1.41.; `IP`: API >= 1.41."""

    Name: str
    """The peer node's ID in the swarm. API >= 1.41."""

    IP: str
    """The peer node's IP address. API >= 1.41."""


class PeerNode(TypedDict, total=False):
    """A swarm manager as another node knows it.

    Fields not in every API version: `NodeID`: API >= 1.32.; `Addr`: API >= 1.32."""

    NodeID: str
    """The manager's node ID. API >= 1.32."""

    Addr: str
    """The manager's address, "host:port". API >= 1.32."""


class Platform(TypedDict, total=False):
    """An operating system and CPU architecture."""

    Architecture: str
    """The CPU architecture, e.g. "x86_64", "amd64" or "arm64"."""

    OS: str
    """The operating system, e.g. "linux" or "windows"."""


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
    """One privilege a plugin asks for, e.g. network access or a mount."""

    Name: str
    """The privilege's name, e.g. "network" or "mount"."""

    Description: str
    """What the privilege is for."""

    Value: list[str]
    """The values requested, e.g. ["host"] or ["/var/lib/data"]."""


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
    """Ports a task publishes on its own node.

    Fields not in every API version: `Ports`: API >= 1.44."""

    Ports: list[EndpointPortConfig]
    """The published ports, with the port numbers in use. API >= 1.44."""


class PortSummary(TypedDict, total=False):
    """One container port in a containers() listing, with its host binding if published.

    Fields not in every API version: `IP`: API >= 1.25."""

    IP: str
    """The host address the port is published on, e.g. "0.0.0.0" or "::"; absent when not published. API >= 1.25."""

    PrivatePort: int
    """The port number inside the container."""

    PublicPort: int
    """The port number on the host; absent when not published."""

    Type: Literal["tcp", "udp", "sctp"] | str
    """The protocol, "tcp", "udp" or "sctp"."""


class ProcessConfig(TypedDict, total=False):
    """The process an exec instance runs."""

    privileged: bool
    """Whether it runs with extended privileges."""

    user: str
    """The user it runs as; empty means the container's user."""

    tty: bool
    """Whether it has a pseudo-terminal."""

    entrypoint: str
    """The program, the first word of the command."""

    arguments: list[str]
    """The arguments after the program."""


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
    """Amounts of CPU, memory and generic resources, offered by a node or reserved for a task.

    Fields not in every API version: `GenericResources`: API >= 1.32."""

    NanoCPUs: int
    """CPU, in billionths of a CPU (1_000_000_000 is one CPU)."""

    MemoryBytes: int
    """Memory, in bytes."""

    GenericResources: GenericResources
    """User-defined resources such as GPUs, named or counted. API >= 1.32."""


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
    """The storage of a container's root filesystem.

    Fields not in every API version: `Snapshot`: API >= 1.52."""

    Snapshot: RootFSStorageSnapshot | None
    """The containerd snapshot that holds it. API >= 1.52."""


class RootFSStorageSnapshot(TypedDict, total=False):
    """The containerd snapshot holding a container's root filesystem.

    Fields not in every API version: `Name`: API >= 1.52."""

    Name: str
    """The snapshotter, e.g. "overlayfs". API >= 1.52."""


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
    """A swarm secret's metadata; the secret's data is never returned."""

    ID: str
    """The secret's ID."""

    Version: ObjectVersion
    """The secret's version, to pass to update_secret."""

    CreatedAt: str
    """When the secret was created."""

    UpdatedAt: str
    """When the secret's labels last changed."""

    Spec: SecretSpec
    """The secret's name, labels and drivers (without the data)."""


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
    """The settings of a secret, given to create_secret and update_secret.

    Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37.; `EndpointSpec`: Not in API >= 1.30.; `Mode`: Not in API >= 1.30.; `Networks`: Not in API >= 1.30.; `RollbackConfig`: API >= 1.28. Not in API >= 1.30.; `TaskTemplate`: Not in API >= 1.30.; `UpdateConfig`: Not in API >= 1.30."""

    Name: str
    """The secret's name, unique in the swarm."""

    Labels: dict[str, str]
    """User metadata, as label to value; the only part that update_secret may change."""

    Data: str
    """The secret's content, base64-encoded; sent on creation, never returned."""

    Driver: Driver
    """A secret store plugin that provides the value instead of the swarm. API >= 1.31."""

    Templating: Driver
    """A templating driver (e.g. "golang") that expands the data for each task. API >= 1.37."""

    EndpointSpec: EndpointSpec
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""

    Mode: Any
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""

    Networks: list[Any]
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""

    RollbackConfig: Any
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. API >= 1.28. Not in API >= 1.30."""

    TaskTemplate: TaskSpec
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""

    UpdateConfig: Any
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""


class Service(TypedDict, total=False):
    """A swarm service, as services and inspect_service describe it.

    Fields not in every API version: `UpdateStatus`: API >= 1.25.; `ServiceStatus`: API >= 1.41.; `JobStatus`: API >= 1.41."""

    ID: str
    """The service's ID."""

    Version: ObjectVersion
    """The service's version, to pass to update_service."""

    CreatedAt: str
    """When the service was created."""

    UpdatedAt: str
    """When the service was last changed."""

    Spec: ServiceSpec
    """The service's settings (task template, mode, update and rollback policy, endpoint)."""

    Endpoint: ServiceEndpoint
    """How the service is reached, as set up by the swarm (ports and virtual IPs)."""

    UpdateStatus: ServiceUpdateStatus
    """How the latest rolling update or rollback is going; absent if there was none. API >= 1.25."""

    ServiceStatus: ServiceServiceStatus
    """Counts of the service's tasks; only present when services is called with status=True. API >= 1.41."""

    JobStatus: ServiceJobStatus
    """For a job-mode service, which run of the job this is and when it last started. API >= 1.41."""


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
    """What create_service returns.

    Fields not in every API version: `Warnings`: API >= 1.25.; `Warning`: Not in API >= 1.44."""

    ID: str
    """The new service's ID."""

    Warnings: list[str] | None
    """Notes from the daemon, e.g. that the image could not be checked against the registry. API >= 1.25."""

    Warning: str
    """A single note, the form older daemons use. Not in API >= 1.44."""


class ServiceEndpoint(TypedDict, total=False):
    """How a service is reached, as the swarm has set it up."""

    Spec: EndpointSpec
    """The endpoint settings in force."""

    Ports: list[EndpointPortConfig]
    """The published ports, with the port numbers the swarm assigned."""

    VirtualIPs: list[ServiceEndpointVirtualIPs]
    """The service's virtual IP on each of its networks."""


class ServiceEndpointVirtualIPs(TypedDict, total=False):
    """A service's virtual IP on one network."""

    NetworkID: str
    """The network's ID."""

    Addr: str
    """The virtual IP with prefix length, e.g. "10.0.0.2/24"."""


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
    """The run state of a job-mode service.

    Fields not in every API version: `JobIteration`: API >= 1.41.; `LastExecution`: API >= 1.41."""

    JobIteration: ObjectVersion
    """Which run of the job this is; it goes up each time the job is started again by an update. API >= 1.41."""

    LastExecution: str
    """When the latest run of the job started. API >= 1.41."""


class ServiceServiceStatus(TypedDict, total=False):
    """Task counts of a service, given when services is called with status=True.

    Fields not in every API version: `RunningTasks`: API >= 1.41.; `DesiredTasks`: API >= 1.41.; `CompletedTasks`: API >= 1.41."""

    RunningTasks: int
    """How many tasks are running now. API >= 1.41."""

    DesiredTasks: int
    """How many tasks should be running; for a global service, one per eligible node. API >= 1.41."""

    CompletedTasks: int
    """For a job, how many tasks have finished successfully. API >= 1.41."""


class ServiceSpec(TypedDict, total=False):
    """The settings of a service.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    Name: str
    """The service's name."""

    Labels: dict[str, str]
    """User metadata, as label to value."""

    TaskTemplate: TaskSpec
    """What each task runs (container, resources, placement, restart policy)."""

    Mode: ServiceSpecMode
    """How tasks are scheduled, replicated, global or as a job."""

    UpdateConfig: ServiceSpecUpdateConfig
    """How a change rolls out across the tasks."""

    RollbackConfig: ServiceSpecRollbackConfig
    """How a rollback rolls out across the tasks. API >= 1.28."""

    Networks: list[NetworkAttachmentConfig]
    """Networks for the service; an old place for them, TaskTemplate.Networks is the current one."""

    EndpointSpec: EndpointSpec
    """How the service is reached (VIP or DNS round robin, published ports)."""


class ServiceSpecMode(TypedDict, total=False):
    """How a service's tasks are scheduled; exactly one key is set.

    Fields not in every API version: `Global`: API >= 1.25.; `ReplicatedJob`: API >= 1.41.; `GlobalJob`: API >= 1.41."""

    Replicated: ServiceSpecModeReplicated
    """Run a fixed number of tasks, spread over the nodes."""

    Global: dict[str, Any]
    """Run one task on every node that fits the constraints; the value is an empty dict. API >= 1.25."""

    ReplicatedJob: ServiceSpecModeReplicatedJob
    """Run tasks to completion, a given number in all, a few at a time. API >= 1.41."""

    GlobalJob: dict[str, Any]
    """Run one task to completion on every node that fits; the value is an empty dict. API >= 1.41."""


class ServiceSpecModeReplicated(TypedDict, total=False):
    """Settings of a replicated service."""

    Replicas: int
    """How many tasks to keep running."""


class ServiceSpecModeReplicatedJob(TypedDict, total=False):
    """Settings of a replicated job.

    Fields not in every API version: `MaxConcurrent`: API >= 1.41.; `TotalCompletions`: API >= 1.41."""

    MaxConcurrent: int
    """How many tasks may run at the same time. API >= 1.41."""

    TotalCompletions: int
    """How many tasks must finish successfully for the job to be done. API >= 1.41."""


class ServiceSpecRollbackConfig(TypedDict, total=False):
    """How a rollback of a service is rolled out.

    Fields not in every API version: `Parallelism`: API >= 1.28.; `Delay`: API >= 1.28.; `FailureAction`: API >= 1.28.; `Monitor`: API >= 1.28.; `MaxFailureRatio`: API >= 1.28.; `Order`: API >= 1.29."""

    Parallelism: int
    """How many tasks are rolled back at once; 0 rolls back all of them together. API >= 1.28."""

    Delay: int
    """The wait between two batches of the rollback, in nanoseconds. API >= 1.28."""

    FailureAction: Literal["continue", "pause"] | str
    """What to do when a rolled-back task fails, "continue" or "pause". API >= 1.28."""

    Monitor: int
    """How long to watch each rolled-back task for failure, in nanoseconds. API >= 1.28."""

    MaxFailureRatio: float
    """The share of tasks (0 to 1) that may fail during the rollback before FailureAction applies. API >= 1.28."""

    Order: Literal["stop-first", "start-first"] | str
    """Whether an old task is stopped before its replacement starts ("stop-first") or after ("start-first"). API >= 1.29."""


class ServiceSpecUpdateConfig(TypedDict, total=False):
    """How a change to a service is rolled out.

    Fields not in every API version: `Monitor`: API >= 1.25.; `MaxFailureRatio`: API >= 1.25.; `Order`: API >= 1.29."""

    Parallelism: int
    """How many tasks are updated at once; 0 updates all of them together."""

    Delay: int
    """The wait between two batches of updates, in nanoseconds."""

    FailureAction: Literal["continue", "pause", "rollback"] | str
    """What to do when an updated task fails, "continue", "pause" or "rollback"."""

    Monitor: int
    """How long to watch each updated task for failure, in nanoseconds. API >= 1.25."""

    MaxFailureRatio: float
    """The share of tasks (0 to 1) that may fail during the update before FailureAction applies. API >= 1.25."""

    Order: Literal["stop-first", "start-first"] | str
    """Whether an old task is stopped before its replacement starts ("stop-first") or after ("start-first"). API >= 1.29."""


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
    """What update_service returns.

    Fields not in every API version: `Warnings`: API >= 1.25.; `Deleted`: Not in API >= 1.28.; `Untagged`: Not in API >= 1.28."""

    Warnings: list[str]
    """Notes from the daemon about the update, or None. API >= 1.25."""

    Deleted: str
    """A field the API descriptions before 1.28 gave this response by mistake; daemons do not send it. Not in API >= 1.28."""

    Untagged: str
    """A field the API descriptions before 1.28 gave this response by mistake; daemons do not send it. Not in API >= 1.28."""


class ServiceUpdateStatus(TypedDict, total=False):
    """The progress of a service's latest update or rollback.

    Fields not in every API version: `CompletedAt`: API >= 1.25."""

    State: Literal["updating", "paused", "completed"] | str
    """Where the update stands, e.g. "updating", "paused" or "completed" (rollback states also occur)."""

    StartedAt: str
    """When the update started."""

    CompletedAt: str
    """When the update finished. API >= 1.25."""

    Message: str
    """A human-readable note on the update's progress."""


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
    """How a container's filesystem is stored when the daemon uses the containerd image store.

    Fields not in every API version: `RootFS`: API >= 1.52."""

    RootFS: RootFSStorage | None
    """The storage of the root filesystem. API >= 1.52."""


class SubnetStatus(TypedDict, total=False):
    """How many addresses of one subnet are taken and how many remain.

    Fields not in every API version: `IPsInUse`: API >= 1.52.; `DynamicIPsAvailable`: API >= 1.52."""

    IPsInUse: int
    """Addresses that are assigned or reserved and so cannot be handed out (capped at 2**64 - 1). API >= 1.52."""

    DynamicIPsAvailable: int
    """Addresses of the subnet's allocation range still free to hand out (capped at 2**64 - 1). API >= 1.52."""


class Swarm(TypedDict, total=False):
    """The swarm as a manager describes it, including the tokens to join it.

    Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    ID: str
    """The swarm's ID."""

    Version: ObjectVersion
    """The swarm's version, to pass to update_swarm."""

    CreatedAt: str
    """When the swarm was created."""

    UpdatedAt: str
    """When the swarm's settings last changed."""

    Spec: SwarmSpec
    """The swarm's settings (raft, dispatcher, CA, encryption, task defaults)."""

    TLSInfo: TLSInfo
    """The root CA and the issuer of the nodes' TLS certificates. API >= 1.30."""

    RootRotationInProgress: bool
    """True while the swarm is moving to a new root CA and reissuing node certificates. API >= 1.30."""

    DataPathPort: int
    """The UDP port used for overlay (VXLAN) traffic, 4789 unless set at init. API >= 1.40."""

    DefaultAddrPool: list[str]
    """The CIDR ranges from which overlay networks get their subnets. API >= 1.39."""

    SubnetSize: int
    """The prefix length of each subnet cut from the address pools, e.g. 24. API >= 1.39."""

    JoinTokens: JoinTokens
    """The tokens that let a new node join as a worker or as a manager."""


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


class SwarmObjectCreated(TypedDict, total=False):
    """What create_secret and create_config return."""

    ID: str
    """The new secret's or config's ID, for inspect, update and remove calls and for a service's secret or config references."""


class SwarmSpec(TypedDict, total=False):
    """The settings of a swarm, given to init_swarm and update_swarm.

    Fields not in every API version: `EncryptionConfig`: API >= 1.25."""

    Name: str
    """The swarm's name, "default" unless set."""

    Labels: dict[str, str]
    """User metadata, as label to value."""

    Orchestration: SwarmSpecOrchestration | None
    """How many old tasks are kept."""

    Raft: SwarmSpecRaft
    """Tuning of the managers' consensus log (snapshots, election and heartbeat ticks)."""

    Dispatcher: SwarmSpecDispatcher | None
    """How often nodes report to the managers."""

    CAConfig: SwarmSpecCAConfig | None
    """How node certificates are issued and how long they last."""

    EncryptionConfig: SwarmSpecEncryptionConfig
    """Whether managers lock their keys at rest. API >= 1.25."""

    TaskDefaults: SwarmSpecTaskDefaults
    """Defaults for every task, such as the log driver."""


class SwarmSpecCAConfig(TypedDict, total=False):
    """How the swarm's certificate authority issues node certificates.

    Fields not in every API version: `ExternalCAs`: API >= 1.25.; `SigningCACert`: API >= 1.30.; `SigningCAKey`: API >= 1.30.; `ForceRotate`: API >= 1.30."""

    NodeCertExpiry: int
    """How long a node certificate stays valid, in nanoseconds."""

    ExternalCAs: list[SwarmSpecCAConfigExternalCAs]
    """External certificate authorities that sign node certificates instead of the swarm's own. API >= 1.25."""

    SigningCACert: str
    """The CA certificate (PEM) to sign new node certificates with, to replace the current one. API >= 1.30."""

    SigningCAKey: str
    """The private key (PEM) that goes with SigningCACert. API >= 1.30."""

    ForceRotate: int
    """A counter; changing it makes the swarm create a new root CA even with no other change. API >= 1.30."""


class SwarmSpecCAConfigExternalCAs(TypedDict, total=False):
    """One external certificate authority.

    Fields not in every API version: `CACert`: API >= 1.30."""

    Protocol: Literal["cfssl"] | str
    """The protocol used to talk to the CA; "cfssl" is the one supported."""

    URL: str
    """Where the CA can be reached."""

    Options: dict[str, str]
    """Options for the CA's protocol, as strings."""

    CACert: str
    """The root certificate (PEM) the external CA's certificates chain to; the swarm's root when empty. API >= 1.30."""


class SwarmSpecDispatcher(TypedDict, total=False):
    """Settings of the manager component that hands tasks to nodes."""

    HeartbeatPeriod: int
    """How often nodes report that they are alive, in nanoseconds."""


class SwarmSpecEncryptionConfig(TypedDict, total=False):
    """Encryption settings of a swarm.

    Fields not in every API version: `AutoLockManagers`: API >= 1.25."""

    AutoLockManagers: bool
    """Lock the managers' keys at rest, so a restarted manager needs the unlock key (unlock_swarm). API >= 1.25."""


class SwarmSpecOrchestration(TypedDict, total=False):
    """Orchestration settings of a swarm."""

    TaskHistoryRetentionLimit: int
    """How many finished tasks to keep per task slot, for history."""


class SwarmSpecRaft(TypedDict, total=False):
    """Tuning of the raft log the managers share."""

    SnapshotInterval: int
    """How many log entries pass between two snapshots."""

    KeepOldSnapshots: int
    """How many snapshots to keep besides the current one."""

    LogEntriesForSlowFollowers: int
    """How many entries to keep after a snapshot so lagging managers can catch up."""

    ElectionTick: int
    """Ticks without a heartbeat from the leader after which a manager calls an election; must exceed HeartbeatTick."""

    HeartbeatTick: int
    """Ticks between two heartbeats of the leader (a tick is one second)."""


class SwarmSpecTaskDefaults(TypedDict, total=False):
    """Defaults applied to every task of the swarm."""

    LogDriver: SwarmSpecTaskDefaultsLogDriver
    """The log driver for tasks that name none; the engine's own default applies when unset."""


class SwarmSpecTaskDefaultsLogDriver(TypedDict, total=False):
    """The default log driver of a swarm's tasks."""

    Name: str
    """The log driver, e.g. "json-file" or "journald"."""

    Options: dict[str, str]
    """Options for the log driver, as strings, e.g. {"max-size": "10m"}."""


class SwarmUnlockRequest(TypedDict, total=False):
    """The body of unlock_swarm.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    UnlockKey: str
    """The swarm's unlock key. API >= 1.25."""


class SwarmUnlockkeyResponse(TypedDict, total=False):
    """What get_unlock_key returns.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    UnlockKey: str
    """The key that unlocks a manager, e.g. "SWMKEY-1-..."; empty when autolock is off. API >= 1.25."""


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
    """The root CA of a swarm and the issuer of its nodes' TLS certificates.

    Fields not in every API version: `TrustRoot`: API >= 1.30.; `CertIssuerSubject`: API >= 1.30.; `CertIssuerPublicKey`: API >= 1.30.; `CAConfig`: API >= 1.30. Not in API >= 1.32.; `Dispatcher`: API >= 1.30. Not in API >= 1.32.; `EncryptionConfig`: API >= 1.30. Not in API >= 1.32.; `Labels`: API >= 1.30. Not in API >= 1.32.; `Name`: API >= 1.30. Not in API >= 1.32.; `Orchestration`: API >= 1.30. Not in API >= 1.32.; `Raft`: API >= 1.30. Not in API >= 1.32.; `TaskDefaults`: API >= 1.30. Not in API >= 1.32."""

    TrustRoot: str
    """The root CA certificate(s) in PEM form, used to check node certificates. API >= 1.30."""

    CertIssuerSubject: str
    """The issuer's raw subject, URL-safe base64 encoded. API >= 1.30."""

    CertIssuerPublicKey: str
    """The issuer's raw public key, URL-safe base64 encoded. API >= 1.30."""

    CAConfig: Any
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    Dispatcher: Any
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    EncryptionConfig: Any
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    Labels: dict[str, str]
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    Name: str
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    Orchestration: Any
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    Raft: Any
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    TaskDefaults: Any
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""


class Task(TypedDict, total=False):
    """One unit of work the swarm schedules for a service, usually one container on one node.

    Fields not in every API version: `AssignedGenericResources`: API >= 1.32.; `JobIteration`: API >= 1.41."""

    ID: str
    """The task's ID."""

    Version: ObjectVersion
    """The task's version."""

    CreatedAt: str
    """When the task was created."""

    UpdatedAt: str
    """When the task's record last changed."""

    Name: str
    """The task's name; the swarm usually leaves it out (the CLI shows the service name and slot instead)."""

    Labels: dict[str, str]
    """User metadata, as label to value."""

    Spec: TaskSpec
    """What the task runs, copied from the service's task template."""

    ServiceID: str
    """The ID of the service the task belongs to."""

    Slot: int
    """The replica number of the task in a replicated service (a replacement keeps the slot)."""

    NodeID: str
    """The ID of the node the task was assigned to."""

    AssignedGenericResources: GenericResources
    """The user-defined resources (e.g. GPUs) given to this task. API >= 1.32."""

    Status: TaskStatus
    """The task's observed state and container details."""

    DesiredState: TaskState
    """The state the swarm wants the task in, e.g. "running" or "shutdown"."""

    JobIteration: ObjectVersion
    """For a job-mode service, which run of the job this task belongs to. API >= 1.41."""

    NetworksAttachments: list[NetworkAttachment]
    """The networks the task is attached to, with its addresses on each."""


class TaskSpec(TypedDict, total=False):
    """What each task of a service runs; a service's TaskTemplate.

    Fields not in every API version: `PluginSpec`: API >= 1.31.; `NetworkAttachmentSpec`: API >= 1.38.; `ForceUpdate`: API >= 1.25.; `Runtime`: API >= 1.30."""

    PluginSpec: TaskSpecPluginSpec
    """The plugin to install when Runtime is "plugin"; excludes ContainerSpec. API >= 1.31."""

    ContainerSpec: TaskSpecContainerSpec
    """The container to run when Runtime is "container" (the usual case)."""

    NetworkAttachmentSpec: TaskSpecNetworkAttachmentSpec
    """Set by the swarm for a plain container attached to a swarm network (Runtime "attachment"); not for users. API >= 1.38."""

    Resources: TaskSpecResources
    """CPU, memory and other limits and reservations for each task."""

    RestartPolicy: TaskSpecRestartPolicy
    """When and how often the swarm restarts a task's container."""

    Placement: TaskSpecPlacement
    """On which nodes tasks may or should run."""

    ForceUpdate: int
    """A counter; changing it redeploys the tasks even when nothing else changed. API >= 1.25."""

    Runtime: str
    """What kind of task this is, "container", "plugin" or "attachment". API >= 1.30."""

    Networks: list[NetworkAttachmentConfig]
    """The networks the tasks join."""

    LogDriver: TaskSpecLogDriver
    """The log driver for the tasks; the swarm's default, then the engine's, when unset."""


class TaskSpecContainerSpec(TypedDict, total=False):
    """The container each task of a service runs.

    Fields not in every API version: `Hostname`: API >= 1.27.; `Groups`: API >= 1.27.; `Privileges`: API >= 1.29.; `TTY`: API >= 1.25.; `OpenStdin`: API >= 1.27.; `ReadOnly`: API >= 1.27.; `StopSignal`: API >= 1.28.; `HealthCheck`: API >= 1.27.; `Hosts`: API >= 1.27.; `DNSConfig`: API >= 1.25.; `Secrets`: API >= 1.27.; `OomScoreAdj`: API >= 1.46.; `Configs`: API >= 1.30.; `Isolation`: API >= 1.35.; `Init`: API >= 1.38.; `Sysctls`: API >= 1.40.; `CapabilityAdd`: API >= 1.41.; `CapabilityDrop`: API >= 1.41.; `Ulimits`: API >= 1.41."""

    Image: str
    """The image to run, e.g. "nginx:alpine", possibly pinned by digest."""

    Labels: dict[str, str]
    """Labels for the containers, as label to value."""

    Command: list[str]
    """The command to run, replacing the image's entrypoint, as a list of strings."""

    Args: list[str]
    """Arguments for the command, replacing the image's CMD."""

    Hostname: str
    """The container's host name; may be a template such as "{{.Task.Name}}". API >= 1.27."""

    Env: list[str]
    """Environment variables, as "NAME=value" strings."""

    Dir: str
    """The working directory inside the container."""

    User: str
    """The user (name or UID, with an optional ":group") the process runs as."""

    Groups: list[str]
    """Extra groups the process belongs to. API >= 1.27."""

    Privileges: TaskSpecContainerSpecPrivileges
    """Security options (SELinux, seccomp, AppArmor, credential spec, no-new-privileges). API >= 1.29."""

    TTY: bool
    """Whether the container gets a pseudo-terminal. API >= 1.25."""

    OpenStdin: bool
    """Whether standard input is kept open. API >= 1.27."""

    ReadOnly: bool
    """Mount the container's root filesystem read-only. API >= 1.27."""

    Mounts: list[Mount]
    """Volumes, bind mounts and tmpfs mounts for the container."""

    StopSignal: str
    """The signal that stops the container, e.g. "SIGTERM". API >= 1.28."""

    StopGracePeriod: int
    """How long to wait after the stop signal before killing the container, in nanoseconds."""

    HealthCheck: HealthConfig
    """The health check to run in the container, overriding the image's. API >= 1.27."""

    Hosts: list[str]
    """Extra /etc/hosts entries, each "IP host [alias...]". API >= 1.27."""

    DNSConfig: TaskSpecContainerSpecDNSConfig
    """Name servers, search domains and resolver options for /etc/resolv.conf. API >= 1.25."""

    Secrets: list[TaskSpecContainerSpecSecrets]
    """The swarm secrets to expose to the container as files. API >= 1.27."""

    OomScoreAdj: int
    """The container's out-of-memory score adjustment (-1000 to 1000; higher is killed first). API >= 1.46."""

    Configs: list[TaskSpecContainerSpecConfigs]
    """The swarm configs to expose to the container as files. API >= 1.30."""

    Isolation: Literal["default", "process", "hyperv", ""] | str
    """The isolation technology on Windows, "default", "process" or "hyperv". API >= 1.35."""

    Init: bool | None
    """Run an init process as PID 1 that forwards signals and reaps zombies; the daemon's default when unset. API >= 1.38."""

    Sysctls: dict[str, str]
    """Namespaced kernel parameters to set, e.g. {"net.ipv4.ip_forward": "1"}. API >= 1.40."""

    CapabilityAdd: list[str]
    """Extra kernel capabilities granted on top of the defaults, e.g. ["CAP_NET_ADMIN"]. API >= 1.41."""

    CapabilityDrop: list[str]
    """Kernel capabilities taken away from the defaults. API >= 1.41."""

    Ulimits: list[TaskSpecContainerSpecUlimits]
    """Resource limits for the processes, e.g. [{"Name": "nofile", "Soft": 4096, "Hard": 8192}]. API >= 1.41."""


class TaskSpecContainerSpecConfigs(TypedDict, total=False):
    """One swarm config exposed to a service's containers.

    Fields not in every API version: `File`: API >= 1.30.; `Runtime`: API >= 1.40.; `ConfigID`: API >= 1.30.; `ConfigName`: API >= 1.30."""

    File: TaskSpecContainerSpecConfigsFile
    """Where and how the config appears as a file; excludes Runtime. API >= 1.30."""

    Runtime: dict[str, Any]
    """Use the config without mounting it (e.g. as a Windows credential spec); an empty dict; excludes File. API >= 1.40."""

    ConfigID: str
    """The config's ID. API >= 1.30."""

    ConfigName: str
    """The config's name, for display; the ID is what counts. API >= 1.30."""


class TaskSpecContainerSpecConfigsFile(TypedDict, total=False):
    """The file through which a config reaches a container.

    Fields not in every API version: `Name`: API >= 1.30.; `UID`: API >= 1.30.; `GID`: API >= 1.30.; `Mode`: API >= 1.30."""

    Name: str
    """The file's path in the container, e.g. "/etc/app/app.conf". API >= 1.30."""

    UID: str
    """The file's owner, as a numeric user ID in a string, e.g. "0". API >= 1.30."""

    GID: str
    """The file's group, as a numeric group ID in a string, e.g. "0". API >= 1.30."""

    Mode: int
    """The file's permission bits as an int, e.g. 0o444 (292). API >= 1.30."""


class TaskSpecContainerSpecDNSConfig(TypedDict, total=False):
    """DNS settings for a service's containers.

    Fields not in every API version: `Nameservers`: API >= 1.25.; `Search`: API >= 1.25."""

    Nameservers: list[str]
    """IP addresses of the name servers to use. API >= 1.25."""

    Search: list[str]
    """Domains to search when a host name is not fully qualified. API >= 1.25."""

    Options: list[str]
    """Resolver options, e.g. ["ndots:2", "timeout:3"]."""


class TaskSpecContainerSpecPrivileges(TypedDict, total=False):
    """Security settings applied to a service's containers.

    Fields not in every API version: `CredentialSpec`: API >= 1.29.; `SELinuxContext`: API >= 1.29.; `Seccomp`: API >= 1.44.; `AppArmor`: API >= 1.44.; `NoNewPrivileges`: API >= 1.44."""

    CredentialSpec: TaskSpecContainerSpecPrivilegesCredentialSpec
    """The managed service account to use (Windows only). API >= 1.29."""

    SELinuxContext: TaskSpecContainerSpecPrivilegesSELinuxContext
    """The SELinux labels of the container. API >= 1.29."""

    Seccomp: TaskSpecContainerSpecPrivilegesSeccomp
    """Which seccomp profile filters the container's system calls. API >= 1.44."""

    AppArmor: TaskSpecContainerSpecPrivilegesAppArmor
    """Whether the AppArmor profile applies. API >= 1.44."""

    NoNewPrivileges: bool
    """Stop the processes from gaining privileges (setuid binaries and the like). API >= 1.44."""


class TaskSpecContainerSpecPrivilegesAppArmor(TypedDict, total=False):
    """The AppArmor setting of a container.

    Fields not in every API version: `Mode`: API >= 1.44."""

    Mode: Literal["default", "disabled"] | str
    """Whether the default AppArmor profile applies, "default" or "disabled". API >= 1.44."""


class TaskSpecContainerSpecPrivilegesCredentialSpec(TypedDict, total=False):
    """Where a Windows container's credential spec comes from; set exactly one field.

    Fields not in every API version: `Config`: API >= 1.40.; `File`: API >= 1.30.; `Registry`: API >= 1.30."""

    Config: str
    """The ID of a swarm config holding the credential spec (the config must also be listed in Configs with Runtime). API >= 1.40."""

    File: str
    """A file in the engine's CredentialSpecs directory, e.g. "spec.json". API >= 1.30."""

    Registry: str
    """A value name under the engine's CredentialSpecs registry key. API >= 1.30."""


class TaskSpecContainerSpecPrivilegesSELinuxContext(TypedDict, total=False):
    """SELinux labels for a container.

    Fields not in every API version: `Disable`: API >= 1.30.; `User`: API >= 1.30.; `Role`: API >= 1.30.; `Type`: API >= 1.30.; `Level`: API >= 1.30."""

    Disable: bool
    """Turn off SELinux labelling for the container. API >= 1.30."""

    User: str
    """The SELinux user label. API >= 1.30."""

    Role: str
    """The SELinux role label. API >= 1.30."""

    Type: str
    """The SELinux type label. API >= 1.30."""

    Level: str
    """The SELinux level label, e.g. "s0:c100,c200". API >= 1.30."""


class TaskSpecContainerSpecPrivilegesSeccomp(TypedDict, total=False):
    """The seccomp setting of a container.

    Fields not in every API version: `Mode`: API >= 1.44.; `Profile`: API >= 1.44."""

    Mode: Literal["default", "unconfined", "custom"] | str
    """Which profile applies, "default", "unconfined" (none) or "custom". API >= 1.44."""

    Profile: str
    """The custom profile, as JSON text; only with Mode "custom". API >= 1.44."""


class TaskSpecContainerSpecSecrets(TypedDict, total=False):
    """One swarm secret exposed to a service's containers.

    Fields not in every API version: `File`: API >= 1.27.; `SecretID`: API >= 1.27.; `SecretName`: API >= 1.27."""

    File: TaskSpecContainerSpecSecretsFile
    """Where and how the secret appears as a file. API >= 1.27."""

    SecretID: str
    """The secret's ID. API >= 1.27."""

    SecretName: str
    """The secret's name, for display; the ID is what counts. API >= 1.27."""


class TaskSpecContainerSpecSecretsFile(TypedDict, total=False):
    """The file through which a secret reaches a container.

    Fields not in every API version: `Name`: API >= 1.27.; `UID`: API >= 1.27.; `GID`: API >= 1.27.; `Mode`: API >= 1.27."""

    Name: str
    """The file's name under /run/secrets/ in the container, e.g. "db-password". API >= 1.27."""

    UID: str
    """The file's owner, as a numeric user ID in a string, e.g. "0". API >= 1.27."""

    GID: str
    """The file's group, as a numeric group ID in a string, e.g. "0". API >= 1.27."""

    Mode: int
    """The file's permission bits as an int, e.g. 0o400 (256). API >= 1.27."""


class TaskSpecContainerSpecUlimits(TypedDict, total=False):
    """One resource limit for a container's processes.

    Fields not in every API version: `Name`: API >= 1.41.; `Soft`: API >= 1.41.; `Hard`: API >= 1.41."""

    Name: str
    """The limit's name, e.g. "nofile" or "nproc". API >= 1.41."""

    Soft: int
    """The soft limit, which processes may raise up to the hard one. API >= 1.41."""

    Hard: int
    """The hard limit. API >= 1.41."""


class TaskSpecLogDriver(TypedDict, total=False):
    """The log driver of a service's tasks."""

    Name: str
    """The log driver, e.g. "json-file", "local" or "journald"."""

    Options: dict[str, str]
    """Options for the log driver, as strings, e.g. {"max-size": "10m"}."""


class TaskSpecNetworkAttachmentSpec(TypedDict, total=False):
    """Set by the swarm for a task that stands for a plain container attached to a swarm network.

    Fields not in every API version: `ContainerID`: API >= 1.38."""

    ContainerID: str
    """The ID of the container the task stands for. API >= 1.38."""


class TaskSpecPlacement(TypedDict, total=False):
    """Where a service's tasks may or should run.

    Fields not in every API version: `Preferences`: API >= 1.28.; `MaxReplicas`: API >= 1.40.; `Platforms`: API >= 1.30."""

    Constraints: list[str]
    """Rules every chosen node must meet, using == or !=, e.g. ["node.role==worker", "node.labels.zone!=a"]."""

    Preferences: list[TaskSpecPlacementPreferences]
    """Soft rules for spreading tasks evenly, applied in order of precedence. API >= 1.28."""

    MaxReplicas: int
    """The most tasks of the service one node may run; 0 means no limit. API >= 1.40."""

    Platforms: list[Platform]
    """The platforms the image runs on; tasks go only to matching nodes (no filter when empty). API >= 1.30."""


class TaskSpecPlacementPreferences(TypedDict, total=False):
    """One placement preference.

    Fields not in every API version: `Spread`: API >= 1.28."""

    Spread: TaskSpecPlacementPreferencesSpread
    """Spread tasks evenly over the values of a node label or attribute. API >= 1.28."""


class TaskSpecPlacementPreferencesSpread(TypedDict, total=False):
    """A spread preference.

    Fields not in every API version: `SpreadDescriptor`: API >= 1.28."""

    SpreadDescriptor: str
    """The label or attribute to spread over, e.g. "node.labels.datacenter". API >= 1.28."""


class TaskSpecPluginSpec(TypedDict, total=False):
    """A plugin a task installs when the task's Runtime is "plugin".

    Fields not in every API version: `Name`: API >= 1.31.; `Remote`: API >= 1.31.; `Disabled`: API >= 1.31.; `PluginPrivilege`: API >= 1.31."""

    Name: str
    """The name (alias) the plugin is installed under. API >= 1.31."""

    Remote: str
    """The plugin's image reference. API >= 1.31."""

    Disabled: bool
    """Leave the plugin disabled once installed. API >= 1.31."""

    PluginPrivilege: list[PluginPrivilege]
    """The privileges granted to the plugin. API >= 1.31."""


class TaskSpecResources(TypedDict, total=False):
    """The resources each task of a service may use and reserves.

    Fields not in every API version: `SwapBytes`: API >= 1.52.; `MemorySwappiness`: API >= 1.52."""

    Limits: Limit
    """The most each task may use."""

    Reservations: ResourceObject
    """What must be free on a node for a task to be placed there."""

    SwapBytes: int | None
    """Swap the container may use, in bytes, only with a memory limit; -1 means unlimited, unset means twice the memory limit. API >= 1.52."""

    MemorySwappiness: int | None
    """How readily the kernel swaps the container's memory, 0 to 100; -1 unsets a previous value. API >= 1.52."""


class TaskSpecRestartPolicy(TypedDict, total=False):
    """When and how often the swarm restarts a task's container."""

    Condition: Literal["none", "on-failure", "any"] | str
    """Restart after "any" exit, only "on-failure", or "none" at all."""

    Delay: int
    """The wait between two restart attempts, in nanoseconds."""

    MaxAttempts: int
    """How many restarts to try before giving up; 0 means no limit."""

    Window: int
    """The time window in which restarts count towards MaxAttempts, in nanoseconds; 0 means unbounded."""


class TaskStatus(TypedDict, total=False):
    """The observed state of a task.

    Fields not in every API version: `Err`: API >= 1.25.; `PortStatus`: API >= 1.44."""

    Timestamp: str
    """When the task last changed state."""

    State: TaskState
    """The task's state, e.g. "new", "pending", "assigned", "preparing", "starting", "running", "complete", "shutdown", "failed", "rejected" or "orphaned"."""

    Message: str
    """A short description of the state."""

    Err: str
    """Why the task failed or was rejected, if it did. API >= 1.25."""

    ContainerStatus: ContainerStatus
    """The container behind the task, once there is one."""

    PortStatus: PortStatus
    """Ports the task publishes directly on its node (host publish mode). API >= 1.44."""


class ThrottleDevice(TypedDict, total=False):
    """A rate limit on one block device."""

    Path: str
    """Device path on the host, e.g. "/dev/sda"."""

    Rate: int
    """The limit, in bytes per second or I/O operations per second depending on the field that holds it."""


class Topology(TypedDict, total=False):
    """A location in a storage plugin's topology, e.g. a region or a rack.

    Fields not in every API version: `Segments`: API >= 1.42."""

    Segments: dict[str, str]
    """The location as key-value pairs, e.g. {"region": "eu-1", "zone": "b"}. API >= 1.42."""


class Volume(TypedDict, total=False):
    """A volume as the daemon describes it.

    Fields not in every API version: `CreatedAt`: API >= 1.31.; `ClusterVolume`: API >= 1.42.; `UsageData`: API >= 1.25."""

    Name: str
    """The volume's name (a long random hex string for an anonymous volume)."""

    Driver: str
    """The volume driver, "local" or a plugin's name."""

    Mountpoint: str
    """Where the volume's data lives on the host, e.g. "/var/lib/docker/volumes/data/_data"."""

    CreatedAt: str
    """When the volume was created. API >= 1.31."""

    Status: dict[str, dict[str, Any]]
    """Driver-specific details about the volume's state, when the driver reports any."""

    Labels: dict[str, str]
    """User metadata, as label to value."""

    Scope: Literal["local", "global"] | str
    """Whether the volume exists on this host only ("local") or across the cluster ("global")."""

    ClusterVolume: ClusterVolume
    """Swarm details, present only for a cluster (CSI) volume. API >= 1.42."""

    Options: dict[str, str]
    """The driver options the volume was created with."""

    UsageData: VolumeUsageData | None
    """Disk usage figures; only filled in by the disk-usage report (df), not by list or inspect. API >= 1.25."""


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
    """What volumes returns."""

    Volumes: list[Volume]
    """The volumes found; may be None when there are none."""

    Warnings: list[str]
    """Notes from volume drivers that could not be listed, or None."""


class VolumePruneResponse(TypedDict, total=False):
    """What prune_volumes returns.

    Fields not in every API version: `VolumesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    VolumesDeleted: list[str]
    """The names of the volumes that were removed. API >= 1.25."""

    SpaceReclaimed: int
    """Disk space freed, in bytes. API >= 1.25."""


class VolumeUpdateRequest(TypedDict, total=False):
    """The body of update_volume, for cluster volumes.

    Fields not in every API version: `Spec`: API >= 1.42."""

    Spec: ClusterVolumeSpec
    """The cluster volume's new settings. API >= 1.42."""


class VolumeUsageData(TypedDict, total=False):
    """Disk usage of one volume, as the disk-usage report (df) gives it.

    Fields not in every API version: `RefCount`: API >= 1.25."""

    Size: int
    """Bytes the volume uses on disk, or -1 when the driver cannot tell."""

    RefCount: int
    """How many containers use the volume, or -1 when unknown. API >= 1.25."""


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
