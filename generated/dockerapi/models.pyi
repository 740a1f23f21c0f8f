# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""Pydantic models of every Engine API object the catalog describes.

Open schema: unknown fields are kept, enums accept unknown values, any field may be null.
Read them by attribute (snake_case) or, like the classic API's dicts, by wire name.
Build one with the wire names as keywords (`TaskSpec(ContainerSpec=TaskSpecContainerSpec(Image="busybox"))`):
those are the names pyright and mypy know for the constructor; the snake_case names also work at run time
but type checkers reject them. A plain dict with wire-name keys is accepted wherever a model is.

The classes below (this stub, `models.pyi`) are what type checkers, editors and readers see. At run time each
class is made on first use (`dockerapi.models.HostConfig`, `from dockerapi.models import HostConfig`, or a
result that needs it), with the classes its fields name, from the same definitions in `_model_defs/`: a
program pays for the models it uses, not for all of them.
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from ._model_base import DockerModel

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


class Address(DockerModel):
    """An IP address with its prefix length.

    Fields not in every API version: `Addr`: API >= 1.32.; `PrefixLen`: API >= 1.32."""

    addr: str | None = Field(default=None, alias="Addr", description="The address, e.g. \"172.17.0.5\". API \u003e= 1.32.")
    """The address, e.g. "172.17.0.5". API >= 1.32."""

    prefix_len: int | None = Field(default=None, alias="PrefixLen", description="The prefix length of its network, e.g. 16. API \u003e= 1.32.")
    """The prefix length of its network, e.g. 16. API >= 1.32."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Addr": ((1, 32), None),
        "PrefixLen": ((1, 32), None),
    }


class AttestationStatement(DockerModel):
    """One in-toto attestation (provenance, SBOM...) stored with an image.

    Fields not in every API version: `Descriptor`: API >= 1.55.; `PredicateType`: API >= 1.55.; `Statement`: API >= 1.55."""

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor", description="OCI descriptor of the statement blob. API \u003e= 1.55.")
    """OCI descriptor of the statement blob. API >= 1.55."""

    predicate_type: str | None = Field(default=None, alias="PredicateType", description="URI naming the kind of statement, e.g. \"https://slsa.dev/provenance/v0.2\". API \u003e= 1.55.")
    """URI naming the kind of statement, e.g. "https://slsa.dev/provenance/v0.2". API >= 1.55."""

    statement: dict[str, Any] | None = Field(default=None, alias="Statement", description="The whole in-toto statement as JSON; only with image_attestations(statement=True). API \u003e= 1.55.")
    """The whole in-toto statement as JSON; only with image_attestations(statement=True). API >= 1.55."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Descriptor": ((1, 55), None),
        "PredicateType": ((1, 55), None),
        "Statement": ((1, 55), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Descriptor": "OCIDescriptor",
    }


class AuthConfig(DockerModel):
    """Registry credentials, as sent to login or in the X-Registry-Auth header.

    Fields not in every API version: `email`: API >= 1.25. Not in API >= 1.52."""

    username: str | None = Field(default=None, alias="username", description="The registry user name.")
    """The registry user name."""

    password: str | None = Field(default=None, alias="password", description="The password or access token.", repr=False)
    """The password or access token."""

    serveraddress: str | None = Field(default=None, alias="serveraddress", description="The registry\u0027s address, e.g. \"registry.example.com:5000\" or \"https://index.docker.io/v1/\".")
    """The registry's address, e.g. "registry.example.com:5000" or "https://index.docker.io/v1/"."""

    email: str | None = Field(default=None, alias="email", description="An e-mail address, which registries no longer use. API \u003e= 1.25. Not in API \u003e= 1.52.")
    """An e-mail address, which registries no longer use. API >= 1.25. Not in API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "email": ((1, 25), (1, 52)),
    }


class AuthResponse(DockerModel):
    """The daemon's answer to login()."""

    status: str | None = Field(default=None, alias="Status", description="A short verdict, e.g. \"Login Succeeded\".")
    """A short verdict, e.g. "Login Succeeded"."""

    identity_token: str | None = Field(default=None, alias="IdentityToken", description="A token some registries issue; give it as \"identitytoken\" in later auth_config instead of the password.", repr=False)
    """A token some registries issue; give it as "identitytoken" in later auth_config instead of the password."""


class BuildCache(DockerModel):
    """One record of the build cache.

    Fields not in every API version: `ID`: API >= 1.39.; `Parents`: API >= 1.42.; `Type`: API >= 1.39.; `Description`: API >= 1.39.; `InUse`: API >= 1.39.; `Shared`: API >= 1.39.; `Size`: API >= 1.39.; `CreatedAt`: API >= 1.39.; `LastUsedAt`: API >= 1.39.; `UsageCount`: API >= 1.39.; `Parent`: API >= 1.39. Not in API >= 1.42."""

    id: str | None = Field(default=None, alias="ID", description="The record\u0027s ID. API \u003e= 1.39.")
    """The record's ID. API >= 1.39."""

    parents: list[str] | None = Field(default=None, alias="Parents", description="IDs of the records this one builds on. API \u003e= 1.42.")
    """IDs of the records this one builds on. API >= 1.42."""

    type: Literal['internal', 'frontend', 'source.local', 'source.git.checkout', 'exec.cachemount', 'regular'] | str | None = Field(default=None, alias="Type", description="The kind of record, e.g. \"regular\", \"source.local\", \"source.git.checkout\", \"exec.cachemount\", \"frontend\" or \"internal\". API \u003e= 1.39.")
    """The kind of record, e.g. "regular", "source.local", "source.git.checkout", "exec.cachemount", "frontend" or "internal". API >= 1.39."""

    description: str | None = Field(default=None, alias="Description", description="The step that made the record, as BuildKit names it. API \u003e= 1.39.")
    """The step that made the record, as BuildKit names it. API >= 1.39."""

    in_use: bool | None = Field(default=None, alias="InUse", description="Whether a running build uses the record right now. API \u003e= 1.39.")
    """Whether a running build uses the record right now. API >= 1.39."""

    shared: bool | None = Field(default=None, alias="Shared", description="Whether other records share this one\u0027s data. API \u003e= 1.39.")
    """Whether other records share this one's data. API >= 1.39."""

    size: int | None = Field(default=None, alias="Size", description="Disk space the record takes, in bytes. API \u003e= 1.39.")
    """Disk space the record takes, in bytes. API >= 1.39."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the record was made, as an RFC 3339 string. API \u003e= 1.39.")
    """When the record was made, as an RFC 3339 string. API >= 1.39."""

    last_used_at: str | None = Field(default=None, alias="LastUsedAt", description="When a build last used the record, as an RFC 3339 string. API \u003e= 1.39.")
    """When a build last used the record, as an RFC 3339 string. API >= 1.39."""

    usage_count: int | None = Field(default=None, alias="UsageCount", description="How many times builds used the record. API \u003e= 1.39.")
    """How many times builds used the record. API >= 1.39."""

    parent: str | None = Field(default=None, alias="Parent", description="ID of the single parent record; replaced by Parents in newer API versions. API \u003e= 1.39. Not in API \u003e= 1.42.")
    """ID of the single parent record; replaced by Parents in newer API versions. API >= 1.39. Not in API >= 1.42."""

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
    """Disk usage of the build cache, in df().

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    active_count: int | None = Field(default=None, alias="ActiveCount", description="Cache records in use by a build right now. API \u003e= 1.52.")
    """Cache records in use by a build right now. API >= 1.52."""

    total_count: int | None = Field(default=None, alias="TotalCount", description="All cache records. API \u003e= 1.52.")
    """All cache records. API >= 1.52."""

    reclaimable: int | None = Field(default=None, alias="Reclaimable", description="Bytes that removing unused records would free. API \u003e= 1.52.")
    """Bytes that removing unused records would free. API >= 1.52."""

    total_size: int | None = Field(default=None, alias="TotalSize", description="Bytes all records take. API \u003e= 1.52.")
    """Bytes all records take. API >= 1.52."""

    items_: list[Any] | None = Field(default=None, alias="Items", description="The records one by one; only with df(verbose=True). API \u003e= 1.52.")
    """The records one by one; only with df(verbose=True). API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ActiveCount": ((1, 52), None),
        "TotalCount": ((1, 52), None),
        "Reclaimable": ((1, 52), None),
        "TotalSize": ((1, 52), None),
        "Items": ((1, 52), None),
    }


class BuildIdentity(DockerModel):
    """A build that produced an image.

    Fields not in every API version: `Ref`: API >= 1.53.; `CreatedAt`: API >= 1.53."""

    ref: str | None = Field(default=None, alias="Ref", description="The build\u0027s reference, usable to look it up in BuildKit\u0027s build history. API \u003e= 1.53.")
    """The build's reference, usable to look it up in BuildKit's build history. API >= 1.53."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the build ran, as an RFC 3339 string. API \u003e= 1.53.")
    """When the build ran, as an RFC 3339 string. API >= 1.53."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Ref": ((1, 53), None),
        "CreatedAt": ((1, 53), None),
    }


class BuildInfo(DockerModel):
    """One JSON message of the build output stream.

    Fields not in every API version: `aux`: API >= 1.36.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    id: str | None = Field(default=None, alias="id", description="ID of the layer or step the message is about.")
    """ID of the layer or step the message is about."""

    stream: str | None = Field(default=None, alias="stream", description="A chunk of build output text, usually ending in a newline.")
    """A chunk of build output text, usually ending in a newline."""

    error_detail: ErrorDetail | None = Field(default=None, alias="errorDetail", description="The error that ended the build, with a code and message.")
    """The error that ended the build, with a code and message."""

    status: str | None = Field(default=None, alias="status", description="A status line, e.g. while pulling a base image.")
    """A status line, e.g. while pulling a base image."""

    progress_detail: ProgressDetail | None = Field(default=None, alias="progressDetail", description="Progress counts for the current status.")
    """Progress counts for the current status."""

    aux: ImageID | None = Field(default=None, alias="aux", description="Extra data, e.g. the ID of the built image at the end. API \u003e= 1.36.")
    """Extra data, e.g. the ID of the built image at the end. API >= 1.36."""

    error: str | None = Field(default=None, alias="error", description="The error message that ended the build, as plain text (deprecated; read errorDetail). Not in API \u003e= 1.52.")
    """The error message that ended the build, as plain text (deprecated; read errorDetail). Not in API >= 1.52."""

    progress: str | None = Field(default=None, alias="progress", description="A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API \u003e= 1.52.")
    """A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API >= 1.52."""

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
    """What prune_builds removed.

    Fields not in every API version: `CachesDeleted`: API >= 1.39.; `SpaceReclaimed`: API >= 1.31."""

    caches_deleted: list[str] | None = Field(default=None, alias="CachesDeleted", description="IDs of the deleted cache records. API \u003e= 1.39.")
    """IDs of the deleted cache records. API >= 1.39."""

    space_reclaimed: int | None = Field(default=None, alias="SpaceReclaimed", description="Disk space freed, in bytes. API \u003e= 1.31.")
    """Disk space freed, in bytes. API >= 1.31."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CachesDeleted": ((1, 39), None),
        "SpaceReclaimed": ((1, 31), None),
    }


class ClassicEventMessage(DockerModel):
    """One event from events(), with the older top-level fields kept alongside the current ones.

    Fields not in every API version: `scope`: API >= 1.40."""

    type: Literal['builder', 'config', 'container', 'daemon', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'volume'] | str | None = Field(default=None, alias="Type", description="The kind of object, e.g. \"container\", \"image\", \"network\", \"volume\", \"daemon\", \"plugin\", \"service\", \"node\".")
    """The kind of object, e.g. "container", "image", "network", "volume", "daemon", "plugin", "service", "node"."""

    action: str | None = Field(default=None, alias="Action", description="What happened, e.g. \"create\", \"start\", \"die\", \"pull\", \"connect\", \"exec_start: sh\".")
    """What happened, e.g. "create", "start", "die", "pull", "connect", "exec_start: sh"."""

    actor: EventActor | None = Field(default=None, alias="Actor", description="The object concerned: its ID and attributes such as \"name\" or \"image\".")
    """The object concerned: its ID and attributes such as "name" or "image"."""

    scope: Literal['local', 'swarm'] | str | None = Field(default=None, alias="scope", description="\"local\" for events of this daemon, \"swarm\" for cluster-wide events. API \u003e= 1.40.")
    """"local" for events of this daemon, "swarm" for cluster-wide events. API >= 1.40."""

    time: int | None = Field(default=None, alias="time", description="When it happened, in Unix seconds.")
    """When it happened, in Unix seconds."""

    time_nano: int | None = Field(default=None, alias="timeNano", description="When it happened, in Unix nanoseconds.")
    """When it happened, in Unix nanoseconds."""

    status: str | None = Field(default=None, alias="status", description="The older name for Action, sent for container and image events.")
    """The older name for Action, sent for container and image events."""

    id: str | None = Field(default=None, alias="id", description="The older name for Actor\u0027s ID, sent for container and image events.")
    """The older name for Actor's ID, sent for container and image events."""

    from_: str | None = Field(default=None, alias="from", description="The image of the container concerned, in older container events.")
    """The image of the container concerned, in older container events."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "scope": ((1, 40), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Actor": "EventActor",
    }


class ClusterInfo(DockerModel):
    """The swarm as a manager sees it.

    Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    id: str | None = Field(default=None, alias="ID", description="The swarm\u0027s ID.")
    """The swarm's ID."""

    version: ObjectVersion | None = Field(default=None, alias="Version", description="The version counter of the swarm object, needed to update it.")
    """The version counter of the swarm object, needed to update it."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the swarm was created, as an RFC 3339 string.")
    """When the swarm was created, as an RFC 3339 string."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt", description="When the swarm\u0027s settings last changed, as an RFC 3339 string.")
    """When the swarm's settings last changed, as an RFC 3339 string."""

    spec: SwarmSpec | None = Field(default=None, alias="Spec", description="The swarm\u0027s settings (raft, dispatcher, CA, orchestration...).")
    """The swarm's settings (raft, dispatcher, CA, orchestration...)."""

    tls_info: TLSInfo | None = Field(default=None, alias="TLSInfo", description="The swarm\u0027s root CA certificate and the identity of its issuer. API \u003e= 1.30.")
    """The swarm's root CA certificate and the identity of its issuer. API >= 1.30."""

    root_rotation_in_progress: bool | None = Field(default=None, alias="RootRotationInProgress", description="Whether the swarm is replacing its root CA right now. API \u003e= 1.30.")
    """Whether the swarm is replacing its root CA right now. API >= 1.30."""

    data_path_port: int | None = Field(default=None, alias="DataPathPort", description="UDP port for overlay network traffic (VXLAN); 4789 when unset or 0. API \u003e= 1.40.")
    """UDP port for overlay network traffic (VXLAN); 4789 when unset or 0. API >= 1.40."""

    default_addr_pool: list[str] | None = Field(default=None, alias="DefaultAddrPool", description="Ranges (CIDR) that swarm-scope networks get their subnets from. API \u003e= 1.39.")
    """Ranges (CIDR) that swarm-scope networks get their subnets from. API >= 1.39."""

    subnet_size: int | None = Field(default=None, alias="SubnetSize", description="Prefix length of each subnet taken from DefaultAddrPool, e.g. 24. API \u003e= 1.39.")
    """Prefix length of each subnet taken from DefaultAddrPool, e.g. 24. API >= 1.39."""

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
    """The swarm side of a cluster (CSI) volume.

    Fields not in every API version: `ID`: API >= 1.42.; `Version`: API >= 1.42.; `CreatedAt`: API >= 1.42.; `UpdatedAt`: API >= 1.42.; `Spec`: API >= 1.42.; `Info`: API >= 1.42.; `PublishStatus`: API >= 1.42."""

    id: str | None = Field(default=None, alias="ID", description="The volume\u0027s swarm ID, which can stand for its name in volume calls. API \u003e= 1.42.")
    """The volume's swarm ID, which can stand for its name in volume calls. API >= 1.42."""

    version: ObjectVersion | None = Field(default=None, alias="Version", description="The volume\u0027s version, to pass to update_volume. API \u003e= 1.42.")
    """The volume's version, to pass to update_volume. API >= 1.42."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the swarm created the volume. API \u003e= 1.42.")
    """When the swarm created the volume. API >= 1.42."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt", description="When the volume was last changed. API \u003e= 1.42.")
    """When the volume was last changed. API >= 1.42."""

    spec: ClusterVolumeSpec | None = Field(default=None, alias="Spec", description="The settings the volume was created or last updated with. API \u003e= 1.42.")
    """The settings the volume was created or last updated with. API >= 1.42."""

    info: ClusterVolumeInfo | None = Field(default=None, alias="Info", description="What the storage plugin reports about the volume as a whole. API \u003e= 1.42.")
    """What the storage plugin reports about the volume as a whole. API >= 1.42."""

    publish_status: list[ClusterVolumePublishStatus] | None = Field(default=None, alias="PublishStatus", description="On which nodes the volume is published, and how far each publication has got. API \u003e= 1.42.")
    """On which nodes the volume is published, and how far each publication has got. API >= 1.42."""

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
    """What the CSI storage plugin reports about a cluster volume.

    Fields not in every API version: `CapacityBytes`: API >= 1.42.; `VolumeContext`: API >= 1.42.; `VolumeID`: API >= 1.42.; `AccessibleTopology`: API >= 1.42."""

    capacity_bytes: int | None = Field(default=None, alias="CapacityBytes", description="The volume\u0027s size in bytes; 0 when unknown. API \u003e= 1.42.")
    """The volume's size in bytes; 0 when unknown. API >= 1.42."""

    volume_context: dict[str, str | None] | None = Field(default=None, alias="VolumeContext", description="Key-value data the plugin returned when it created the volume. API \u003e= 1.42.")
    """Key-value data the plugin returned when it created the volume. API >= 1.42."""

    volume_id: str | None = Field(default=None, alias="VolumeID", description="The plugin\u0027s own ID for the volume (not Docker\u0027s); empty until the plugin has created it. API \u003e= 1.42.")
    """The plugin's own ID for the volume (not Docker's); empty until the plugin has created it. API >= 1.42."""

    accessible_topology: list[Topology] | None = Field(default=None, alias="AccessibleTopology", description="The topology segments from which the volume can actually be reached. API \u003e= 1.42.")
    """The topology segments from which the volume can actually be reached. API >= 1.42."""

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
    """The state of a cluster volume on one node.

    Fields not in every API version: `NodeID`: API >= 1.42.; `State`: API >= 1.42.; `PublishContext`: API >= 1.42."""

    node_id: str | None = Field(default=None, alias="NodeID", description="ID of the swarm node where the volume is published. API \u003e= 1.42.")
    """ID of the swarm node where the volume is published. API >= 1.42."""

    state: Literal['pending-publish', 'published', 'pending-node-unpublish', 'pending-controller-unpublish'] | str | None = Field(default=None, alias="State", description="How far publication has got, \"pending-publish\", \"published\", \"pending-node-unpublish\" or \"pending-controller-unpublish\". API \u003e= 1.42.")
    """How far publication has got, "pending-publish", "published", "pending-node-unpublish" or "pending-controller-unpublish". API >= 1.42."""

    publish_context: dict[str, str | None] | None = Field(default=None, alias="PublishContext", description="Key-value data the plugin\u0027s controller returned when it published the volume. API \u003e= 1.42.")
    """Key-value data the plugin's controller returned when it published the volume. API >= 1.42."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NodeID": ((1, 42), None),
        "State": ((1, 42), None),
        "PublishContext": ((1, 42), None),
    }


class ClusterVolumeSpec(DockerModel):
    """The settings of a cluster (CSI) volume, given to create_volume and update_volume.

    Fields not in every API version: `Group`: API >= 1.42.; `AccessMode`: API >= 1.42."""

    group: str | None = Field(default=None, alias="Group", description="A group name; services that ask for the group may use any volume in it interchangeably. API \u003e= 1.42.")
    """A group name; services that ask for the group may use any volume in it interchangeably. API >= 1.42."""

    access_mode: ClusterVolumeSpecAccessMode | None = Field(default=None, alias="AccessMode", description="How tasks may use the volume (scope, sharing, availability, capacity, topology). API \u003e= 1.42.")
    """How tasks may use the volume (scope, sharing, availability, capacity, topology). API >= 1.42."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Group": ((1, 42), None),
        "AccessMode": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "AccessMode": "ClusterVolumeSpecAccessMode",
    }


class ClusterVolumeSpecAccessMode(DockerModel):
    """How tasks may use a cluster volume.

    Fields not in every API version: `Scope`: API >= 1.42.; `Sharing`: API >= 1.42.; `MountVolume`: API >= 1.42.; `Secrets`: API >= 1.42.; `AccessibilityRequirements`: API >= 1.42.; `CapacityRange`: API >= 1.42.; `Availability`: API >= 1.42."""

    scope: Literal['single', 'multi'] | str | None = Field(default=None, alias="Scope", description="On how many nodes at once the volume may be used, \"single\" or \"multi\". API \u003e= 1.42.")
    """On how many nodes at once the volume may be used, "single" or "multi". API >= 1.42."""

    sharing: Literal['none', 'readonly', 'onewriter', 'all'] | str | None = Field(default=None, alias="Sharing", description="How tasks share the volume, \"none\", \"readonly\", \"onewriter\" or \"all\". API \u003e= 1.42.")
    """How tasks share the volume, "none", "readonly", "onewriter" or "all". API >= 1.42."""

    mount_volume: dict[str, Any] | None = Field(default=None, alias="MountVolume", description="Options for using the volume as a mounted filesystem, e.g. {\"FsType\": \"ext4\"}. API \u003e= 1.42.")
    """Options for using the volume as a mounted filesystem, e.g. {"FsType": "ext4"}. API >= 1.42."""

    secrets: list[ClusterVolumeSpecAccessModeSecrets] | None = Field(default=None, alias="Secrets", description="Swarm secrets whose values are passed to the storage plugin for this volume. API \u003e= 1.42.")
    """Swarm secrets whose values are passed to the storage plugin for this volume. API >= 1.42."""

    accessibility_requirements: ClusterVolumeSpecAccessModeAccessibilityRequirements | None = Field(default=None, alias="AccessibilityRequirements", description="Where (in which topology segments) the volume must or should be reachable. API \u003e= 1.42.")
    """Where (in which topology segments) the volume must or should be reachable. API >= 1.42."""

    capacity_range: ClusterVolumeSpecAccessModeCapacityRange | None = Field(default=None, alias="CapacityRange", description="The smallest and largest size the volume may be created with. API \u003e= 1.42.")
    """The smallest and largest size the volume may be created with. API >= 1.42."""

    availability: Literal['active', 'pause', 'drain'] | str | None = Field(default=None, alias="Availability", description="Whether tasks may use the volume, \"active\", \"pause\" (no new tasks) or \"drain\" (move tasks off). API \u003e= 1.42.")
    """Whether tasks may use the volume, "active", "pause" (no new tasks) or "drain" (move tasks off). API >= 1.42."""

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
    """Topology requirements for where a cluster volume is provisioned.

    Fields not in every API version: `Requisite`: API >= 1.42.; `Preferred`: API >= 1.42."""

    requisite: list[Topology] | None = Field(default=None, alias="Requisite", description="Topologies the volume must be reachable from; at least one of them has to be met. API \u003e= 1.42.")
    """Topologies the volume must be reachable from; at least one of them has to be met. API >= 1.42."""

    preferred: list[Topology] | None = Field(default=None, alias="Preferred", description="Topologies the plugin should try to provision the volume in, in order of preference. API \u003e= 1.42.")
    """Topologies the plugin should try to provision the volume in, in order of preference. API >= 1.42."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Requisite": ((1, 42), None),
        "Preferred": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Requisite": "Topology",
        "Preferred": "Topology",
    }


class ClusterVolumeSpecAccessModeCapacityRange(DockerModel):
    """The size bounds for a new cluster volume; the plugin picks when both are 0.

    Fields not in every API version: `RequiredBytes`: API >= 1.42.; `LimitBytes`: API >= 1.42."""

    required_bytes: int | None = Field(default=None, alias="RequiredBytes", description="The smallest acceptable size, in bytes; 0 means no minimum. API \u003e= 1.42.")
    """The smallest acceptable size, in bytes; 0 means no minimum. API >= 1.42."""

    limit_bytes: int | None = Field(default=None, alias="LimitBytes", description="The largest acceptable size, in bytes; 0 means no maximum. API \u003e= 1.42.")
    """The largest acceptable size, in bytes; 0 means no maximum. API >= 1.42."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RequiredBytes": ((1, 42), None),
        "LimitBytes": ((1, 42), None),
    }


class ClusterVolumeSpecAccessModeSecrets(DockerModel):
    """A secret passed to the storage plugin as one key-value pair.

    Fields not in every API version: `Key`: API >= 1.42.; `Secret`: API >= 1.42."""

    key: str | None = Field(default=None, alias="Key", description="The key under which the plugin receives the value. API \u003e= 1.42.")
    """The key under which the plugin receives the value. API >= 1.42."""

    secret: str | None = Field(default=None, alias="Secret", description="The swarm secret, by name or ID, whose data becomes the value. API \u003e= 1.42.")
    """The swarm secret, by name or ID, whose data becomes the value. API >= 1.42."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Key": ((1, 42), None),
        "Secret": ((1, 42), None),
    }


class Commit(DockerModel):
    """The build of a component (containerd, runc, init).

    Fields not in every API version: `ID`: API >= 1.32.; `Expected`: API >= 1.32. Not in API >= 1.49."""

    id: str | None = Field(default=None, alias="ID", description="The build\u0027s commit ID or version string. API \u003e= 1.32.")
    """The build's commit ID or version string. API >= 1.32."""

    expected: str | None = Field(default=None, alias="Expected", description="The commit the daemon was built against; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.49.")
    """The commit the daemon was built against; dropped from newer API versions. API >= 1.32. Not in API >= 1.49."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ID": ((1, 32), None),
        "Expected": ((1, 32), (1, 49)),
    }


class Config(DockerModel):
    """A swarm config, non-secret data that services can mount as files.

    Fields not in every API version: `ID`: API >= 1.30.; `Version`: API >= 1.30.; `CreatedAt`: API >= 1.30.; `UpdatedAt`: API >= 1.30.; `Spec`: API >= 1.30."""

    id: str | None = Field(default=None, alias="ID", description="The config\u0027s ID. API \u003e= 1.30.")
    """The config's ID. API >= 1.30."""

    version: ObjectVersion | None = Field(default=None, alias="Version", description="The config\u0027s version, to pass to update_config. API \u003e= 1.30.")
    """The config's version, to pass to update_config. API >= 1.30."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the config was created. API \u003e= 1.30.")
    """When the config was created. API >= 1.30."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt", description="When the config\u0027s labels last changed. API \u003e= 1.30.")
    """When the config's labels last changed. API >= 1.30."""

    spec: ConfigSpec | None = Field(default=None, alias="Spec", description="The config\u0027s name, labels, data and templating driver. API \u003e= 1.30.")
    """The config's name, labels, data and templating driver. API >= 1.30."""

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
    """The body of create_config.

    Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

    name: str | None = Field(default=None, alias="Name", description="The config\u0027s name. API \u003e= 1.30.")
    """The config's name. API >= 1.30."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Metadata labels. API \u003e= 1.30.")
    """Metadata labels. API >= 1.30."""

    data: str | None = Field(default=None, alias="Data", description="The payload as base64 text; create_config encodes bytes or a string for you. API \u003e= 1.30.")
    """The payload as base64 text; create_config encodes bytes or a string for you. API >= 1.30."""

    templating: Driver | None = Field(default=None, alias="Templating", description="Templating driver, e.g. \"golang\", that renders the payload as a template; unset means no templating. API \u003e= 1.37.")
    """Templating driver, e.g. "golang", that renders the payload as a template; unset means no templating. API >= 1.37."""

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
    """Names the config-only network a network takes its configuration from.

    Fields not in every API version: `Network`: API >= 1.41."""

    network: str | None = Field(default=None, alias="Network", description="The name (not the ID) of an existing config-only network. API \u003e= 1.41.")
    """The name (not the ID) of an existing config-only network. API >= 1.41."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Network": ((1, 41), None),
    }


class ConfigSpec(DockerModel):
    """The settings of a config, given to create_config and update_config.

    Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

    name: str | None = Field(default=None, alias="Name", description="The config\u0027s name, unique in the swarm. API \u003e= 1.30.")
    """The config's name, unique in the swarm. API >= 1.30."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="User metadata, as label to value; the only part that update_config may change. API \u003e= 1.30.")
    """User metadata, as label to value; the only part that update_config may change. API >= 1.30."""

    data: str | None = Field(default=None, alias="Data", description="The config\u0027s content, base64-encoded. API \u003e= 1.30.")
    """The config's content, base64-encoded. API >= 1.30."""

    templating: Driver | None = Field(default=None, alias="Templating", description="A templating driver (e.g. \"golang\") that expands the data for each task. API \u003e= 1.37.")
    """A templating driver (e.g. "golang") that expands the data for each task. API >= 1.37."""

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
    """One block-IO counter for one device and one kind of operation.

    Fields not in every API version: `major`: API >= 1.48.; `minor`: API >= 1.48.; `op`: API >= 1.48.; `value`: API >= 1.48."""

    major: int | None = Field(default=None, alias="major", description="The device\u0027s major number, e.g. 8 for SCSI disks. API \u003e= 1.48.")
    """The device's major number, e.g. 8 for SCSI disks. API >= 1.48."""

    minor: int | None = Field(default=None, alias="minor", description="The device\u0027s minor number. API \u003e= 1.48.")
    """The device's minor number. API >= 1.48."""

    op: str | None = Field(default=None, alias="op", description="The operation counted, e.g. \"read\", \"write\", \"sync\", \"async\" or \"total\" (case varies with the cgroup version). API \u003e= 1.48.")
    """The operation counted, e.g. "read", "write", "sync", "async" or "total" (case varies with the cgroup version). API >= 1.48."""

    value: int | None = Field(default=None, alias="value", description="The counter\u0027s value, in the unit of the list it is in (bytes, operations, nanoseconds...). API \u003e= 1.48.")
    """The counter's value, in the unit of the list it is in (bytes, operations, nanoseconds...). API >= 1.48."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "major": ((1, 48), None),
        "minor": ((1, 48), None),
        "op": ((1, 48), None),
        "value": ((1, 48), None),
    }


class ContainerBlkioStats(DockerModel):
    """Block-device IO counters of a container (Linux only). With cgroup v2 only io_service_bytes_recursive is filled; the other lists are None or empty.

    Fields not in every API version: `io_service_bytes_recursive`: API >= 1.48.; `io_serviced_recursive`: API >= 1.48.; `io_queue_recursive`: API >= 1.48.; `io_service_time_recursive`: API >= 1.48.; `io_wait_time_recursive`: API >= 1.48.; `io_merged_recursive`: API >= 1.48.; `io_time_recursive`: API >= 1.48.; `sectors_recursive`: API >= 1.48."""

    io_service_bytes_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="io_service_bytes_recursive", description="Bytes read and written, per device and operation. API \u003e= 1.48.")
    """Bytes read and written, per device and operation. API >= 1.48."""

    io_serviced_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="io_serviced_recursive", description="IO operations done, per device and operation (cgroup v1). API \u003e= 1.48.")
    """IO operations done, per device and operation (cgroup v1). API >= 1.48."""

    io_queue_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="io_queue_recursive", description="IO requests queued, per device and operation (cgroup v1). API \u003e= 1.48.")
    """IO requests queued, per device and operation (cgroup v1). API >= 1.48."""

    io_service_time_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="io_service_time_recursive", description="Time spent serving IO, in nanoseconds, per device and operation (cgroup v1). API \u003e= 1.48.")
    """Time spent serving IO, in nanoseconds, per device and operation (cgroup v1). API >= 1.48."""

    io_wait_time_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="io_wait_time_recursive", description="Time IO requests waited in queues, in nanoseconds, per device and operation (cgroup v1). API \u003e= 1.48.")
    """Time IO requests waited in queues, in nanoseconds, per device and operation (cgroup v1). API >= 1.48."""

    io_merged_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="io_merged_recursive", description="IO requests merged into others, per device and operation (cgroup v1). API \u003e= 1.48.")
    """IO requests merged into others, per device and operation (cgroup v1). API >= 1.48."""

    io_time_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="io_time_recursive", description="Time the devices were busy with the container\u0027s IO, in milliseconds (cgroup v1). API \u003e= 1.48.")
    """Time the devices were busy with the container's IO, in milliseconds (cgroup v1). API >= 1.48."""

    sectors_recursive: list[ContainerBlkioStatEntry] | None = Field(default=None, alias="sectors_recursive", description="Sectors transferred, per device (cgroup v1). API \u003e= 1.48.")
    """Sectors transferred, per device (cgroup v1). API >= 1.48."""

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
    """A container's CPU counters at one moment.

    Fields not in every API version: `online_cpus`: API >= 1.27."""

    cpu_usage: ContainerCPUUsage | None = Field(default=None, alias="cpu_usage", description="The CPU time the container has used, in total and split by mode.")
    """The CPU time the container has used, in total and split by mode."""

    system_cpu_usage: int | None = Field(default=None, alias="system_cpu_usage", description="The host\u0027s total CPU time so far, in nanoseconds (Linux); the denominator of a CPU percentage.")
    """The host's total CPU time so far, in nanoseconds (Linux); the denominator of a CPU percentage."""

    online_cpus: int | None = Field(default=None, alias="online_cpus", description="The number of CPUs online on the host (Linux). API \u003e= 1.27.")
    """The number of CPUs online on the host (Linux). API >= 1.27."""

    throttling_data: ContainerThrottlingData | None = Field(default=None, alias="throttling_data", description="How often the container\u0027s CPU quota throttled it (Linux).")
    """How often the container's CPU quota throttled it (Linux)."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "online_cpus": ((1, 27), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "cpu_usage": "ContainerCPUUsage",
        "throttling_data": "ContainerThrottlingData",
    }


class ContainerCPUUsage(DockerModel):
    """The CPU time a container has used since it started."""

    total_usage: int | None = Field(default=None, alias="total_usage", description="Total CPU time in nanoseconds (Linux) or units of 100 ns (Windows).")
    """Total CPU time in nanoseconds (Linux) or units of 100 ns (Windows)."""

    percpu_usage: list[int] | None = Field(default=None, alias="percpu_usage", description="CPU time per core in nanoseconds; only on Linux with cgroup v1.")
    """CPU time per core in nanoseconds; only on Linux with cgroup v1."""

    usage_in_kernelmode: int | None = Field(default=None, alias="usage_in_kernelmode", description="CPU time spent in kernel mode, nanoseconds (Linux) or units of 100 ns (Windows).")
    """CPU time spent in kernel mode, nanoseconds (Linux) or units of 100 ns (Windows)."""

    usage_in_usermode: int | None = Field(default=None, alias="usage_in_usermode", description="CPU time spent in user mode, nanoseconds (Linux) or units of 100 ns (Windows).")
    """CPU time spent in user mode, nanoseconds (Linux) or units of 100 ns (Windows)."""


class ContainerConfig(DockerModel):
    """The host-independent configuration of a container (what create_container takes outside host_config).

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

    hostname: str | None = Field(default=None, alias="Hostname", description="The host name inside the container.")
    """The host name inside the container."""

    domainname: str | None = Field(default=None, alias="Domainname", description="The domain name inside the container.")
    """The domain name inside the container."""

    user: str | None = Field(default=None, alias="User", description="The user processes run as, e.g. \"nobody\" or \"1000:1000\"; empty means the image\u0027s user.")
    """The user processes run as, e.g. "nobody" or "1000:1000"; empty means the image's user."""

    attach_stdin: bool | None = Field(default=None, alias="AttachStdin", description="Whether stdin is marked for attaching.")
    """Whether stdin is marked for attaching."""

    attach_stdout: bool | None = Field(default=None, alias="AttachStdout", description="Whether stdout is marked for attaching.")
    """Whether stdout is marked for attaching."""

    attach_stderr: bool | None = Field(default=None, alias="AttachStderr", description="Whether stderr is marked for attaching.")
    """Whether stderr is marked for attaching."""

    exposed_ports: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="ExposedPorts", description="The exposed ports as keys such as \"80/tcp\", each with an empty dict as value.")
    """The exposed ports as keys such as "80/tcp", each with an empty dict as value."""

    tty: bool | None = Field(default=None, alias="Tty", description="Whether the container has a pseudo-terminal.")
    """Whether the container has a pseudo-terminal."""

    open_stdin: bool | None = Field(default=None, alias="OpenStdin", description="Whether stdin is kept open without an attached client.")
    """Whether stdin is kept open without an attached client."""

    stdin_once: bool | None = Field(default=None, alias="StdinOnce", description="Whether stdin closes after the first attached client detaches.")
    """Whether stdin closes after the first attached client detaches."""

    env: list[str] | None = Field(default=None, alias="Env", description="The environment as \"KEY=value\" strings.")
    """The environment as "KEY=value" strings."""

    cmd: list[str] | None = Field(default=None, alias="Cmd", description="The command as a list of arguments.")
    """The command as a list of arguments."""

    healthcheck: HealthConfig | None = Field(default=None, alias="Healthcheck", description="The health check the container runs; durations in nanoseconds.")
    """The health check the container runs; durations in nanoseconds."""

    args_escaped: bool | None = Field(default=None, alias="ArgsEscaped", description="Windows only; whether the command line is already escaped. API \u003e= 1.25.")
    """Windows only; whether the command line is already escaped. API >= 1.25."""

    image: str | None = Field(default=None, alias="Image", description="The image as it was given at creation, e.g. \"busybox:latest\".")
    """The image as it was given at creation, e.g. "busybox:latest"."""

    volumes: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="Volumes", description="Paths inside the container that hold volumes, each with an empty dict as value.")
    """Paths inside the container that hold volumes, each with an empty dict as value."""

    working_dir: str | None = Field(default=None, alias="WorkingDir", description="The directory commands start in.")
    """The directory commands start in."""

    entrypoint: list[str] | None = Field(default=None, alias="Entrypoint", description="The entrypoint as a list of arguments.")
    """The entrypoint as a list of arguments."""

    network_disabled: bool | None = Field(default=None, alias="NetworkDisabled", description="Whether the container was created without networking.")
    """Whether the container was created without networking."""

    on_build: list[str] | None = Field(default=None, alias="OnBuild", description="ONBUILD instructions carried from the image\u0027s Dockerfile.")
    """ONBUILD instructions carried from the image's Dockerfile."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="The container\u0027s labels, name to value (the image\u0027s included).")
    """The container's labels, name to value (the image's included)."""

    stop_signal: str | None = Field(default=None, alias="StopSignal", description="The signal stop() sends first, e.g. \"SIGTERM\".")
    """The signal stop() sends first, e.g. "SIGTERM"."""

    stop_timeout: int | None = Field(default=None, alias="StopTimeout", description="Seconds stop() waits before killing; absent means the daemon\u0027s default. API \u003e= 1.25.")
    """Seconds stop() waits before killing; absent means the daemon's default. API >= 1.25."""

    shell: list[str] | None = Field(default=None, alias="Shell", description="The shell for shell-form commands, e.g. [\"/bin/sh\", \"-c\"]. API \u003e= 1.25.")
    """The shell for shell-form commands, e.g. ["/bin/sh", "-c"]. API >= 1.25."""

    mac_address: str | None = Field(default=None, alias="MacAddress", description="The MAC address on the default network (older API versions; now per network). Not in API \u003e= 1.52.")
    """The MAC address on the default network (older API versions; now per network). Not in API >= 1.52."""

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
    """The whole body of create_container, the document create_container_config builds.

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

    hostname: str | None = Field(default=None, alias="Hostname", description="The container\u0027s hostname.")
    """The container's hostname."""

    domainname: str | None = Field(default=None, alias="Domainname", description="The container\u0027s domain name.")
    """The container's domain name."""

    user: str | None = Field(default=None, alias="User", description="User (name or UID) to run as, optionally with \":group\" or \":GID\"; empty means the image\u0027s user.")
    """User (name or UID) to run as, optionally with ":group" or ":GID"; empty means the image's user."""

    attach_stdin: bool | None = Field(default=None, alias="AttachStdin", description="Whether stdin is attached.")
    """Whether stdin is attached."""

    attach_stdout: bool | None = Field(default=None, alias="AttachStdout", description="Whether stdout is attached.")
    """Whether stdout is attached."""

    attach_stderr: bool | None = Field(default=None, alias="AttachStderr", description="Whether stderr is attached.")
    """Whether stderr is attached."""

    exposed_ports: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="ExposedPorts", description="Exposed ports as keys like \"80/tcp\" or \"53/udp\", each mapped to an empty object.")
    """Exposed ports as keys like "80/tcp" or "53/udp", each mapped to an empty object."""

    tty: bool | None = Field(default=None, alias="Tty", description="Whether the process gets a pseudo-terminal (its output is then not multiplexed).")
    """Whether the process gets a pseudo-terminal (its output is then not multiplexed)."""

    open_stdin: bool | None = Field(default=None, alias="OpenStdin", description="Whether stdin stays open when nothing is attached.")
    """Whether stdin stays open when nothing is attached."""

    stdin_once: bool | None = Field(default=None, alias="StdinOnce", description="Whether stdin is closed once the first attached client disconnects.")
    """Whether stdin is closed once the first attached client disconnects."""

    env: list[str] | None = Field(default=None, alias="Env", description="Environment variables as \"NAME=value\" strings; a bare \"NAME\" removes the variable.")
    """Environment variables as "NAME=value" strings; a bare "NAME" removes the variable."""

    cmd: list[str] | None = Field(default=None, alias="Cmd", description="The command and its arguments.")
    """The command and its arguments."""

    healthcheck: HealthConfig | None = Field(default=None, alias="Healthcheck", description="The health check, replacing the image\u0027s.")
    """The health check, replacing the image's."""

    args_escaped: bool | None = Field(default=None, alias="ArgsEscaped", description="Whether the command is already escaped, on Windows only. API \u003e= 1.25.")
    """Whether the command is already escaped, on Windows only. API >= 1.25."""

    image: str | None = Field(default=None, alias="Image", description="The image to create the container from, by name, reference or ID.")
    """The image to create the container from, by name, reference or ID."""

    volumes: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="Volumes", description="Paths inside the container declared as volumes, each mapped to an empty object.")
    """Paths inside the container declared as volumes, each mapped to an empty object."""

    working_dir: str | None = Field(default=None, alias="WorkingDir", description="Directory in which the command starts.")
    """Directory in which the command starts."""

    entrypoint: list[str] | None = Field(default=None, alias="Entrypoint", description="The entrypoint and its arguments, replacing the image\u0027s; [\"\"] resets it to none.")
    """The entrypoint and its arguments, replacing the image's; [""] resets it to none."""

    network_disabled: bool | None = Field(default=None, alias="NetworkDisabled", description="Whether the container has no networking at all.")
    """Whether the container has no networking at all."""

    on_build: list[str] | None = Field(default=None, alias="OnBuild", description="ONBUILD instructions recorded from the image\u0027s Dockerfile.")
    """ONBUILD instructions recorded from the image's Dockerfile."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Metadata labels as string keys and values.")
    """Metadata labels as string keys and values."""

    stop_signal: str | None = Field(default=None, alias="StopSignal", description="Signal that stops the container, e.g. \"SIGTERM\", as a name or a number in a string.")
    """Signal that stops the container, e.g. "SIGTERM", as a name or a number in a string."""

    stop_timeout: int | None = Field(default=None, alias="StopTimeout", description="Seconds to wait after the stop signal before killing the container; unset means the daemon\u0027s default. API \u003e= 1.25.")
    """Seconds to wait after the stop signal before killing the container; unset means the daemon's default. API >= 1.25."""

    shell: list[str] | None = Field(default=None, alias="Shell", description="Shell used by the shell forms of RUN, CMD and ENTRYPOINT, e.g. [\"/bin/sh\", \"-c\"]. API \u003e= 1.25.")
    """Shell used by the shell forms of RUN, CMD and ENTRYPOINT, e.g. ["/bin/sh", "-c"]. API >= 1.25."""

    host_config: HostConfig | None = Field(default=None, alias="HostConfig", description="The host-side settings.")
    """The host-side settings."""

    networking_config: NetworkingConfig | None = Field(default=None, alias="NetworkingConfig", description="The networks to attach at creation.")
    """The networks to attach at creation."""

    mac_address: str | None = Field(default=None, alias="MacAddress", description="The container\u0027s MAC address; later APIs take it per network in EndpointSettings instead. Not in API \u003e= 1.52.")
    """The container's MAC address; later APIs take it per network in EndpointSettings instead. Not in API >= 1.52."""

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
    """What create_container answers."""

    id: str | None = Field(default=None, alias="Id", description="The new container\u0027s full ID, 64 hexadecimal characters.")
    """The new container's full ID, 64 hexadecimal characters."""

    warnings: list[str] | None = Field(default=None, alias="Warnings", description="Notes from the daemon about the settings, e.g. a limit the kernel does not support; often empty.")
    """Notes from the daemon about the settings, e.g. a limit the kernel does not support; often empty."""


class ContainerExecRequest(DockerModel):
    """The body of exec_create, describing a command to run in a running container.

    Fields not in every API version: `ConsoleSize`: API >= 1.42.; `Env`: API >= 1.25.; `WorkingDir`: API >= 1.35."""

    attach_stdin: bool | None = Field(default=None, alias="AttachStdin", description="Whether the command\u0027s stdin is attached.")
    """Whether the command's stdin is attached."""

    attach_stdout: bool | None = Field(default=None, alias="AttachStdout", description="Whether the command\u0027s stdout is attached.")
    """Whether the command's stdout is attached."""

    attach_stderr: bool | None = Field(default=None, alias="AttachStderr", description="Whether the command\u0027s stderr is attached.")
    """Whether the command's stderr is attached."""

    console_size: list[int] | None = Field(default=None, alias="ConsoleSize", description="Initial terminal size as [height, width] in characters. API \u003e= 1.42.")
    """Initial terminal size as [height, width] in characters. API >= 1.42."""

    detach_keys: str | None = Field(default=None, alias="DetachKeys", description="Key sequence that detaches from the command, e.g. \"ctrl-p,ctrl-q\".")
    """Key sequence that detaches from the command, e.g. "ctrl-p,ctrl-q"."""

    tty: bool | None = Field(default=None, alias="Tty", description="Whether the command gets a pseudo-terminal.")
    """Whether the command gets a pseudo-terminal."""

    env: list[str] | None = Field(default=None, alias="Env", description="Extra environment variables as \"NAME=value\" strings. API \u003e= 1.25.")
    """Extra environment variables as "NAME=value" strings. API >= 1.25."""

    cmd: list[str] | None = Field(default=None, alias="Cmd", description="The command and its arguments.")
    """The command and its arguments."""

    privileged: bool | None = Field(default=None, alias="Privileged", description="Whether the command runs with extended privileges.")
    """Whether the command runs with extended privileges."""

    user: str | None = Field(default=None, alias="User", description="User to run as, a name or UID optionally followed by \":group\" or \":GID\"; empty means the container\u0027s user.")
    """User to run as, a name or UID optionally followed by ":group" or ":GID"; empty means the container's user."""

    working_dir: str | None = Field(default=None, alias="WorkingDir", description="Directory in which the command starts; empty means the container\u0027s working directory. API \u003e= 1.35.")
    """Directory in which the command starts; empty means the container's working directory. API >= 1.35."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ConsoleSize": ((1, 42), None),
        "Env": ((1, 25), None),
        "WorkingDir": ((1, 35), None),
    }


class ContainerInspectResponse(DockerModel):
    """Everything the daemon knows about one container, as inspect_container reports it.

    Fields not in every API version: `Platform`: API >= 1.40.; `ImageManifestDescriptor`: API >= 1.48.; `Storage`: API >= 1.52.; `Node`: API >= 1.25. Not in API >= 1.39."""

    id: str | None = Field(default=None, alias="Id", description="The container\u0027s full ID, 64 hexadecimal characters.")
    """The container's full ID, 64 hexadecimal characters."""

    created: str | None = Field(default=None, alias="Created", description="When the container was created, an RFC 3339 timestamp with nanoseconds.")
    """When the container was created, an RFC 3339 timestamp with nanoseconds."""

    path: str | None = Field(default=None, alias="Path", description="The program the container runs (the first word of entrypoint plus command).")
    """The program the container runs (the first word of entrypoint plus command)."""

    args: list[str] | None = Field(default=None, alias="Args", description="The arguments passed to that program.")
    """The arguments passed to that program."""

    state: ContainerState | None = Field(default=None, alias="State", description="Whether the container runs, its PID, exit code, start and finish times and health.")
    """Whether the container runs, its PID, exit code, start and finish times and health."""

    image: str | None = Field(default=None, alias="Image", description="The ID (\"sha256:...\") of the image this container was made from.")
    """The ID ("sha256:...") of the image this container was made from."""

    resolv_conf_path: str | None = Field(default=None, alias="ResolvConfPath", description="Host path of the resolv.conf the daemon made for the container; the daemon manages it.")
    """Host path of the resolv.conf the daemon made for the container; the daemon manages it."""

    hostname_path: str | None = Field(default=None, alias="HostnamePath", description="Host path of the hostname file the daemon made for the container.")
    """Host path of the hostname file the daemon made for the container."""

    hosts_path: str | None = Field(default=None, alias="HostsPath", description="Host path of the hosts file the daemon made for the container.")
    """Host path of the hosts file the daemon made for the container."""

    log_path: str | None = Field(default=None, alias="LogPath", description="Host path of the container\u0027s log file; empty with log drivers that keep no file.")
    """Host path of the container's log file; empty with log drivers that keep no file."""

    name: str | None = Field(default=None, alias="Name", description="The container\u0027s name with a leading \"/\", e.g. \"/web\".")
    """The container's name with a leading "/", e.g. "/web"."""

    restart_count: int | None = Field(default=None, alias="RestartCount", description="How many times the restart policy has restarted the container (manual restarts do not count).")
    """How many times the restart policy has restarted the container (manual restarts do not count)."""

    driver: str | None = Field(default=None, alias="Driver", description="The storage driver or snapshotter holding the container\u0027s filesystem, e.g. \"overlay2\".")
    """The storage driver or snapshotter holding the container's filesystem, e.g. "overlay2"."""

    platform: str | None = Field(default=None, alias="Platform", description="The operating system the container was created for, usually \"linux\". API \u003e= 1.40.")
    """The operating system the container was created for, usually "linux". API >= 1.40."""

    image_manifest_descriptor: OCIDescriptor | None = Field(default=None, alias="ImageManifestDescriptor", description="Descriptor of the image manifest for the container\u0027s platform; only with the containerd image store. API \u003e= 1.48.")
    """Descriptor of the image manifest for the container's platform; only with the containerd image store. API >= 1.48."""

    mount_label: str | None = Field(default=None, alias="MountLabel", description="The SELinux label of the container\u0027s mounts; empty without SELinux.")
    """The SELinux label of the container's mounts; empty without SELinux."""

    process_label: str | None = Field(default=None, alias="ProcessLabel", description="The SELinux label of the container\u0027s processes; empty without SELinux.")
    """The SELinux label of the container's processes; empty without SELinux."""

    app_armor_profile: str | None = Field(default=None, alias="AppArmorProfile", description="The AppArmor profile the container runs under, e.g. \"docker-default\"; empty without AppArmor.")
    """The AppArmor profile the container runs under, e.g. "docker-default"; empty without AppArmor."""

    exec_ids: list[str] | None = Field(default=None, alias="ExecIDs", description="IDs of the exec instances of this container; None when there are none.")
    """IDs of the exec instances of this container; None when there are none."""

    host_config: HostConfig | None = Field(default=None, alias="HostConfig", description="The container\u0027s host-side settings (limits, binds, ports, restart policy, network mode...).")
    """The container's host-side settings (limits, binds, ports, restart policy, network mode...)."""

    graph_driver: DriverData | None = Field(default=None, alias="GraphDriver", description="The storage driver and its low-level data (layer paths) for the container\u0027s filesystem.")
    """The storage driver and its low-level data (layer paths) for the container's filesystem."""

    storage: Storage | None = Field(default=None, alias="Storage", description="Where the root filesystem is kept, when the daemon runs with the containerd image store. API \u003e= 1.52.")
    """Where the root filesystem is kept, when the daemon runs with the containerd image store. API >= 1.52."""

    size_rw: int | None = Field(default=None, alias="SizeRw", description="Bytes written or changed in the container\u0027s own layer; only when inspected with size=True.")
    """Bytes written or changed in the container's own layer; only when inspected with size=True."""

    size_root_fs: int | None = Field(default=None, alias="SizeRootFs", description="Bytes of the whole filesystem, image layers included; only when inspected with size=True.")
    """Bytes of the whole filesystem, image layers included; only when inspected with size=True."""

    mounts: list[MountPoint] | None = Field(default=None, alias="Mounts", description="The volumes, bind mounts and tmpfs mounts of the container.")
    """The volumes, bind mounts and tmpfs mounts of the container."""

    config: ContainerConfig | None = Field(default=None, alias="Config", description="The container\u0027s portable configuration (image, command, environment, labels...).")
    """The container's portable configuration (image, command, environment, labels...)."""

    network_settings: NetworkSettings | None = Field(default=None, alias="NetworkSettings", description="The container\u0027s network namespace, published ports and networks.")
    """The container's network namespace, published ports and networks."""

    node: dict[str, Any] | None = Field(default=None, alias="Node", description="The swarm node running the container, for the standalone Docker Swarm of old API versions. API \u003e= 1.25. Not in API \u003e= 1.39.")
    """The swarm node running the container, for the standalone Docker Swarm of old API versions. API >= 1.25. Not in API >= 1.39."""

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
    """A container's memory counters; Linux reports usage and limits, Windows commit and working-set sizes.

    Fields not in every API version: `usage`: API >= 1.48.; `max_usage`: API >= 1.48.; `stats`: API >= 1.48.; `failcnt`: API >= 1.48.; `limit`: API >= 1.48.; `commitbytes`: API >= 1.48.; `commitpeakbytes`: API >= 1.48.; `privateworkingset`: API >= 1.48."""

    usage: int | None = Field(default=None, alias="usage", description="Memory in use, in bytes (Linux); it includes the page cache. API \u003e= 1.48.")
    """Memory in use, in bytes (Linux); it includes the page cache. API >= 1.48."""

    max_usage: int | None = Field(default=None, alias="max_usage", description="The highest usage seen, in bytes; only with cgroup v1. API \u003e= 1.48.")
    """The highest usage seen, in bytes; only with cgroup v1. API >= 1.48."""

    stats: dict[str, int | None] | None = Field(default=None, alias="stats", description="Raw counters from the cgroup\u0027s memory.stat, in bytes or counts: e.g. \"anon\", \"file\", \"inactive_file\" (cgroup v2) or \"cache\", \"rss\" (v1). API \u003e= 1.48.")
    """Raw counters from the cgroup's memory.stat, in bytes or counts: e.g. "anon", "file", "inactive_file" (cgroup v2) or "cache", "rss" (v1). API >= 1.48."""

    failcnt: int | None = Field(default=None, alias="failcnt", description="How many times usage reached the limit; only with cgroup v1. API \u003e= 1.48.")
    """How many times usage reached the limit; only with cgroup v1. API >= 1.48."""

    limit: int | None = Field(default=None, alias="limit", description="The memory limit in bytes; the host\u0027s memory when the container has none (Linux). API \u003e= 1.48.")
    """The memory limit in bytes; the host's memory when the container has none (Linux). API >= 1.48."""

    commitbytes: int | None = Field(default=None, alias="commitbytes", description="Committed memory in bytes (Windows only). API \u003e= 1.48.")
    """Committed memory in bytes (Windows only). API >= 1.48."""

    commitpeakbytes: int | None = Field(default=None, alias="commitpeakbytes", description="The peak of committed memory in bytes (Windows only). API \u003e= 1.48.")
    """The peak of committed memory in bytes (Windows only). API >= 1.48."""

    privateworkingset: int | None = Field(default=None, alias="privateworkingset", description="The private working set in bytes (Windows only). API \u003e= 1.48.")
    """The private working set in bytes (Windows only). API >= 1.48."""

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
    """Traffic counters of one network interface of a container.

    Fields not in every API version: `rx_bytes`: API >= 1.48.; `rx_packets`: API >= 1.48.; `rx_errors`: API >= 1.48.; `rx_dropped`: API >= 1.48.; `tx_bytes`: API >= 1.48.; `tx_packets`: API >= 1.48.; `tx_errors`: API >= 1.48.; `tx_dropped`: API >= 1.48.; `endpoint_id`: API >= 1.48.; `instance_id`: API >= 1.48."""

    rx_bytes: int | None = Field(default=None, alias="rx_bytes", description="Bytes received. API \u003e= 1.48.")
    """Bytes received. API >= 1.48."""

    rx_packets: int | None = Field(default=None, alias="rx_packets", description="Packets received. API \u003e= 1.48.")
    """Packets received. API >= 1.48."""

    rx_errors: int | None = Field(default=None, alias="rx_errors", description="Receive errors (Linux; 0 on Windows). API \u003e= 1.48.")
    """Receive errors (Linux; 0 on Windows). API >= 1.48."""

    rx_dropped: int | None = Field(default=None, alias="rx_dropped", description="Incoming packets dropped. API \u003e= 1.48.")
    """Incoming packets dropped. API >= 1.48."""

    tx_bytes: int | None = Field(default=None, alias="tx_bytes", description="Bytes sent. API \u003e= 1.48.")
    """Bytes sent. API >= 1.48."""

    tx_packets: int | None = Field(default=None, alias="tx_packets", description="Packets sent. API \u003e= 1.48.")
    """Packets sent. API >= 1.48."""

    tx_errors: int | None = Field(default=None, alias="tx_errors", description="Send errors (Linux; 0 on Windows). API \u003e= 1.48.")
    """Send errors (Linux; 0 on Windows). API >= 1.48."""

    tx_dropped: int | None = Field(default=None, alias="tx_dropped", description="Outgoing packets dropped. API \u003e= 1.48.")
    """Outgoing packets dropped. API >= 1.48."""

    endpoint_id: str | None = Field(default=None, alias="endpoint_id", description="The network endpoint\u0027s ID (Windows only). API \u003e= 1.48.")
    """The network endpoint's ID (Windows only). API >= 1.48."""

    instance_id: str | None = Field(default=None, alias="instance_id", description="The interface instance\u0027s ID (Windows only). API \u003e= 1.48.")
    """The interface instance's ID (Windows only). API >= 1.48."""

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
    """Process counts of a container (Linux only).

    Fields not in every API version: `current`: API >= 1.48.; `limit`: API >= 1.48."""

    current: int | None = Field(default=None, alias="current", description="The number of processes and threads in the container\u0027s cgroup now. API \u003e= 1.48.")
    """The number of processes and threads in the container's cgroup now. API >= 1.48."""

    limit: int | None = Field(default=None, alias="limit", description="The most the cgroup allows; 0 means no limit. API \u003e= 1.48.")
    """The most the cgroup allows; 0 means no limit. API >= 1.48."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "current": ((1, 48), None),
        "limit": ((1, 48), None),
    }


class ContainerPruneResponse(DockerModel):
    """What prune_containers answers.

    Fields not in every API version: `ContainersDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    containers_deleted: list[str] | None = Field(default=None, alias="ContainersDeleted", description="IDs of the containers that were deleted; None when there were none. API \u003e= 1.25.")
    """IDs of the containers that were deleted; None when there were none. API >= 1.25."""

    space_reclaimed: int | None = Field(default=None, alias="SpaceReclaimed", description="Disk space freed, in bytes. API \u003e= 1.25.")
    """Disk space freed, in bytes. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ContainersDeleted": ((1, 25), None),
        "SpaceReclaimed": ((1, 25), None),
    }


class ContainerState(DockerModel):
    """The run state of a container, as inspect_container reports it.

    Fields not in every API version: `Health`: API >= 1.39."""

    status: Literal['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'] | str | None = Field(default=None, alias="Status", description="The state in one word, \"created\", \"running\", \"paused\", \"restarting\", \"removing\", \"exited\" or \"dead\".")
    """The state in one word, "created", "running", "paused", "restarting", "removing", "exited" or "dead"."""

    running: bool | None = Field(default=None, alias="Running", description="Whether the container runs; a paused container still counts as running.")
    """Whether the container runs; a paused container still counts as running."""

    paused: bool | None = Field(default=None, alias="Paused", description="Whether the container\u0027s processes are frozen by pause().")
    """Whether the container's processes are frozen by pause()."""

    restarting: bool | None = Field(default=None, alias="Restarting", description="Whether the restart policy is about to start the container again.")
    """Whether the restart policy is about to start the container again."""

    oom_killed: bool | None = Field(default=None, alias="OOMKilled", description="Whether a process was killed for lack of memory since the container last started.")
    """Whether a process was killed for lack of memory since the container last started."""

    dead: bool | None = Field(default=None, alias="Dead", description="Whether the container is dead, a state left by a failed removal.")
    """Whether the container is dead, a state left by a failed removal."""

    pid: int | None = Field(default=None, alias="Pid", description="The host PID of the container\u0027s main process; 0 when it is not running.")
    """The host PID of the container's main process; 0 when it is not running."""

    exit_code: int | None = Field(default=None, alias="ExitCode", description="The exit code of the last run; meaningful once the container has stopped.")
    """The exit code of the last run; meaningful once the container has stopped."""

    error: str | None = Field(default=None, alias="Error", description="The error of the last failed start, if any; else empty.")
    """The error of the last failed start, if any; else empty."""

    started_at: str | None = Field(default=None, alias="StartedAt", description="When the container last started, RFC 3339; \"0001-01-01T00:00:00Z\" if it never did.")
    """When the container last started, RFC 3339; "0001-01-01T00:00:00Z" if it never did."""

    finished_at: str | None = Field(default=None, alias="FinishedAt", description="When the container last stopped, RFC 3339; \"0001-01-01T00:00:00Z\" if it never did.")
    """When the container last stopped, RFC 3339; "0001-01-01T00:00:00Z" if it never did."""

    health: Health | None = Field(default=None, alias="Health", description="The health-check status and recent results; absent without a health check. API \u003e= 1.39.")
    """The health-check status and recent results; absent without a health check. API >= 1.39."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Health": ((1, 39), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Health": "Health",
    }


class ContainerStatsResponse(DockerModel):
    """One resource-usage sample of a container, as stats() yields it.

    Fields not in every API version: `id`: API >= 1.48.; `name`: API >= 1.48.; `os_type`: API >= 1.52.; `num_procs`: API >= 1.48.; `storage_stats`: API >= 1.48.; `preread`: API >= 1.48."""

    id: str | None = Field(default=None, alias="id", description="The container\u0027s full ID. API \u003e= 1.48.")
    """The container's full ID. API >= 1.48."""

    name: str | None = Field(default=None, alias="name", description="The container\u0027s name with a leading \"/\", e.g. \"/web\". API \u003e= 1.48.")
    """The container's name with a leading "/", e.g. "/web". API >= 1.48."""

    os_type: str | None = Field(default=None, alias="os_type", description="Whether this is a \"linux\" or a \"windows\" container. API \u003e= 1.52.")
    """Whether this is a "linux" or a "windows" container. API >= 1.52."""

    read: str | None = Field(default=None, alias="read", description="When this sample was taken, RFC 3339 with nanoseconds.")
    """When this sample was taken, RFC 3339 with nanoseconds."""

    cpu_stats: ContainerCPUStats | None = Field(default=None, alias="cpu_stats", description="CPU figures at the time of this sample.")
    """CPU figures at the time of this sample."""

    memory_stats: ContainerMemoryStats | None = Field(default=None, alias="memory_stats", description="Memory figures of this sample.")
    """Memory figures of this sample."""

    networks: dict[str, ContainerNetworkStats | None] | None = Field(default=None, alias="networks", description="Traffic counters per network interface, e.g. \"eth0\"; absent when the container has no network.")
    """Traffic counters per network interface, e.g. "eth0"; absent when the container has no network."""

    pids_stats: ContainerPidsStats | None = Field(default=None, alias="pids_stats", description="The number of processes and its limit (Linux).")
    """The number of processes and its limit (Linux)."""

    blkio_stats: ContainerBlkioStats | None = Field(default=None, alias="blkio_stats", description="Block-device IO counters (Linux).")
    """Block-device IO counters (Linux)."""

    num_procs: int | None = Field(default=None, alias="num_procs", description="Windows only; the number of processors; always 0 on Linux. API \u003e= 1.48.")
    """Windows only; the number of processors; always 0 on Linux. API >= 1.48."""

    storage_stats: ContainerStorageStats | None = Field(default=None, alias="storage_stats", description="Disk IO counters (Windows only). API \u003e= 1.48.")
    """Disk IO counters (Windows only). API >= 1.48."""

    preread: str | None = Field(default=None, alias="preread", description="When the previous sample was taken; empty or \"0001-01-01T00:00:00Z\" for a one-shot sample. API \u003e= 1.48.")
    """When the previous sample was taken; empty or "0001-01-01T00:00:00Z" for a one-shot sample. API >= 1.48."""

    precpu_stats: ContainerCPUStats | None = Field(default=None, alias="precpu_stats", description="CPU figures of the previous sample, to compute CPU use over the interval.")
    """CPU figures of the previous sample, to compute CPU use over the interval."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "id": ((1, 48), None),
        "name": ((1, 48), None),
        "os_type": ((1, 52), None),
        "num_procs": ((1, 48), None),
        "storage_stats": ((1, 48), None),
        "preread": ((1, 48), None),
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
    """The container that runs a task."""

    container_id: str | None = Field(default=None, alias="ContainerID", description="The container\u0027s ID on its node.")
    """The container's ID on its node."""

    pid: int | None = Field(default=None, alias="PID", description="The container\u0027s main process ID on the node, or 0 when it is not running.")
    """The container's main process ID on the node, or 0 when it is not running."""

    exit_code: int | None = Field(default=None, alias="ExitCode", description="The container\u0027s exit code once it has stopped.")
    """The container's exit code once it has stopped."""


class ContainerStorageStats(DockerModel):
    """Disk IO counters of a container (Windows only).

    Fields not in every API version: `read_count_normalized`: API >= 1.48.; `read_size_bytes`: API >= 1.48.; `write_count_normalized`: API >= 1.48.; `write_size_bytes`: API >= 1.48."""

    read_count_normalized: int | None = Field(default=None, alias="read_count_normalized", description="Read operations, normalized to the size Windows reports them in. API \u003e= 1.48.")
    """Read operations, normalized to the size Windows reports them in. API >= 1.48."""

    read_size_bytes: int | None = Field(default=None, alias="read_size_bytes", description="Bytes read. API \u003e= 1.48.")
    """Bytes read. API >= 1.48."""

    write_count_normalized: int | None = Field(default=None, alias="write_count_normalized", description="Write operations, normalized to the size Windows reports them in. API \u003e= 1.48.")
    """Write operations, normalized to the size Windows reports them in. API >= 1.48."""

    write_size_bytes: int | None = Field(default=None, alias="write_size_bytes", description="Bytes written. API \u003e= 1.48.")
    """Bytes written. API >= 1.48."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "read_count_normalized": ((1, 48), None),
        "read_size_bytes": ((1, 48), None),
        "write_count_normalized": ((1, 48), None),
        "write_size_bytes": ((1, 48), None),
    }


class ContainerSummary(DockerModel):
    """One container as containers() lists it; a shorter record than inspect_container's.

    Fields not in every API version: `ImageManifestDescriptor`: API >= 1.48.; `Health`: API >= 1.52."""

    id: str | None = Field(default=None, alias="Id", description="The container\u0027s full ID, 64 hexadecimal characters.")
    """The container's full ID, 64 hexadecimal characters."""

    names: list[str] | None = Field(default=None, alias="Names", description="The container\u0027s names, each with a leading \"/\" (e.g. [\"/web\"]); legacy links add more.")
    """The container's names, each with a leading "/" (e.g. ["/web"]); legacy links add more."""

    image: str | None = Field(default=None, alias="Image", description="The image as it was given at creation, e.g. \"nginx:1.27\", or an image ID.")
    """The image as it was given at creation, e.g. "nginx:1.27", or an image ID."""

    image_id: str | None = Field(default=None, alias="ImageID", description="The ID (\"sha256:...\") of the image this container was made from.")
    """The ID ("sha256:...") of the image this container was made from."""

    image_manifest_descriptor: OCIDescriptor | None = Field(default=None, alias="ImageManifestDescriptor", description="Descriptor of the image manifest for the container\u0027s platform; only with the containerd image store. API \u003e= 1.48.")
    """Descriptor of the image manifest for the container's platform; only with the containerd image store. API >= 1.48."""

    command: str | None = Field(default=None, alias="Command", description="The command the container runs, entrypoint and arguments joined into one string.")
    """The command the container runs, entrypoint and arguments joined into one string."""

    created: int | None = Field(default=None, alias="Created", description="When the container was created, in Unix seconds.")
    """When the container was created, in Unix seconds."""

    ports: list[PortSummary] | None = Field(default=None, alias="Ports", description="The container\u0027s exposed and published ports, one entry per port and host address.")
    """The container's exposed and published ports, one entry per port and host address."""

    size_rw: int | None = Field(default=None, alias="SizeRw", description="Bytes written or changed in the container\u0027s own layer; only when listed with size=True.")
    """Bytes written or changed in the container's own layer; only when listed with size=True."""

    size_root_fs: int | None = Field(default=None, alias="SizeRootFs", description="Bytes of the whole filesystem, image layers included; only when listed with size=True.")
    """Bytes of the whole filesystem, image layers included; only when listed with size=True."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="The container\u0027s labels, name to value.")
    """The container's labels, name to value."""

    state: Literal['created', 'running', 'paused', 'restarting', 'exited', 'removing', 'dead'] | str | None = Field(default=None, alias="State", description="The state in one word, e.g. \"created\", \"running\", \"paused\", \"restarting\", \"exited\" or \"dead\".")
    """The state in one word, e.g. "created", "running", "paused", "restarting", "exited" or "dead"."""

    status: str | None = Field(default=None, alias="Status", description="The state as `docker ps` words it, e.g. \"Up 3 minutes\" or \"Exited (0) 2 hours ago\".")
    """The state as `docker ps` words it, e.g. "Up 3 minutes" or "Exited (0) 2 hours ago"."""

    host_config: ContainerSummaryHostConfig | None = Field(default=None, alias="HostConfig", description="A few of the container\u0027s host settings (network mode, annotations).")
    """A few of the container's host settings (network mode, annotations)."""

    network_settings: ContainerSummaryNetworkSettings | None = Field(default=None, alias="NetworkSettings", description="The networks the container is connected to.")
    """The networks the container is connected to."""

    mounts: list[MountPoint] | None = Field(default=None, alias="Mounts", description="The volumes and bind mounts of the container.")
    """The volumes and bind mounts of the container."""

    health: ContainerSummaryHealth | None = Field(default=None, alias="Health", description="The health-check status in brief; \"none\" for a container without a check. API \u003e= 1.52.")
    """The health-check status in brief; "none" for a container without a check. API >= 1.52."""

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
    """A container's health-check status as containers() reports it.

    Fields not in every API version: `Status`: API >= 1.52.; `FailingStreak`: API >= 1.52."""

    status: Literal['none', 'starting', 'healthy', 'unhealthy'] | str | None = Field(default=None, alias="Status", description="\"none\" (no check), \"starting\", \"healthy\" or \"unhealthy\". API \u003e= 1.52.")
    """"none" (no check), "starting", "healthy" or "unhealthy". API >= 1.52."""

    failing_streak: int | None = Field(default=None, alias="FailingStreak", description="How many checks in a row have failed. API \u003e= 1.52.")
    """How many checks in a row have failed. API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Status": ((1, 52), None),
        "FailingStreak": ((1, 52), None),
    }


class ContainerSummaryHostConfig(DockerModel):
    """The part of a container's host settings that containers() reports.

    Fields not in every API version: `Annotations`: API >= 1.46."""

    network_mode: str | None = Field(default=None, alias="NetworkMode", description="The network mode, e.g. \"bridge\", \"host\", \"none\", \"container:\u003cid\u003e\" or a network name.")
    """The network mode, e.g. "bridge", "host", "none", "container:<id>" or a network name."""

    annotations: dict[str, str | None] | None = Field(default=None, alias="Annotations", description="Key/value annotations handed to the OCI runtime. API \u003e= 1.46.")
    """Key/value annotations handed to the OCI runtime. API >= 1.46."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Annotations": ((1, 46), None),
    }


class ContainerSummaryNetworkSettings(DockerModel):
    """The networks of a container as containers() reports them."""

    networks: dict[str, EndpointSettings | None] | None = Field(default=None, alias="Networks", description="The container\u0027s endpoint in each network it has joined, by network name.")
    """The container's endpoint in each network it has joined, by network name."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "Networks": "EndpointSettings",
    }


class ContainerThrottlingData(DockerModel):
    """CPU throttling counters of a container (Linux only).

    Fields not in every API version: `periods`: API >= 1.48.; `throttled_periods`: API >= 1.48.; `throttled_time`: API >= 1.48."""

    periods: int | None = Field(default=None, alias="periods", description="The number of scheduling periods in which the quota applied. API \u003e= 1.48.")
    """The number of scheduling periods in which the quota applied. API >= 1.48."""

    throttled_periods: int | None = Field(default=None, alias="throttled_periods", description="The number of periods in which the container used up its quota and was held back. API \u003e= 1.48.")
    """The number of periods in which the container used up its quota and was held back. API >= 1.48."""

    throttled_time: int | None = Field(default=None, alias="throttled_time", description="Total time the container was held back, in nanoseconds. API \u003e= 1.48.")
    """Total time the container was held back, in nanoseconds. API >= 1.48."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "periods": ((1, 48), None),
        "throttled_periods": ((1, 48), None),
        "throttled_time": ((1, 48), None),
    }


class ContainerTopResponse(DockerModel):
    """The process table of a container, as `ps` printed it."""

    titles: list[str] | None = Field(default=None, alias="Titles", description="The column headings, e.g. [\"UID\", \"PID\", \"PPID\", \"C\", \"STIME\", \"TTY\", \"TIME\", \"CMD\"].")
    """The column headings, e.g. ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"]."""

    processes: list[list[str]] | None = Field(default=None, alias="Processes", description="One row per process, its values ordered like Titles.")
    """One row per process, its values ordered like Titles."""


class ContainerUpdateRequest(DockerModel):
    """The body of update_container, changing resource limits and the restart policy of an existing container.

    Fields not in every API version: `BlkioWeightDevice`: API >= 1.55.; `BlkioDeviceReadBps`: API >= 1.55.; `BlkioDeviceWriteBps`: API >= 1.55.; `BlkioDeviceReadIOps`: API >= 1.55.; `BlkioDeviceWriteIOps`: API >= 1.55.; `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.28.; `Init`: API >= 1.37.; `PidsLimit`: API >= 1.40.; `CpuCount`: API >= 1.25.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: API >= 1.36. Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    cpu_shares: int | None = Field(default=None, alias="CpuShares", description="Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline).")
    """Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline)."""

    memory: int | None = Field(default=None, alias="Memory", description="Hard memory limit in bytes; 0 means no limit.")
    """Hard memory limit in bytes; 0 means no limit."""

    cgroup_parent: str | None = Field(default=None, alias="CgroupParent", description="Parent cgroup for the container\u0027s own cgroup; a relative path is resolved against the daemon\u0027s own cgroup, and missing ones are made too.")
    """Parent cgroup for the container's own cgroup; a relative path is resolved against the daemon's own cgroup, and missing ones are made too."""

    blkio_weight: int | None = Field(default=None, alias="BlkioWeight", description="Relative block I/O weight, 10 to 1000 (0 leaves it unset).")
    """Relative block I/O weight, 10 to 1000 (0 leaves it unset)."""

    blkio_weight_device: list[HostConfigBlkioWeightDevice] | None = Field(default=None, alias="BlkioWeightDevice", description="Per-device block I/O weights, each a Path and a Weight. API \u003e= 1.55.")
    """Per-device block I/O weights, each a Path and a Weight. API >= 1.55."""

    blkio_device_read_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadBps", description="Per-device read limits in bytes per second, each a Path and a Rate. API \u003e= 1.55.")
    """Per-device read limits in bytes per second, each a Path and a Rate. API >= 1.55."""

    blkio_device_write_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteBps", description="Per-device write limits in bytes per second, each a Path and a Rate. API \u003e= 1.55.")
    """Per-device write limits in bytes per second, each a Path and a Rate. API >= 1.55."""

    blkio_device_read_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadIOps", description="Per-device read limits in I/O operations per second, each a Path and a Rate. API \u003e= 1.55.")
    """Per-device read limits in I/O operations per second, each a Path and a Rate. API >= 1.55."""

    blkio_device_write_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteIOps", description="Per-device write limits in I/O operations per second, each a Path and a Rate. API \u003e= 1.55.")
    """Per-device write limits in I/O operations per second, each a Path and a Rate. API >= 1.55."""

    cpu_period: int | None = Field(default=None, alias="CpuPeriod", description="Length of the CFS scheduler period in microseconds (the kernel default is 100000).")
    """Length of the CFS scheduler period in microseconds (the kernel default is 100000)."""

    cpu_quota: int | None = Field(default=None, alias="CpuQuota", description="CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit.")
    """CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit."""

    cpu_realtime_period: int | None = Field(default=None, alias="CpuRealtimePeriod", description="Real-time scheduler period in microseconds; 0 gives no real-time time. API \u003e= 1.25.")
    """Real-time scheduler period in microseconds; 0 gives no real-time time. API >= 1.25."""

    cpu_realtime_runtime: int | None = Field(default=None, alias="CpuRealtimeRuntime", description="Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API \u003e= 1.25.")
    """Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API >= 1.25."""

    cpuset_cpus: str | None = Field(default=None, alias="CpusetCpus", description="CPUs the container may run on, e.g. \"0-3\" or \"0,2\".")
    """CPUs the container may run on, e.g. "0-3" or "0,2"."""

    cpuset_mems: str | None = Field(default=None, alias="CpusetMems", description="NUMA memory nodes the container may use, e.g. \"0-1\"; matters only on NUMA hosts.")
    """NUMA memory nodes the container may use, e.g. "0-1"; matters only on NUMA hosts."""

    devices: list[DeviceMapping] | None = Field(default=None, alias="Devices", description="Host devices made available inside the container.")
    """Host devices made available inside the container."""

    device_cgroup_rules: list[str] | None = Field(default=None, alias="DeviceCgroupRules", description="Device cgroup rules such as \"c 1:3 mr\" (type, major:minor, access). API \u003e= 1.28.")
    """Device cgroup rules such as "c 1:3 mr" (type, major:minor, access). API >= 1.28."""

    device_requests: list[DeviceRequest] | None = Field(default=None, alias="DeviceRequests", description="Requests for devices handed to a device driver, such as GPUs. API \u003e= 1.40.")
    """Requests for devices handed to a device driver, such as GPUs. API >= 1.40."""

    memory_reservation: int | None = Field(default=None, alias="MemoryReservation", description="Soft memory limit in bytes, enforced when the host runs short of memory.")
    """Soft memory limit in bytes, enforced when the host runs short of memory."""

    memory_swap: int | None = Field(default=None, alias="MemorySwap", description="Limit on memory plus swap in bytes; -1 allows unlimited swap.")
    """Limit on memory plus swap in bytes; -1 allows unlimited swap."""

    memory_swappiness: int | None = Field(default=None, alias="MemorySwappiness", description="How readily the kernel swaps out the container\u0027s anonymous pages, 0 to 100.")
    """How readily the kernel swaps out the container's anonymous pages, 0 to 100."""

    nano_cpus: int | None = Field(default=None, alias="NanoCpus", description="CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API \u003e= 1.28.")
    """CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API >= 1.28."""

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable", description="Whether the kernel\u0027s OOM killer is kept from killing the container\u0027s processes.")
    """Whether the kernel's OOM killer is kept from killing the container's processes."""

    init: bool | None = Field(default=None, alias="Init", description="Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon\u0027s default. API \u003e= 1.37.")
    """Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon's default. API >= 1.37."""

    pids_limit: int | None = Field(default=None, alias="PidsLimit", description="Maximum number of processes in the container; 0 or -1 means unlimited. API \u003e= 1.40.")
    """Maximum number of processes in the container; 0 or -1 means unlimited. API >= 1.40."""

    ulimits: list[HostConfigUlimits] | None = Field(default=None, alias="Ulimits", description="Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values.")
    """Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values."""

    cpu_count: int | None = Field(default=None, alias="CpuCount", description="Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API \u003e= 1.25.")
    """Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API >= 1.25."""

    cpu_percent: int | None = Field(default=None, alias="CpuPercent", description="Usable share of the CPUs as a percentage, on Windows only.")
    """Usable share of the CPUs as a percentage, on Windows only."""

    io_maximum_iops: int | None = Field(default=None, alias="IOMaximumIOps", description="Maximum I/O operations per second on the system drive, on Windows only.")
    """Maximum I/O operations per second on the system drive, on Windows only."""

    io_maximum_bandwidth: int | None = Field(default=None, alias="IOMaximumBandwidth", description="Maximum I/O on the system drive in bytes per second, on Windows only.")
    """Maximum I/O on the system drive in bytes per second, on Windows only."""

    restart_policy: RestartPolicy | None = Field(default=None, alias="RestartPolicy", description="The new restart policy.")
    """The new restart policy."""

    disk_quota: int | None = Field(default=None, alias="DiskQuota", description="Disk space limit in bytes, for storage backends that support one. API \u003e= 1.25. Not in API \u003e= 1.40.")
    """Disk space limit in bytes, for storage backends that support one. API >= 1.25. Not in API >= 1.40."""

    kernel_memory: int | None = Field(default=None, alias="KernelMemory", description="Kernel memory limit in bytes; deprecated and ignored with cgroup v2. API \u003e= 1.36. Not in API \u003e= 1.42.")
    """Kernel memory limit in bytes; deprecated and ignored with cgroup v2. API >= 1.36. Not in API >= 1.42."""

    kernel_memory_tcp: int | None = Field(default=None, alias="KernelMemoryTCP", description="Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API \u003e= 1.40. Not in API \u003e= 1.52.")
    """Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API >= 1.40. Not in API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "BlkioWeightDevice": ((1, 55), None),
        "BlkioDeviceReadBps": ((1, 55), None),
        "BlkioDeviceWriteBps": ((1, 55), None),
        "BlkioDeviceReadIOps": ((1, 55), None),
        "BlkioDeviceWriteIOps": ((1, 55), None),
        "CpuRealtimePeriod": ((1, 25), None),
        "CpuRealtimeRuntime": ((1, 25), None),
        "DeviceCgroupRules": ((1, 28), None),
        "DeviceRequests": ((1, 40), None),
        "NanoCpus": ((1, 28), None),
        "Init": ((1, 37), None),
        "PidsLimit": ((1, 40), None),
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
    """What update_container answers."""

    warnings: list[str] | None = Field(default=None, alias="Warnings", description="Notes from the daemon about settings it could not apply as asked; often empty.")
    """Notes from the daemon about settings it could not apply as asked; often empty."""


class ContainerWaitExitError(DockerModel):
    """Why waiting for a container failed.

    Fields not in every API version: `Message`: API >= 1.34."""

    message: str | None = Field(default=None, alias="Message", description="The error message. API \u003e= 1.34.")
    """The error message. API >= 1.34."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Message": ((1, 34), None),
    }


class ContainerWaitResponse(DockerModel):
    """What wait returns once the container has stopped.

    Fields not in every API version: `Error`: API >= 1.34."""

    status_code: int | None = Field(default=None, alias="StatusCode", description="The container\u0027s exit code.")
    """The container's exit code."""

    error: ContainerWaitExitError | None = Field(default=None, alias="Error", description="Set when waiting itself failed. API \u003e= 1.34.")
    """Set when waiting itself failed. API >= 1.34."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Error": ((1, 34), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Error": "ContainerWaitExitError",
    }


class ContainerdInfo(DockerModel):
    """The containerd instance the daemon uses.

    Fields not in every API version: `Address`: API >= 1.46.; `Namespaces`: API >= 1.46."""

    address: str | None = Field(default=None, alias="Address", description="Path of containerd\u0027s socket, e.g. \"/run/containerd/containerd.sock\". API \u003e= 1.46.")
    """Path of containerd's socket, e.g. "/run/containerd/containerd.sock". API >= 1.46."""

    namespaces: ContainerdInfoNamespaces | None = Field(default=None, alias="Namespaces", description="The containerd namespaces the daemon keeps to itself. API \u003e= 1.46.")
    """The containerd namespaces the daemon keeps to itself. API >= 1.46."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Address": ((1, 46), None),
        "Namespaces": ((1, 46), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Namespaces": "ContainerdInfoNamespaces",
    }


class ContainerdInfoNamespaces(DockerModel):
    """The containerd namespaces the daemon uses; leave them to the daemon.

    Fields not in every API version: `Containers`: API >= 1.46.; `Plugins`: API >= 1.46."""

    containers: str | None = Field(default=None, alias="Containers", description="Namespace of the daemon\u0027s containers, e.g. \"moby\". API \u003e= 1.46.")
    """Namespace of the daemon's containers, e.g. "moby". API >= 1.46."""

    plugins: str | None = Field(default=None, alias="Plugins", description="Namespace of the daemon\u0027s plugins, e.g. \"plugins.moby\". API \u003e= 1.46.")
    """Namespace of the daemon's plugins, e.g. "plugins.moby". API >= 1.46."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Containers": ((1, 46), None),
        "Plugins": ((1, 46), None),
    }


class ContainersDiskUsage(DockerModel):
    """Disk usage of containers, in df().

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    active_count: int | None = Field(default=None, alias="ActiveCount", description="Containers that are running. API \u003e= 1.52.")
    """Containers that are running. API >= 1.52."""

    total_count: int | None = Field(default=None, alias="TotalCount", description="All containers. API \u003e= 1.52.")
    """All containers. API >= 1.52."""

    reclaimable: int | None = Field(default=None, alias="Reclaimable", description="Bytes that removing stopped containers would free. API \u003e= 1.52.")
    """Bytes that removing stopped containers would free. API >= 1.52."""

    total_size: int | None = Field(default=None, alias="TotalSize", description="Bytes the containers\u0027 writable layers take. API \u003e= 1.52.")
    """Bytes the containers' writable layers take. API >= 1.52."""

    items_: list[Any] | None = Field(default=None, alias="Items", description="The containers one by one; only with df(verbose=True). API \u003e= 1.52.")
    """The containers one by one; only with df(verbose=True). API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ActiveCount": ((1, 52), None),
        "TotalCount": ((1, 52), None),
        "Reclaimable": ((1, 52), None),
        "TotalSize": ((1, 52), None),
        "Items": ((1, 52), None),
    }


class CreateImageInfo(DockerModel):
    """One JSON message of the pull or import progress stream.

    Fields not in every API version: `id`: API >= 1.36.; `errorDetail`: API >= 1.39.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    id: str | None = Field(default=None, alias="id", description="ID of the layer the message is about. API \u003e= 1.36.")
    """ID of the layer the message is about. API >= 1.36."""

    error_detail: ErrorDetail | None = Field(default=None, alias="errorDetail", description="The error that ended the operation, with a code and message. API \u003e= 1.39.")
    """The error that ended the operation, with a code and message. API >= 1.39."""

    status: str | None = Field(default=None, alias="status", description="A status line, e.g. \"Downloading\", \"Pull complete\" or a digest line.")
    """A status line, e.g. "Downloading", "Pull complete" or a digest line."""

    progress_detail: ProgressDetail | None = Field(default=None, alias="progressDetail", description="Progress counts (current and total bytes) for the layer.")
    """Progress counts (current and total bytes) for the layer."""

    error: str | None = Field(default=None, alias="error", description="The error message that ended the operation, as plain text (deprecated; read errorDetail). Not in API \u003e= 1.52.")
    """The error message that ended the operation, as plain text (deprecated; read errorDetail). Not in API >= 1.52."""

    progress: str | None = Field(default=None, alias="progress", description="A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API \u003e= 1.52.")
    """A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API >= 1.52."""

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
    """A device the daemon found that containers can request.

    Fields not in every API version: `Source`: API >= 1.50.; `ID`: API >= 1.50."""

    source: str | None = Field(default=None, alias="Source", description="The device driver that found it, e.g. \"cdi\". API \u003e= 1.50.")
    """The device driver that found it, e.g. "cdi". API >= 1.50."""

    id: str | None = Field(default=None, alias="ID", description="The device\u0027s name within that driver, e.g. \"vendor.com/gpu=0\" for CDI. API \u003e= 1.50.")
    """The device's name within that driver, e.g. "vendor.com/gpu=0" for CDI. API >= 1.50."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Source": ((1, 50), None),
        "ID": ((1, 50), None),
    }


class DeviceMapping(DockerModel):
    """A host device made available inside the container."""

    path_on_host: str | None = Field(default=None, alias="PathOnHost", description="Path of the device on the host, e.g. \"/dev/fuse\".")
    """Path of the device on the host, e.g. "/dev/fuse"."""

    path_in_container: str | None = Field(default=None, alias="PathInContainer", description="Path at which the device appears in the container.")
    """Path at which the device appears in the container."""

    cgroup_permissions: str | None = Field(default=None, alias="CgroupPermissions", description="Allowed access, a combination of r (read), w (write) and m (mknod), e.g. \"rwm\".")
    """Allowed access, a combination of r (read), w (write) and m (mknod), e.g. "rwm"."""


class DeviceRequest(DockerModel):
    """A request for devices, such as GPUs, to be provided by a device driver.

    Fields not in every API version: `Driver`: API >= 1.40.; `Count`: API >= 1.40.; `DeviceIDs`: API >= 1.40.; `Capabilities`: API >= 1.40.; `Options`: API >= 1.40."""

    driver: str | None = Field(default=None, alias="Driver", description="Name of the device driver, e.g. \"nvidia\"; when set, Capabilities do not pick the driver. API \u003e= 1.40.")
    """Name of the device driver, e.g. "nvidia"; when set, Capabilities do not pick the driver. API >= 1.40."""

    count: int | None = Field(default=None, alias="Count", description="How many devices to request; -1 means all available. API \u003e= 1.40.")
    """How many devices to request; -1 means all available. API >= 1.40."""

    device_ids: list[str] | None = Field(default=None, alias="DeviceIDs", description="IDs of specific devices to request, instead of a Count. API \u003e= 1.40.")
    """IDs of specific devices to request, instead of a Count. API >= 1.40."""

    capabilities: list[list[str]] | None = Field(default=None, alias="Capabilities", description="Capabilities the devices must offer, as a list of alternatives each listing required capabilities, e.g. [[\"gpu\"]] or [[\"gpu\", \"compute\"]]. API \u003e= 1.40.")
    """Capabilities the devices must offer, as a list of alternatives each listing required capabilities, e.g. [["gpu"]] or [["gpu", "compute"]]. API >= 1.40."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="Driver-specific options, passed to the driver unchanged. API \u003e= 1.40.")
    """Driver-specific options, passed to the driver unchanged. API >= 1.40."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Driver": ((1, 40), None),
        "Count": ((1, 40), None),
        "DeviceIDs": ((1, 40), None),
        "Capabilities": ((1, 40), None),
        "Options": ((1, 40), None),
    }


class DistributionInspect(DockerModel):
    """An image as its registry describes it, from inspect_distribution.

    Fields not in every API version: `Descriptor`: API >= 1.30.; `Platforms`: API >= 1.30."""

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor", description="OCI descriptor of the manifest or index the reference points at (media type, digest, size). API \u003e= 1.30.")
    """OCI descriptor of the manifest or index the reference points at (media type, digest, size). API >= 1.30."""

    platforms: list[OCIPlatform] | None = Field(default=None, alias="Platforms", description="The platforms (OS, architecture, variant) the image is published for. API \u003e= 1.30.")
    """The platforms (OS, architecture, variant) the image is published for. API >= 1.30."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Descriptor": ((1, 30), None),
        "Platforms": ((1, 30), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Descriptor": "OCIDescriptor",
        "Platforms": "OCIPlatform",
    }


class Driver(DockerModel):
    """A driver named with its options, e.g. a secret store or a templating driver.

    Fields not in every API version: `Name`: API >= 1.31.; `Options`: API >= 1.31."""

    name: str | None = Field(default=None, alias="Name", description="The driver\u0027s name, e.g. \"golang\" for templating. API \u003e= 1.31.")
    """The driver's name, e.g. "golang" for templating. API >= 1.31."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="Options for the driver, as strings. API \u003e= 1.31.")
    """Options for the driver, as strings. API >= 1.31."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 31), None),
        "Options": ((1, 31), None),
    }


class DriverData(DockerModel):
    """A storage driver and the driver-specific details of one container or image filesystem."""

    name: str | None = Field(default=None, alias="Name", description="The storage driver, e.g. \"overlay2\".")
    """The storage driver, e.g. "overlay2"."""

    data: dict[str, str | None] | None = Field(default=None, alias="Data", description="Details that depend on the driver, e.g. LowerDir, UpperDir, MergedDir and WorkDir for overlay2; informational only.")
    """Details that depend on the driver, e.g. LowerDir, UpperDir, MergedDir and WorkDir for overlay2; informational only."""


class EndpointIPAMConfig(DockerModel):
    """Fixed addresses asked for on a network, which must fall within one of the network's subnets."""

    ipv4_address: str | None = Field(default=None, alias="IPv4Address", description="The IPv4 address to use, e.g. \"172.28.0.10\".")
    """The IPv4 address to use, e.g. "172.28.0.10"."""

    ipv6_address: str | None = Field(default=None, alias="IPv6Address", description="The IPv6 address to use.")
    """The IPv6 address to use."""

    link_local_ips: list[str] | None = Field(default=None, alias="LinkLocalIPs", description="Additional link-local IPv4 or IPv6 addresses.")
    """Additional link-local IPv4 or IPv6 addresses."""


class EndpointPortConfig(DockerModel):
    """One published port of a service.

    Fields not in every API version: `PublishMode`: API >= 1.34."""

    name: str | None = Field(default=None, alias="Name", description="An optional name for the port.")
    """An optional name for the port."""

    protocol: Literal['tcp', 'udp', 'sctp'] | str | None = Field(default=None, alias="Protocol", description="The protocol, \"tcp\", \"udp\" or \"sctp\".")
    """The protocol, "tcp", "udp" or "sctp"."""

    target_port: int | None = Field(default=None, alias="TargetPort", description="The port inside the task\u0027s container.")
    """The port inside the task's container."""

    published_port: int | None = Field(default=None, alias="PublishedPort", description="The port on the nodes; the swarm picks one (from 30000 up) when it is 0 or missing.")
    """The port on the nodes; the swarm picks one (from 30000 up) when it is 0 or missing."""

    publish_mode: Literal['ingress', 'host'] | str | None = Field(default=None, alias="PublishMode", description="Where the port is opened, \"ingress\" (on every node, through the routing mesh) or \"host\" (only on the node running the task). API \u003e= 1.34.")
    """Where the port is opened, "ingress" (on every node, through the routing mesh) or "host" (only on the node running the task). API >= 1.34."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "PublishMode": ((1, 34), None),
    }


class EndpointResource(DockerModel):
    """One container's connection to a network, as inspect_network lists it."""

    name: str | None = Field(default=None, alias="Name", description="The container\u0027s name.")
    """The container's name."""

    endpoint_id: str | None = Field(default=None, alias="EndpointID", description="The ID of the container\u0027s endpoint on this network.")
    """The ID of the container's endpoint on this network."""

    mac_address: str | None = Field(default=None, alias="MacAddress", description="The MAC address of the container\u0027s interface on this network.")
    """The MAC address of the container's interface on this network."""

    ipv4_address: str | None = Field(default=None, alias="IPv4Address", description="The container\u0027s IPv4 address with prefix length, e.g. \"172.18.0.2/16\".")
    """The container's IPv4 address with prefix length, e.g. "172.18.0.2/16"."""

    ipv6_address: str | None = Field(default=None, alias="IPv6Address", description="The container\u0027s IPv6 address with prefix length, or empty.")
    """The container's IPv6 address with prefix length, or empty."""


class EndpointSettings(DockerModel):
    """A container's endpoint on one network, what was asked for and what the daemon assigned.

    Fields not in every API version: `DriverOpts`: API >= 1.32.; `GwPriority`: API >= 1.48.; `DNSNames`: API >= 1.44."""

    ipam_config: EndpointIPAMConfig | None = Field(default=None, alias="IPAMConfig", description="Addresses asked for on this network.")
    """Addresses asked for on this network."""

    links: list[str] | None = Field(default=None, alias="Links", description="Legacy links on this network, as \"name:alias\" strings.")
    """Legacy links on this network, as "name:alias" strings."""

    mac_address: str | None = Field(default=None, alias="MacAddress", description="MAC address of the endpoint; some drivers ignore a requested one.")
    """MAC address of the endpoint; some drivers ignore a requested one."""

    aliases: list[str] | None = Field(default=None, alias="Aliases", description="Extra DNS names the container answers to on this network.")
    """Extra DNS names the container answers to on this network."""

    driver_opts: dict[str, str | None] | None = Field(default=None, alias="DriverOpts", description="Options passed to the network driver for this endpoint. API \u003e= 1.32.")
    """Options passed to the network driver for this endpoint. API >= 1.32."""

    gw_priority: int | None = Field(default=None, alias="GwPriority", description="Gateway priority; the endpoint with the highest value provides the default route (ties go by network name). API \u003e= 1.48.")
    """Gateway priority; the endpoint with the highest value provides the default route (ties go by network name). API >= 1.48."""

    network_id: str | None = Field(default=None, alias="NetworkID", description="ID of the network.")
    """ID of the network."""

    endpoint_id: str | None = Field(default=None, alias="EndpointID", description="ID of the endpoint.")
    """ID of the endpoint."""

    gateway: str | None = Field(default=None, alias="Gateway", description="IPv4 gateway address on this network.")
    """IPv4 gateway address on this network."""

    ip_address: str | None = Field(default=None, alias="IPAddress", description="The container\u0027s IPv4 address on this network.")
    """The container's IPv4 address on this network."""

    ip_prefix_len: int | None = Field(default=None, alias="IPPrefixLen", description="Prefix length of the IPv4 address, e.g. 16.")
    """Prefix length of the IPv4 address, e.g. 16."""

    ipv6_gateway: str | None = Field(default=None, alias="IPv6Gateway", description="IPv6 gateway address on this network.")
    """IPv6 gateway address on this network."""

    global_ipv6_address: str | None = Field(default=None, alias="GlobalIPv6Address", description="The container\u0027s global IPv6 address on this network.")
    """The container's global IPv6 address on this network."""

    global_ipv6_prefix_len: int | None = Field(default=None, alias="GlobalIPv6PrefixLen", description="Prefix length of the container\u0027s global IPv6 address, e.g. 64.")
    """Prefix length of the container's global IPv6 address, e.g. 64."""

    dns_names: list[str] | None = Field(default=None, alias="DNSNames", description="Every DNS name the container has on this network (name, aliases, short ID, hostname). API \u003e= 1.44.")
    """Every DNS name the container has on this network (name, aliases, short ID, hostname). API >= 1.44."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "DriverOpts": ((1, 32), None),
        "GwPriority": ((1, 48), None),
        "DNSNames": ((1, 44), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "IPAMConfig": "EndpointIPAMConfig",
    }


class EndpointSpec(DockerModel):
    """How a service is reached on its networks and from outside."""

    mode: Literal['vip', 'dnsrr'] | str | None = Field(default=None, alias="Mode", description="How clients find the tasks, \"vip\" (one virtual IP, load-balanced) or \"dnsrr\" (DNS round robin over the task addresses).")
    """How clients find the tasks, "vip" (one virtual IP, load-balanced) or "dnsrr" (DNS round robin over the task addresses)."""

    ports: list[EndpointPortConfig] | None = Field(default=None, alias="Ports", description="The ports to publish, each mapping a port of the tasks to a port on the swarm\u0027s nodes.")
    """The ports to publish, each mapping a port of the tasks to a port on the swarm's nodes."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "Ports": "EndpointPortConfig",
    }


class EngineDescription(DockerModel):
    """The Docker engine on a node."""

    engine_version: str | None = Field(default=None, alias="EngineVersion", description="The engine\u0027s version, e.g. \"28.5.2\".")
    """The engine's version, e.g. "28.5.2"."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="The engine\u0027s labels (from the daemon configuration), usable in constraints as engine.labels.KEY.")
    """The engine's labels (from the daemon configuration), usable in constraints as engine.labels.KEY."""

    plugins: list[EngineDescriptionPlugins] | None = Field(default=None, alias="Plugins", description="The plugins the engine offers, by type and name.")
    """The plugins the engine offers, by type and name."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "Plugins": "EngineDescriptionPlugins",
    }


class EngineDescriptionPlugins(DockerModel):
    """One plugin an engine offers."""

    type: str | None = Field(default=None, alias="Type", description="The kind of plugin, e.g. \"Volume\", \"Network\", \"Log\" or \"Authorization\".")
    """The kind of plugin, e.g. "Volume", "Network", "Log" or "Authorization"."""

    name: str | None = Field(default=None, alias="Name", description="The plugin\u0027s name, e.g. \"local\", \"overlay\" or \"json-file\".")
    """The plugin's name, e.g. "local", "overlay" or "json-file"."""


class ErrorDetail(DockerModel):
    """An error reported inside a stream."""

    code: int | None = Field(default=None, alias="code", description="A numeric code, often absent.")
    """A numeric code, often absent."""

    message: str | None = Field(default=None, alias="message", description="The error message.")
    """The error message."""


class ErrorResponse(DockerModel):
    """The JSON body the daemon sends with an error status."""

    message: str | None = Field(default=None, alias="message", description="The daemon\u0027s error message.")
    """The daemon's error message."""


class EventActor(DockerModel):
    """The object an event is about."""

    id: str | None = Field(default=None, alias="ID", description="The object\u0027s ID (or name, for some kinds such as volumes).")
    """The object's ID (or name, for some kinds such as volumes)."""

    attributes: dict[str, str | None] | None = Field(default=None, alias="Attributes", description="Details of the object, e.g. its \"name\", \"image\", labels, or \"exitCode\" for a \"die\" event.")
    """Details of the object, e.g. its "name", "image", labels, or "exitCode" for a "die" event."""


class EventMessage(DockerModel):
    """One event of the events stream.

    Fields not in every API version: `scope`: API >= 1.40."""

    type: Literal['builder', 'config', 'container', 'daemon', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'volume'] | str | None = Field(default=None, alias="Type", description="Kind of object the event is about, e.g. \"container\", \"image\", \"network\", \"volume\" or \"service\".")
    """Kind of object the event is about, e.g. "container", "image", "network", "volume" or "service"."""

    action: str | None = Field(default=None, alias="Action", description="What happened, e.g. \"create\", \"start\", \"die\", \"pull\" or \"health_status: healthy\".")
    """What happened, e.g. "create", "start", "die", "pull" or "health_status: healthy"."""

    actor: EventActor | None = Field(default=None, alias="Actor", description="The object the event is about, with its ID and attributes.")
    """The object the event is about, with its ID and attributes."""

    scope: Literal['local', 'swarm'] | str | None = Field(default=None, alias="scope", description="Where the event happened, \"local\" for this daemon or \"swarm\" for the cluster. API \u003e= 1.40.")
    """Where the event happened, "local" for this daemon or "swarm" for the cluster. API >= 1.40."""

    time: int | None = Field(default=None, alias="time", description="When it happened, in Unix seconds.")
    """When it happened, in Unix seconds."""

    time_nano: int | None = Field(default=None, alias="timeNano", description="When it happened, in Unix nanoseconds.")
    """When it happened, in Unix nanoseconds."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "scope": ((1, 40), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Actor": "EventActor",
    }


class ExecInspectResponse(DockerModel):
    """The state of an exec instance, as exec_inspect reports it.

    Fields not in every API version: `CanRemove`: API >= 1.36.; `DetachKeys`: API >= 1.36.; `Pid`: API >= 1.25."""

    can_remove: bool | None = Field(default=None, alias="CanRemove", description="Whether the daemon may discard the instance\u0027s record (its command has ended). API \u003e= 1.36.")
    """Whether the daemon may discard the instance's record (its command has ended). API >= 1.36."""

    detach_keys: str | None = Field(default=None, alias="DetachKeys", description="The key sequence set to detach from the instance; empty when none was given. API \u003e= 1.36.")
    """The key sequence set to detach from the instance; empty when none was given. API >= 1.36."""

    id: str | None = Field(default=None, alias="ID", description="The exec instance\u0027s ID.")
    """The exec instance's ID."""

    running: bool | None = Field(default=None, alias="Running", description="Whether the command is still running.")
    """Whether the command is still running."""

    exit_code: int | None = Field(default=None, alias="ExitCode", description="The command\u0027s exit code once it has ended; None while it runs or before it starts.")
    """The command's exit code once it has ended; None while it runs or before it starts."""

    process_config: ProcessConfig | None = Field(default=None, alias="ProcessConfig", description="The command line, user and TTY the instance runs with.")
    """The command line, user and TTY the instance runs with."""

    open_stdin: bool | None = Field(default=None, alias="OpenStdin", description="Whether the instance\u0027s stdin is connected.")
    """Whether the instance's stdin is connected."""

    open_stderr: bool | None = Field(default=None, alias="OpenStderr", description="Whether the instance\u0027s stderr is captured.")
    """Whether the instance's stderr is captured."""

    open_stdout: bool | None = Field(default=None, alias="OpenStdout", description="Whether the instance\u0027s stdout is captured.")
    """Whether the instance's stdout is captured."""

    container_id: str | None = Field(default=None, alias="ContainerID", description="The ID of the container the command runs in.")
    """The ID of the container the command runs in."""

    pid: int | None = Field(default=None, alias="Pid", description="The host PID of the command\u0027s process; 0 before it starts. API \u003e= 1.25.")
    """The host PID of the command's process; 0 before it starts. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CanRemove": ((1, 36), None),
        "DetachKeys": ((1, 36), None),
        "Pid": ((1, 25), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ProcessConfig": "ProcessConfig",
    }


class ExecStartRequest(DockerModel):
    """The body of exec_start.

    Fields not in every API version: `ConsoleSize`: API >= 1.42."""

    detach: bool | None = Field(default=None, alias="Detach", description="Whether to start the command without attaching to its output.")
    """Whether to start the command without attaching to its output."""

    tty: bool | None = Field(default=None, alias="Tty", description="Whether the command\u0027s output comes through a pseudo-terminal, unmultiplexed.")
    """Whether the command's output comes through a pseudo-terminal, unmultiplexed."""

    console_size: list[int] | None = Field(default=None, alias="ConsoleSize", description="Initial terminal size as [height, width] in characters. API \u003e= 1.42.")
    """Initial terminal size as [height, width] in characters. API >= 1.42."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ConsoleSize": ((1, 42), None),
    }


class FilesystemChange(DockerModel):
    """One path of a container's filesystem that differs from its image."""

    path: str | None = Field(default=None, alias="Path", description="The absolute path inside the container, e.g. \"/tmp/out.log\".")
    """The absolute path inside the container, e.g. "/tmp/out.log"."""

    kind: ChangeType | None = Field(default=None, alias="Kind", description="The kind of change: 0 modified, 1 added, 2 deleted.")
    """The kind of change: 0 modified, 1 added, 2 deleted."""


class FirewallInfo(DockerModel):
    """The firewall the daemon configures (Linux only).

    Fields not in every API version: `Driver`: API >= 1.49.; `Info`: API >= 1.49."""

    driver: str | None = Field(default=None, alias="Driver", description="The firewall backend, e.g. \"iptables\" or \"nftables\". API \u003e= 1.49.")
    """The firewall backend, e.g. "iptables" or "nftables". API >= 1.49."""

    info: list[list[str]] | None = Field(default=None, alias="Info", description="Details of the backend, as [label, value] pairs whose format may change. API \u003e= 1.49.")
    """Details of the backend, as [label, value] pairs whose format may change. API >= 1.49."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Driver": ((1, 49), None),
        "Info": ((1, 49), None),
    }


class GenericResourcesInline(DockerModel):
    """One user-defined resource, either a named one or a counted one.

    Fields not in every API version: `NamedResourceSpec`: API >= 1.32.; `DiscreteResourceSpec`: API >= 1.32."""

    named_resource_spec: GenericResourcesInlineNamedResourceSpec | None = Field(default=None, alias="NamedResourceSpec", description="A resource identified by name, e.g. one particular GPU. API \u003e= 1.32.")
    """A resource identified by name, e.g. one particular GPU. API >= 1.32."""

    discrete_resource_spec: GenericResourcesInlineDiscreteResourceSpec | None = Field(default=None, alias="DiscreteResourceSpec", description="A resource given as a quantity, e.g. 3 SSDs. API \u003e= 1.32.")
    """A resource given as a quantity, e.g. 3 SSDs. API >= 1.32."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NamedResourceSpec": ((1, 32), None),
        "DiscreteResourceSpec": ((1, 32), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "NamedResourceSpec": "GenericResourcesInlineNamedResourceSpec",
        "DiscreteResourceSpec": "GenericResourcesInlineDiscreteResourceSpec",
    }


class GenericResourcesInlineDiscreteResourceSpec(DockerModel):
    """A counted generic resource.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    kind: str | None = Field(default=None, alias="Kind", description="The kind of resource, e.g. \"SSD\". API \u003e= 1.32.")
    """The kind of resource, e.g. "SSD". API >= 1.32."""

    value: int | None = Field(default=None, alias="Value", description="How many units. API \u003e= 1.32.")
    """How many units. API >= 1.32."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Kind": ((1, 32), None),
        "Value": ((1, 32), None),
    }


class GenericResourcesInlineNamedResourceSpec(DockerModel):
    """A named generic resource.

    Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

    kind: str | None = Field(default=None, alias="Kind", description="The kind of resource, e.g. \"GPU\". API \u003e= 1.32.")
    """The kind of resource, e.g. "GPU". API >= 1.32."""

    value: str | None = Field(default=None, alias="Value", description="The resource\u0027s identifier, e.g. \"GPU-fef8089b\". API \u003e= 1.32.")
    """The resource's identifier, e.g. "GPU-fef8089b". API >= 1.32."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Kind": ((1, 32), None),
        "Value": ((1, 32), None),
    }


class Health(DockerModel):
    """The result of a container's health checks so far.

    Fields not in every API version: `Status`: API >= 1.39.; `FailingStreak`: API >= 1.39.; `Log`: API >= 1.39."""

    status: Literal['none', 'starting', 'healthy', 'unhealthy'] | str | None = Field(default=None, alias="Status", description="\"none\" (no check), \"starting\" (in the grace period), \"healthy\" or \"unhealthy\". API \u003e= 1.39.")
    """"none" (no check), "starting" (in the grace period), "healthy" or "unhealthy". API >= 1.39."""

    failing_streak: int | None = Field(default=None, alias="FailingStreak", description="How many checks in a row have failed. API \u003e= 1.39.")
    """How many checks in a row have failed. API >= 1.39."""

    log: list[HealthcheckResult] | None = Field(default=None, alias="Log", description="The most recent check results, oldest first (the daemon keeps a handful). API \u003e= 1.39.")
    """The most recent check results, oldest first (the daemon keeps a handful). API >= 1.39."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Status": ((1, 39), None),
        "FailingStreak": ((1, 39), None),
        "Log": ((1, 39), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Log": "HealthcheckResult",
    }


class HealthConfig(DockerModel):
    """How the daemon checks that a container is healthy; durations are in nanoseconds and 0 inherits the image's value.

    Fields not in every API version: `StartPeriod`: API >= 1.29.; `StartInterval`: API >= 1.44."""

    test: list[str] | None = Field(default=None, alias="Test", description="The check, [] to inherit the image\u0027s, [\"NONE\"] to disable it, [\"CMD\", arg, ...] to run a program, or [\"CMD-SHELL\", \"command\"] to run through the shell; exit code 0 means healthy.")
    """The check, [] to inherit the image's, ["NONE"] to disable it, ["CMD", arg, ...] to run a program, or ["CMD-SHELL", "command"] to run through the shell; exit code 0 means healthy."""

    interval: int | None = Field(default=None, alias="Interval", description="Time between checks in nanoseconds (at least 1000000, i.e. 1 ms, when not 0).")
    """Time between checks in nanoseconds (at least 1000000, i.e. 1 ms, when not 0)."""

    timeout: int | None = Field(default=None, alias="Timeout", description="Time a check may run before it counts as failed, in nanoseconds (at least 1 ms when not 0).")
    """Time a check may run before it counts as failed, in nanoseconds (at least 1 ms when not 0)."""

    retries: int | None = Field(default=None, alias="Retries", description="Consecutive failures after which the container is reported unhealthy.")
    """Consecutive failures after which the container is reported unhealthy."""

    start_period: int | None = Field(default=None, alias="StartPeriod", description="Start-up grace period in nanoseconds during which failures do not count. API \u003e= 1.29.")
    """Start-up grace period in nanoseconds during which failures do not count. API >= 1.29."""

    start_interval: int | None = Field(default=None, alias="StartInterval", description="Time between checks during the start period, in nanoseconds. API \u003e= 1.44.")
    """Time between checks during the start period, in nanoseconds. API >= 1.44."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "StartPeriod": ((1, 29), None),
        "StartInterval": ((1, 44), None),
    }


class HealthcheckResult(DockerModel):
    """One run of a container's health check.

    Fields not in every API version: `Start`: API >= 1.39.; `End`: API >= 1.39.; `ExitCode`: API >= 1.39.; `Output`: API >= 1.39."""

    start: str | None = Field(default=None, alias="Start", description="When the check began, RFC 3339 with nanoseconds. API \u003e= 1.39.")
    """When the check began, RFC 3339 with nanoseconds. API >= 1.39."""

    end: str | None = Field(default=None, alias="End", description="When the check ended, RFC 3339 with nanoseconds. API \u003e= 1.39.")
    """When the check ended, RFC 3339 with nanoseconds. API >= 1.39."""

    exit_code: int | None = Field(default=None, alias="ExitCode", description="0 healthy, 1 unhealthy, 2 reserved (counts as unhealthy); another value means the check could not run. API \u003e= 1.39.")
    """0 healthy, 1 unhealthy, 2 reserved (counts as unhealthy); another value means the check could not run. API >= 1.39."""

    output: str | None = Field(default=None, alias="Output", description="What the check printed, possibly cut short. API \u003e= 1.39.")
    """What the check printed, possibly cut short. API >= 1.39."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Start": ((1, 39), None),
        "End": ((1, 39), None),
        "ExitCode": ((1, 39), None),
        "Output": ((1, 39), None),
    }


class HostConfig(DockerModel):
    """The host-side settings of a container (resources, mounts, published ports, namespaces, restart policy), sent at creation (create_host_config builds it) and reported by inspect_container.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.25.; `CpuCount`: API >= 1.25.; `AutoRemove`: API >= 1.25.; `Mounts`: API >= 1.25.; `ConsoleSize`: API >= 1.25.; `Annotations`: API >= 1.43.; `CgroupnsMode`: API >= 1.41.; `Cgroup`: API >= 1.25.; `UTSMode`: API >= 1.25.; `Runtime`: API >= 1.25.; `Isolation`: API >= 1.25.; `MaskedPaths`: API >= 1.38.; `ReadonlyPaths`: API >= 1.38.; `Capabilities`: API >= 1.40. Not in API >= 1.41.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    cpu_shares: int | None = Field(default=None, alias="CpuShares", description="Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline).")
    """Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline)."""

    memory: int | None = Field(default=None, alias="Memory", description="Hard memory limit in bytes; 0 means no limit.")
    """Hard memory limit in bytes; 0 means no limit."""

    cgroup_parent: str | None = Field(default=None, alias="CgroupParent", description="Parent cgroup for the container\u0027s own cgroup; a relative path is resolved against the daemon\u0027s own cgroup, and missing ones are made too.")
    """Parent cgroup for the container's own cgroup; a relative path is resolved against the daemon's own cgroup, and missing ones are made too."""

    blkio_weight: int | None = Field(default=None, alias="BlkioWeight", description="Relative block I/O weight, 10 to 1000 (0 leaves it unset).")
    """Relative block I/O weight, 10 to 1000 (0 leaves it unset)."""

    blkio_weight_device: list[HostConfigBlkioWeightDevice] | None = Field(default=None, alias="BlkioWeightDevice", description="Per-device block I/O weights, each a Path and a Weight.")
    """Per-device block I/O weights, each a Path and a Weight."""

    blkio_device_read_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadBps", description="Per-device read limits in bytes per second, each a Path and a Rate.")
    """Per-device read limits in bytes per second, each a Path and a Rate."""

    blkio_device_write_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteBps", description="Per-device write limits in bytes per second, each a Path and a Rate.")
    """Per-device write limits in bytes per second, each a Path and a Rate."""

    blkio_device_read_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadIOps", description="Per-device read limits in I/O operations per second, each a Path and a Rate.")
    """Per-device read limits in I/O operations per second, each a Path and a Rate."""

    blkio_device_write_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteIOps", description="Per-device write limits in I/O operations per second, each a Path and a Rate.")
    """Per-device write limits in I/O operations per second, each a Path and a Rate."""

    cpu_period: int | None = Field(default=None, alias="CpuPeriod", description="Length of the CFS scheduler period in microseconds (the kernel default is 100000).")
    """Length of the CFS scheduler period in microseconds (the kernel default is 100000)."""

    cpu_quota: int | None = Field(default=None, alias="CpuQuota", description="CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit.")
    """CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit."""

    cpu_realtime_period: int | None = Field(default=None, alias="CpuRealtimePeriod", description="Real-time scheduler period in microseconds; 0 gives no real-time time. API \u003e= 1.25.")
    """Real-time scheduler period in microseconds; 0 gives no real-time time. API >= 1.25."""

    cpu_realtime_runtime: int | None = Field(default=None, alias="CpuRealtimeRuntime", description="Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API \u003e= 1.25.")
    """Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API >= 1.25."""

    cpuset_cpus: str | None = Field(default=None, alias="CpusetCpus", description="CPUs the container may run on, e.g. \"0-3\" or \"0,2\".")
    """CPUs the container may run on, e.g. "0-3" or "0,2"."""

    cpuset_mems: str | None = Field(default=None, alias="CpusetMems", description="NUMA memory nodes the container may use, e.g. \"0-1\"; matters only on NUMA hosts.")
    """NUMA memory nodes the container may use, e.g. "0-1"; matters only on NUMA hosts."""

    devices: list[DeviceMapping] | None = Field(default=None, alias="Devices", description="Host devices made available inside the container.")
    """Host devices made available inside the container."""

    device_cgroup_rules: list[str] | None = Field(default=None, alias="DeviceCgroupRules", description="Device cgroup rules such as \"c 1:3 mr\" (type, major:minor, access). API \u003e= 1.28.")
    """Device cgroup rules such as "c 1:3 mr" (type, major:minor, access). API >= 1.28."""

    device_requests: list[DeviceRequest] | None = Field(default=None, alias="DeviceRequests", description="Requests for devices handed to a device driver, such as GPUs. API \u003e= 1.40.")
    """Requests for devices handed to a device driver, such as GPUs. API >= 1.40."""

    memory_reservation: int | None = Field(default=None, alias="MemoryReservation", description="Soft memory limit in bytes, enforced when the host runs short of memory.")
    """Soft memory limit in bytes, enforced when the host runs short of memory."""

    memory_swap: int | None = Field(default=None, alias="MemorySwap", description="Limit on memory plus swap in bytes; -1 allows unlimited swap.")
    """Limit on memory plus swap in bytes; -1 allows unlimited swap."""

    memory_swappiness: int | None = Field(default=None, alias="MemorySwappiness", description="How readily the kernel swaps out the container\u0027s anonymous pages, 0 to 100.")
    """How readily the kernel swaps out the container's anonymous pages, 0 to 100."""

    nano_cpus: int | None = Field(default=None, alias="NanoCpus", description="CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API \u003e= 1.25.")
    """CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API >= 1.25."""

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable", description="Whether the kernel\u0027s OOM killer is kept from killing the container\u0027s processes.")
    """Whether the kernel's OOM killer is kept from killing the container's processes."""

    init: bool | None = Field(default=None, alias="Init", description="Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon\u0027s default. API \u003e= 1.25.")
    """Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon's default. API >= 1.25."""

    pids_limit: int | None = Field(default=None, alias="PidsLimit", description="Maximum number of processes in the container; 0 or -1 means unlimited.")
    """Maximum number of processes in the container; 0 or -1 means unlimited."""

    ulimits: list[HostConfigUlimits] | None = Field(default=None, alias="Ulimits", description="Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values.")
    """Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values."""

    cpu_count: int | None = Field(default=None, alias="CpuCount", description="Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API \u003e= 1.25.")
    """Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API >= 1.25."""

    cpu_percent: int | None = Field(default=None, alias="CpuPercent", description="Usable share of the CPUs as a percentage, on Windows only.")
    """Usable share of the CPUs as a percentage, on Windows only."""

    io_maximum_iops: int | None = Field(default=None, alias="IOMaximumIOps", description="Maximum I/O operations per second on the system drive, on Windows only.")
    """Maximum I/O operations per second on the system drive, on Windows only."""

    io_maximum_bandwidth: int | None = Field(default=None, alias="IOMaximumBandwidth", description="Maximum I/O on the system drive in bytes per second, on Windows only.")
    """Maximum I/O on the system drive in bytes per second, on Windows only."""

    binds: list[str] | None = Field(default=None, alias="Binds", description="Bind mounts and volumes as \"source:target[:options]\" strings, e.g. \"/srv/data:/data:ro\".")
    """Bind mounts and volumes as "source:target[:options]" strings, e.g. "/srv/data:/data:ro"."""

    container_id_file: str | None = Field(default=None, alias="ContainerIDFile", description="Path of a file on the daemon\u0027s host into which the container ID is written.")
    """Path of a file on the daemon's host into which the container ID is written."""

    log_config: HostConfigLogConfig | None = Field(default=None, alias="LogConfig", description="The logging driver and its options.")
    """The logging driver and its options."""

    network_mode: str | None = Field(default=None, alias="NetworkMode", description="The network stack the container uses, e.g. \"bridge\", \"host\", \"none\", \"container:NAME\", or the name of a user-defined network.")
    """The network stack the container uses, e.g. "bridge", "host", "none", "container:NAME", or the name of a user-defined network."""

    port_bindings: PortMap | None = Field(default=None, alias="PortBindings", description="Published ports, from \"port/protocol\" to the host addresses and ports bound to it.")
    """Published ports, from "port/protocol" to the host addresses and ports bound to it."""

    restart_policy: RestartPolicy | None = Field(default=None, alias="RestartPolicy", description="What the daemon does when the container exits.")
    """What the daemon does when the container exits."""

    auto_remove: bool | None = Field(default=None, alias="AutoRemove", description="Whether the container is removed as soon as its process exits (ignored with a restart policy). API \u003e= 1.25.")
    """Whether the container is removed as soon as its process exits (ignored with a restart policy). API >= 1.25."""

    volume_driver: str | None = Field(default=None, alias="VolumeDriver", description="Volume driver used for the volumes this container creates by name.")
    """Volume driver used for the volumes this container creates by name."""

    volumes_from: list[str] | None = Field(default=None, alias="VolumesFrom", description="Containers whose volumes are mounted too, as \"name[:ro|rw]\" strings.")
    """Containers whose volumes are mounted too, as "name[:ro|rw]" strings."""

    mounts: list[Mount] | None = Field(default=None, alias="Mounts", description="Mounts given in structured form (bind, volume, tmpfs, image...). API \u003e= 1.25.")
    """Mounts given in structured form (bind, volume, tmpfs, image...). API >= 1.25."""

    console_size: list[int] | None = Field(default=None, alias="ConsoleSize", description="Initial terminal size as [height, width] in characters. API \u003e= 1.25.")
    """Initial terminal size as [height, width] in characters. API >= 1.25."""

    annotations: dict[str, str | None] | None = Field(default=None, alias="Annotations", description="Free key-value metadata handed to the OCI runtime. API \u003e= 1.43.")
    """Free key-value metadata handed to the OCI runtime. API >= 1.43."""

    cap_add: list[str] | None = Field(default=None, alias="CapAdd", description="Linux capabilities granted on top of the default set, e.g. [\"NET_ADMIN\"].")
    """Linux capabilities granted on top of the default set, e.g. ["NET_ADMIN"]."""

    cap_drop: list[str] | None = Field(default=None, alias="CapDrop", description="Linux capabilities removed from the default set, e.g. [\"MKNOD\"] or [\"ALL\"].")
    """Linux capabilities removed from the default set, e.g. ["MKNOD"] or ["ALL"]."""

    cgroupns_mode: Literal['private', 'host'] | str | None = Field(default=None, alias="CgroupnsMode", description="Cgroup namespace mode, \"private\" or \"host\"; empty means the daemon\u0027s default. API \u003e= 1.41.")
    """Cgroup namespace mode, "private" or "host"; empty means the daemon's default. API >= 1.41."""

    dns: list[str] | None = Field(default=None, alias="Dns", description="DNS server addresses the container uses.")
    """DNS server addresses the container uses."""

    dns_options: list[str] | None = Field(default=None, alias="DnsOptions", description="Resolver options for /etc/resolv.conf, e.g. [\"ndots:2\"].")
    """Resolver options for /etc/resolv.conf, e.g. ["ndots:2"]."""

    dns_search: list[str] | None = Field(default=None, alias="DnsSearch", description="DNS search domains.")
    """DNS search domains."""

    extra_hosts: list[str] | None = Field(default=None, alias="ExtraHosts", description="Additional /etc/hosts lines as \"hostname:address\" strings.")
    """Additional /etc/hosts lines as "hostname:address" strings."""

    group_add: list[str] | None = Field(default=None, alias="GroupAdd", description="Extra groups (names or GIDs as strings) for the container\u0027s process.")
    """Extra groups (names or GIDs as strings) for the container's process."""

    ipc_mode: str | None = Field(default=None, alias="IpcMode", description="IPC namespace mode, \"none\", \"private\", \"shareable\", \"host\" or \"container:NAME\"; empty means the daemon\u0027s default.")
    """IPC namespace mode, "none", "private", "shareable", "host" or "container:NAME"; empty means the daemon's default."""

    cgroup: str | None = Field(default=None, alias="Cgroup", description="The cgroup the container joins, written \"container:NAME\". API \u003e= 1.25.")
    """The cgroup the container joins, written "container:NAME". API >= 1.25."""

    links: list[str] | None = Field(default=None, alias="Links", description="Legacy links to other containers, as \"name:alias\" strings.")
    """Legacy links to other containers, as "name:alias" strings."""

    oom_score_adj: int | None = Field(default=None, alias="OomScoreAdj", description="Adjustment to the OOM killer\u0027s score for the container\u0027s processes, -1000 to 1000.")
    """Adjustment to the OOM killer's score for the container's processes, -1000 to 1000."""

    pid_mode: str | None = Field(default=None, alias="PidMode", description="PID namespace mode, \"host\" or \"container:NAME\"; empty means a private namespace.")
    """PID namespace mode, "host" or "container:NAME"; empty means a private namespace."""

    privileged: bool | None = Field(default=None, alias="Privileged", description="Whether the container gets almost every capability and access to all host devices.")
    """Whether the container gets almost every capability and access to all host devices."""

    publish_all_ports: bool | None = Field(default=None, alias="PublishAllPorts", description="Whether every exposed port is published on a random host port.")
    """Whether every exposed port is published on a random host port."""

    readonly_rootfs: bool | None = Field(default=None, alias="ReadonlyRootfs", description="Whether the root filesystem is mounted read-only.")
    """Whether the root filesystem is mounted read-only."""

    security_opt: list[str] | None = Field(default=None, alias="SecurityOpt", description="Security options such as \"no-new-privileges\", \"seccomp=unconfined\" or SELinux \"label=...\" settings.")
    """Security options such as "no-new-privileges", "seccomp=unconfined" or SELinux "label=..." settings."""

    storage_opt: dict[str, str | None] | None = Field(default=None, alias="StorageOpt", description="Per-container options for the storage driver, e.g. {\"size\": \"20G\"}.")
    """Per-container options for the storage driver, e.g. {"size": "20G"}."""

    tmpfs: dict[str, str | None] | None = Field(default=None, alias="Tmpfs", description="Directories mounted as tmpfs, each with its mount options, e.g. {\"/run\": \"size=64m\"}.")
    """Directories mounted as tmpfs, each with its mount options, e.g. {"/run": "size=64m"}."""

    uts_mode: str | None = Field(default=None, alias="UTSMode", description="UTS namespace (hostname) mode; \"host\" shares the host\u0027s. API \u003e= 1.25.")
    """UTS namespace (hostname) mode; "host" shares the host's. API >= 1.25."""

    userns_mode: str | None = Field(default=None, alias="UsernsMode", description="User namespace mode; \"host\" turns off user namespace remapping for this container.")
    """User namespace mode; "host" turns off user namespace remapping for this container."""

    shm_size: int | None = Field(default=None, alias="ShmSize", description="Bytes available in the container\u0027s /dev/shm; 64 MiB when unset.")
    """Bytes available in the container's /dev/shm; 64 MiB when unset."""

    sysctls: dict[str, str | None] | None = Field(default=None, alias="Sysctls", description="Kernel parameters set in the container\u0027s namespaces, e.g. {\"net.ipv4.ip_forward\": \"1\"}.")
    """Kernel parameters set in the container's namespaces, e.g. {"net.ipv4.ip_forward": "1"}."""

    runtime: str | None = Field(default=None, alias="Runtime", description="OCI runtime that runs the container, e.g. \"runc\". API \u003e= 1.25.")
    """OCI runtime that runs the container, e.g. "runc". API >= 1.25."""

    isolation: Literal['default', 'process', 'hyperv', ''] | str | None = Field(default=None, alias="Isolation", description="Isolation technology on Windows, \"default\", \"process\" or \"hyperv\" (empty elsewhere). API \u003e= 1.25.")
    """Isolation technology on Windows, "default", "process" or "hyperv" (empty elsewhere). API >= 1.25."""

    masked_paths: list[str] | None = Field(default=None, alias="MaskedPaths", description="Paths hidden inside the container, replacing the daemon\u0027s default list. API \u003e= 1.38.")
    """Paths hidden inside the container, replacing the daemon's default list. API >= 1.38."""

    readonly_paths: list[str] | None = Field(default=None, alias="ReadonlyPaths", description="Paths made read-only inside the container, replacing the daemon\u0027s default list. API \u003e= 1.38.")
    """Paths made read-only inside the container, replacing the daemon's default list. API >= 1.38."""

    capabilities: list[str] | None = Field(default=None, alias="Capabilities", description="The complete list of kernel capabilities, replacing the default set rather than adding to it. API \u003e= 1.40. Not in API \u003e= 1.41.")
    """The complete list of kernel capabilities, replacing the default set rather than adding to it. API >= 1.40. Not in API >= 1.41."""

    disk_quota: int | None = Field(default=None, alias="DiskQuota", description="Disk space limit in bytes, for storage backends that support one. API \u003e= 1.25. Not in API \u003e= 1.40.")
    """Disk space limit in bytes, for storage backends that support one. API >= 1.25. Not in API >= 1.40."""

    kernel_memory: int | None = Field(default=None, alias="KernelMemory", description="Kernel memory limit in bytes; deprecated and ignored with cgroup v2. Not in API \u003e= 1.42.")
    """Kernel memory limit in bytes; deprecated and ignored with cgroup v2. Not in API >= 1.42."""

    kernel_memory_tcp: int | None = Field(default=None, alias="KernelMemoryTCP", description="Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API \u003e= 1.40. Not in API \u003e= 1.52.")
    """Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API >= 1.40. Not in API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CpuRealtimePeriod": ((1, 25), None),
        "CpuRealtimeRuntime": ((1, 25), None),
        "DeviceCgroupRules": ((1, 28), None),
        "DeviceRequests": ((1, 40), None),
        "NanoCpus": ((1, 25), None),
        "Init": ((1, 25), None),
        "CpuCount": ((1, 25), None),
        "AutoRemove": ((1, 25), None),
        "Mounts": ((1, 25), None),
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
    """The relative block I/O weight of one device."""

    path: str | None = Field(default=None, alias="Path", description="Device path on the host, e.g. \"/dev/sda\".")
    """Device path on the host, e.g. "/dev/sda"."""

    weight: int | None = Field(default=None, alias="Weight", description="Relative weight for that device, 10 to 1000.")
    """Relative weight for that device, 10 to 1000."""


class HostConfigLogConfig(DockerModel):
    """Which logging driver records the container's output, with its options."""

    type: Literal['local', 'json-file', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'etwlogs', 'none'] | str | None = Field(default=None, alias="Type", description="The driver, e.g. \"json-file\", \"local\", \"journald\", \"syslog\" or \"none\".")
    """The driver, e.g. "json-file", "local", "journald", "syslog" or "none"."""

    config: dict[str, str | None] | None = Field(default=None, alias="Config", description="Driver options as strings, e.g. {\"max-size\": \"10m\", \"max-file\": \"3\"}.")
    """Driver options as strings, e.g. {"max-size": "10m", "max-file": "3"}."""


class HostConfigUlimits(DockerModel):
    """One ulimit of the container's processes."""

    name: str | None = Field(default=None, alias="Name", description="The limit\u0027s name, e.g. \"nofile\" or \"nproc\".")
    """The limit's name, e.g. "nofile" or "nproc"."""

    soft: int | None = Field(default=None, alias="Soft", description="Soft limit, the value in force for the container\u0027s processes.")
    """Soft limit, the value in force for the container's processes."""

    hard: int | None = Field(default=None, alias="Hard", description="Hard limit, the ceiling up to which the soft limit may be raised.")
    """Hard limit, the ceiling up to which the soft limit may be raised."""


class IDResponse(DockerModel):
    """An answer that carries only the ID of what was created, such as a new exec instance."""

    id: str | None = Field(default=None, alias="Id", description="The ID of the new object.")
    """The ID of the new object."""


class IPAM(DockerModel):
    """The IP address management of a network, the driver plus its address pools."""

    driver: str | None = Field(default=None, alias="Driver", description="The IPAM driver, \"default\" unless a plugin is used.")
    """The IPAM driver, "default" unless a plugin is used."""

    config: list[IPAMConfig] | None = Field(default=None, alias="Config", description="The address pools, each with a subnet and optionally a range, a gateway and reserved addresses.")
    """The address pools, each with a subnet and optionally a range, a gateway and reserved addresses."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="Options for the IPAM driver, as strings.")
    """Options for the IPAM driver, as strings."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "Config": "IPAMConfig",
    }


class IPAMConfig(DockerModel):
    """One address pool of a network.

    Fields not in every API version: `Subnet`: API >= 1.41.; `IPRange`: API >= 1.41.; `Gateway`: API >= 1.41.; `AuxiliaryAddresses`: API >= 1.41."""

    subnet: str | None = Field(default=None, alias="Subnet", description="The subnet in CIDR notation, e.g. \"172.28.0.0/16\". API \u003e= 1.41.")
    """The subnet in CIDR notation, e.g. "172.28.0.0/16". API >= 1.41."""

    ip_range: str | None = Field(default=None, alias="IPRange", description="The part of the subnet from which container addresses are taken, in CIDR notation, e.g. \"172.28.5.0/24\". API \u003e= 1.41.")
    """The part of the subnet from which container addresses are taken, in CIDR notation, e.g. "172.28.5.0/24". API >= 1.41."""

    gateway: str | None = Field(default=None, alias="Gateway", description="The gateway address for the subnet, e.g. \"172.28.0.1\". API \u003e= 1.41.")
    """The gateway address for the subnet, e.g. "172.28.0.1". API >= 1.41."""

    auxiliary_addresses: dict[str, str | None] | None = Field(default=None, alias="AuxiliaryAddresses", description="Addresses the driver must not hand out, keyed by a host name, e.g. {\"router\": \"172.28.1.5\"}. API \u003e= 1.41.")
    """Addresses the driver must not hand out, keyed by a host name, e.g. {"router": "172.28.1.5"}. API >= 1.41."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Subnet": ((1, 41), None),
        "IPRange": ((1, 41), None),
        "Gateway": ((1, 41), None),
        "AuxiliaryAddresses": ((1, 41), None),
    }


class IPAMStatus(DockerModel):
    """Address usage of a network, per subnet.

    Fields not in every API version: `Subnets`: API >= 1.52."""

    subnets: dict[str, SubnetStatus | None] | None = Field(default=None, alias="Subnets", description="Usage figures keyed by subnet in CIDR notation, e.g. \"172.18.0.0/16\". API \u003e= 1.52.")
    """Usage figures keyed by subnet in CIDR notation, e.g. "172.18.0.0/16". API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Subnets": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Subnets": "SubnetStatus",
    }


class Identity(DockerModel):
    """The verified origin of an image, which retagging cannot change.

    Fields not in every API version: `Signature`: API >= 1.53.; `Pull`: API >= 1.53.; `Build`: API >= 1.53."""

    signature: list[SignatureIdentity] | None = Field(default=None, alias="Signature", description="The image\u0027s signatures that the daemon verified. API \u003e= 1.53.")
    """The image's signatures that the daemon verified. API >= 1.53."""

    pull: list[PullIdentity] | None = Field(default=None, alias="Pull", description="The repositories the image was pulled from (the original one when pulled through a mirror) or pushed to. API \u003e= 1.53.")
    """The repositories the image was pulled from (the original one when pulled through a mirror) or pushed to. API >= 1.53."""

    build: list[BuildIdentity] | None = Field(default=None, alias="Build", description="The builds that produced the image. API \u003e= 1.53.")
    """The builds that produced the image. API >= 1.53."""

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
    """The defaults an image gives the containers made from it (from its Dockerfile or commit).

    Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `Shell`: API >= 1.25.; `AttachStderr`: Not in API >= 1.50.; `AttachStdin`: Not in API >= 1.50.; `AttachStdout`: Not in API >= 1.50.; `Domainname`: Not in API >= 1.50.; `Hostname`: Not in API >= 1.50.; `Image`: Not in API >= 1.50.; `MacAddress`: Not in API >= 1.50.; `NetworkDisabled`: Not in API >= 1.50.; `OpenStdin`: Not in API >= 1.50.; `StdinOnce`: Not in API >= 1.50.; `StopTimeout`: API >= 1.25. Not in API >= 1.50.; `Tty`: Not in API >= 1.50."""

    user: str | None = Field(default=None, alias="User", description="User (name or UID, optionally with group) the command runs as, e.g. \"nobody\" or \"1000:1000\".")
    """User (name or UID, optionally with group) the command runs as, e.g. "nobody" or "1000:1000"."""

    exposed_ports: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="ExposedPorts", description="The ports the image declares, keys such as \"80/tcp\" or \"53/udp\" with empty values.")
    """The ports the image declares, keys such as "80/tcp" or "53/udp" with empty values."""

    env: list[str] | None = Field(default=None, alias="Env", description="Environment variables, as \"NAME=value\" strings.")
    """Environment variables, as "NAME=value" strings."""

    cmd: list[str] | None = Field(default=None, alias="Cmd", description="The default command, or the default arguments to the entrypoint.")
    """The default command, or the default arguments to the entrypoint."""

    healthcheck: HealthConfig | None = Field(default=None, alias="Healthcheck", description="The test the daemon runs to decide whether a container is healthy.")
    """The test the daemon runs to decide whether a container is healthy."""

    args_escaped: bool | None = Field(default=None, alias="ArgsEscaped", description="Windows only; whether the command line is already escaped. API \u003e= 1.25.")
    """Windows only; whether the command line is already escaped. API >= 1.25."""

    volumes: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="Volumes", description="Paths inside the container that get a volume, keys such as \"/data\" with empty values.")
    """Paths inside the container that get a volume, keys such as "/data" with empty values."""

    working_dir: str | None = Field(default=None, alias="WorkingDir", description="Directory the command starts in.")
    """Directory the command starts in."""

    entrypoint: list[str] | None = Field(default=None, alias="Entrypoint", description="The program run when a container starts; Cmd is appended to it as arguments.")
    """The program run when a container starts; Cmd is appended to it as arguments."""

    on_build: list[str] | None = Field(default=None, alias="OnBuild", description="Instructions run when another image is built FROM this one.")
    """Instructions run when another image is built FROM this one."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="The image\u0027s labels, name to value.")
    """The image's labels, name to value."""

    stop_signal: str | None = Field(default=None, alias="StopSignal", description="Signal sent to stop a container, e.g. \"SIGTERM\" or \"SIGQUIT\".")
    """Signal sent to stop a container, e.g. "SIGTERM" or "SIGQUIT"."""

    shell: list[str] | None = Field(default=None, alias="Shell", description="The shell used for the shell form of RUN, CMD and ENTRYPOINT, e.g. [\"/bin/sh\", \"-c\"]. API \u003e= 1.25.")
    """The shell used for the shell form of RUN, CMD and ENTRYPOINT, e.g. ["/bin/sh", "-c"]. API >= 1.25."""

    attach_stderr: bool | None = Field(default=None, alias="AttachStderr", description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    attach_stdin: bool | None = Field(default=None, alias="AttachStdin", description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    attach_stdout: bool | None = Field(default=None, alias="AttachStdout", description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    domainname: str | None = Field(default=None, alias="Domainname", description="Container-only setting, always empty in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always empty in an image; dropped from newer API versions. Not in API >= 1.50."""

    hostname: str | None = Field(default=None, alias="Hostname", description="Container-only setting, always empty in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always empty in an image; dropped from newer API versions. Not in API >= 1.50."""

    image: str | None = Field(default=None, alias="Image", description="Container-only setting, always empty in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always empty in an image; dropped from newer API versions. Not in API >= 1.50."""

    mac_address: str | None = Field(default=None, alias="MacAddress", description="Container-only setting, always empty in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always empty in an image; dropped from newer API versions. Not in API >= 1.50."""

    network_disabled: bool | None = Field(default=None, alias="NetworkDisabled", description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    open_stdin: bool | None = Field(default=None, alias="OpenStdin", description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    stdin_once: bool | None = Field(default=None, alias="StdinOnce", description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

    stop_timeout: int | None = Field(default=None, alias="StopTimeout", description="Container-only setting, unset in an image; dropped from newer API versions. API \u003e= 1.25. Not in API \u003e= 1.50.")
    """Container-only setting, unset in an image; dropped from newer API versions. API >= 1.25. Not in API >= 1.50."""

    tty: bool | None = Field(default=None, alias="Tty", description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.")
    """Container-only setting, always false in an image; dropped from newer API versions. Not in API >= 1.50."""

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
    """One change made by remove_image or prune_images; exactly one of the two fields is set."""

    untagged: str | None = Field(default=None, alias="Untagged", description="A reference that was removed from the image, e.g. \"busybox:1.36\".")
    """A reference that was removed from the image, e.g. "busybox:1.36"."""

    deleted: str | None = Field(default=None, alias="Deleted", description="ID of an image or layer that was deleted.")
    """ID of an image or layer that was deleted."""


class ImageHistoryResponseItem(DockerModel):
    """One layer of an image's history, as history() lists them."""

    id: str | None = Field(default=None, alias="Id", description="ID of the image at this step, or \"\u003cmissing\u003e\" for layers that came from a registry.")
    """ID of the image at this step, or "<missing>" for layers that came from a registry."""

    created: int | None = Field(default=None, alias="Created", description="When this step ran, in Unix seconds.")
    """When this step ran, in Unix seconds."""

    created_by: str | None = Field(default=None, alias="CreatedBy", description="The instruction that made the layer, e.g. \"/bin/sh -c #(nop) CMD [\\\"sh\\\"]\".")
    """The instruction that made the layer, e.g. "/bin/sh -c #(nop) CMD [\\"sh\\"]"."""

    tags: list[str] | None = Field(default=None, alias="Tags", description="The \"name:tag\" references pointing at the image of this step.")
    """The "name:tag" references pointing at the image of this step."""

    size: int | None = Field(default=None, alias="Size", description="Bytes this layer adds.")
    """Bytes this layer adds."""

    comment: str | None = Field(default=None, alias="Comment", description="The message recorded for this step, if any.")
    """The message recorded for this step, if any."""


class ImageID(DockerModel):
    """An image ID or digest, as reported at the end of a build.

    Fields not in every API version: `ID`: API >= 1.36."""

    id: str | None = Field(default=None, alias="ID", description="The image ID or digest, e.g. \"sha256:...\". API \u003e= 1.36.")
    """The image ID or digest, e.g. "sha256:...". API >= 1.36."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ID": ((1, 36), None),
    }


class ImageInspect(DockerModel):
    """Everything the daemon knows about one image, as inspect_image returns it.

    Fields not in every API version: `Descriptor`: API >= 1.48.; `Manifests`: API >= 1.48.; `Identity`: API >= 1.53.; `Variant`: API >= 1.39.; `OsVersion`: API >= 1.25.; `Metadata`: API >= 1.31.; `Container`: Not in API >= 1.45.; `ContainerConfig`: Not in API >= 1.45.; `DockerVersion`: Not in API >= 1.52.; `Parent`: Not in API >= 1.52.; `VirtualSize`: Not in API >= 1.44."""

    id: str | None = Field(default=None, alias="Id", description="The image ID, \"sha256:\" plus the digest of its configuration.")
    """The image ID, "sha256:" plus the digest of its configuration."""

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor", description="OCI descriptor of the image\u0027s manifest or index; set by daemons with a multi-platform image store. API \u003e= 1.48.")
    """OCI descriptor of the image's manifest or index; set by daemons with a multi-platform image store. API >= 1.48."""

    manifests: list[ImageManifestSummary] | None = Field(default=None, alias="Manifests", description="One entry per platform variant or attestation stored; only with inspect_image(manifests=True). API \u003e= 1.48.")
    """One entry per platform variant or attestation stored; only with inspect_image(manifests=True). API >= 1.48."""

    identity: Identity | None = Field(default=None, alias="Identity", description="Where the image verifiably comes from (signatures, the repository it was pulled from, the build that made it). API \u003e= 1.53.")
    """Where the image verifiably comes from (signatures, the repository it was pulled from, the build that made it). API >= 1.53."""

    repo_tags: list[str] | None = Field(default=None, alias="RepoTags", description="The \"name:tag\" references pointing at this image.")
    """The "name:tag" references pointing at this image."""

    repo_digests: list[str] | None = Field(default=None, alias="RepoDigests", description="The \"name@sha256:...\" references of registry manifests that lead to this image.")
    """The "name@sha256:..." references of registry manifests that lead to this image."""

    comment: str | None = Field(default=None, alias="Comment", description="The commit message given when the image was committed or imported, if any.")
    """The commit message given when the image was committed or imported, if any."""

    created: str | None = Field(default=None, alias="Created", description="When the image was created, as an RFC 3339 string.")
    """When the image was created, as an RFC 3339 string."""

    author: str | None = Field(default=None, alias="Author", description="The author recorded in the image (the Dockerfile\u0027s MAINTAINER or commit\u0027s author).")
    """The author recorded in the image (the Dockerfile's MAINTAINER or commit's author)."""

    config: ImageConfig | None = Field(default=None, alias="Config", description="The defaults a container from this image starts with (command, environment, ports, user...).")
    """The defaults a container from this image starts with (command, environment, ports, user...)."""

    architecture: str | None = Field(default=None, alias="Architecture", description="CPU architecture the image runs on, e.g. \"amd64\" or \"arm64\".")
    """CPU architecture the image runs on, e.g. "amd64" or "arm64"."""

    variant: str | None = Field(default=None, alias="Variant", description="CPU variant, e.g. \"v7\" or \"v8\" for ARM; empty when none applies. API \u003e= 1.39.")
    """CPU variant, e.g. "v7" or "v8" for ARM; empty when none applies. API >= 1.39."""

    os: str | None = Field(default=None, alias="Os", description="Operating system the image runs on, e.g. \"linux\" or \"windows\".")
    """Operating system the image runs on, e.g. "linux" or "windows"."""

    os_version: str | None = Field(default=None, alias="OsVersion", description="Exact OS version the image needs, mostly for Windows images, e.g. \"10.0.20348.1\". API \u003e= 1.25.")
    """Exact OS version the image needs, mostly for Windows images, e.g. "10.0.20348.1". API >= 1.25."""

    size: int | None = Field(default=None, alias="Size", description="Disk space of the image with all its layers, in bytes.")
    """Disk space of the image with all its layers, in bytes."""

    graph_driver: DriverData | None = Field(default=None, alias="GraphDriver", description="The storage driver holding the image\u0027s layers and its driver-specific details.")
    """The storage driver holding the image's layers and its driver-specific details."""

    root_fs: ImageInspectRootFS | None = Field(default=None, alias="RootFS", description="The layers that make up the image\u0027s filesystem.")
    """The layers that make up the image's filesystem."""

    metadata: ImageInspectMetadata | None = Field(default=None, alias="Metadata", description="Facts the daemon keeps about the image locally, such as when it was last tagged. API \u003e= 1.31.")
    """Facts the daemon keeps about the image locally, such as when it was last tagged. API >= 1.31."""

    container: str | None = Field(default=None, alias="Container", description="ID of the container the image was committed from; dropped from newer API versions. Not in API \u003e= 1.45.")
    """ID of the container the image was committed from; dropped from newer API versions. Not in API >= 1.45."""

    container_config: ContainerConfig | None = Field(default=None, alias="ContainerConfig", description="Configuration of the container the image was committed from; dropped from newer API versions. Not in API \u003e= 1.45.")
    """Configuration of the container the image was committed from; dropped from newer API versions. Not in API >= 1.45."""

    docker_version: str | None = Field(default=None, alias="DockerVersion", description="Version of the Docker engine that built the image; dropped from newer API versions. Not in API \u003e= 1.52.")
    """Version of the Docker engine that built the image; dropped from newer API versions. Not in API >= 1.52."""

    parent: str | None = Field(default=None, alias="Parent", description="ID of the image this one was built on, for local builds; dropped from newer API versions. Not in API \u003e= 1.52.")
    """ID of the image this one was built on, for local builds; dropped from newer API versions. Not in API >= 1.52."""

    virtual_size: int | None = Field(default=None, alias="VirtualSize", description="Older duplicate of Size (bytes), dropped from newer API versions. Not in API \u003e= 1.44.")
    """Older duplicate of Size (bytes), dropped from newer API versions. Not in API >= 1.44."""

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
    """Facts this daemon keeps about an image, outside the image's own content.

    Fields not in every API version: `LastTagTime`: API >= 1.31."""

    last_tag_time: str | None = Field(default=None, alias="LastTagTime", description="When a tag was last added to the image on this daemon, as an RFC 3339 string; empty if never. API \u003e= 1.31.")
    """When a tag was last added to the image on this daemon, as an RFC 3339 string; empty if never. API >= 1.31."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "LastTagTime": ((1, 31), None),
    }


class ImageInspectRootFS(DockerModel):
    """The filesystem layers of an image."""

    type: str | None = Field(default=None, alias="Type", description="The kind of root filesystem, normally \"layers\".")
    """The kind of root filesystem, normally "layers"."""

    layers: list[str] | None = Field(default=None, alias="Layers", description="The digests (\"sha256:...\") of the layers\u0027 uncompressed content, base layer first.")
    """The digests ("sha256:...") of the layers' uncompressed content, base layer first."""


class ImageManifestSummary(DockerModel):
    """One manifest stored for an image; a multi-platform image has one per platform plus attestations.

    Fields not in every API version: `ID`: API >= 1.47.; `Descriptor`: API >= 1.47.; `Available`: API >= 1.47.; `Size`: API >= 1.47.; `Kind`: API >= 1.47.; `ImageData`: API >= 1.47.; `AttestationData`: API >= 1.47."""

    id: str | None = Field(default=None, alias="ID", description="The manifest\u0027s digest, which is also the content-addressed ID of that variant. API \u003e= 1.47.")
    """The manifest's digest, which is also the content-addressed ID of that variant. API >= 1.47."""

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor", description="OCI descriptor of the manifest (media type, digest, size, platform). API \u003e= 1.47.")
    """OCI descriptor of the manifest (media type, digest, size, platform). API >= 1.47."""

    available: bool | None = Field(default=None, alias="Available", description="Whether everything the manifest refers to (config and layers) is present locally. API \u003e= 1.47.")
    """Whether everything the manifest refers to (config and layers) is present locally. API >= 1.47."""

    size: ImageManifestSummarySize | None = Field(default=None, alias="Size", description="Bytes this manifest takes, in total and for its content. API \u003e= 1.47.")
    """Bytes this manifest takes, in total and for its content. API >= 1.47."""

    kind: Literal['image', 'attestation', 'unknown'] | str | None = Field(default=None, alias="Kind", description="What the manifest is, \"image\" (runnable), \"attestation\" (build provenance, SBOM) or \"unknown\". API \u003e= 1.47.")
    """What the manifest is, "image" (runnable), "attestation" (build provenance, SBOM) or "unknown". API >= 1.47."""

    image_data: ImageManifestSummaryImageData | None = Field(default=None, alias="ImageData", description="Details of a runnable variant; set only when Kind is \"image\". API \u003e= 1.47.")
    """Details of a runnable variant; set only when Kind is "image". API >= 1.47."""

    attestation_data: ImageManifestSummaryAttestationData | None = Field(default=None, alias="AttestationData", description="Details of an attestation; set only when Kind is \"attestation\". API \u003e= 1.47.")
    """Details of an attestation; set only when Kind is "attestation". API >= 1.47."""

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
    """What an attestation manifest is about.

    Fields not in every API version: `For`: API >= 1.47."""

    for_: str | None = Field(default=None, alias="For", description="Digest of the image manifest this attestation describes. API \u003e= 1.47.")
    """Digest of the image manifest this attestation describes. API >= 1.47."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "For": ((1, 47), None),
    }


class ImageManifestSummaryImageData(DockerModel):
    """Details of one runnable platform variant of an image.

    Fields not in every API version: `Platform`: API >= 1.47.; `Identity`: API >= 1.54.; `Containers`: API >= 1.47.; `Size`: API >= 1.47."""

    platform: OCIPlatform | None = Field(default=None, alias="Platform", description="The OS, architecture and variant this manifest is for. API \u003e= 1.47.")
    """The OS, architecture and variant this manifest is for. API >= 1.47."""

    identity: Identity | None = Field(default=None, alias="Identity", description="Where this variant verifiably comes from; in images() lists only with identity=True. API \u003e= 1.54.")
    """Where this variant verifiably comes from; in images() lists only with identity=True. API >= 1.54."""

    containers: list[str] | None = Field(default=None, alias="Containers", description="IDs of the containers created from this variant. API \u003e= 1.47.")
    """IDs of the containers created from this variant. API >= 1.47."""

    size: ImageManifestSummaryImageDataSize | None = Field(default=None, alias="Size", description="Bytes this variant takes once unpacked. API \u003e= 1.47.")
    """Bytes this variant takes once unpacked. API >= 1.47."""

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
    """Unpacked size of one image variant.

    Fields not in every API version: `Unpacked`: API >= 1.47."""

    unpacked: int | None = Field(default=None, alias="Unpacked", description="Bytes of the variant\u0027s layers unpacked into the snapshotter. API \u003e= 1.47.")
    """Bytes of the variant's layers unpacked into the snapshotter. API >= 1.47."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Unpacked": ((1, 47), None),
    }


class ImageManifestSummarySize(DockerModel):
    """Disk usage of one manifest.

    Fields not in every API version: `Total`: API >= 1.47.; `Content`: API >= 1.47."""

    total: int | None = Field(default=None, alias="Total", description="All bytes the manifest accounts for, content and unpacked layers together. API \u003e= 1.47.")
    """All bytes the manifest accounts for, content and unpacked layers together. API >= 1.47."""

    content: int | None = Field(default=None, alias="Content", description="Bytes of the manifest\u0027s content (manifest, config and compressed layers) in the content store. API \u003e= 1.47.")
    """Bytes of the manifest's content (manifest, config and compressed layers) in the content store. API >= 1.47."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Total": ((1, 47), None),
        "Content": ((1, 47), None),
    }


class ImagePruneResponse(DockerModel):
    """What prune_images removed.

    Fields not in every API version: `ImagesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    images_deleted: list[ImageDeleteResponseItem] | None = Field(default=None, alias="ImagesDeleted", description="The references untagged and the images deleted. API \u003e= 1.25.")
    """The references untagged and the images deleted. API >= 1.25."""

    space_reclaimed: int | None = Field(default=None, alias="SpaceReclaimed", description="Disk space freed, in bytes. API \u003e= 1.25.")
    """Disk space freed, in bytes. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ImagesDeleted": ((1, 25), None),
        "SpaceReclaimed": ((1, 25), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ImagesDeleted": "ImageDeleteResponseItem",
    }


class ImageSearchResponseItem(DockerModel):
    """One Docker Hub repository found by search()."""

    description: str | None = Field(default=None, alias="description", description="The repository\u0027s short description.")
    """The repository's short description."""

    is_official: bool | None = Field(default=None, alias="is_official", description="Whether this is one of Docker\u0027s official images.")
    """Whether this is one of Docker's official images."""

    is_automated: bool | None = Field(default=None, alias="is_automated", description="Whether the image was set up as an automated build (always false on current Docker Hub).")
    """Whether the image was set up as an automated build (always false on current Docker Hub)."""

    name: str | None = Field(default=None, alias="name", description="The repository name, e.g. \"nginx\" or \"bitnami/nginx\".")
    """The repository name, e.g. "nginx" or "bitnami/nginx"."""

    star_count: int | None = Field(default=None, alias="star_count", description="How many stars the repository has on Docker Hub.")
    """How many stars the repository has on Docker Hub."""


class ImageSummary(DockerModel):
    """One image in the list images() returns.

    Fields not in every API version: `SharedSize`: API >= 1.25.; `Manifests`: API >= 1.47.; `Descriptor`: API >= 1.48.; `VirtualSize`: Not in API >= 1.44."""

    id: str | None = Field(default=None, alias="Id", description="The image ID, \"sha256:\" plus the digest of its configuration; not the same as a registry digest.")
    """The image ID, "sha256:" plus the digest of its configuration; not the same as a registry digest."""

    parent_id: str | None = Field(default=None, alias="ParentId", description="ID of the image this one was built on, for images built or committed locally; empty for pulled images.")
    """ID of the image this one was built on, for images built or committed locally; empty for pulled images."""

    repo_tags: list[str] | None = Field(default=None, alias="RepoTags", description="The \"name:tag\" references pointing at this image; empty for an untagged image.")
    """The "name:tag" references pointing at this image; empty for an untagged image."""

    repo_digests: list[str] | None = Field(default=None, alias="RepoDigests", description="The \"name@sha256:...\" references of registry manifests that lead to this image.")
    """The "name@sha256:..." references of registry manifests that lead to this image."""

    created: int | None = Field(default=None, alias="Created", description="When the image was created, in Unix seconds.")
    """When the image was created, in Unix seconds."""

    size: int | None = Field(default=None, alias="Size", description="Disk space of the image with all its layers, in bytes.")
    """Disk space of the image with all its layers, in bytes."""

    shared_size: int | None = Field(default=None, alias="SharedSize", description="Bytes of this image\u0027s layers that other images share; -1 unless images(shared_size=True) asked for it. API \u003e= 1.25.")
    """Bytes of this image's layers that other images share; -1 unless images(shared_size=True) asked for it. API >= 1.25."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="The image\u0027s labels, name to value.")
    """The image's labels, name to value."""

    containers: int | None = Field(default=None, alias="Containers", description="How many containers, running or stopped, use this image; -1 when the daemon did not count them.")
    """How many containers, running or stopped, use this image; -1 when the daemon did not count them."""

    manifests: list[ImageManifestSummary] | None = Field(default=None, alias="Manifests", description="One entry per platform variant or attestation stored for the image; only with images(manifests=True). API \u003e= 1.47.")
    """One entry per platform variant or attestation stored for the image; only with images(manifests=True). API >= 1.47."""

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor", description="OCI descriptor of the image\u0027s manifest or index; set by daemons with a multi-platform image store. API \u003e= 1.48.")
    """OCI descriptor of the image's manifest or index; set by daemons with a multi-platform image store. API >= 1.48."""

    virtual_size: int | None = Field(default=None, alias="VirtualSize", description="Older duplicate of Size (bytes), dropped from newer API versions. Not in API \u003e= 1.44.")
    """Older duplicate of Size (bytes), dropped from newer API versions. Not in API >= 1.44."""

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
    """Disk usage of images, in df().

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    active_count: int | None = Field(default=None, alias="ActiveCount", description="Images used by at least one container. API \u003e= 1.52.")
    """Images used by at least one container. API >= 1.52."""

    total_count: int | None = Field(default=None, alias="TotalCount", description="All images. API \u003e= 1.52.")
    """All images. API >= 1.52."""

    reclaimable: int | None = Field(default=None, alias="Reclaimable", description="Bytes that removing unused images would free. API \u003e= 1.52.")
    """Bytes that removing unused images would free. API >= 1.52."""

    total_size: int | None = Field(default=None, alias="TotalSize", description="Bytes all images take. API \u003e= 1.52.")
    """Bytes all images take. API >= 1.52."""

    items_: list[Any] | None = Field(default=None, alias="Items", description="The images one by one; only with df(verbose=True). API \u003e= 1.52.")
    """The images one by one; only with df(verbose=True). API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ActiveCount": ((1, 52), None),
        "TotalCount": ((1, 52), None),
        "Reclaimable": ((1, 52), None),
        "TotalSize": ((1, 52), None),
        "Items": ((1, 52), None),
    }


class IndexInfo(DockerModel):
    """Settings of one registry."""

    name: str | None = Field(default=None, alias="Name", description="The registry\u0027s name, e.g. \"docker.io\" or \"localhost:5000\".")
    """The registry's name, e.g. "docker.io" or "localhost:5000"."""

    mirrors: list[str] | None = Field(default=None, alias="Mirrors", description="Mirror URLs used for this registry.")
    """Mirror URLs used for this registry."""

    secure: bool | None = Field(default=None, alias="Secure", description="Whether the registry is reached with TLS and verified certificates.")
    """Whether the registry is reached with TLS and verified certificates."""

    official: bool | None = Field(default=None, alias="Official", description="Whether this is Docker Hub.")
    """Whether this is Docker Hub."""


class JoinTokens(DockerModel):
    """The secrets a node presents to join the swarm; the token chosen decides its role."""

    worker: str | None = Field(default=None, alias="Worker", description="The token that makes a joining node a worker.")
    """The token that makes a joining node a worker."""

    manager: str | None = Field(default=None, alias="Manager", description="The token that makes a joining node a manager.")
    """The token that makes a joining node a manager."""


class Limit(DockerModel):
    """The most a task's container may use.

    Fields not in every API version: `Pids`: API >= 1.41.; `GenericResources`: API >= 1.32. Not in API >= 1.41."""

    nano_cpus: int | None = Field(default=None, alias="NanoCPUs", description="The CPU cap, in billionths of a CPU (1_500_000_000 is one and a half CPUs).")
    """The CPU cap, in billionths of a CPU (1_500_000_000 is one and a half CPUs)."""

    memory_bytes: int | None = Field(default=None, alias="MemoryBytes", description="The memory cap, in bytes.")
    """The memory cap, in bytes."""

    pids: int | None = Field(default=None, alias="Pids", description="The most processes the container may run; 0 means no limit. API \u003e= 1.41.")
    """The most processes the container may run; 0 means no limit. API >= 1.41."""

    generic_resources: GenericResources | None = Field(default=None, alias="GenericResources", description="User-defined resources (named or counted), listed here by API descriptions before 1.41. API \u003e= 1.32. Not in API \u003e= 1.41.")
    """User-defined resources (named or counted), listed here by API descriptions before 1.41. API >= 1.32. Not in API >= 1.41."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Pids": ((1, 41), None),
        "GenericResources": ((1, 32), (1, 41)),
    }


class ManagerStatus(DockerModel):
    """A manager's place in the raft group.

    Fields not in every API version: `Leader`: API >= 1.32.; `Reachability`: API >= 1.32.; `Addr`: API >= 1.32."""

    leader: bool | None = Field(default=None, alias="Leader", description="True on the manager that currently leads. API \u003e= 1.32.")
    """True on the manager that currently leads. API >= 1.32."""

    reachability: Reachability | None = Field(default=None, alias="Reachability", description="Whether the other managers can reach this one, \"reachable\", \"unreachable\" or \"unknown\". API \u003e= 1.32.")
    """Whether the other managers can reach this one, "reachable", "unreachable" or "unknown". API >= 1.32."""

    addr: str | None = Field(default=None, alias="Addr", description="The \"address:port\" where this manager listens for other managers, e.g. \"10.0.0.5:2377\". API \u003e= 1.32.")
    """The "address:port" where this manager listens for other managers, e.g. "10.0.0.5:2377". API >= 1.32."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Leader": ((1, 32), None),
        "Reachability": ((1, 32), None),
        "Addr": ((1, 32), None),
    }


class Mount(DockerModel):
    """One mount of a container in structured form.

    Fields not in every API version: `Consistency`: API >= 1.28.; `ImageOptions`: API >= 1.48.; `TmpfsOptions`: API >= 1.25."""

    target: str | None = Field(default=None, alias="Target", description="Path inside the container.")
    """Path inside the container."""

    source: str | None = Field(default=None, alias="Source", description="What is mounted, a host path for a bind mount or a volume name; empty for tmpfs and for an anonymous volume.")
    """What is mounted, a host path for a bind mount or a volume name; empty for tmpfs and for an anonymous volume."""

    type: MountType | None = Field(default=None, alias="Type", description="The kind of mount, \"bind\", \"volume\", \"tmpfs\", \"image\", \"npipe\" or \"cluster\".")
    """The kind of mount, "bind", "volume", "tmpfs", "image", "npipe" or "cluster"."""

    read_only: bool | None = Field(default=None, alias="ReadOnly", description="Whether the mount is read-only.")
    """Whether the mount is read-only."""

    consistency: str | None = Field(default=None, alias="Consistency", description="Consistency hint for Docker Desktop, \"default\", \"consistent\", \"cached\" or \"delegated\". API \u003e= 1.28.")
    """Consistency hint for Docker Desktop, "default", "consistent", "cached" or "delegated". API >= 1.28."""

    bind_options: MountBindOptions | None = Field(default=None, alias="BindOptions", description="Settings for a bind mount.")
    """Settings for a bind mount."""

    volume_options: MountVolumeOptions | None = Field(default=None, alias="VolumeOptions", description="Settings for a volume mount.")
    """Settings for a volume mount."""

    image_options: MountImageOptions | None = Field(default=None, alias="ImageOptions", description="Settings for an image mount. API \u003e= 1.48.")
    """Settings for an image mount. API >= 1.48."""

    tmpfs_options: MountTmpfsOptions | None = Field(default=None, alias="TmpfsOptions", description="Settings for a tmpfs mount. API \u003e= 1.25.")
    """Settings for a tmpfs mount. API >= 1.25."""

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
    """Settings of a bind mount.

    Fields not in every API version: `NonRecursive`: API >= 1.40.; `CreateMountpoint`: API >= 1.42.; `ReadOnlyNonRecursive`: API >= 1.44.; `ReadOnlyForceRecursive`: API >= 1.44."""

    propagation: Literal['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'] | str | None = Field(default=None, alias="Propagation", description="Mount propagation, \"private\", \"rprivate\", \"shared\", \"rshared\", \"slave\" or \"rslave\".")
    """Mount propagation, "private", "rprivate", "shared", "rshared", "slave" or "rslave"."""

    non_recursive: bool | None = Field(default=None, alias="NonRecursive", description="Whether mounts below the source are left out of the bind mount. API \u003e= 1.40.")
    """Whether mounts below the source are left out of the bind mount. API >= 1.40."""

    create_mountpoint: bool | None = Field(default=None, alias="CreateMountpoint", description="Whether a missing source path is created on the host. API \u003e= 1.42.")
    """Whether a missing source path is created on the host. API >= 1.42."""

    read_only_non_recursive: bool | None = Field(default=None, alias="ReadOnlyNonRecursive", description="With ReadOnly, whether only the top mount is made read-only, leaving mounts below it writable. API \u003e= 1.44.")
    """With ReadOnly, whether only the top mount is made read-only, leaving mounts below it writable. API >= 1.44."""

    read_only_force_recursive: bool | None = Field(default=None, alias="ReadOnlyForceRecursive", description="With ReadOnly, whether to fail when the mount cannot be made read-only all the way down. API \u003e= 1.44.")
    """With ReadOnly, whether to fail when the mount cannot be made read-only all the way down. API >= 1.44."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NonRecursive": ((1, 40), None),
        "CreateMountpoint": ((1, 42), None),
        "ReadOnlyNonRecursive": ((1, 44), None),
        "ReadOnlyForceRecursive": ((1, 44), None),
    }


class MountImageOptions(DockerModel):
    """Settings of an image mount.

    Fields not in every API version: `Subpath`: API >= 1.48."""

    subpath: str | None = Field(default=None, alias="Subpath", description="A relative path inside the image to mount instead of its root. API \u003e= 1.48.")
    """A relative path inside the image to mount instead of its root. API >= 1.48."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Subpath": ((1, 48), None),
    }


class MountPoint(DockerModel):
    """One mount of a container, as inspect_container and containers() report it."""

    type: MountType | None = Field(default=None, alias="Type", description="The kind of mount, e.g. \"bind\", \"volume\", \"tmpfs\", \"npipe\", \"image\" or \"cluster\".")
    """The kind of mount, e.g. "bind", "volume", "tmpfs", "npipe", "image" or "cluster"."""

    name: str | None = Field(default=None, alias="Name", description="The volume\u0027s name for a volume mount; empty otherwise.")
    """The volume's name for a volume mount; empty otherwise."""

    source: str | None = Field(default=None, alias="Source", description="The host side, a bind source or a volume\u0027s data directory; empty for tmpfs.")
    """The host side, a bind source or a volume's data directory; empty for tmpfs."""

    destination: str | None = Field(default=None, alias="Destination", description="The path inside the container.")
    """The path inside the container."""

    driver: str | None = Field(default=None, alias="Driver", description="The volume driver, e.g. \"local\"; empty for other mounts.")
    """The volume driver, e.g. "local"; empty for other mounts."""

    mode: str | None = Field(default=None, alias="Mode", description="The options given for the mount, comma separated, e.g. \"z\" or \"ro\".")
    """The options given for the mount, comma separated, e.g. "z" or "ro"."""

    rw: bool | None = Field(default=None, alias="RW", description="Whether the mount is writable.")
    """Whether the mount is writable."""

    propagation: str | None = Field(default=None, alias="Propagation", description="The bind propagation mode, e.g. \"rprivate\" or \"rshared\"; empty for volumes and on Windows.")
    """The bind propagation mode, e.g. "rprivate" or "rshared"; empty for volumes and on Windows."""


class MountTmpfsOptions(DockerModel):
    """Settings of a tmpfs mount.

    Fields not in every API version: `SizeBytes`: API >= 1.25.; `Options`: API >= 1.46."""

    size_bytes: int | None = Field(default=None, alias="SizeBytes", description="Size limit of the tmpfs in bytes. API \u003e= 1.25.")
    """Size limit of the tmpfs in bytes. API >= 1.25."""

    mode: int | None = Field(default=None, alias="Mode", description="Permission bits of the tmpfs root as an integer, e.g. 0o1777 written in Python (1023).")
    """Permission bits of the tmpfs root as an integer, e.g. 0o1777 written in Python (1023)."""

    options: list[list[str]] | None = Field(default=None, alias="Options", description="Extra mount options, each a one-item list for a flag or a [name, value] pair, e.g. [[\"noexec\"], [\"nr_inodes\", \"1000\"]]. API \u003e= 1.46.")
    """Extra mount options, each a one-item list for a flag or a [name, value] pair, e.g. [["noexec"], ["nr_inodes", "1000"]]. API >= 1.46."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "SizeBytes": ((1, 25), None),
        "Options": ((1, 46), None),
    }


class MountVolumeOptions(DockerModel):
    """Settings of a volume mount.

    Fields not in every API version: `Subpath`: API >= 1.45."""

    no_copy: bool | None = Field(default=None, alias="NoCopy", description="Whether to skip copying the image\u0027s files at the target into a new, empty volume.")
    """Whether to skip copying the image's files at the target into a new, empty volume."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Labels given to the volume if the mount creates it.")
    """Labels given to the volume if the mount creates it."""

    driver_config: MountVolumeOptionsDriverConfig | None = Field(default=None, alias="DriverConfig", description="Volume driver and options used if the mount creates the volume.")
    """Volume driver and options used if the mount creates the volume."""

    subpath: str | None = Field(default=None, alias="Subpath", description="A relative path inside the volume to mount instead of its root. API \u003e= 1.45.")
    """A relative path inside the volume to mount instead of its root. API >= 1.45."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Subpath": ((1, 45), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "DriverConfig": "MountVolumeOptionsDriverConfig",
    }


class MountVolumeOptionsDriverConfig(DockerModel):
    """The volume driver, and its options, for a volume a mount creates."""

    name: str | None = Field(default=None, alias="Name", description="The volume driver\u0027s name, e.g. \"local\".")
    """The volume driver's name, e.g. "local"."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="Driver-specific options as strings.")
    """Driver-specific options as strings."""


class NRIInfo(DockerModel):
    """Node Resource Interface details.

    Fields not in every API version: `Info`: API >= 1.53."""

    info: list[list[str]] | None = Field(default=None, alias="Info", description="Details of NRI, as [label, value] pairs whose format may change. API \u003e= 1.53.")
    """Details of NRI, as [label, value] pairs whose format may change. API >= 1.53."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Info": ((1, 53), None),
    }


class Network(DockerModel):
    """A network as the daemon describes it, with its driver, addressing and options.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Containers`: Not in API >= 1.52."""

    name: str | None = Field(default=None, alias="Name", description="The network\u0027s name, e.g. \"bridge\" or \"app-net\".")
    """The network's name, e.g. "bridge" or "app-net"."""

    id: str | None = Field(default=None, alias="Id", description="The network\u0027s ID, unique on this host (and in the swarm for a swarm-scoped network).")
    """The network's ID, unique on this host (and in the swarm for a swarm-scoped network)."""

    created: str | None = Field(default=None, alias="Created", description="When the network was created.")
    """When the network was created."""

    scope: str | None = Field(default=None, alias="Scope", description="Where the network exists, \"local\" (this host), \"swarm\" (the whole swarm) or \"global\".")
    """Where the network exists, "local" (this host), "swarm" (the whole swarm) or "global"."""

    driver: str | None = Field(default=None, alias="Driver", description="The network driver, e.g. \"bridge\", \"host\", \"overlay\", \"macvlan\" or a plugin\u0027s name.")
    """The network driver, e.g. "bridge", "host", "overlay", "macvlan" or a plugin's name."""

    enable_ipv4: bool | None = Field(default=None, alias="EnableIPv4", description="Whether containers get IPv4 addresses on this network. API \u003e= 1.47.")
    """Whether containers get IPv4 addresses on this network. API >= 1.47."""

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6", description="Whether containers also get IPv6 addresses on this network.")
    """Whether containers also get IPv6 addresses on this network."""

    ipam: IPAM | None = Field(default=None, alias="IPAM", description="How addresses are handed out on this network (driver, subnets, gateways).")
    """How addresses are handed out on this network (driver, subnets, gateways)."""

    internal: bool | None = Field(default=None, alias="Internal", description="True when the network has no route to the outside, only between its containers.")
    """True when the network has no route to the outside, only between its containers."""

    attachable: bool | None = Field(default=None, alias="Attachable", description="True when plain containers, not only service tasks, may join this swarm network. API \u003e= 1.27.")
    """True when plain containers, not only service tasks, may join this swarm network. API >= 1.27."""

    ingress: bool | None = Field(default=None, alias="Ingress", description="True for the swarm\u0027s routing-mesh network that carries published service ports. API \u003e= 1.29.")
    """True for the swarm's routing-mesh network that carries published service ports. API >= 1.29."""

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom", description="The config-only network this one takes its configuration from, if any. API \u003e= 1.41.")
    """The config-only network this one takes its configuration from, if any. API >= 1.41."""

    config_only: bool | None = Field(default=None, alias="ConfigOnly", description="True for a placeholder network that only holds configuration for others; nothing can join it. API \u003e= 1.41.")
    """True for a placeholder network that only holds configuration for others; nothing can join it. API >= 1.41."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="The driver options the network was created with, as strings.")
    """The driver options the network was created with, as strings."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="User metadata, as label to value.")
    """User metadata, as label to value."""

    peers: list[PeerInfo] | None = Field(default=None, alias="Peers", description="The swarm nodes that share this overlay network (overlay networks only). API \u003e= 1.41.")
    """The swarm nodes that share this overlay network (overlay networks only). API >= 1.41."""

    containers: dict[str, EndpointResource | None] | None = Field(default=None, alias="Containers", description="The containers attached to the network, keyed by container ID (filled in by inspect_network, not by lists). Not in API \u003e= 1.52.")
    """The containers attached to the network, keyed by container ID (filled in by inspect_network, not by lists). Not in API >= 1.52."""

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
    """A network a swarm task or node is attached to, with the addresses it holds there."""

    network: Network | None = Field(default=None, alias="Network", description="The network, as a full network description.")
    """The network, as a full network description."""

    addresses: list[str] | None = Field(default=None, alias="Addresses", description="The addresses on that network, in CIDR notation, e.g. [\"10.0.1.5/24\"].")
    """The addresses on that network, in CIDR notation, e.g. ["10.0.1.5/24"]."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "Network": "Network",
    }


class NetworkAttachmentConfig(DockerModel):
    """A network a service's tasks join.

    Fields not in every API version: `DriverOpts`: API >= 1.39."""

    target: str | None = Field(default=None, alias="Target", description="The network\u0027s name or ID.")
    """The network's name or ID."""

    aliases: list[str] | None = Field(default=None, alias="Aliases", description="Additional DNS names under which the service\u0027s tasks can be reached on this network.")
    """Additional DNS names under which the service's tasks can be reached on this network."""

    driver_opts: dict[str, str | None] | None = Field(default=None, alias="DriverOpts", description="Options for the network driver for this attachment, as strings. API \u003e= 1.39.")
    """Options for the network driver for this attachment, as strings. API >= 1.39."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "DriverOpts": ((1, 39), None),
    }


class NetworkConnectRequest(DockerModel):
    """The body of connect_container_to_network."""

    container: str | None = Field(default=None, alias="Container", description="The container to connect, by ID or name.")
    """The container to connect, by ID or name."""

    endpoint_config: EndpointSettings | None = Field(default=None, alias="EndpointConfig", description="The container\u0027s settings on this network.")
    """The container's settings on this network."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "EndpointConfig": "EndpointSettings",
    }


class NetworkCreateRequest(DockerModel):
    """The body of create_network.

    Fields not in every API version: `Scope`: API >= 1.41.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigOnly`: API >= 1.41.; `ConfigFrom`: API >= 1.41.; `EnableIPv4`: API >= 1.47.; `CheckDuplicate`: Not in API >= 1.46."""

    name: str | None = Field(default=None, alias="Name", description="The network\u0027s name.")
    """The network's name."""

    driver: str | None = Field(default=None, alias="Driver", description="Network driver, e.g. \"bridge\", \"overlay\", \"macvlan\" or a plugin.")
    """Network driver, e.g. "bridge", "overlay", "macvlan" or a plugin."""

    scope: str | None = Field(default=None, alias="Scope", description="Where the network exists, e.g. \"local\" for one host or \"swarm\" for the cluster. API \u003e= 1.41.")
    """Where the network exists, e.g. "local" for one host or "swarm" for the cluster. API >= 1.41."""

    internal: bool | None = Field(default=None, alias="Internal", description="Whether the network is cut off from outside connectivity.")
    """Whether the network is cut off from outside connectivity."""

    attachable: bool | None = Field(default=None, alias="Attachable", description="Whether plain containers, not only services, may join this swarm network. API \u003e= 1.27.")
    """Whether plain containers, not only services, may join this swarm network. API >= 1.27."""

    ingress: bool | None = Field(default=None, alias="Ingress", description="Whether this is the swarm\u0027s routing-mesh network. API \u003e= 1.29.")
    """Whether this is the swarm's routing-mesh network. API >= 1.29."""

    config_only: bool | None = Field(default=None, alias="ConfigOnly", description="Whether the network only holds configuration for other networks to use (ConfigFrom) and cannot be joined. API \u003e= 1.41.")
    """Whether the network only holds configuration for other networks to use (ConfigFrom) and cannot be joined. API >= 1.41."""

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom", description="The config-only network whose settings this network takes. API \u003e= 1.41.")
    """The config-only network whose settings this network takes. API >= 1.41."""

    ipam: IPAM | None = Field(default=None, alias="IPAM", description="Address management, driver and subnets.")
    """Address management, driver and subnets."""

    enable_ipv4: bool | None = Field(default=None, alias="EnableIPv4", description="Whether the network has IPv4. API \u003e= 1.47.")
    """Whether the network has IPv4. API >= 1.47."""

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6", description="Whether the network has IPv6.")
    """Whether the network has IPv6."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="Driver-specific options.")
    """Driver-specific options."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Metadata labels.")
    """Metadata labels."""

    check_duplicate: bool | None = Field(default=None, alias="CheckDuplicate", description="Whether to refuse a name already in use; newer daemons always refuse one. Not in API \u003e= 1.46.")
    """Whether to refuse a name already in use; newer daemons always refuse one. Not in API >= 1.46."""

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
    """What create_network returns."""

    id: str | None = Field(default=None, alias="Id", description="The new network\u0027s ID.")
    """The new network's ID."""

    warning: str | None = Field(default=None, alias="Warning", description="A note from the daemon about the creation, or empty.")
    """A note from the daemon about the creation, or empty."""


class NetworkDisconnectRequest(DockerModel):
    """The body of disconnect_container_from_network."""

    container: str | None = Field(default=None, alias="Container", description="The container to disconnect, by ID or name.")
    """The container to disconnect, by ID or name."""

    force: bool | None = Field(default=None, alias="Force", description="Whether to force the disconnection, e.g. to clear a stale endpoint.")
    """Whether to force the disconnection, e.g. to clear a stale endpoint."""


class NetworkInspect(DockerModel):
    """The full description of one network, as inspect_network returns it.

    Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Services`: API >= 1.52.; `Status`: API >= 1.52."""

    name: str | None = Field(default=None, alias="Name", description="The network\u0027s name, e.g. \"bridge\" or \"app-net\".")
    """The network's name, e.g. "bridge" or "app-net"."""

    id: str | None = Field(default=None, alias="Id", description="The network\u0027s ID, unique on this host (and in the swarm for a swarm-scoped network).")
    """The network's ID, unique on this host (and in the swarm for a swarm-scoped network)."""

    created: str | None = Field(default=None, alias="Created", description="When the network was created.")
    """When the network was created."""

    scope: str | None = Field(default=None, alias="Scope", description="Where the network exists, \"local\" (this host), \"swarm\" (the whole swarm) or \"global\".")
    """Where the network exists, "local" (this host), "swarm" (the whole swarm) or "global"."""

    driver: str | None = Field(default=None, alias="Driver", description="The network driver, e.g. \"bridge\", \"host\", \"overlay\", \"macvlan\" or a plugin\u0027s name.")
    """The network driver, e.g. "bridge", "host", "overlay", "macvlan" or a plugin's name."""

    enable_ipv4: bool | None = Field(default=None, alias="EnableIPv4", description="Whether containers get IPv4 addresses on this network. API \u003e= 1.47.")
    """Whether containers get IPv4 addresses on this network. API >= 1.47."""

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6", description="Whether containers also get IPv6 addresses on this network.")
    """Whether containers also get IPv6 addresses on this network."""

    ipam: IPAM | None = Field(default=None, alias="IPAM", description="How addresses are handed out on this network (driver, subnets, gateways).")
    """How addresses are handed out on this network (driver, subnets, gateways)."""

    internal: bool | None = Field(default=None, alias="Internal", description="True when the network has no route to the outside, only between its containers.")
    """True when the network has no route to the outside, only between its containers."""

    attachable: bool | None = Field(default=None, alias="Attachable", description="True when plain containers, not only service tasks, may join this swarm network. API \u003e= 1.27.")
    """True when plain containers, not only service tasks, may join this swarm network. API >= 1.27."""

    ingress: bool | None = Field(default=None, alias="Ingress", description="True for the swarm\u0027s routing-mesh network that carries published service ports. API \u003e= 1.29.")
    """True for the swarm's routing-mesh network that carries published service ports. API >= 1.29."""

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom", description="The config-only network this one takes its configuration from, if any. API \u003e= 1.41.")
    """The config-only network this one takes its configuration from, if any. API >= 1.41."""

    config_only: bool | None = Field(default=None, alias="ConfigOnly", description="True for a placeholder network that only holds configuration for others; nothing can join it. API \u003e= 1.41.")
    """True for a placeholder network that only holds configuration for others; nothing can join it. API >= 1.41."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="The driver options the network was created with, as strings.")
    """The driver options the network was created with, as strings."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="User metadata, as label to value.")
    """User metadata, as label to value."""

    peers: list[PeerInfo] | None = Field(default=None, alias="Peers", description="The swarm nodes that share this overlay network (overlay networks only). API \u003e= 1.41.")
    """The swarm nodes that share this overlay network (overlay networks only). API >= 1.41."""

    containers: dict[str, EndpointResource | None] | None = Field(default=None, alias="Containers", description="The endpoints of the containers attached to the network, keyed by container ID.")
    """The endpoints of the containers attached to the network, keyed by container ID."""

    services: dict[str, Any] | None = Field(default=None, alias="Services", description="For a swarm-scoped network inspected with verbose=True, the services using it and their tasks. API \u003e= 1.52.")
    """For a swarm-scoped network inspected with verbose=True, the services using it and their tasks. API >= 1.52."""

    status: NetworkStatus | None = Field(default=None, alias="Status", description="Live figures about the network, such as how many addresses are in use. API \u003e= 1.52.")
    """Live figures about the network, such as how many addresses are in use. API >= 1.52."""

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
    """What prune_networks returns.

    Fields not in every API version: `NetworksDeleted`: API >= 1.26.; `VolumesDeleted`: API >= 1.25. Not in API >= 1.26."""

    networks_deleted: list[str] | None = Field(default=None, alias="NetworksDeleted", description="The names of the networks that were removed. API \u003e= 1.26.")
    """The names of the networks that were removed. API >= 1.26."""

    volumes_deleted: list[str] | None = Field(default=None, alias="VolumesDeleted", description="A name the 1.25 API description gave this list by mistake (it held the deleted networks); daemons send NetworksDeleted. API \u003e= 1.25. Not in API \u003e= 1.26.")
    """A name the 1.25 API description gave this list by mistake (it held the deleted networks); daemons send NetworksDeleted. API >= 1.25. Not in API >= 1.26."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NetworksDeleted": ((1, 26), None),
        "VolumesDeleted": ((1, 25), (1, 26)),
    }


class NetworkSettings(DockerModel):
    """A container's network namespace, published ports and networks, as inspect_container reports them.

    Fields not in every API version: `Address`: API >= 1.25. Not in API >= 1.32.; `Bridge`: Not in API >= 1.52.; `EndpointID`: Not in API >= 1.52.; `Gateway`: Not in API >= 1.52.; `GlobalIPv6Address`: Not in API >= 1.52.; `GlobalIPv6PrefixLen`: Not in API >= 1.52.; `HairpinMode`: Not in API >= 1.52.; `IPAddress`: Not in API >= 1.52.; `IPPrefixLen`: Not in API >= 1.52.; `IPv6Gateway`: Not in API >= 1.52.; `LinkLocalIPv6Address`: Not in API >= 1.52.; `LinkLocalIPv6PrefixLen`: Not in API >= 1.52.; `MacAddress`: Not in API >= 1.52.; `PortMapping`: API >= 1.25. Not in API >= 1.32.; `SecondaryIPAddresses`: Not in API >= 1.52.; `SecondaryIPv6Addresses`: Not in API >= 1.52."""

    sandbox_id: str | None = Field(default=None, alias="SandboxID", description="The ID of the container\u0027s network sandbox (its network namespace).")
    """The ID of the container's network sandbox (its network namespace)."""

    sandbox_key: str | None = Field(default=None, alias="SandboxKey", description="The host path of the network namespace, e.g. \"/var/run/docker/netns/1a2b3c4d5e6f\".")
    """The host path of the network namespace, e.g. "/var/run/docker/netns/1a2b3c4d5e6f"."""

    ports: PortMap | None = Field(default=None, alias="Ports", description="Published ports: keys such as \"80/tcp\", each with a list of {\"HostIp\", \"HostPort\"} bindings, or None if exposed only.")
    """Published ports: keys such as "80/tcp", each with a list of {"HostIp", "HostPort"} bindings, or None if exposed only."""

    networks: dict[str, EndpointSettings | None] | None = Field(default=None, alias="Networks", description="The container\u0027s endpoint in each network it has joined, by network name.")
    """The container's endpoint in each network it has joined, by network name."""

    address: str | None = Field(default=None, alias="Address", description="A legacy address field of API versions before 1.32; not filled by current daemons. API \u003e= 1.25. Not in API \u003e= 1.32.")
    """A legacy address field of API versions before 1.32; not filled by current daemons. API >= 1.25. Not in API >= 1.32."""

    bridge: str | None = Field(default=None, alias="Bridge", description="The bridge interface given to the daemon with --bridge; usually empty. Not in API \u003e= 1.52.")
    """The bridge interface given to the daemon with --bridge; usually empty. Not in API >= 1.52."""

    endpoint_id: str | None = Field(default=None, alias="EndpointID", description="The endpoint ID on the default bridge network; read it from Networks[\"bridge\"] instead. Not in API \u003e= 1.52.")
    """The endpoint ID on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    gateway: str | None = Field(default=None, alias="Gateway", description="The gateway on the default bridge network; read it from Networks[\"bridge\"] instead. Not in API \u003e= 1.52.")
    """The gateway on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    global_ipv6_address: str | None = Field(default=None, alias="GlobalIPv6Address", description="The global IPv6 address on the default bridge network; read it from Networks[\"bridge\"] instead. Not in API \u003e= 1.52.")
    """The global IPv6 address on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    global_ipv6_prefix_len: int | None = Field(default=None, alias="GlobalIPv6PrefixLen", description="The prefix length of that IPv6 address. Not in API \u003e= 1.52.")
    """The prefix length of that IPv6 address. Not in API >= 1.52."""

    hairpin_mode: bool | None = Field(default=None, alias="HairpinMode", description="Whether hairpin NAT is on for the interface; never set by recent daemons. Not in API \u003e= 1.52.")
    """Whether hairpin NAT is on for the interface; never set by recent daemons. Not in API >= 1.52."""

    ip_address: str | None = Field(default=None, alias="IPAddress", description="The IPv4 address on the default bridge network; read it from Networks[\"bridge\"] instead. Not in API \u003e= 1.52.")
    """The IPv4 address on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    ip_prefix_len: int | None = Field(default=None, alias="IPPrefixLen", description="The prefix length of that IPv4 address, e.g. 16. Not in API \u003e= 1.52.")
    """The prefix length of that IPv4 address, e.g. 16. Not in API >= 1.52."""

    ipv6_gateway: str | None = Field(default=None, alias="IPv6Gateway", description="The IPv6 gateway on the default bridge network; read it from Networks[\"bridge\"] instead. Not in API \u003e= 1.52.")
    """The IPv6 gateway on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    link_local_ipv6_address: str | None = Field(default=None, alias="LinkLocalIPv6Address", description="A link-local IPv6 address; never set by recent daemons. Not in API \u003e= 1.52.")
    """A link-local IPv6 address; never set by recent daemons. Not in API >= 1.52."""

    link_local_ipv6_prefix_len: int | None = Field(default=None, alias="LinkLocalIPv6PrefixLen", description="The prefix length of that link-local address; never set by recent daemons. Not in API \u003e= 1.52.")
    """The prefix length of that link-local address; never set by recent daemons. Not in API >= 1.52."""

    mac_address: str | None = Field(default=None, alias="MacAddress", description="The MAC address on the default bridge network; read it from Networks[\"bridge\"] instead. Not in API \u003e= 1.52.")
    """The MAC address on the default bridge network; read it from Networks["bridge"] instead. Not in API >= 1.52."""

    port_mapping: str | None = Field(default=None, alias="PortMapping", description="A legacy field of API versions before 1.32; not filled by current daemons. API \u003e= 1.25. Not in API \u003e= 1.32.")
    """A legacy field of API versions before 1.32; not filled by current daemons. API >= 1.25. Not in API >= 1.32."""

    secondary_ip_addresses: list[Address] | None = Field(default=None, alias="SecondaryIPAddresses", description="Extra IPv4 addresses; never set by recent daemons. Not in API \u003e= 1.52.")
    """Extra IPv4 addresses; never set by recent daemons. Not in API >= 1.52."""

    secondary_ipv6_addresses: list[Address] | None = Field(default=None, alias="SecondaryIPv6Addresses", description="Extra IPv6 addresses; never set by recent daemons. Not in API \u003e= 1.52.")
    """Extra IPv6 addresses; never set by recent daemons. Not in API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Address": ((1, 25), (1, 32)),
        "Bridge": (None, (1, 52)),
        "EndpointID": (None, (1, 52)),
        "Gateway": (None, (1, 52)),
        "GlobalIPv6Address": (None, (1, 52)),
        "GlobalIPv6PrefixLen": (None, (1, 52)),
        "HairpinMode": (None, (1, 52)),
        "IPAddress": (None, (1, 52)),
        "IPPrefixLen": (None, (1, 52)),
        "IPv6Gateway": (None, (1, 52)),
        "LinkLocalIPv6Address": (None, (1, 52)),
        "LinkLocalIPv6PrefixLen": (None, (1, 52)),
        "MacAddress": (None, (1, 52)),
        "PortMapping": ((1, 25), (1, 32)),
        "SecondaryIPAddresses": (None, (1, 52)),
        "SecondaryIPv6Addresses": (None, (1, 52)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Networks": "EndpointSettings",
        "SecondaryIPAddresses": "Address",
        "SecondaryIPv6Addresses": "Address",
    }


class NetworkStatus(DockerModel):
    """Live figures about a network, as inspect_network reports them.

    Fields not in every API version: `IPAM`: API >= 1.52."""

    ipam: IPAMStatus | None = Field(default=None, alias="IPAM", description="Address usage per subnet. API \u003e= 1.52.")
    """Address usage per subnet. API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "IPAM": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "IPAM": "IPAMStatus",
    }


class NetworkSummary(DockerModel):
    """One entry of the network list (networks), without the attached containers.

    Fields not in every API version: `Name`: API >= 1.52.; `Id`: API >= 1.52.; `Created`: API >= 1.52.; `Scope`: API >= 1.52.; `Driver`: API >= 1.52.; `EnableIPv4`: API >= 1.52.; `EnableIPv6`: API >= 1.52.; `IPAM`: API >= 1.52.; `Internal`: API >= 1.52.; `Attachable`: API >= 1.52.; `Ingress`: API >= 1.52.; `ConfigFrom`: API >= 1.52.; `ConfigOnly`: API >= 1.52.; `Options`: API >= 1.52.; `Labels`: API >= 1.52.; `Peers`: API >= 1.52."""

    name: str | None = Field(default=None, alias="Name", description="The network\u0027s name, e.g. \"bridge\" or \"app-net\". API \u003e= 1.52.")
    """The network's name, e.g. "bridge" or "app-net". API >= 1.52."""

    id: str | None = Field(default=None, alias="Id", description="The network\u0027s ID, unique on this host (and in the swarm for a swarm-scoped network). API \u003e= 1.52.")
    """The network's ID, unique on this host (and in the swarm for a swarm-scoped network). API >= 1.52."""

    created: str | None = Field(default=None, alias="Created", description="When the network was created. API \u003e= 1.52.")
    """When the network was created. API >= 1.52."""

    scope: str | None = Field(default=None, alias="Scope", description="Where the network exists, \"local\" (this host), \"swarm\" (the whole swarm) or \"global\". API \u003e= 1.52.")
    """Where the network exists, "local" (this host), "swarm" (the whole swarm) or "global". API >= 1.52."""

    driver: str | None = Field(default=None, alias="Driver", description="The network driver, e.g. \"bridge\", \"host\", \"overlay\", \"macvlan\" or a plugin\u0027s name. API \u003e= 1.52.")
    """The network driver, e.g. "bridge", "host", "overlay", "macvlan" or a plugin's name. API >= 1.52."""

    enable_ipv4: bool | None = Field(default=None, alias="EnableIPv4", description="Whether containers get IPv4 addresses on this network. API \u003e= 1.52.")
    """Whether containers get IPv4 addresses on this network. API >= 1.52."""

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6", description="Whether containers also get IPv6 addresses on this network. API \u003e= 1.52.")
    """Whether containers also get IPv6 addresses on this network. API >= 1.52."""

    ipam: IPAM | None = Field(default=None, alias="IPAM", description="How addresses are handed out on this network (driver, subnets, gateways). API \u003e= 1.52.")
    """How addresses are handed out on this network (driver, subnets, gateways). API >= 1.52."""

    internal: bool | None = Field(default=None, alias="Internal", description="True when the network has no route to the outside, only between its containers. API \u003e= 1.52.")
    """True when the network has no route to the outside, only between its containers. API >= 1.52."""

    attachable: bool | None = Field(default=None, alias="Attachable", description="True when plain containers, not only service tasks, may join this swarm network. API \u003e= 1.52.")
    """True when plain containers, not only service tasks, may join this swarm network. API >= 1.52."""

    ingress: bool | None = Field(default=None, alias="Ingress", description="True for the swarm\u0027s routing-mesh network that carries published service ports. API \u003e= 1.52.")
    """True for the swarm's routing-mesh network that carries published service ports. API >= 1.52."""

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom", description="The config-only network this one takes its configuration from, if any. API \u003e= 1.52.")
    """The config-only network this one takes its configuration from, if any. API >= 1.52."""

    config_only: bool | None = Field(default=None, alias="ConfigOnly", description="True for a placeholder network that only holds configuration for others; nothing can join it. API \u003e= 1.52.")
    """True for a placeholder network that only holds configuration for others; nothing can join it. API >= 1.52."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="The driver options the network was created with, as strings. API \u003e= 1.52.")
    """The driver options the network was created with, as strings. API >= 1.52."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="User metadata, as label to value. API \u003e= 1.52.")
    """User metadata, as label to value. API >= 1.52."""

    peers: list[PeerInfo] | None = Field(default=None, alias="Peers", description="The swarm nodes that share this overlay network (overlay networks only). API \u003e= 1.52.")
    """The swarm nodes that share this overlay network (overlay networks only). API >= 1.52."""

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
    """One task behind a swarm service on a network, in a verbose network inspect.

    Fields not in every API version: `Name`: API >= 1.52.; `EndpointID`: API >= 1.52.; `EndpointIP`: API >= 1.52.; `Info`: API >= 1.52."""

    name: str | None = Field(default=None, alias="Name", description="The task\u0027s name. API \u003e= 1.52.")
    """The task's name. API >= 1.52."""

    endpoint_id: str | None = Field(default=None, alias="EndpointID", description="ID of the task\u0027s endpoint on the network. API \u003e= 1.52.")
    """ID of the task's endpoint on the network. API >= 1.52."""

    endpoint_ip: str | None = Field(default=None, alias="EndpointIP", description="The task\u0027s address on the network. API \u003e= 1.52.")
    """The task's address on the network. API >= 1.52."""

    info: dict[str, str | None] | None = Field(default=None, alias="Info", description="Driver-specific details. API \u003e= 1.52.")
    """Driver-specific details. API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 52), None),
        "EndpointID": ((1, 52), None),
        "EndpointIP": ((1, 52), None),
        "Info": ((1, 52), None),
    }


class NetworkingConfig(DockerModel):
    """The networks a container is attached to when it is created, as create_networking_config builds it."""

    endpoints_config: dict[str, EndpointSettings | None] | None = Field(default=None, alias="EndpointsConfig", description="A mapping from network name or ID to the container\u0027s endpoint settings on it (an empty settings document connects with defaults).")
    """A mapping from network name or ID to the container's endpoint settings on it (an empty settings document connects with defaults)."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "EndpointsConfig": "EndpointSettings",
    }


class Node(DockerModel):
    """A machine in the swarm, as the managers know it.

    Fields not in every API version: `Status`: API >= 1.32.; `ManagerStatus`: API >= 1.32."""

    id: str | None = Field(default=None, alias="ID", description="The node\u0027s ID.")
    """The node's ID."""

    version: ObjectVersion | None = Field(default=None, alias="Version", description="The node\u0027s version, to pass to update_node.")
    """The node's version, to pass to update_node."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the node joined the swarm.")
    """When the node joined the swarm."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt", description="When the node\u0027s record last changed.")
    """When the node's record last changed."""

    spec: NodeSpec | None = Field(default=None, alias="Spec", description="The settings an operator controls (name, labels, role, availability).")
    """The settings an operator controls (name, labels, role, availability)."""

    description: NodeDescription | None = Field(default=None, alias="Description", description="What the node reports about itself (host name, platform, resources, engine).")
    """What the node reports about itself (host name, platform, resources, engine)."""

    status: NodeStatus | None = Field(default=None, alias="Status", description="Whether the node is up, and its address. API \u003e= 1.32.")
    """Whether the node is up, and its address. API >= 1.32."""

    manager_status: ManagerStatus | None = Field(default=None, alias="ManagerStatus", description="The node\u0027s place in the manager group; present only for managers. API \u003e= 1.32.")
    """The node's place in the manager group; present only for managers. API >= 1.32."""

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
    """What a node reports about itself.

    Fields not in every API version: `TLSInfo`: API >= 1.30."""

    hostname: str | None = Field(default=None, alias="Hostname", description="The node\u0027s host name.")
    """The node's host name."""

    platform: Platform | None = Field(default=None, alias="Platform", description="The node\u0027s operating system and CPU architecture.")
    """The node's operating system and CPU architecture."""

    resources: ResourceObject | None = Field(default=None, alias="Resources", description="The CPUs, memory and generic resources the node offers.")
    """The CPUs, memory and generic resources the node offers."""

    engine: EngineDescription | None = Field(default=None, alias="Engine", description="The Docker engine running on the node.")
    """The Docker engine running on the node."""

    tls_info: TLSInfo | None = Field(default=None, alias="TLSInfo", description="The CA and certificate issuer the node trusts. API \u003e= 1.30.")
    """The CA and certificate issuer the node trusts. API >= 1.30."""

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
    """The settings of a node that update_node changes."""

    name: str | None = Field(default=None, alias="Name", description="A name for the node, set by the operator.")
    """A name for the node, set by the operator."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Node labels, usable in placement constraints as node.labels.KEY.")
    """Node labels, usable in placement constraints as node.labels.KEY."""

    role: Literal['worker', 'manager'] | str | None = Field(default=None, alias="Role", description="The node\u0027s role, \"worker\" or \"manager\" (promote or demote by changing it).")
    """The node's role, "worker" or "manager" (promote or demote by changing it)."""

    availability: Literal['active', 'pause', 'drain'] | str | None = Field(default=None, alias="Availability", description="Whether the node takes tasks, \"active\", \"pause\" (keeps its tasks, takes no new ones) or \"drain\" (moves its tasks away).")
    """Whether the node takes tasks, "active", "pause" (keeps its tasks, takes no new ones) or "drain" (moves its tasks away)."""


class NodeStatus(DockerModel):
    """The health of a node as the managers see it.

    Fields not in every API version: `State`: API >= 1.32.; `Message`: API >= 1.32.; `Addr`: API >= 1.25."""

    state: NodeState | None = Field(default=None, alias="State", description="The node\u0027s state, \"unknown\", \"down\", \"ready\" or \"disconnected\". API \u003e= 1.32.")
    """The node's state, "unknown", "down", "ready" or "disconnected". API >= 1.32."""

    message: str | None = Field(default=None, alias="Message", description="A note explaining the state, or empty. API \u003e= 1.32.")
    """A note explaining the state, or empty. API >= 1.32."""

    addr: str | None = Field(default=None, alias="Addr", description="The node\u0027s IP address as the managers see it. API \u003e= 1.25.")
    """The node's IP address as the managers see it. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "State": ((1, 32), None),
        "Message": ((1, 32), None),
        "Addr": ((1, 25), None),
    }


class OCIDescriptor(DockerModel):
    """An OCI content descriptor naming one blob (a manifest, config or layer) by digest.

    Fields not in every API version: `mediaType`: API >= 1.40.; `digest`: API >= 1.40.; `size`: API >= 1.40.; `urls`: API >= 1.48.; `annotations`: API >= 1.48.; `data`: API >= 1.48.; `platform`: API >= 1.48.; `artifactType`: API >= 1.48."""

    media_type: str | None = Field(default=None, alias="mediaType", description="The blob\u0027s media type, e.g. \"application/vnd.oci.image.manifest.v1+json\". API \u003e= 1.40.")
    """The blob's media type, e.g. "application/vnd.oci.image.manifest.v1+json". API >= 1.40."""

    digest: str | None = Field(default=None, alias="digest", description="The blob\u0027s digest, e.g. \"sha256:...\"; it identifies the content. API \u003e= 1.40.")
    """The blob's digest, e.g. "sha256:..."; it identifies the content. API >= 1.40."""

    size: int | None = Field(default=None, alias="size", description="The blob\u0027s size in bytes. API \u003e= 1.40.")
    """The blob's size in bytes. API >= 1.40."""

    urls: list[str] | None = Field(default=None, alias="urls", description="Other places the blob can be downloaded from. API \u003e= 1.48.")
    """Other places the blob can be downloaded from. API >= 1.48."""

    annotations: dict[str, str | None] | None = Field(default=None, alias="annotations", description="Free key/value metadata about the blob. API \u003e= 1.48.")
    """Free key/value metadata about the blob. API >= 1.48."""

    data: str | None = Field(default=None, alias="data", description="The blob itself, base64-encoded, when it is small enough to embed. API \u003e= 1.48.")
    """The blob itself, base64-encoded, when it is small enough to embed. API >= 1.48."""

    platform: OCIPlatform | None = Field(default=None, alias="platform", description="The platform the blob is for, when it is a platform-specific manifest. API \u003e= 1.48.")
    """The platform the blob is for, when it is a platform-specific manifest. API >= 1.48."""

    artifact_type: str | None = Field(default=None, alias="artifactType", description="The IANA media type of the artifact, for manifests that are not images. API \u003e= 1.48.")
    """The IANA media type of the artifact, for manifests that are not images. API >= 1.48."""

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
    """The platform an image or manifest is built for, in OCI terms.

    Fields not in every API version: `architecture`: API >= 1.40.; `os`: API >= 1.40.; `os.version`: API >= 1.40.; `os.features`: API >= 1.40.; `variant`: API >= 1.40.; `Features`: API >= 1.30. Not in API >= 1.40.; `OSFeatures`: API >= 1.30. Not in API >= 1.40.; `OSVersion`: API >= 1.30. Not in API >= 1.40."""

    architecture: str | None = Field(default=None, alias="architecture", description="The CPU architecture, e.g. \"amd64\" or \"arm64\". API \u003e= 1.40.")
    """The CPU architecture, e.g. "amd64" or "arm64". API >= 1.40."""

    os: str | None = Field(default=None, alias="os", description="The operating system, e.g. \"linux\" or \"windows\". API \u003e= 1.40.")
    """The operating system, e.g. "linux" or "windows". API >= 1.40."""

    os_version: str | None = Field(default=None, alias="os.version", description="The operating system version, mostly for Windows, e.g. \"10.0.20348.1\". API \u003e= 1.40.")
    """The operating system version, mostly for Windows, e.g. "10.0.20348.1". API >= 1.40."""

    os_features: list[str] | None = Field(default=None, alias="os.features", description="OS features the image needs, e.g. [\"win32k\"] on Windows. API \u003e= 1.40.")
    """OS features the image needs, e.g. ["win32k"] on Windows. API >= 1.40."""

    variant: str | None = Field(default=None, alias="variant", description="The CPU variant, e.g. \"v7\" for ARMv7 or \"v8\" for arm64. API \u003e= 1.40.")
    """The CPU variant, e.g. "v7" for ARMv7 or "v8" for arm64. API >= 1.40."""

    features: list[str] | None = Field(default=None, alias="Features", description="CPU features the image needs (the spelling of API versions before 1.40). API \u003e= 1.30. Not in API \u003e= 1.40.")
    """CPU features the image needs (the spelling of API versions before 1.40). API >= 1.30. Not in API >= 1.40."""

    os_features_: list[str] | None = Field(default=None, alias="OSFeatures", description="OS features the image needs (the spelling of API versions before 1.40). API \u003e= 1.30. Not in API \u003e= 1.40.")
    """OS features the image needs (the spelling of API versions before 1.40). API >= 1.30. Not in API >= 1.40."""

    os_version_: str | None = Field(default=None, alias="OSVersion", description="The operating system version (the spelling of API versions before 1.40). API \u003e= 1.30. Not in API \u003e= 1.40.")
    """The operating system version (the spelling of API versions before 1.40). API >= 1.30. Not in API >= 1.40."""

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
    """The version of a swarm object, bumped on every change."""

    index: int | None = Field(default=None, alias="Index", description="The version number; an update must name the current one, so that concurrent changes are detected.")
    """The version number; an update must name the current one, so that concurrent changes are detected."""


class PeerInfo(DockerModel):
    """One swarm node that takes part in an overlay network.

    Fields not in every API version: `Name`: API >= 1.41.; `IP`: API >= 1.41."""

    name: str | None = Field(default=None, alias="Name", description="The peer node\u0027s ID in the swarm. API \u003e= 1.41.")
    """The peer node's ID in the swarm. API >= 1.41."""

    ip: str | None = Field(default=None, alias="IP", description="The peer node\u0027s IP address. API \u003e= 1.41.")
    """The peer node's IP address. API >= 1.41."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 41), None),
        "IP": ((1, 41), None),
    }


class PeerNode(DockerModel):
    """A swarm manager as another node knows it.

    Fields not in every API version: `NodeID`: API >= 1.32.; `Addr`: API >= 1.32."""

    node_id: str | None = Field(default=None, alias="NodeID", description="The manager\u0027s node ID. API \u003e= 1.32.")
    """The manager's node ID. API >= 1.32."""

    addr: str | None = Field(default=None, alias="Addr", description="The manager\u0027s address, \"host:port\". API \u003e= 1.32.")
    """The manager's address, "host:port". API >= 1.32."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "NodeID": ((1, 32), None),
        "Addr": ((1, 32), None),
    }


class Platform(DockerModel):
    """An operating system and CPU architecture."""

    architecture: str | None = Field(default=None, alias="Architecture", description="The CPU architecture, e.g. \"x86_64\", \"amd64\" or \"arm64\".")
    """The CPU architecture, e.g. "x86_64", "amd64" or "arm64"."""

    os: str | None = Field(default=None, alias="OS", description="The operating system, e.g. \"linux\" or \"windows\".")
    """The operating system, e.g. "linux" or "windows"."""


class Plugin(DockerModel):
    """An installed plugin.

    Fields not in every API version: `Enabled`: API >= 1.25.; `Settings`: API >= 1.25.; `PluginReference`: API >= 1.26."""

    id: str | None = Field(default=None, alias="Id", description="The plugin\u0027s ID.")
    """The plugin's ID."""

    name: str | None = Field(default=None, alias="Name", description="The plugin\u0027s name, e.g. \"vieux/sshfs:latest\".")
    """The plugin's name, e.g. "vieux/sshfs:latest"."""

    enabled: bool | None = Field(default=None, alias="Enabled", description="Whether the plugin is running. API \u003e= 1.25.")
    """Whether the plugin is running. API >= 1.25."""

    settings: PluginSettings | None = Field(default=None, alias="Settings", description="The values currently set for the plugin\u0027s settable options. API \u003e= 1.25.")
    """The values currently set for the plugin's settable options. API >= 1.25."""

    plugin_reference: str | None = Field(default=None, alias="PluginReference", description="The registry reference the plugin was installed from. API \u003e= 1.26.")
    """The registry reference the plugin was installed from. API >= 1.26."""

    config: PluginConfig | None = Field(default=None, alias="Config", description="The plugin\u0027s manifest: what it provides and what it needs.")
    """The plugin's manifest: what it provides and what it needs."""

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
    """A plugin's manifest (its config.json).

    Fields not in every API version: `WorkDir`: API >= 1.25.; `Linux`: API >= 1.25.; `PropagatedMount`: API >= 1.25.; `IpcHost`: API >= 1.29.; `PidHost`: API >= 1.29.; `rootfs`: API >= 1.25.; `DockerVersion`: API >= 1.29. Not in API >= 1.52."""

    description: str | None = Field(default=None, alias="Description", description="What the plugin does, in a sentence.")
    """What the plugin does, in a sentence."""

    documentation: str | None = Field(default=None, alias="Documentation", description="Link to the plugin\u0027s documentation.")
    """Link to the plugin's documentation."""

    interface: PluginConfigInterface | None = Field(default=None, alias="Interface", description="The plugin\u0027s API: what it provides and the socket it listens on.")
    """The plugin's API: what it provides and the socket it listens on."""

    entrypoint: list[str] | None = Field(default=None, alias="Entrypoint", description="The command that starts the plugin inside its root filesystem.")
    """The command that starts the plugin inside its root filesystem."""

    work_dir: str | None = Field(default=None, alias="WorkDir", description="Directory the entrypoint starts in. API \u003e= 1.25.")
    """Directory the entrypoint starts in. API >= 1.25."""

    user: PluginConfigUser | None = Field(default=None, alias="User", description="The user and group the plugin runs as.")
    """The user and group the plugin runs as."""

    network: PluginConfigNetwork | None = Field(default=None, alias="Network", description="The network the plugin runs in.")
    """The network the plugin runs in."""

    linux: PluginConfigLinux | None = Field(default=None, alias="Linux", description="Linux capabilities and devices the plugin needs. API \u003e= 1.25.")
    """Linux capabilities and devices the plugin needs. API >= 1.25."""

    propagated_mount: str | None = Field(default=None, alias="PropagatedMount", description="Path inside the plugin whose mounts are shared with the host (for volume plugins). API \u003e= 1.25.")
    """Path inside the plugin whose mounts are shared with the host (for volume plugins). API >= 1.25."""

    ipc_host: bool | None = Field(default=None, alias="IpcHost", description="Whether the plugin uses the host\u0027s IPC namespace. API \u003e= 1.29.")
    """Whether the plugin uses the host's IPC namespace. API >= 1.29."""

    pid_host: bool | None = Field(default=None, alias="PidHost", description="Whether the plugin uses the host\u0027s PID namespace. API \u003e= 1.29.")
    """Whether the plugin uses the host's PID namespace. API >= 1.29."""

    mounts: list[PluginMount] | None = Field(default=None, alias="Mounts", description="The mounts the plugin asks for.")
    """The mounts the plugin asks for."""

    env: list[PluginEnv] | None = Field(default=None, alias="Env", description="The environment variables the plugin declares, with defaults.")
    """The environment variables the plugin declares, with defaults."""

    args: PluginConfigArgs | None = Field(default=None, alias="Args", description="The arguments the plugin declares for its entrypoint.")
    """The arguments the plugin declares for its entrypoint."""

    rootfs: PluginConfigRootfs | None = Field(default=None, alias="rootfs", description="The layers of the plugin\u0027s root filesystem. API \u003e= 1.25.")
    """The layers of the plugin's root filesystem. API >= 1.25."""

    docker_version: str | None = Field(default=None, alias="DockerVersion", description="Version of Docker the plugin was made with; dropped from newer API versions. API \u003e= 1.29. Not in API \u003e= 1.52.")
    """Version of Docker the plugin was made with; dropped from newer API versions. API >= 1.29. Not in API >= 1.52."""

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
    """The arguments a plugin declares for its entrypoint."""

    name: str | None = Field(default=None, alias="Name", description="Name of the argument list.")
    """Name of the argument list."""

    description: str | None = Field(default=None, alias="Description", description="What the arguments are for.")
    """What the arguments are for."""

    settable: list[str] | None = Field(default=None, alias="Settable", description="Which parts the user may change with configure_plugin.")
    """Which parts the user may change with configure_plugin."""

    value: list[str] | None = Field(default=None, alias="Value", description="The default arguments.")
    """The default arguments."""


class PluginConfigInterface(DockerModel):
    """What a plugin provides and how the daemon talks to it.

    Fields not in every API version: `ProtocolScheme`: API >= 1.38."""

    types: list[str] | None = Field(default=None, alias="Types", description="The plugin APIs it implements, e.g. \"docker.volumedriver/1.0\" or \"docker.networkdriver/1.0\".")
    """The plugin APIs it implements, e.g. "docker.volumedriver/1.0" or "docker.networkdriver/1.0"."""

    socket: str | None = Field(default=None, alias="Socket", description="Name of the unix socket the plugin listens on, e.g. \"sshfs.sock\".")
    """Name of the unix socket the plugin listens on, e.g. "sshfs.sock"."""

    protocol_scheme: Literal['', 'moby.plugins.http/v1'] | str | None = Field(default=None, alias="ProtocolScheme", description="The protocol on that socket; \"moby.plugins.http/v1\" or empty (the same by default). API \u003e= 1.38.")
    """The protocol on that socket; "moby.plugins.http/v1" or empty (the same by default). API >= 1.38."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ProtocolScheme": ((1, 38), None),
    }


class PluginConfigLinux(DockerModel):
    """Linux privileges a plugin needs.

    Fields not in every API version: `AllowAllDevices`: API >= 1.25."""

    capabilities: list[str] | None = Field(default=None, alias="Capabilities", description="Linux capabilities the plugin needs, e.g. [\"CAP_SYS_ADMIN\"].")
    """Linux capabilities the plugin needs, e.g. ["CAP_SYS_ADMIN"]."""

    allow_all_devices: bool | None = Field(default=None, alias="AllowAllDevices", description="Whether the plugin may reach every host device. API \u003e= 1.25.")
    """Whether the plugin may reach every host device. API >= 1.25."""

    devices: list[PluginDevice] | None = Field(default=None, alias="Devices", description="Host devices the plugin asks for.")
    """Host devices the plugin asks for."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "AllowAllDevices": ((1, 25), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Devices": "PluginDevice",
    }


class PluginConfigNetwork(DockerModel):
    """The network a plugin runs in."""

    type: str | None = Field(default=None, alias="Type", description="The network mode, e.g. \"host\" or \"none\".")
    """The network mode, e.g. "host" or "none"."""


class PluginConfigRootfs(DockerModel):
    """The root filesystem of a plugin.

    Fields not in every API version: `diff_ids`: API >= 1.25."""

    type: str | None = Field(default=None, alias="type", description="The kind of root filesystem, normally \"layers\".")
    """The kind of root filesystem, normally "layers"."""

    diff_ids: list[str] | None = Field(default=None, alias="diff_ids", description="Digests of the uncompressed layers, base layer first. API \u003e= 1.25.")
    """Digests of the uncompressed layers, base layer first. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "diff_ids": ((1, 25), None),
    }


class PluginConfigUser(DockerModel):
    """The user a plugin runs as.

    Fields not in every API version: `UID`: API >= 1.25.; `GID`: API >= 1.25."""

    uid: int | None = Field(default=None, alias="UID", description="Numeric user ID. API \u003e= 1.25.")
    """Numeric user ID. API >= 1.25."""

    gid: int | None = Field(default=None, alias="GID", description="Numeric group ID. API \u003e= 1.25.")
    """Numeric group ID. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "UID": ((1, 25), None),
        "GID": ((1, 25), None),
    }


class PluginDevice(DockerModel):
    """A host device a plugin declares or gets."""

    name: str | None = Field(default=None, alias="Name", description="The device\u0027s name, used to change it with configure_plugin.")
    """The device's name, used to change it with configure_plugin."""

    description: str | None = Field(default=None, alias="Description", description="What the device is for.")
    """What the device is for."""

    settable: list[str] | None = Field(default=None, alias="Settable", description="Which parts the user may change, e.g. [\"path\"].")
    """Which parts the user may change, e.g. ["path"]."""

    path: str | None = Field(default=None, alias="Path", description="The device\u0027s path on the host, e.g. \"/dev/fuse\".")
    """The device's path on the host, e.g. "/dev/fuse"."""


class PluginEnv(DockerModel):
    """An environment variable a plugin declares."""

    name: str | None = Field(default=None, alias="Name", description="The variable\u0027s name.")
    """The variable's name."""

    description: str | None = Field(default=None, alias="Description", description="What the variable controls.")
    """What the variable controls."""

    settable: list[str] | None = Field(default=None, alias="Settable", description="Which parts the user may change, e.g. [\"value\"].")
    """Which parts the user may change, e.g. ["value"]."""

    value: str | None = Field(default=None, alias="Value", description="The default value.")
    """The default value."""


class PluginMount(DockerModel):
    """A mount a plugin declares or gets."""

    name: str | None = Field(default=None, alias="Name", description="The mount\u0027s name, used to change it with configure_plugin (\"name.source=/path\").")
    """The mount's name, used to change it with configure_plugin ("name.source=/path")."""

    description: str | None = Field(default=None, alias="Description", description="What the mount is for.")
    """What the mount is for."""

    settable: list[str] | None = Field(default=None, alias="Settable", description="Which parts of the mount the user may change, e.g. [\"source\"].")
    """Which parts of the mount the user may change, e.g. ["source"]."""

    source: str | None = Field(default=None, alias="Source", description="The host path mounted.")
    """The host path mounted."""

    destination: str | None = Field(default=None, alias="Destination", description="Where it appears inside the plugin.")
    """Where it appears inside the plugin."""

    type: str | None = Field(default=None, alias="Type", description="The mount type, e.g. \"bind\".")
    """The mount type, e.g. "bind"."""

    options: list[str] | None = Field(default=None, alias="Options", description="Mount options, e.g. [\"rbind\", \"rw\"].")
    """Mount options, e.g. ["rbind", "rw"]."""


class PluginPrivilege(DockerModel):
    """One privilege a plugin asks for, e.g. network access or a mount."""

    name: str | None = Field(default=None, alias="Name", description="The privilege\u0027s name, e.g. \"network\" or \"mount\".")
    """The privilege's name, e.g. "network" or "mount"."""

    description: str | None = Field(default=None, alias="Description", description="What the privilege is for.")
    """What the privilege is for."""

    value: list[str] | None = Field(default=None, alias="Value", description="The values requested, e.g. [\"host\"] or [\"/var/lib/data\"].")
    """The values requested, e.g. ["host"] or ["/var/lib/data"]."""


class PluginSettings(DockerModel):
    """The current values of a plugin's settable options (see configure_plugin)."""

    mounts: list[PluginMount] | None = Field(default=None, alias="Mounts", description="The mounts the plugin gets.")
    """The mounts the plugin gets."""

    env: list[str] | None = Field(default=None, alias="Env", description="Environment variables, as \"NAME=value\" strings.")
    """Environment variables, as "NAME=value" strings."""

    args: list[str] | None = Field(default=None, alias="Args", description="Arguments given to the plugin\u0027s entrypoint.")
    """Arguments given to the plugin's entrypoint."""

    devices: list[PluginDevice] | None = Field(default=None, alias="Devices", description="Host devices the plugin gets.")
    """Host devices the plugin gets."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "Mounts": "PluginMount",
        "Devices": "PluginDevice",
    }


class PluginsInfo(DockerModel):
    """The plugins available to the daemon, by kind, as info() reports them.

    Fields not in every API version: `Authorization`: API >= 1.32.; `Log`: API >= 1.30."""

    volume: list[str] | None = Field(default=None, alias="Volume", description="Volume drivers, e.g. [\"local\"].")
    """Volume drivers, e.g. ["local"]."""

    network: list[str] | None = Field(default=None, alias="Network", description="Network drivers, e.g. [\"bridge\", \"host\", \"overlay\"].")
    """Network drivers, e.g. ["bridge", "host", "overlay"]."""

    authorization: list[str] | None = Field(default=None, alias="Authorization", description="Authorization plugins in use. API \u003e= 1.32.")
    """Authorization plugins in use. API >= 1.32."""

    log: list[str] | None = Field(default=None, alias="Log", description="Logging drivers, e.g. [\"json-file\", \"journald\", \"syslog\"]. API \u003e= 1.30.")
    """Logging drivers, e.g. ["json-file", "journald", "syslog"]. API >= 1.30."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Authorization": ((1, 32), None),
        "Log": ((1, 30), None),
    }


class PortBinding(DockerModel):
    """One host address and port a container port is published on.

    Fields not in every API version: `HostIp`: API >= 1.32.; `HostPort`: API >= 1.32."""

    host_ip: str | None = Field(default=None, alias="HostIp", description="Host address to listen on; empty means every address. API \u003e= 1.32.")
    """Host address to listen on; empty means every address. API >= 1.32."""

    host_port: str | None = Field(default=None, alias="HostPort", description="Host port as a string; empty asks the daemon to pick a free one. API \u003e= 1.32.")
    """Host port as a string; empty asks the daemon to pick a free one. API >= 1.32."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "HostIp": ((1, 32), None),
        "HostPort": ((1, 32), None),
    }


class PortStatus(DockerModel):
    """Ports a task publishes on its own node.

    Fields not in every API version: `Ports`: API >= 1.44."""

    ports: list[EndpointPortConfig] | None = Field(default=None, alias="Ports", description="The published ports, with the port numbers in use. API \u003e= 1.44.")
    """The published ports, with the port numbers in use. API >= 1.44."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Ports": ((1, 44), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Ports": "EndpointPortConfig",
    }


class PortSummary(DockerModel):
    """One container port in a containers() listing, with its host binding if published.

    Fields not in every API version: `IP`: API >= 1.25."""

    ip: str | None = Field(default=None, alias="IP", description="The host address the port is published on, e.g. \"0.0.0.0\" or \"::\"; absent when not published. API \u003e= 1.25.")
    """The host address the port is published on, e.g. "0.0.0.0" or "::"; absent when not published. API >= 1.25."""

    private_port: int | None = Field(default=None, alias="PrivatePort", description="The port number inside the container.")
    """The port number inside the container."""

    public_port: int | None = Field(default=None, alias="PublicPort", description="The port number on the host; absent when not published.")
    """The port number on the host; absent when not published."""

    type: Literal['tcp', 'udp', 'sctp'] | str | None = Field(default=None, alias="Type", description="The protocol, \"tcp\", \"udp\" or \"sctp\".")
    """The protocol, "tcp", "udp" or "sctp"."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "IP": ((1, 25), None),
    }


class ProcessConfig(DockerModel):
    """The process an exec instance runs."""

    privileged: bool | None = Field(default=None, alias="privileged", description="Whether it runs with extended privileges.")
    """Whether it runs with extended privileges."""

    user: str | None = Field(default=None, alias="user", description="The user it runs as; empty means the container\u0027s user.")
    """The user it runs as; empty means the container's user."""

    tty: bool | None = Field(default=None, alias="tty", description="Whether it has a pseudo-terminal.")
    """Whether it has a pseudo-terminal."""

    entrypoint: str | None = Field(default=None, alias="entrypoint", description="The program, the first word of the command.")
    """The program, the first word of the command."""

    arguments: list[str] | None = Field(default=None, alias="arguments", description="The arguments after the program.")
    """The arguments after the program."""


class ProgressDetail(DockerModel):
    """Progress of one layer, in bytes.

    Fields not in every API version: `current`: API >= 1.36.; `total`: API >= 1.36.; `code`: Not in API >= 1.36.; `message`: Not in API >= 1.36."""

    current: int | None = Field(default=None, alias="current", description="Bytes done so far. API \u003e= 1.36.")
    """Bytes done so far. API >= 1.36."""

    total: int | None = Field(default=None, alias="total", description="Bytes in all; absent or 0 when unknown. API \u003e= 1.36.")
    """Bytes in all; absent or 0 when unknown. API >= 1.36."""

    code: int | None = Field(default=None, alias="code", description="An error code, in old daemons\u0027 messages. Not in API \u003e= 1.36.")
    """An error code, in old daemons' messages. Not in API >= 1.36."""

    message: int | None = Field(default=None, alias="message", description="An error message, in old daemons\u0027 messages. Not in API \u003e= 1.36.")
    """An error message, in old daemons' messages. Not in API >= 1.36."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "current": ((1, 36), None),
        "total": ((1, 36), None),
        "code": (None, (1, 36)),
        "message": (None, (1, 36)),
    }


class ProgressMessage(DockerModel):
    """One line of a progress stream (pull, push, build, load, import, plugin install); which fields are set depends on the operation."""

    status: str | None = Field(default=None, alias="status", description="What is happening, e.g. \"Downloading\", \"Pull complete\", or the final digest line.")
    """What is happening, e.g. "Downloading", "Pull complete", or the final digest line."""

    id: str | None = Field(default=None, alias="id", description="The layer (short ID) or tag the line is about.")
    """The layer (short ID) or tag the line is about."""

    progress: str | None = Field(default=None, alias="progress", description="A text progress bar, e.g. \"[=====\u003e ] 1.2MB/3.4MB\".")
    """A text progress bar, e.g. "[=====> ] 1.2MB/3.4MB"."""

    progress_detail: ProgressDetail | None = Field(default=None, alias="progressDetail", description="The numbers behind the progress bar.")
    """The numbers behind the progress bar."""

    stream: str | None = Field(default=None, alias="stream", description="A chunk of build log text (build output), including its newline.")
    """A chunk of build log text (build output), including its newline."""

    error: str | None = Field(default=None, alias="error", description="An error message; the operation failed.")
    """An error message; the operation failed."""

    error_detail: ErrorDetail | None = Field(default=None, alias="errorDetail", description="The same error with its code.")
    """The same error with its code."""

    aux: Any = Field(default=None, alias="aux", description="Structured extra data, e.g. {\"ID\": \"sha256:...\"} for a built image or {\"Tag\", \"Digest\", \"Size\"} after a push.")
    """Structured extra data, e.g. {"ID": "sha256:..."} for a built image or {"Tag", "Digest", "Size"} after a push."""

    from_: str | None = Field(default=None, alias="from", description="The object the line is about, in some older messages.")
    """The object the line is about, in some older messages."""

    time: int | None = Field(default=None, alias="time", description="When the line was written, in Unix seconds (older messages).")
    """When the line was written, in Unix seconds (older messages)."""

    time_nano: int | None = Field(default=None, alias="timeNano", description="When the line was written, in Unix nanoseconds (older messages).")
    """When the line was written, in Unix nanoseconds (older messages)."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "progressDetail": "ProgressDetail",
        "errorDetail": "ErrorDetail",
    }


class PullIdentity(DockerModel):
    """A repository an image was pulled from.

    Fields not in every API version: `Repository`: API >= 1.53."""

    repository: str | None = Field(default=None, alias="Repository", description="The repository, e.g. \"docker.io/library/busybox\". API \u003e= 1.53.")
    """The repository, e.g. "docker.io/library/busybox". API >= 1.53."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Repository": ((1, 53), None),
    }


class PushImageInfo(DockerModel):
    """One JSON message of the push progress stream.

    Fields not in every API version: `errorDetail`: API >= 1.48.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

    error_detail: ErrorDetail | None = Field(default=None, alias="errorDetail", description="The error that ended the push, with a code and message. API \u003e= 1.48.")
    """The error that ended the push, with a code and message. API >= 1.48."""

    status: str | None = Field(default=None, alias="status", description="A status line, e.g. \"Pushing\", \"Pushed\" or the pushed digest.")
    """A status line, e.g. "Pushing", "Pushed" or the pushed digest."""

    progress_detail: ProgressDetail | None = Field(default=None, alias="progressDetail", description="Progress counts (current and total bytes) for the layer.")
    """Progress counts (current and total bytes) for the layer."""

    error: str | None = Field(default=None, alias="error", description="The error message that ended the push, as plain text (deprecated; read errorDetail). Not in API \u003e= 1.52.")
    """The error message that ended the push, as plain text (deprecated; read errorDetail). Not in API >= 1.52."""

    progress: str | None = Field(default=None, alias="progress", description="A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API \u003e= 1.52.")
    """A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API >= 1.52."""

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
    """The daemon's registry settings.

    Fields not in every API version: `Mirrors`: API >= 1.32.; `AllowNondistributableArtifactsCIDRs`: API >= 1.32. Not in API >= 1.49.; `AllowNondistributableArtifactsHostnames`: API >= 1.32. Not in API >= 1.49."""

    insecure_registry_cidrs: list[str] | None = Field(default=None, alias="InsecureRegistryCIDRs", description="Address ranges (CIDR) of registries reached without TLS or with untrusted certificates.")
    """Address ranges (CIDR) of registries reached without TLS or with untrusted certificates."""

    index_configs: dict[str, IndexInfo | None] | None = Field(default=None, alias="IndexConfigs", description="Per-registry settings, by registry name.")
    """Per-registry settings, by registry name."""

    mirrors: list[str] | None = Field(default=None, alias="Mirrors", description="Mirror URLs tried before Docker Hub. API \u003e= 1.32.")
    """Mirror URLs tried before Docker Hub. API >= 1.32."""

    allow_nondistributable_artifacts_cidrs: list[str] | None = Field(default=None, alias="AllowNondistributableArtifactsCIDRs", description="Address ranges of registries foreign layers may be pushed to; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.49.")
    """Address ranges of registries foreign layers may be pushed to; dropped from newer API versions. API >= 1.32. Not in API >= 1.49."""

    allow_nondistributable_artifacts_hostnames: list[str] | None = Field(default=None, alias="AllowNondistributableArtifactsHostnames", description="Registry host names foreign layers may be pushed to; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.49.")
    """Registry host names foreign layers may be pushed to; dropped from newer API versions. API >= 1.32. Not in API >= 1.49."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Mirrors": ((1, 32), None),
        "AllowNondistributableArtifactsCIDRs": ((1, 32), (1, 49)),
        "AllowNondistributableArtifactsHostnames": ((1, 32), (1, 49)),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "IndexConfigs": "IndexInfo",
    }


class ResourceObject(DockerModel):
    """Amounts of CPU, memory and generic resources, offered by a node or reserved for a task.

    Fields not in every API version: `GenericResources`: API >= 1.32."""

    nano_cpus: int | None = Field(default=None, alias="NanoCPUs", description="CPU, in billionths of a CPU (1_000_000_000 is one CPU).")
    """CPU, in billionths of a CPU (1_000_000_000 is one CPU)."""

    memory_bytes: int | None = Field(default=None, alias="MemoryBytes", description="Memory, in bytes.")
    """Memory, in bytes."""

    generic_resources: GenericResources | None = Field(default=None, alias="GenericResources", description="User-defined resources such as GPUs, named or counted. API \u003e= 1.32.")
    """User-defined resources such as GPUs, named or counted. API >= 1.32."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "GenericResources": ((1, 32), None),
    }


class Resources(DockerModel):
    """The resource limits of a container (CPU, memory, block I/O, devices, processes); HostConfig carries the same fields, and update_container changes them on a live container.

    Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.37.; `CpuCount`: API >= 1.25.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: API >= 1.36. Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

    cpu_shares: int | None = Field(default=None, alias="CpuShares", description="Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline).")
    """Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline)."""

    memory: int | None = Field(default=None, alias="Memory", description="Hard memory limit in bytes; 0 means no limit.")
    """Hard memory limit in bytes; 0 means no limit."""

    cgroup_parent: str | None = Field(default=None, alias="CgroupParent", description="Parent cgroup for the container\u0027s own cgroup; a relative path is resolved against the daemon\u0027s own cgroup, and missing ones are made too.")
    """Parent cgroup for the container's own cgroup; a relative path is resolved against the daemon's own cgroup, and missing ones are made too."""

    blkio_weight: int | None = Field(default=None, alias="BlkioWeight", description="Relative block I/O weight, 10 to 1000 (0 leaves it unset).")
    """Relative block I/O weight, 10 to 1000 (0 leaves it unset)."""

    blkio_weight_device: list[HostConfigBlkioWeightDevice] | None = Field(default=None, alias="BlkioWeightDevice", description="Per-device block I/O weights, each a Path and a Weight.")
    """Per-device block I/O weights, each a Path and a Weight."""

    blkio_device_read_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadBps", description="Per-device read limits in bytes per second, each a Path and a Rate.")
    """Per-device read limits in bytes per second, each a Path and a Rate."""

    blkio_device_write_bps: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteBps", description="Per-device write limits in bytes per second, each a Path and a Rate.")
    """Per-device write limits in bytes per second, each a Path and a Rate."""

    blkio_device_read_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceReadIOps", description="Per-device read limits in I/O operations per second, each a Path and a Rate.")
    """Per-device read limits in I/O operations per second, each a Path and a Rate."""

    blkio_device_write_iops: list[ThrottleDevice] | None = Field(default=None, alias="BlkioDeviceWriteIOps", description="Per-device write limits in I/O operations per second, each a Path and a Rate.")
    """Per-device write limits in I/O operations per second, each a Path and a Rate."""

    cpu_period: int | None = Field(default=None, alias="CpuPeriod", description="Length of the CFS scheduler period in microseconds (the kernel default is 100000).")
    """Length of the CFS scheduler period in microseconds (the kernel default is 100000)."""

    cpu_quota: int | None = Field(default=None, alias="CpuQuota", description="CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit.")
    """CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit."""

    cpu_realtime_period: int | None = Field(default=None, alias="CpuRealtimePeriod", description="Real-time scheduler period in microseconds; 0 gives no real-time time. API \u003e= 1.25.")
    """Real-time scheduler period in microseconds; 0 gives no real-time time. API >= 1.25."""

    cpu_realtime_runtime: int | None = Field(default=None, alias="CpuRealtimeRuntime", description="Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API \u003e= 1.25.")
    """Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API >= 1.25."""

    cpuset_cpus: str | None = Field(default=None, alias="CpusetCpus", description="CPUs the container may run on, e.g. \"0-3\" or \"0,2\".")
    """CPUs the container may run on, e.g. "0-3" or "0,2"."""

    cpuset_mems: str | None = Field(default=None, alias="CpusetMems", description="NUMA memory nodes the container may use, e.g. \"0-1\"; matters only on NUMA hosts.")
    """NUMA memory nodes the container may use, e.g. "0-1"; matters only on NUMA hosts."""

    devices: list[DeviceMapping] | None = Field(default=None, alias="Devices", description="Host devices made available inside the container.")
    """Host devices made available inside the container."""

    device_cgroup_rules: list[str] | None = Field(default=None, alias="DeviceCgroupRules", description="Device cgroup rules such as \"c 1:3 mr\" (type, major:minor, access). API \u003e= 1.28.")
    """Device cgroup rules such as "c 1:3 mr" (type, major:minor, access). API >= 1.28."""

    device_requests: list[DeviceRequest] | None = Field(default=None, alias="DeviceRequests", description="Requests for devices handed to a device driver, such as GPUs. API \u003e= 1.40.")
    """Requests for devices handed to a device driver, such as GPUs. API >= 1.40."""

    memory_reservation: int | None = Field(default=None, alias="MemoryReservation", description="Soft memory limit in bytes, enforced when the host runs short of memory.")
    """Soft memory limit in bytes, enforced when the host runs short of memory."""

    memory_swap: int | None = Field(default=None, alias="MemorySwap", description="Limit on memory plus swap in bytes; -1 allows unlimited swap.")
    """Limit on memory plus swap in bytes; -1 allows unlimited swap."""

    memory_swappiness: int | None = Field(default=None, alias="MemorySwappiness", description="How readily the kernel swaps out the container\u0027s anonymous pages, 0 to 100.")
    """How readily the kernel swaps out the container's anonymous pages, 0 to 100."""

    nano_cpus: int | None = Field(default=None, alias="NanoCpus", description="CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API \u003e= 1.25.")
    """CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API >= 1.25."""

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable", description="Whether the kernel\u0027s OOM killer is kept from killing the container\u0027s processes.")
    """Whether the kernel's OOM killer is kept from killing the container's processes."""

    init: bool | None = Field(default=None, alias="Init", description="Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon\u0027s default. API \u003e= 1.37.")
    """Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon's default. API >= 1.37."""

    pids_limit: int | None = Field(default=None, alias="PidsLimit", description="Maximum number of processes in the container; 0 or -1 means unlimited.")
    """Maximum number of processes in the container; 0 or -1 means unlimited."""

    ulimits: list[HostConfigUlimits] | None = Field(default=None, alias="Ulimits", description="Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values.")
    """Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values."""

    cpu_count: int | None = Field(default=None, alias="CpuCount", description="Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API \u003e= 1.25.")
    """Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API >= 1.25."""

    cpu_percent: int | None = Field(default=None, alias="CpuPercent", description="Usable share of the CPUs as a percentage, on Windows only.")
    """Usable share of the CPUs as a percentage, on Windows only."""

    io_maximum_iops: int | None = Field(default=None, alias="IOMaximumIOps", description="Maximum I/O operations per second on the system drive, on Windows only.")
    """Maximum I/O operations per second on the system drive, on Windows only."""

    io_maximum_bandwidth: int | None = Field(default=None, alias="IOMaximumBandwidth", description="Maximum I/O on the system drive in bytes per second, on Windows only.")
    """Maximum I/O on the system drive in bytes per second, on Windows only."""

    disk_quota: int | None = Field(default=None, alias="DiskQuota", description="Disk space limit in bytes, for storage backends that support one. API \u003e= 1.25. Not in API \u003e= 1.40.")
    """Disk space limit in bytes, for storage backends that support one. API >= 1.25. Not in API >= 1.40."""

    kernel_memory: int | None = Field(default=None, alias="KernelMemory", description="Kernel memory limit in bytes; deprecated and ignored with cgroup v2. API \u003e= 1.36. Not in API \u003e= 1.42.")
    """Kernel memory limit in bytes; deprecated and ignored with cgroup v2. API >= 1.36. Not in API >= 1.42."""

    kernel_memory_tcp: int | None = Field(default=None, alias="KernelMemoryTCP", description="Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API \u003e= 1.40. Not in API \u003e= 1.52.")
    """Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API >= 1.40. Not in API >= 1.52."""

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
    """What the daemon does when the container exits; successive restarts wait longer and longer."""

    name: Literal['', 'no', 'always', 'unless-stopped', 'on-failure'] | str | None = Field(default=None, alias="Name", description="The policy, \"no\" (or empty) for never, \"always\", \"unless-stopped\" (always, unless stopped by hand), or \"on-failure\" (only after a non-zero exit code).")
    """The policy, "no" (or empty) for never, "always", "unless-stopped" (always, unless stopped by hand), or "on-failure" (only after a non-zero exit code)."""

    maximum_retry_count: int | None = Field(default=None, alias="MaximumRetryCount", description="With \"on-failure\", how many restarts are attempted before giving up.")
    """With "on-failure", how many restarts are attempted before giving up."""


class RootFSStorage(DockerModel):
    """The storage of a container's root filesystem.

    Fields not in every API version: `Snapshot`: API >= 1.52."""

    snapshot: RootFSStorageSnapshot | None = Field(default=None, alias="Snapshot", description="The containerd snapshot that holds it. API \u003e= 1.52.")
    """The containerd snapshot that holds it. API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Snapshot": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Snapshot": "RootFSStorageSnapshot",
    }


class RootFSStorageSnapshot(DockerModel):
    """The containerd snapshot holding a container's root filesystem.

    Fields not in every API version: `Name`: API >= 1.52."""

    name: str | None = Field(default=None, alias="Name", description="The snapshotter, e.g. \"overlayfs\". API \u003e= 1.52.")
    """The snapshotter, e.g. "overlayfs". API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 52), None),
    }


class Runtime(DockerModel):
    """An OCI runtime containers can run with.

    Fields not in every API version: `path`: API >= 1.32.; `runtimeArgs`: API >= 1.32.; `status`: API >= 1.44."""

    path: str | None = Field(default=None, alias="path", description="The runtime\u0027s program, a name looked up on PATH or a full path. API \u003e= 1.32.")
    """The runtime's program, a name looked up on PATH or a full path. API >= 1.32."""

    runtime_args: list[str] | None = Field(default=None, alias="runtimeArgs", description="Extra arguments given to the runtime each time it runs. API \u003e= 1.32.")
    """Extra arguments given to the runtime each time it runs. API >= 1.32."""

    status: dict[str, str | None] | None = Field(default=None, alias="status", description="Facts the runtime reports about itself, e.g. its supported features; keys vary. API \u003e= 1.44.")
    """Facts the runtime reports about itself, e.g. its supported features; keys vary. API >= 1.44."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "path": ((1, 32), None),
        "runtimeArgs": ((1, 32), None),
        "status": ((1, 44), None),
    }


class Secret(DockerModel):
    """A swarm secret's metadata; the secret's data is never returned."""

    id: str | None = Field(default=None, alias="ID", description="The secret\u0027s ID.")
    """The secret's ID."""

    version: ObjectVersion | None = Field(default=None, alias="Version", description="The secret\u0027s version, to pass to update_secret.")
    """The secret's version, to pass to update_secret."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the secret was created.")
    """When the secret was created."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt", description="When the secret\u0027s labels last changed.")
    """When the secret's labels last changed."""

    spec: SecretSpec | None = Field(default=None, alias="Spec", description="The secret\u0027s name, labels and drivers (without the data).")
    """The secret's name, labels and drivers (without the data)."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "Version": "ObjectVersion",
        "Spec": "SecretSpec",
    }


class SecretCreateRequest(DockerModel):
    """The body of create_secret.

    Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37."""

    name: str | None = Field(default=None, alias="Name", description="The secret\u0027s name.")
    """The secret's name."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Metadata labels.")
    """Metadata labels."""

    data: str | None = Field(default=None, alias="Data", description="The payload as base64 text, empty when Driver fetches it from an external store; create_secret encodes bytes or a string for you.")
    """The payload as base64 text, empty when Driver fetches it from an external store; create_secret encodes bytes or a string for you."""

    driver: Driver | None = Field(default=None, alias="Driver", description="Secrets driver that fetches the value from an external store. API \u003e= 1.31.")
    """Secrets driver that fetches the value from an external store. API >= 1.31."""

    templating: Driver | None = Field(default=None, alias="Templating", description="Templating driver, e.g. \"golang\", that renders the payload as a template; unset means no templating. API \u003e= 1.37.")
    """Templating driver, e.g. "golang", that renders the payload as a template; unset means no templating. API >= 1.37."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Driver": ((1, 31), None),
        "Templating": ((1, 37), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Driver": "Driver",
        "Templating": "Driver",
    }


class SecretSpec(DockerModel):
    """The settings of a secret, given to create_secret and update_secret.

    Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37.; `EndpointSpec`: Not in API >= 1.30.; `Mode`: Not in API >= 1.30.; `Networks`: Not in API >= 1.30.; `RollbackConfig`: API >= 1.28. Not in API >= 1.30.; `TaskTemplate`: Not in API >= 1.30.; `UpdateConfig`: Not in API >= 1.30."""

    name: str | None = Field(default=None, alias="Name", description="The secret\u0027s name, unique in the swarm.")
    """The secret's name, unique in the swarm."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="User metadata, as label to value; the only part that update_secret may change.")
    """User metadata, as label to value; the only part that update_secret may change."""

    data: str | None = Field(default=None, alias="Data", description="The secret\u0027s content, base64-encoded; sent on creation, never returned.")
    """The secret's content, base64-encoded; sent on creation, never returned."""

    driver: Driver | None = Field(default=None, alias="Driver", description="A secret store plugin that provides the value instead of the swarm. API \u003e= 1.31.")
    """A secret store plugin that provides the value instead of the swarm. API >= 1.31."""

    templating: Driver | None = Field(default=None, alias="Templating", description="A templating driver (e.g. \"golang\") that expands the data for each task. API \u003e= 1.37.")
    """A templating driver (e.g. "golang") that expands the data for each task. API >= 1.37."""

    endpoint_spec: EndpointSpec | None = Field(default=None, alias="EndpointSpec", description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.")
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""

    mode: Any = Field(default=None, alias="Mode", description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.")
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""

    networks: list[Any] | None = Field(default=None, alias="Networks", description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.")
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""

    rollback_config: Any = Field(default=None, alias="RollbackConfig", description="A service field the API descriptions before 1.30 listed here; secrets do not have it. API \u003e= 1.28. Not in API \u003e= 1.30.")
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. API >= 1.28. Not in API >= 1.30."""

    task_template: TaskSpec | None = Field(default=None, alias="TaskTemplate", description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.")
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""

    update_config: Any = Field(default=None, alias="UpdateConfig", description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.")
    """A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API >= 1.30."""

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
    """A swarm service, as services and inspect_service describe it.

    Fields not in every API version: `UpdateStatus`: API >= 1.25.; `ServiceStatus`: API >= 1.41.; `JobStatus`: API >= 1.41."""

    id: str | None = Field(default=None, alias="ID", description="The service\u0027s ID.")
    """The service's ID."""

    version: ObjectVersion | None = Field(default=None, alias="Version", description="The service\u0027s version, to pass to update_service.")
    """The service's version, to pass to update_service."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the service was created.")
    """When the service was created."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt", description="When the service was last changed.")
    """When the service was last changed."""

    spec: ServiceSpec | None = Field(default=None, alias="Spec", description="The service\u0027s settings (task template, mode, update and rollback policy, endpoint).")
    """The service's settings (task template, mode, update and rollback policy, endpoint)."""

    endpoint: ServiceEndpoint | None = Field(default=None, alias="Endpoint", description="How the service is reached, as set up by the swarm (ports and virtual IPs).")
    """How the service is reached, as set up by the swarm (ports and virtual IPs)."""

    update_status: ServiceUpdateStatus | None = Field(default=None, alias="UpdateStatus", description="How the latest rolling update or rollback is going; absent if there was none. API \u003e= 1.25.")
    """How the latest rolling update or rollback is going; absent if there was none. API >= 1.25."""

    service_status: ServiceServiceStatus | None = Field(default=None, alias="ServiceStatus", description="Counts of the service\u0027s tasks; only present when services is called with status=True. API \u003e= 1.41.")
    """Counts of the service's tasks; only present when services is called with status=True. API >= 1.41."""

    job_status: ServiceJobStatus | None = Field(default=None, alias="JobStatus", description="For a job-mode service, which run of the job this is and when it last started. API \u003e= 1.41.")
    """For a job-mode service, which run of the job this is and when it last started. API >= 1.41."""

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
    """The body of create_service, a service specification.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    name: str | None = Field(default=None, alias="Name", description="The service\u0027s name.")
    """The service's name."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Metadata labels.")
    """Metadata labels."""

    task_template: TaskSpec | None = Field(default=None, alias="TaskTemplate", description="What each task runs (container, resources, placement, restart policy, networks).")
    """What each task runs (container, resources, placement, restart policy, networks)."""

    mode: ServiceSpecMode | None = Field(default=None, alias="Mode", description="Replicated with a number of replicas, global (one task per node), or a job mode.")
    """Replicated with a number of replicas, global (one task per node), or a job mode."""

    update_config: ServiceSpecUpdateConfig | None = Field(default=None, alias="UpdateConfig", description="How the tasks are replaced when the service is updated.")
    """How the tasks are replaced when the service is updated."""

    rollback_config: ServiceSpecRollbackConfig | None = Field(default=None, alias="RollbackConfig", description="How the tasks are replaced when an update is rolled back. API \u003e= 1.28.")
    """How the tasks are replaced when an update is rolled back. API >= 1.28."""

    networks: list[NetworkAttachmentConfig] | None = Field(default=None, alias="Networks", description="Networks to attach; deprecated in favour of the task template\u0027s Networks.")
    """Networks to attach; deprecated in favour of the task template's Networks."""

    endpoint_spec: EndpointSpec | None = Field(default=None, alias="EndpointSpec", description="How the service is reached, virtual IP or DNS round-robin, and its published ports.")
    """How the service is reached, virtual IP or DNS round-robin, and its published ports."""

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
    """What create_service returns.

    Fields not in every API version: `Warnings`: API >= 1.25.; `Warning`: Not in API >= 1.44."""

    id: str | None = Field(default=None, alias="ID", description="The new service\u0027s ID.")
    """The new service's ID."""

    warnings: list[str] | None = Field(default=None, alias="Warnings", description="Notes from the daemon, e.g. that the image could not be checked against the registry. API \u003e= 1.25.")
    """Notes from the daemon, e.g. that the image could not be checked against the registry. API >= 1.25."""

    warning: str | None = Field(default=None, alias="Warning", description="A single note, the form older daemons use. Not in API \u003e= 1.44.")
    """A single note, the form older daemons use. Not in API >= 1.44."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Warnings": ((1, 25), None),
        "Warning": (None, (1, 44)),
    }


class ServiceEndpoint(DockerModel):
    """How a service is reached, as the swarm has set it up."""

    spec: EndpointSpec | None = Field(default=None, alias="Spec", description="The endpoint settings in force.")
    """The endpoint settings in force."""

    ports: list[EndpointPortConfig] | None = Field(default=None, alias="Ports", description="The published ports, with the port numbers the swarm assigned.")
    """The published ports, with the port numbers the swarm assigned."""

    virtual_ips: list[ServiceEndpointVirtualIPs] | None = Field(default=None, alias="VirtualIPs", description="The service\u0027s virtual IP on each of its networks.")
    """The service's virtual IP on each of its networks."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "Spec": "EndpointSpec",
        "Ports": "EndpointPortConfig",
        "VirtualIPs": "ServiceEndpointVirtualIPs",
    }


class ServiceEndpointVirtualIPs(DockerModel):
    """A service's virtual IP on one network."""

    network_id: str | None = Field(default=None, alias="NetworkID", description="The network\u0027s ID.")
    """The network's ID."""

    addr: str | None = Field(default=None, alias="Addr", description="The virtual IP with prefix length, e.g. \"10.0.0.2/24\".")
    """The virtual IP with prefix length, e.g. "10.0.0.2/24"."""


class ServiceInfo(DockerModel):
    """A swarm service on a network, in a verbose network inspect.

    Fields not in every API version: `VIP`: API >= 1.52.; `Ports`: API >= 1.52.; `LocalLBIndex`: API >= 1.52.; `Tasks`: API >= 1.52."""

    vip: str | None = Field(default=None, alias="VIP", description="The service\u0027s virtual IP on the network. API \u003e= 1.52.")
    """The service's virtual IP on the network. API >= 1.52."""

    ports: list[str] | None = Field(default=None, alias="Ports", description="The service\u0027s published ports, as text. API \u003e= 1.52.")
    """The service's published ports, as text. API >= 1.52."""

    local_lb_index: int | None = Field(default=None, alias="LocalLBIndex", description="Index of the service\u0027s load balancer on this node. API \u003e= 1.52.")
    """Index of the service's load balancer on this node. API >= 1.52."""

    tasks: list[NetworkTaskInfo] | None = Field(default=None, alias="Tasks", description="The tasks behind the service. API \u003e= 1.52.")
    """The tasks behind the service. API >= 1.52."""

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
    """The run state of a job-mode service.

    Fields not in every API version: `JobIteration`: API >= 1.41.; `LastExecution`: API >= 1.41."""

    job_iteration: ObjectVersion | None = Field(default=None, alias="JobIteration", description="Which run of the job this is; it goes up each time the job is started again by an update. API \u003e= 1.41.")
    """Which run of the job this is; it goes up each time the job is started again by an update. API >= 1.41."""

    last_execution: str | None = Field(default=None, alias="LastExecution", description="When the latest run of the job started. API \u003e= 1.41.")
    """When the latest run of the job started. API >= 1.41."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "JobIteration": ((1, 41), None),
        "LastExecution": ((1, 41), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "JobIteration": "ObjectVersion",
    }


class ServiceServiceStatus(DockerModel):
    """Task counts of a service, given when services is called with status=True.

    Fields not in every API version: `RunningTasks`: API >= 1.41.; `DesiredTasks`: API >= 1.41.; `CompletedTasks`: API >= 1.41."""

    running_tasks: int | None = Field(default=None, alias="RunningTasks", description="How many tasks are running now. API \u003e= 1.41.")
    """How many tasks are running now. API >= 1.41."""

    desired_tasks: int | None = Field(default=None, alias="DesiredTasks", description="How many tasks should be running; for a global service, one per eligible node. API \u003e= 1.41.")
    """How many tasks should be running; for a global service, one per eligible node. API >= 1.41."""

    completed_tasks: int | None = Field(default=None, alias="CompletedTasks", description="For a job, how many tasks have finished successfully. API \u003e= 1.41.")
    """For a job, how many tasks have finished successfully. API >= 1.41."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RunningTasks": ((1, 41), None),
        "DesiredTasks": ((1, 41), None),
        "CompletedTasks": ((1, 41), None),
    }


class ServiceSpec(DockerModel):
    """The settings of a service.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    name: str | None = Field(default=None, alias="Name", description="The service\u0027s name.")
    """The service's name."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="User metadata, as label to value.")
    """User metadata, as label to value."""

    task_template: TaskSpec | None = Field(default=None, alias="TaskTemplate", description="What each task runs (container, resources, placement, restart policy).")
    """What each task runs (container, resources, placement, restart policy)."""

    mode: ServiceSpecMode | None = Field(default=None, alias="Mode", description="How tasks are scheduled, replicated, global or as a job.")
    """How tasks are scheduled, replicated, global or as a job."""

    update_config: ServiceSpecUpdateConfig | None = Field(default=None, alias="UpdateConfig", description="How a change rolls out across the tasks.")
    """How a change rolls out across the tasks."""

    rollback_config: ServiceSpecRollbackConfig | None = Field(default=None, alias="RollbackConfig", description="How a rollback rolls out across the tasks. API \u003e= 1.28.")
    """How a rollback rolls out across the tasks. API >= 1.28."""

    networks: list[NetworkAttachmentConfig] | None = Field(default=None, alias="Networks", description="Networks for the service; an old place for them, TaskTemplate.Networks is the current one.")
    """Networks for the service; an old place for them, TaskTemplate.Networks is the current one."""

    endpoint_spec: EndpointSpec | None = Field(default=None, alias="EndpointSpec", description="How the service is reached (VIP or DNS round robin, published ports).")
    """How the service is reached (VIP or DNS round robin, published ports)."""

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
    """How a service's tasks are scheduled; exactly one key is set.

    Fields not in every API version: `Global`: API >= 1.25.; `ReplicatedJob`: API >= 1.41.; `GlobalJob`: API >= 1.41."""

    replicated: ServiceSpecModeReplicated | None = Field(default=None, alias="Replicated", description="Run a fixed number of tasks, spread over the nodes.")
    """Run a fixed number of tasks, spread over the nodes."""

    global_: dict[str, Any] | None = Field(default=None, alias="Global", description="Run one task on every node that fits the constraints; the value is an empty dict. API \u003e= 1.25.")
    """Run one task on every node that fits the constraints; the value is an empty dict. API >= 1.25."""

    replicated_job: ServiceSpecModeReplicatedJob | None = Field(default=None, alias="ReplicatedJob", description="Run tasks to completion, a given number in all, a few at a time. API \u003e= 1.41.")
    """Run tasks to completion, a given number in all, a few at a time. API >= 1.41."""

    global_job: dict[str, Any] | None = Field(default=None, alias="GlobalJob", description="Run one task to completion on every node that fits; the value is an empty dict. API \u003e= 1.41.")
    """Run one task to completion on every node that fits; the value is an empty dict. API >= 1.41."""

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
    """Settings of a replicated service."""

    replicas: int | None = Field(default=None, alias="Replicas", description="How many tasks to keep running.")
    """How many tasks to keep running."""


class ServiceSpecModeReplicatedJob(DockerModel):
    """Settings of a replicated job.

    Fields not in every API version: `MaxConcurrent`: API >= 1.41.; `TotalCompletions`: API >= 1.41."""

    max_concurrent: int | None = Field(default=None, alias="MaxConcurrent", description="How many tasks may run at the same time. API \u003e= 1.41.")
    """How many tasks may run at the same time. API >= 1.41."""

    total_completions: int | None = Field(default=None, alias="TotalCompletions", description="How many tasks must finish successfully for the job to be done. API \u003e= 1.41.")
    """How many tasks must finish successfully for the job to be done. API >= 1.41."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "MaxConcurrent": ((1, 41), None),
        "TotalCompletions": ((1, 41), None),
    }


class ServiceSpecRollbackConfig(DockerModel):
    """How a rollback of a service is rolled out.

    Fields not in every API version: `Parallelism`: API >= 1.28.; `Delay`: API >= 1.28.; `FailureAction`: API >= 1.28.; `Monitor`: API >= 1.28.; `MaxFailureRatio`: API >= 1.28.; `Order`: API >= 1.29."""

    parallelism: int | None = Field(default=None, alias="Parallelism", description="How many tasks are rolled back at once; 0 rolls back all of them together. API \u003e= 1.28.")
    """How many tasks are rolled back at once; 0 rolls back all of them together. API >= 1.28."""

    delay: int | None = Field(default=None, alias="Delay", description="The wait between two batches of the rollback, in nanoseconds. API \u003e= 1.28.")
    """The wait between two batches of the rollback, in nanoseconds. API >= 1.28."""

    failure_action: Literal['continue', 'pause'] | str | None = Field(default=None, alias="FailureAction", description="What to do when a rolled-back task fails, \"continue\" or \"pause\". API \u003e= 1.28.")
    """What to do when a rolled-back task fails, "continue" or "pause". API >= 1.28."""

    monitor: int | None = Field(default=None, alias="Monitor", description="How long to watch each rolled-back task for failure, in nanoseconds. API \u003e= 1.28.")
    """How long to watch each rolled-back task for failure, in nanoseconds. API >= 1.28."""

    max_failure_ratio: float | None = Field(default=None, alias="MaxFailureRatio", description="The share of tasks (0 to 1) that may fail during the rollback before FailureAction applies. API \u003e= 1.28.")
    """The share of tasks (0 to 1) that may fail during the rollback before FailureAction applies. API >= 1.28."""

    order: Literal['stop-first', 'start-first'] | str | None = Field(default=None, alias="Order", description="Whether an old task is stopped before its replacement starts (\"stop-first\") or after (\"start-first\"). API \u003e= 1.29.")
    """Whether an old task is stopped before its replacement starts ("stop-first") or after ("start-first"). API >= 1.29."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Parallelism": ((1, 28), None),
        "Delay": ((1, 28), None),
        "FailureAction": ((1, 28), None),
        "Monitor": ((1, 28), None),
        "MaxFailureRatio": ((1, 28), None),
        "Order": ((1, 29), None),
    }


class ServiceSpecUpdateConfig(DockerModel):
    """How a change to a service is rolled out.

    Fields not in every API version: `Monitor`: API >= 1.25.; `MaxFailureRatio`: API >= 1.25.; `Order`: API >= 1.29."""

    parallelism: int | None = Field(default=None, alias="Parallelism", description="How many tasks are updated at once; 0 updates all of them together.")
    """How many tasks are updated at once; 0 updates all of them together."""

    delay: int | None = Field(default=None, alias="Delay", description="The wait between two batches of updates, in nanoseconds.")
    """The wait between two batches of updates, in nanoseconds."""

    failure_action: Literal['continue', 'pause', 'rollback'] | str | None = Field(default=None, alias="FailureAction", description="What to do when an updated task fails, \"continue\", \"pause\" or \"rollback\".")
    """What to do when an updated task fails, "continue", "pause" or "rollback"."""

    monitor: int | None = Field(default=None, alias="Monitor", description="How long to watch each updated task for failure, in nanoseconds. API \u003e= 1.25.")
    """How long to watch each updated task for failure, in nanoseconds. API >= 1.25."""

    max_failure_ratio: float | None = Field(default=None, alias="MaxFailureRatio", description="The share of tasks (0 to 1) that may fail during the update before FailureAction applies. API \u003e= 1.25.")
    """The share of tasks (0 to 1) that may fail during the update before FailureAction applies. API >= 1.25."""

    order: Literal['stop-first', 'start-first'] | str | None = Field(default=None, alias="Order", description="Whether an old task is stopped before its replacement starts (\"stop-first\") or after (\"start-first\"). API \u003e= 1.29.")
    """Whether an old task is stopped before its replacement starts ("stop-first") or after ("start-first"). API >= 1.29."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Monitor": ((1, 25), None),
        "MaxFailureRatio": ((1, 25), None),
        "Order": ((1, 29), None),
    }


class ServiceUpdateRequest(DockerModel):
    """The body of update_service, the new specification as a whole.

    Fields not in every API version: `RollbackConfig`: API >= 1.28."""

    name: str | None = Field(default=None, alias="Name", description="The service\u0027s name.")
    """The service's name."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Metadata labels.")
    """Metadata labels."""

    task_template: TaskSpec | None = Field(default=None, alias="TaskTemplate", description="What each task runs (container, resources, placement, restart policy, networks).")
    """What each task runs (container, resources, placement, restart policy, networks)."""

    mode: ServiceSpecMode | None = Field(default=None, alias="Mode", description="Replicated with a number of replicas, global (one task per node), or a job mode.")
    """Replicated with a number of replicas, global (one task per node), or a job mode."""

    update_config: ServiceSpecUpdateConfig | None = Field(default=None, alias="UpdateConfig", description="How the tasks are replaced when the service is updated.")
    """How the tasks are replaced when the service is updated."""

    rollback_config: ServiceSpecRollbackConfig | None = Field(default=None, alias="RollbackConfig", description="How the tasks are replaced when an update is rolled back. API \u003e= 1.28.")
    """How the tasks are replaced when an update is rolled back. API >= 1.28."""

    networks: list[NetworkAttachmentConfig] | None = Field(default=None, alias="Networks", description="Networks to attach; deprecated in favour of the task template\u0027s Networks.")
    """Networks to attach; deprecated in favour of the task template's Networks."""

    endpoint_spec: EndpointSpec | None = Field(default=None, alias="EndpointSpec", description="How the service is reached, virtual IP or DNS round-robin, and its published ports.")
    """How the service is reached, virtual IP or DNS round-robin, and its published ports."""

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
    """What update_service returns.

    Fields not in every API version: `Warnings`: API >= 1.25.; `Deleted`: Not in API >= 1.28.; `Untagged`: Not in API >= 1.28."""

    warnings: list[str] | None = Field(default=None, alias="Warnings", description="Notes from the daemon about the update, or None. API \u003e= 1.25.")
    """Notes from the daemon about the update, or None. API >= 1.25."""

    deleted: str | None = Field(default=None, alias="Deleted", description="A field the API descriptions before 1.28 gave this response by mistake; daemons do not send it. Not in API \u003e= 1.28.")
    """A field the API descriptions before 1.28 gave this response by mistake; daemons do not send it. Not in API >= 1.28."""

    untagged: str | None = Field(default=None, alias="Untagged", description="A field the API descriptions before 1.28 gave this response by mistake; daemons do not send it. Not in API \u003e= 1.28.")
    """A field the API descriptions before 1.28 gave this response by mistake; daemons do not send it. Not in API >= 1.28."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Warnings": ((1, 25), None),
        "Deleted": (None, (1, 28)),
        "Untagged": (None, (1, 28)),
    }


class ServiceUpdateStatus(DockerModel):
    """The progress of a service's latest update or rollback.

    Fields not in every API version: `CompletedAt`: API >= 1.25."""

    state: Literal['updating', 'paused', 'completed'] | str | None = Field(default=None, alias="State", description="Where the update stands, e.g. \"updating\", \"paused\" or \"completed\" (rollback states also occur).")
    """Where the update stands, e.g. "updating", "paused" or "completed" (rollback states also occur)."""

    started_at: str | None = Field(default=None, alias="StartedAt", description="When the update started.")
    """When the update started."""

    completed_at: str | None = Field(default=None, alias="CompletedAt", description="When the update finished. API \u003e= 1.25.")
    """When the update finished. API >= 1.25."""

    message: str | None = Field(default=None, alias="Message", description="A human-readable note on the update\u0027s progress.")
    """A human-readable note on the update's progress."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CompletedAt": ((1, 25), None),
    }


class SignatureIdentity(DockerModel):
    """One verified signature of an image.

    Fields not in every API version: `Name`: API >= 1.53.; `Timestamps`: API >= 1.53.; `KnownSigner`: API >= 1.53.; `DockerReference`: API >= 1.53.; `Signer`: API >= 1.53.; `SignatureType`: API >= 1.53.; `Error`: API >= 1.53.; `Warnings`: API >= 1.53."""

    name: str | None = Field(default=None, alias="Name", description="A short text naming the kind of signature. API \u003e= 1.53.")
    """A short text naming the kind of signature. API >= 1.53."""

    timestamps: list[SignatureTimestamp] | None = Field(default=None, alias="Timestamps", description="The signed timestamps verified for this signature. API \u003e= 1.53.")
    """The signed timestamps verified for this signature. API >= 1.53."""

    known_signer: KnownSignerIdentity | None = Field(default=None, alias="KnownSigner", description="Identifier of a signer the daemon knows specially, e.g. \"DHI\" (Docker Hardened Images). API \u003e= 1.53.")
    """Identifier of a signer the daemon knows specially, e.g. "DHI" (Docker Hardened Images). API >= 1.53."""

    docker_reference: str | None = Field(default=None, alias="DockerReference", description="The image reference the signature names; only in older \"hashedrecord\" signatures. API \u003e= 1.53.")
    """The image reference the signature names; only in older "hashedrecord" signatures. API >= 1.53."""

    signer: SignerIdentity | None = Field(default=None, alias="Signer", description="Details of the certificate that made the signature. API \u003e= 1.53.")
    """Details of the certificate that made the signature. API >= 1.53."""

    signature_type: SignatureType | None = Field(default=None, alias="SignatureType", description="How the signature is encoded, \"bundle-v0.3\" or \"simplesigning-v1\". API \u003e= 1.53.")
    """How the signature is encoded, "bundle-v0.3" or "simplesigning-v1". API >= 1.53."""

    error: str | None = Field(default=None, alias="Error", description="Why verification failed; the other fields are empty when this is set. API \u003e= 1.53.")
    """Why verification failed; the other fields are empty when this is set. API >= 1.53."""

    warnings: list[str] | None = Field(default=None, alias="Warnings", description="Notes from verification that do not make it fail (e.g. cached trust roots were used offline). API \u003e= 1.53.")
    """Notes from verification that do not make it fail (e.g. cached trust roots were used offline). API >= 1.53."""

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
    """A verified signed timestamp of a signature.

    Fields not in every API version: `Type`: API >= 1.53.; `URI`: API >= 1.53.; `Timestamp`: API >= 1.53."""

    type: SignatureTimestampType | None = Field(default=None, alias="Type", description="Where the timestamp comes from, \"Tlog\" (transparency log) or \"TimestampAuthority\". API \u003e= 1.53.")
    """Where the timestamp comes from, "Tlog" (transparency log) or "TimestampAuthority". API >= 1.53."""

    uri: str | None = Field(default=None, alias="URI", description="Address of the log or authority that issued the timestamp. API \u003e= 1.53.")
    """Address of the log or authority that issued the timestamp. API >= 1.53."""

    timestamp: str | None = Field(default=None, alias="Timestamp", description="The signed time, as an RFC 3339 string. API \u003e= 1.53.")
    """The signed time, as an RFC 3339 string. API >= 1.53."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Type": ((1, 53), None),
        "URI": ((1, 53), None),
        "Timestamp": ((1, 53), None),
    }


class SignerIdentity(DockerModel):
    """The certificate that signed an image, with the build provenance claims it carries (Sigstore/Fulcio style).

    Fields not in every API version: `CertificateIssuer`: API >= 1.53.; `SubjectAlternativeName`: API >= 1.53.; `Issuer`: API >= 1.53.; `BuildSignerURI`: API >= 1.53.; `BuildSignerDigest`: API >= 1.53.; `RunnerEnvironment`: API >= 1.53.; `SourceRepositoryURI`: API >= 1.53.; `SourceRepositoryDigest`: API >= 1.53.; `SourceRepositoryRef`: API >= 1.53.; `SourceRepositoryIdentifier`: API >= 1.53.; `SourceRepositoryOwnerURI`: API >= 1.53.; `SourceRepositoryOwnerIdentifier`: API >= 1.53.; `BuildConfigURI`: API >= 1.53.; `BuildConfigDigest`: API >= 1.53.; `BuildTrigger`: API >= 1.53.; `RunInvocationURI`: API >= 1.53.; `SourceRepositoryVisibilityAtSigning`: API >= 1.53."""

    certificate_issuer: str | None = Field(default=None, alias="CertificateIssuer", description="Issuer of the signing certificate. API \u003e= 1.53.")
    """Issuer of the signing certificate. API >= 1.53."""

    subject_alternative_name: str | None = Field(default=None, alias="SubjectAlternativeName", description="Subject alternative name of the signing certificate (an e-mail or a workflow URI). API \u003e= 1.53.")
    """Subject alternative name of the signing certificate (an e-mail or a workflow URI). API >= 1.53."""

    issuer: str | None = Field(default=None, alias="Issuer", description="The OIDC issuer that vouched for the signer\u0027s identity. API \u003e= 1.53.")
    """The OIDC issuer that vouched for the signer's identity. API >= 1.53."""

    build_signer_uri: str | None = Field(default=None, alias="BuildSignerURI", description="URI of the build instructions that did the signing. API \u003e= 1.53.")
    """URI of the build instructions that did the signing. API >= 1.53."""

    build_signer_digest: str | None = Field(default=None, alias="BuildSignerDigest", description="Digest pinning the version of those signing instructions. API \u003e= 1.53.")
    """Digest pinning the version of those signing instructions. API >= 1.53."""

    runner_environment: str | None = Field(default=None, alias="RunnerEnvironment", description="Whether the build ran on the platform\u0027s hosted runners or on self-hosted ones. API \u003e= 1.53.")
    """Whether the build ran on the platform's hosted runners or on self-hosted ones. API >= 1.53."""

    source_repository_uri: str | None = Field(default=None, alias="SourceRepositoryURI", description="URL of the source repository the build used. API \u003e= 1.53.")
    """URL of the source repository the build used. API >= 1.53."""

    source_repository_digest: str | None = Field(default=None, alias="SourceRepositoryDigest", description="Commit digest of the source code the build used. API \u003e= 1.53.")
    """Commit digest of the source code the build used. API >= 1.53."""

    source_repository_ref: str | None = Field(default=None, alias="SourceRepositoryRef", description="Branch or tag ref of the source the build used, e.g. \"refs/heads/main\". API \u003e= 1.53.")
    """Branch or tag ref of the source the build used, e.g. "refs/heads/main". API >= 1.53."""

    source_repository_identifier: str | None = Field(default=None, alias="SourceRepositoryIdentifier", description="Stable identifier of the source repository (survives renames). API \u003e= 1.53.")
    """Stable identifier of the source repository (survives renames). API >= 1.53."""

    source_repository_owner_uri: str | None = Field(default=None, alias="SourceRepositoryOwnerURI", description="URL of the source repository\u0027s owner. API \u003e= 1.53.")
    """URL of the source repository's owner. API >= 1.53."""

    source_repository_owner_identifier: str | None = Field(default=None, alias="SourceRepositoryOwnerIdentifier", description="Stable identifier of the source repository\u0027s owner. API \u003e= 1.53.")
    """Stable identifier of the source repository's owner. API >= 1.53."""

    build_config_uri: str | None = Field(default=None, alias="BuildConfigURI", description="URI of the top-level build instructions that started the build. API \u003e= 1.53.")
    """URI of the top-level build instructions that started the build. API >= 1.53."""

    build_config_digest: str | None = Field(default=None, alias="BuildConfigDigest", description="Digest pinning the version of those top-level instructions. API \u003e= 1.53.")
    """Digest pinning the version of those top-level instructions. API >= 1.53."""

    build_trigger: str | None = Field(default=None, alias="BuildTrigger", description="The event that started the build, e.g. \"push\" or \"workflow_dispatch\". API \u003e= 1.53.")
    """The event that started the build, e.g. "push" or "workflow_dispatch". API >= 1.53."""

    run_invocation_uri: str | None = Field(default=None, alias="RunInvocationURI", description="URI identifying the one build run. API \u003e= 1.53.")
    """URI identifying the one build run. API >= 1.53."""

    source_repository_visibility_at_signing: str | None = Field(default=None, alias="SourceRepositoryVisibilityAtSigning", description="Whether the source repository was public or private when the certificate was issued. API \u003e= 1.53.")
    """Whether the source repository was public or private when the certificate was issued. API >= 1.53."""

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
    """How a container's filesystem is stored when the daemon uses the containerd image store.

    Fields not in every API version: `RootFS`: API >= 1.52."""

    root_fs: RootFSStorage | None = Field(default=None, alias="RootFS", description="The storage of the root filesystem. API \u003e= 1.52.")
    """The storage of the root filesystem. API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RootFS": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "RootFS": "RootFSStorage",
    }


class SubnetStatus(DockerModel):
    """How many addresses of one subnet are taken and how many remain.

    Fields not in every API version: `IPsInUse`: API >= 1.52.; `DynamicIPsAvailable`: API >= 1.52."""

    ips_in_use: int | None = Field(default=None, alias="IPsInUse", description="Addresses that are assigned or reserved and so cannot be handed out (capped at 2**64 - 1). API \u003e= 1.52.")
    """Addresses that are assigned or reserved and so cannot be handed out (capped at 2**64 - 1). API >= 1.52."""

    dynamic_ips_available: int | None = Field(default=None, alias="DynamicIPsAvailable", description="Addresses of the subnet\u0027s allocation range still free to hand out (capped at 2**64 - 1). API \u003e= 1.52.")
    """Addresses of the subnet's allocation range still free to hand out (capped at 2**64 - 1). API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "IPsInUse": ((1, 52), None),
        "DynamicIPsAvailable": ((1, 52), None),
    }


class Swarm(DockerModel):
    """The swarm as a manager describes it, including the tokens to join it.

    Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    id: str | None = Field(default=None, alias="ID", description="The swarm\u0027s ID.")
    """The swarm's ID."""

    version: ObjectVersion | None = Field(default=None, alias="Version", description="The swarm\u0027s version, to pass to update_swarm.")
    """The swarm's version, to pass to update_swarm."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the swarm was created.")
    """When the swarm was created."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt", description="When the swarm\u0027s settings last changed.")
    """When the swarm's settings last changed."""

    spec: SwarmSpec | None = Field(default=None, alias="Spec", description="The swarm\u0027s settings (raft, dispatcher, CA, encryption, task defaults).")
    """The swarm's settings (raft, dispatcher, CA, encryption, task defaults)."""

    tls_info: TLSInfo | None = Field(default=None, alias="TLSInfo", description="The root CA and the issuer of the nodes\u0027 TLS certificates. API \u003e= 1.30.")
    """The root CA and the issuer of the nodes' TLS certificates. API >= 1.30."""

    root_rotation_in_progress: bool | None = Field(default=None, alias="RootRotationInProgress", description="True while the swarm is moving to a new root CA and reissuing node certificates. API \u003e= 1.30.")
    """True while the swarm is moving to a new root CA and reissuing node certificates. API >= 1.30."""

    data_path_port: int | None = Field(default=None, alias="DataPathPort", description="The UDP port used for overlay (VXLAN) traffic, 4789 unless set at init. API \u003e= 1.40.")
    """The UDP port used for overlay (VXLAN) traffic, 4789 unless set at init. API >= 1.40."""

    default_addr_pool: list[str] | None = Field(default=None, alias="DefaultAddrPool", description="The CIDR ranges from which overlay networks get their subnets. API \u003e= 1.39.")
    """The CIDR ranges from which overlay networks get their subnets. API >= 1.39."""

    subnet_size: int | None = Field(default=None, alias="SubnetSize", description="The prefix length of each subnet cut from the address pools, e.g. 24. API \u003e= 1.39.")
    """The prefix length of each subnet cut from the address pools, e.g. 24. API >= 1.39."""

    join_tokens: JoinTokens | None = Field(default=None, alias="JoinTokens", description="The tokens that let a new node join as a worker or as a manager.")
    """The tokens that let a new node join as a worker or as a manager."""

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
    """This node's part in a swarm, as info() reports it.

    Fields not in every API version: `NodeID`: API >= 1.32.; `NodeAddr`: API >= 1.32.; `LocalNodeState`: API >= 1.32.; `ControlAvailable`: API >= 1.32.; `Error`: API >= 1.32.; `RemoteManagers`: API >= 1.32.; `Nodes`: API >= 1.32.; `Managers`: API >= 1.32.; `Cluster`: API >= 1.32."""

    node_id: str | None = Field(default=None, alias="NodeID", description="This node\u0027s ID in the swarm; empty when not part of one. API \u003e= 1.32.")
    """This node's ID in the swarm; empty when not part of one. API >= 1.32."""

    node_addr: str | None = Field(default=None, alias="NodeAddr", description="The address other nodes reach this one at. API \u003e= 1.32.")
    """The address other nodes reach this one at. API >= 1.32."""

    local_node_state: LocalNodeState | None = Field(default=None, alias="LocalNodeState", description="This node\u0027s swarm state, \"inactive\", \"pending\", \"active\", \"error\" or \"locked\". API \u003e= 1.32.")
    """This node's swarm state, "inactive", "pending", "active", "error" or "locked". API >= 1.32."""

    control_available: bool | None = Field(default=None, alias="ControlAvailable", description="Whether this node is a manager. API \u003e= 1.32.")
    """Whether this node is a manager. API >= 1.32."""

    error: str | None = Field(default=None, alias="Error", description="The last swarm error on this node, if any. API \u003e= 1.32.")
    """The last swarm error on this node, if any. API >= 1.32."""

    remote_managers: list[PeerNode] | None = Field(default=None, alias="RemoteManagers", description="The managers this node knows, with their addresses. API \u003e= 1.32.")
    """The managers this node knows, with their addresses. API >= 1.32."""

    nodes: int | None = Field(default=None, alias="Nodes", description="How many nodes the swarm has (reported on managers). API \u003e= 1.32.")
    """How many nodes the swarm has (reported on managers). API >= 1.32."""

    managers: int | None = Field(default=None, alias="Managers", description="How many managers the swarm has (reported on managers). API \u003e= 1.32.")
    """How many managers the swarm has (reported on managers). API >= 1.32."""

    cluster: ClusterInfo | None = Field(default=None, alias="Cluster", description="The swarm\u0027s own details (reported on managers). API \u003e= 1.32.")
    """The swarm's own details (reported on managers). API >= 1.32."""

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
    """The body of init_swarm.

    Fields not in every API version: `DataPathAddr`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

    listen_addr: str | None = Field(default=None, alias="ListenAddr", description="Address for manager traffic, e.g. \"0.0.0.0:2377\" or \"eth0:2377\"; also picks the interface for overlay (VXLAN) traffic.")
    """Address for manager traffic, e.g. "0.0.0.0:2377" or "eth0:2377"; also picks the interface for overlay (VXLAN) traffic."""

    advertise_addr: str | None = Field(default=None, alias="AdvertiseAddr", description="Address other nodes use to reach this one, e.g. \"192.168.1.1:2377\" or \"eth0\"; the port of ListenAddr is used when none is given.")
    """Address other nodes use to reach this one, e.g. "192.168.1.1:2377" or "eth0"; the port of ListenAddr is used when none is given."""

    data_path_addr: str | None = Field(default=None, alias="DataPathAddr", description="Address or interface for data traffic between containers, e.g. \"192.168.1.1\" or \"eth0\"; defaults to AdvertiseAddr. API \u003e= 1.30.")
    """Address or interface for data traffic between containers, e.g. "192.168.1.1" or "eth0"; defaults to AdvertiseAddr. API >= 1.30."""

    data_path_port: int | None = Field(default=None, alias="DataPathPort", description="UDP port for overlay data traffic, 1024 to 49151; 0 means 4789. API \u003e= 1.40.")
    """UDP port for overlay data traffic, 1024 to 49151; 0 means 4789. API >= 1.40."""

    default_addr_pool: list[str] | None = Field(default=None, alias="DefaultAddrPool", description="Subnets, in CIDR form, from which swarm-scoped networks get theirs, e.g. [\"10.20.0.0/16\"]. API \u003e= 1.39.")
    """Subnets, in CIDR form, from which swarm-scoped networks get theirs, e.g. ["10.20.0.0/16"]. API >= 1.39."""

    force_new_cluster: bool | None = Field(default=None, alias="ForceNewCluster", description="Whether to start a new single-manager cluster from this node\u0027s existing state.")
    """Whether to start a new single-manager cluster from this node's existing state."""

    subnet_size: int | None = Field(default=None, alias="SubnetSize", description="Prefix length of each subnet carved from the default address pool, e.g. 24. API \u003e= 1.39.")
    """Prefix length of each subnet carved from the default address pool, e.g. 24. API >= 1.39."""

    spec: SwarmSpec | None = Field(default=None, alias="Spec", description="The swarm\u0027s settings.")
    """The swarm's settings."""

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
    """The body of join_swarm.

    Fields not in every API version: `DataPathAddr`: API >= 1.30."""

    listen_addr: str | None = Field(default=None, alias="ListenAddr", description="Address for manager traffic should the node become a manager, e.g. \"0.0.0.0:2377\".")
    """Address for manager traffic should the node become a manager, e.g. "0.0.0.0:2377"."""

    advertise_addr: str | None = Field(default=None, alias="AdvertiseAddr", description="Address other nodes use to reach this one, e.g. \"192.168.1.2:2377\" or \"eth0\".")
    """Address other nodes use to reach this one, e.g. "192.168.1.2:2377" or "eth0"."""

    data_path_addr: str | None = Field(default=None, alias="DataPathAddr", description="Address or interface for data traffic between containers; defaults to AdvertiseAddr. API \u003e= 1.30.")
    """Address or interface for data traffic between containers; defaults to AdvertiseAddr. API >= 1.30."""

    remote_addrs: list[str] | None = Field(default=None, alias="RemoteAddrs", description="Addresses of managers already in the swarm, e.g. [\"192.168.1.1:2377\"].")
    """Addresses of managers already in the swarm, e.g. ["192.168.1.1:2377"]."""

    join_token: str | None = Field(default=None, alias="JoinToken", description="The worker or manager join token.")
    """The worker or manager join token."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "DataPathAddr": ((1, 30), None),
    }


class SwarmObjectCreated(DockerModel):
    """What create_secret and create_config return."""

    id: str | None = Field(default=None, alias="ID", description="The new secret\u0027s or config\u0027s ID, for inspect, update and remove calls and for a service\u0027s secret or config references.")
    """The new secret's or config's ID, for inspect, update and remove calls and for a service's secret or config references."""


class SwarmSpec(DockerModel):
    """The settings of a swarm, given to init_swarm and update_swarm.

    Fields not in every API version: `EncryptionConfig`: API >= 1.25."""

    name: str | None = Field(default=None, alias="Name", description="The swarm\u0027s name, \"default\" unless set.")
    """The swarm's name, "default" unless set."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="User metadata, as label to value.")
    """User metadata, as label to value."""

    orchestration: SwarmSpecOrchestration | None = Field(default=None, alias="Orchestration", description="How many old tasks are kept.")
    """How many old tasks are kept."""

    raft: SwarmSpecRaft | None = Field(default=None, alias="Raft", description="Tuning of the managers\u0027 consensus log (snapshots, election and heartbeat ticks).")
    """Tuning of the managers' consensus log (snapshots, election and heartbeat ticks)."""

    dispatcher: SwarmSpecDispatcher | None = Field(default=None, alias="Dispatcher", description="How often nodes report to the managers.")
    """How often nodes report to the managers."""

    ca_config: SwarmSpecCAConfig | None = Field(default=None, alias="CAConfig", description="How node certificates are issued and how long they last.")
    """How node certificates are issued and how long they last."""

    encryption_config: SwarmSpecEncryptionConfig | None = Field(default=None, alias="EncryptionConfig", description="Whether managers lock their keys at rest. API \u003e= 1.25.")
    """Whether managers lock their keys at rest. API >= 1.25."""

    task_defaults: SwarmSpecTaskDefaults | None = Field(default=None, alias="TaskDefaults", description="Defaults for every task, such as the log driver.")
    """Defaults for every task, such as the log driver."""

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
    """How the swarm's certificate authority issues node certificates.

    Fields not in every API version: `ExternalCAs`: API >= 1.25.; `SigningCACert`: API >= 1.30.; `SigningCAKey`: API >= 1.30.; `ForceRotate`: API >= 1.30."""

    node_cert_expiry: int | None = Field(default=None, alias="NodeCertExpiry", description="How long a node certificate stays valid, in nanoseconds.")
    """How long a node certificate stays valid, in nanoseconds."""

    external_cas: list[SwarmSpecCAConfigExternalCAs] | None = Field(default=None, alias="ExternalCAs", description="External certificate authorities that sign node certificates instead of the swarm\u0027s own. API \u003e= 1.25.")
    """External certificate authorities that sign node certificates instead of the swarm's own. API >= 1.25."""

    signing_ca_cert: str | None = Field(default=None, alias="SigningCACert", description="The CA certificate (PEM) to sign new node certificates with, to replace the current one. API \u003e= 1.30.")
    """The CA certificate (PEM) to sign new node certificates with, to replace the current one. API >= 1.30."""

    signing_ca_key: str | None = Field(default=None, alias="SigningCAKey", description="The private key (PEM) that goes with SigningCACert. API \u003e= 1.30.")
    """The private key (PEM) that goes with SigningCACert. API >= 1.30."""

    force_rotate: int | None = Field(default=None, alias="ForceRotate", description="A counter; changing it makes the swarm create a new root CA even with no other change. API \u003e= 1.30.")
    """A counter; changing it makes the swarm create a new root CA even with no other change. API >= 1.30."""

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
    """One external certificate authority.

    Fields not in every API version: `CACert`: API >= 1.30."""

    protocol: Literal['cfssl'] | str | None = Field(default=None, alias="Protocol", description="The protocol used to talk to the CA; \"cfssl\" is the one supported.")
    """The protocol used to talk to the CA; "cfssl" is the one supported."""

    url: str | None = Field(default=None, alias="URL", description="Where the CA can be reached.")
    """Where the CA can be reached."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="Options for the CA\u0027s protocol, as strings.")
    """Options for the CA's protocol, as strings."""

    ca_cert: str | None = Field(default=None, alias="CACert", description="The root certificate (PEM) the external CA\u0027s certificates chain to; the swarm\u0027s root when empty. API \u003e= 1.30.")
    """The root certificate (PEM) the external CA's certificates chain to; the swarm's root when empty. API >= 1.30."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "CACert": ((1, 30), None),
    }


class SwarmSpecDispatcher(DockerModel):
    """Settings of the manager component that hands tasks to nodes."""

    heartbeat_period: int | None = Field(default=None, alias="HeartbeatPeriod", description="How often nodes report that they are alive, in nanoseconds.")
    """How often nodes report that they are alive, in nanoseconds."""


class SwarmSpecEncryptionConfig(DockerModel):
    """Encryption settings of a swarm.

    Fields not in every API version: `AutoLockManagers`: API >= 1.25."""

    auto_lock_managers: bool | None = Field(default=None, alias="AutoLockManagers", description="Lock the managers\u0027 keys at rest, so a restarted manager needs the unlock key (unlock_swarm). API \u003e= 1.25.")
    """Lock the managers' keys at rest, so a restarted manager needs the unlock key (unlock_swarm). API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "AutoLockManagers": ((1, 25), None),
    }


class SwarmSpecOrchestration(DockerModel):
    """Orchestration settings of a swarm."""

    task_history_retention_limit: int | None = Field(default=None, alias="TaskHistoryRetentionLimit", description="How many finished tasks to keep per task slot, for history.")
    """How many finished tasks to keep per task slot, for history."""


class SwarmSpecRaft(DockerModel):
    """Tuning of the raft log the managers share."""

    snapshot_interval: int | None = Field(default=None, alias="SnapshotInterval", description="How many log entries pass between two snapshots.")
    """How many log entries pass between two snapshots."""

    keep_old_snapshots: int | None = Field(default=None, alias="KeepOldSnapshots", description="How many snapshots to keep besides the current one.")
    """How many snapshots to keep besides the current one."""

    log_entries_for_slow_followers: int | None = Field(default=None, alias="LogEntriesForSlowFollowers", description="How many entries to keep after a snapshot so lagging managers can catch up.")
    """How many entries to keep after a snapshot so lagging managers can catch up."""

    election_tick: int | None = Field(default=None, alias="ElectionTick", description="Ticks without a heartbeat from the leader after which a manager calls an election; must exceed HeartbeatTick.")
    """Ticks without a heartbeat from the leader after which a manager calls an election; must exceed HeartbeatTick."""

    heartbeat_tick: int | None = Field(default=None, alias="HeartbeatTick", description="Ticks between two heartbeats of the leader (a tick is one second).")
    """Ticks between two heartbeats of the leader (a tick is one second)."""


class SwarmSpecTaskDefaults(DockerModel):
    """Defaults applied to every task of the swarm."""

    log_driver: SwarmSpecTaskDefaultsLogDriver | None = Field(default=None, alias="LogDriver", description="The log driver for tasks that name none; the engine\u0027s own default applies when unset.")
    """The log driver for tasks that name none; the engine's own default applies when unset."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "LogDriver": "SwarmSpecTaskDefaultsLogDriver",
    }


class SwarmSpecTaskDefaultsLogDriver(DockerModel):
    """The default log driver of a swarm's tasks."""

    name: str | None = Field(default=None, alias="Name", description="The log driver, e.g. \"json-file\" or \"journald\".")
    """The log driver, e.g. "json-file" or "journald"."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="Options for the log driver, as strings, e.g. {\"max-size\": \"10m\"}.")
    """Options for the log driver, as strings, e.g. {"max-size": "10m"}."""


class SwarmUnlockRequest(DockerModel):
    """The body of unlock_swarm.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    unlock_key: str | None = Field(default=None, alias="UnlockKey", description="The swarm\u0027s unlock key. API \u003e= 1.25.")
    """The swarm's unlock key. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "UnlockKey": ((1, 25), None),
    }


class SwarmUnlockkeyResponse(DockerModel):
    """What get_unlock_key returns.

    Fields not in every API version: `UnlockKey`: API >= 1.25."""

    unlock_key: str | None = Field(default=None, alias="UnlockKey", description="The key that unlocks a manager, e.g. \"SWMKEY-1-...\"; empty when autolock is off. API \u003e= 1.25.")
    """The key that unlocks a manager, e.g. "SWMKEY-1-..."; empty when autolock is off. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "UnlockKey": ((1, 25), None),
    }


class SystemDataUsageResponse(DockerModel):
    """Disk usage of images, containers, volumes and build cache, from df().

    Fields not in every API version: `ImageUsage`: API >= 1.52.; `ContainerUsage`: API >= 1.52.; `VolumeUsage`: API >= 1.52.; `BuildCacheUsage`: API >= 1.52.; `BuildCache`: API >= 1.39. Not in API >= 1.52.; `Containers`: Not in API >= 1.52.; `Images`: Not in API >= 1.52.; `LayersSize`: API >= 1.25. Not in API >= 1.52.; `Volumes`: Not in API >= 1.52."""

    image_usage: ImagesDiskUsage | None = Field(default=None, alias="ImageUsage", description="Counts and sizes for images. API \u003e= 1.52.")
    """Counts and sizes for images. API >= 1.52."""

    container_usage: ContainersDiskUsage | None = Field(default=None, alias="ContainerUsage", description="Counts and sizes for containers. API \u003e= 1.52.")
    """Counts and sizes for containers. API >= 1.52."""

    volume_usage: VolumesDiskUsage | None = Field(default=None, alias="VolumeUsage", description="Counts and sizes for volumes. API \u003e= 1.52.")
    """Counts and sizes for volumes. API >= 1.52."""

    build_cache_usage: BuildCacheDiskUsage | None = Field(default=None, alias="BuildCacheUsage", description="Counts and sizes for the build cache. API \u003e= 1.52.")
    """Counts and sizes for the build cache. API >= 1.52."""

    build_cache: list[BuildCache] | None = Field(default=None, alias="BuildCache", description="Every build cache record; replaced by BuildCacheUsage in newer API versions. API \u003e= 1.39. Not in API \u003e= 1.52.")
    """Every build cache record; replaced by BuildCacheUsage in newer API versions. API >= 1.39. Not in API >= 1.52."""

    containers: list[ContainerSummary] | None = Field(default=None, alias="Containers", description="Every container with its size; replaced by ContainerUsage in newer API versions. Not in API \u003e= 1.52.")
    """Every container with its size; replaced by ContainerUsage in newer API versions. Not in API >= 1.52."""

    images: list[ImageSummary] | None = Field(default=None, alias="Images", description="Every image with its size; replaced by ImageUsage in newer API versions. Not in API \u003e= 1.52.")
    """Every image with its size; replaced by ImageUsage in newer API versions. Not in API >= 1.52."""

    layers_size: int | None = Field(default=None, alias="LayersSize", description="Bytes taken by all image layers; dropped from newer API versions. API \u003e= 1.25. Not in API \u003e= 1.52.")
    """Bytes taken by all image layers; dropped from newer API versions. API >= 1.25. Not in API >= 1.52."""

    volumes: list[Volume] | None = Field(default=None, alias="Volumes", description="Every volume with its usage; replaced by VolumeUsage in newer API versions. Not in API \u003e= 1.52.")
    """Every volume with its usage; replaced by VolumeUsage in newer API versions. Not in API >= 1.52."""

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
    """A description of the daemon and its host, from info().

    Fields not in every API version: `CPUSet`: API >= 1.32.; `PidsLimit`: API >= 1.40.; `LoggingDriver`: API >= 1.32.; `CgroupVersion`: API >= 1.41.; `OSVersion`: API >= 1.41.; `GenericResources`: API >= 1.32.; `Runtimes`: API >= 1.32.; `DefaultRuntime`: API >= 1.32.; `Swarm`: API >= 1.32.; `LiveRestoreEnabled`: API >= 1.32.; `Isolation`: API >= 1.25.; `InitBinary`: API >= 1.32.; `ContainerdCommit`: API >= 1.32.; `RuncCommit`: API >= 1.32.; `InitCommit`: API >= 1.32.; `ProductLicense`: API >= 1.39.; `DefaultAddressPools`: API >= 1.41.; `FirewallBackend`: API >= 1.49.; `DiscoveredDevices`: API >= 1.50.; `NRI`: API >= 1.53.; `Warnings`: API >= 1.39.; `CDISpecDirs`: API >= 1.44.; `Containerd`: API >= 1.46.; `BridgeNfIp6tables`: API >= 1.32. Not in API >= 1.50.; `BridgeNfIptables`: API >= 1.32. Not in API >= 1.50.; `ClusterAdvertise`: API >= 1.32. Not in API >= 1.42.; `ClusterStore`: API >= 1.32. Not in API >= 1.42.; `DiscoveryBackend`: API >= 1.25. Not in API >= 1.32.; `InitPath`: Not in API >= 1.32.; `InitSha1`: Not in API >= 1.32.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52.; `OomScoreAdj`: Not in API >= 1.32.; `SystemStatus`: Not in API >= 1.41."""

    id: str | None = Field(default=None, alias="ID", description="An identifier of the daemon; its format is not guaranteed.")
    """An identifier of the daemon; its format is not guaranteed."""

    containers: int | None = Field(default=None, alias="Containers", description="How many containers exist, in any state.")
    """How many containers exist, in any state."""

    containers_running: int | None = Field(default=None, alias="ContainersRunning", description="How many containers are running.")
    """How many containers are running."""

    containers_paused: int | None = Field(default=None, alias="ContainersPaused", description="How many containers are paused.")
    """How many containers are paused."""

    containers_stopped: int | None = Field(default=None, alias="ContainersStopped", description="How many containers are stopped.")
    """How many containers are stopped."""

    images: int | None = Field(default=None, alias="Images", description="How many images are in the local store.")
    """How many images are in the local store."""

    driver: str | None = Field(default=None, alias="Driver", description="The storage driver, e.g. \"overlay2\" or \"overlayfs\" (containerd snapshotter).")
    """The storage driver, e.g. "overlay2" or "overlayfs" (containerd snapshotter)."""

    driver_status: list[list[str]] | None = Field(default=None, alias="DriverStatus", description="Details from the storage driver, as [label, value] pairs.")
    """Details from the storage driver, as [label, value] pairs."""

    docker_root_dir: str | None = Field(default=None, alias="DockerRootDir", description="The daemon\u0027s data directory, e.g. \"/var/lib/docker\".")
    """The daemon's data directory, e.g. "/var/lib/docker"."""

    plugins: PluginsInfo | None = Field(default=None, alias="Plugins", description="The plugins available, by kind (volume, network, authorization, log).")
    """The plugins available, by kind (volume, network, authorization, log)."""

    memory_limit: bool | None = Field(default=None, alias="MemoryLimit", description="Whether the host supports memory limits.")
    """Whether the host supports memory limits."""

    swap_limit: bool | None = Field(default=None, alias="SwapLimit", description="Whether the host supports swap limits.")
    """Whether the host supports swap limits."""

    cpu_cfs_period: bool | None = Field(default=None, alias="CpuCfsPeriod", description="Whether the host supports the CFS scheduler period (cpu_period).")
    """Whether the host supports the CFS scheduler period (cpu_period)."""

    cpu_cfs_quota: bool | None = Field(default=None, alias="CpuCfsQuota", description="Whether the host supports the CFS scheduler quota (cpu_quota).")
    """Whether the host supports the CFS scheduler quota (cpu_quota)."""

    cpu_shares: bool | None = Field(default=None, alias="CPUShares", description="Whether the host supports CPU shares.")
    """Whether the host supports CPU shares."""

    cpu_set: bool | None = Field(default=None, alias="CPUSet", description="Whether the host supports pinning to CPUs and memory nodes (cpuset). API \u003e= 1.32.")
    """Whether the host supports pinning to CPUs and memory nodes (cpuset). API >= 1.32."""

    pids_limit: bool | None = Field(default=None, alias="PidsLimit", description="Whether the host supports a limit on the number of processes. API \u003e= 1.40.")
    """Whether the host supports a limit on the number of processes. API >= 1.40."""

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable", description="Whether the OOM killer can be turned off for a container.")
    """Whether the OOM killer can be turned off for a container."""

    ipv4_forwarding: bool | None = Field(default=None, alias="IPv4Forwarding", description="Whether IPv4 forwarding is on in the host.")
    """Whether IPv4 forwarding is on in the host."""

    debug: bool | None = Field(default=None, alias="Debug", description="Whether the daemon runs in debug mode.")
    """Whether the daemon runs in debug mode."""

    n_fd: int | None = Field(default=None, alias="NFd", description="Open file descriptors of the daemon process (filled in debug mode only).")
    """Open file descriptors of the daemon process (filled in debug mode only)."""

    n_goroutines: int | None = Field(default=None, alias="NGoroutines", description="Goroutines running in the daemon (filled in debug mode only).")
    """Goroutines running in the daemon (filled in debug mode only)."""

    system_time: str | None = Field(default=None, alias="SystemTime", description="The host\u0027s current time, as an RFC 3339 string with nanoseconds.")
    """The host's current time, as an RFC 3339 string with nanoseconds."""

    logging_driver: str | None = Field(default=None, alias="LoggingDriver", description="The default logging driver for containers, e.g. \"json-file\". API \u003e= 1.32.")
    """The default logging driver for containers, e.g. "json-file". API >= 1.32."""

    cgroup_driver: Literal['cgroupfs', 'systemd', 'none'] | str | None = Field(default=None, alias="CgroupDriver", description="How the daemon manages cgroups, \"cgroupfs\", \"systemd\" or \"none\".")
    """How the daemon manages cgroups, "cgroupfs", "systemd" or "none"."""

    cgroup_version: Literal['1', '2'] | str | None = Field(default=None, alias="CgroupVersion", description="The cgroup version of the host, \"1\" or \"2\". API \u003e= 1.41.")
    """The cgroup version of the host, "1" or "2". API >= 1.41."""

    n_events_listener: int | None = Field(default=None, alias="NEventsListener", description="How many clients are listening to events right now.")
    """How many clients are listening to events right now."""

    kernel_version: str | None = Field(default=None, alias="KernelVersion", description="The host\u0027s kernel version, e.g. \"6.1.0-18-amd64\".")
    """The host's kernel version, e.g. "6.1.0-18-amd64"."""

    operating_system: str | None = Field(default=None, alias="OperatingSystem", description="The host\u0027s OS by name, e.g. \"Debian GNU/Linux 12 (bookworm)\" or \"Docker Desktop\".")
    """The host's OS by name, e.g. "Debian GNU/Linux 12 (bookworm)" or "Docker Desktop"."""

    os_version: str | None = Field(default=None, alias="OSVersion", description="The host\u0027s OS version, e.g. \"12\"; its format is not guaranteed. API \u003e= 1.41.")
    """The host's OS version, e.g. "12"; its format is not guaranteed. API >= 1.41."""

    os_type: str | None = Field(default=None, alias="OSType", description="The kind of OS containers run on, \"linux\" or \"windows\".")
    """The kind of OS containers run on, "linux" or "windows"."""

    architecture: str | None = Field(default=None, alias="Architecture", description="The host\u0027s CPU architecture as the kernel names it, e.g. \"x86_64\" or \"aarch64\".")
    """The host's CPU architecture as the kernel names it, e.g. "x86_64" or "aarch64"."""

    ncpu: int | None = Field(default=None, alias="NCPU", description="CPUs available to the daemon.")
    """CPUs available to the daemon."""

    mem_total: int | None = Field(default=None, alias="MemTotal", description="Memory of the host, in bytes.")
    """Memory of the host, in bytes."""

    index_server_address: str | None = Field(default=None, alias="IndexServerAddress", description="The registry used for search and as the default for login, normally \"https://index.docker.io/v1/\".")
    """The registry used for search and as the default for login, normally "https://index.docker.io/v1/"."""

    registry_config: RegistryServiceConfig | None = Field(default=None, alias="RegistryConfig", description="The daemon\u0027s registry settings (insecure registries, mirrors).")
    """The daemon's registry settings (insecure registries, mirrors)."""

    generic_resources: GenericResources | None = Field(default=None, alias="GenericResources", description="User-defined resources (such as GPUs) this node announces to a swarm. API \u003e= 1.32.")
    """User-defined resources (such as GPUs) this node announces to a swarm. API >= 1.32."""

    http_proxy: str | None = Field(default=None, alias="HttpProxy", description="The HTTP proxy the daemon uses, with any password masked.")
    """The HTTP proxy the daemon uses, with any password masked."""

    https_proxy: str | None = Field(default=None, alias="HttpsProxy", description="The HTTPS proxy the daemon uses, with any password masked.")
    """The HTTPS proxy the daemon uses, with any password masked."""

    no_proxy: str | None = Field(default=None, alias="NoProxy", description="Hosts the daemon reaches without a proxy, comma-separated.")
    """Hosts the daemon reaches without a proxy, comma-separated."""

    name: str | None = Field(default=None, alias="Name", description="The host\u0027s name.")
    """The host's name."""

    labels: list[str] | None = Field(default=None, alias="Labels", description="The daemon\u0027s labels, as \"key=value\" strings from its configuration.")
    """The daemon's labels, as "key=value" strings from its configuration."""

    experimental_build: bool | None = Field(default=None, alias="ExperimentalBuild", description="Whether experimental features are on.")
    """Whether experimental features are on."""

    server_version: str | None = Field(default=None, alias="ServerVersion", description="The engine\u0027s version, e.g. \"28.5.2\".")
    """The engine's version, e.g. "28.5.2"."""

    runtimes: dict[str, Runtime | None] | None = Field(default=None, alias="Runtimes", description="The OCI runtimes containers can use, by name (e.g. \"runc\"). API \u003e= 1.32.")
    """The OCI runtimes containers can use, by name (e.g. "runc"). API >= 1.32."""

    default_runtime: str | None = Field(default=None, alias="DefaultRuntime", description="The runtime used when a container names none, e.g. \"runc\". API \u003e= 1.32.")
    """The runtime used when a container names none, e.g. "runc". API >= 1.32."""

    swarm: SwarmInfo | None = Field(default=None, alias="Swarm", description="This node\u0027s swarm state and, on a manager, the cluster\u0027s. API \u003e= 1.32.")
    """This node's swarm state and, on a manager, the cluster's. API >= 1.32."""

    live_restore_enabled: bool | None = Field(default=None, alias="LiveRestoreEnabled", description="Whether containers keep running while the daemon restarts (live-restore). API \u003e= 1.32.")
    """Whether containers keep running while the daemon restarts (live-restore). API >= 1.32."""

    isolation: Literal['default', 'hyperv', 'process', ''] | str | None = Field(default=None, alias="Isolation", description="The default isolation of containers on Windows, \"process\" or \"hyperv\"; \"default\" or empty on Linux. API \u003e= 1.25.")
    """The default isolation of containers on Windows, "process" or "hyperv"; "default" or empty on Linux. API >= 1.25."""

    init_binary: str | None = Field(default=None, alias="InitBinary", description="Name or path of the init program used by containers started with init=True, e.g. \"docker-init\". API \u003e= 1.32.")
    """Name or path of the init program used by containers started with init=True, e.g. "docker-init". API >= 1.32."""

    containerd_commit: Commit | None = Field(default=None, alias="ContainerdCommit", description="The containerd build in use. API \u003e= 1.32.")
    """The containerd build in use. API >= 1.32."""

    runc_commit: Commit | None = Field(default=None, alias="RuncCommit", description="The runc build in use. API \u003e= 1.32.")
    """The runc build in use. API >= 1.32."""

    init_commit: Commit | None = Field(default=None, alias="InitCommit", description="The build of the init program in use. API \u003e= 1.32.")
    """The build of the init program in use. API >= 1.32."""

    security_options: list[str] | None = Field(default=None, alias="SecurityOptions", description="The security features on, as \"name=...,key=value\" strings, e.g. \"name=seccomp,profile=builtin\".")
    """The security features on, as "name=...,key=value" strings, e.g. "name=seccomp,profile=builtin"."""

    product_license: str | None = Field(default=None, alias="ProductLicense", description="The license the engine runs under, in short, e.g. \"Community Engine\". API \u003e= 1.39.")
    """The license the engine runs under, in short, e.g. "Community Engine". API >= 1.39."""

    default_address_pools: list[SystemInfoDefaultAddressPools] | None = Field(default=None, alias="DefaultAddressPools", description="The pools local networks get subnets from, e.g. Base \"172.17.0.0/16\" cut into Size 24 subnets. API \u003e= 1.41.")
    """The pools local networks get subnets from, e.g. Base "172.17.0.0/16" cut into Size 24 subnets. API >= 1.41."""

    firewall_backend: FirewallInfo | None = Field(default=None, alias="FirewallBackend", description="The firewall the daemon configures, e.g. iptables or nftables (Linux only). API \u003e= 1.49.")
    """The firewall the daemon configures, e.g. iptables or nftables (Linux only). API >= 1.49."""

    discovered_devices: list[DeviceInfo] | None = Field(default=None, alias="DiscoveredDevices", description="Devices (such as CDI GPUs) the daemon found and containers can request. API \u003e= 1.50.")
    """Devices (such as CDI GPUs) the daemon found and containers can request. API >= 1.50."""

    nri: NRIInfo | None = Field(default=None, alias="NRI", description="Node Resource Interface details; present only when NRI is on. API \u003e= 1.53.")
    """Node Resource Interface details; present only when NRI is on. API >= 1.53."""

    warnings: list[str] | None = Field(default=None, alias="Warnings", description="Warnings about the daemon\u0027s configuration, meant to be shown to the user. API \u003e= 1.39.")
    """Warnings about the daemon's configuration, meant to be shown to the user. API >= 1.39."""

    cdi_spec_dirs: list[str] | None = Field(default=None, alias="CDISpecDirs", description="Directories searched for Container Device Interface specs; empty when CDI is off. API \u003e= 1.44.")
    """Directories searched for Container Device Interface specs; empty when CDI is off. API >= 1.44."""

    containerd: ContainerdInfo | None = Field(default=None, alias="Containerd", description="How to reach the containerd the daemon uses, for debugging. API \u003e= 1.46.")
    """How to reach the containerd the daemon uses, for debugging. API >= 1.46."""

    bridge_nf_ip6tables: bool | None = Field(default=None, alias="BridgeNfIp6tables", description="Whether bridged IPv6 traffic passes through ip6tables; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.50.")
    """Whether bridged IPv6 traffic passes through ip6tables; dropped from newer API versions. API >= 1.32. Not in API >= 1.50."""

    bridge_nf_iptables: bool | None = Field(default=None, alias="BridgeNfIptables", description="Whether bridged IPv4 traffic passes through iptables; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.50.")
    """Whether bridged IPv4 traffic passes through iptables; dropped from newer API versions. API >= 1.32. Not in API >= 1.50."""

    cluster_advertise: str | None = Field(default=None, alias="ClusterAdvertise", description="Address advertised to a key-value cluster store (legacy overlay networking); dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.42.")
    """Address advertised to a key-value cluster store (legacy overlay networking); dropped from newer API versions. API >= 1.32. Not in API >= 1.42."""

    cluster_store: str | None = Field(default=None, alias="ClusterStore", description="URL of a key-value cluster store (legacy overlay networking); dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.42.")
    """URL of a key-value cluster store (legacy overlay networking); dropped from newer API versions. API >= 1.32. Not in API >= 1.42."""

    discovery_backend: str | None = Field(default=None, alias="DiscoveryBackend", description="The discovery backend of the legacy cluster store; dropped long ago. API \u003e= 1.25. Not in API \u003e= 1.32.")
    """The discovery backend of the legacy cluster store; dropped long ago. API >= 1.25. Not in API >= 1.32."""

    init_path: str | None = Field(default=None, alias="InitPath", description="Path of the init program; replaced by InitBinary long ago. Not in API \u003e= 1.32.")
    """Path of the init program; replaced by InitBinary long ago. Not in API >= 1.32."""

    init_sha1: str | None = Field(default=None, alias="InitSha1", description="Checksum of the init program; dropped long ago. Not in API \u003e= 1.32.")
    """Checksum of the init program; dropped long ago. Not in API >= 1.32."""

    kernel_memory: bool | None = Field(default=None, alias="KernelMemory", description="Whether kernel memory limits are supported; dropped from newer API versions. Not in API \u003e= 1.42.")
    """Whether kernel memory limits are supported; dropped from newer API versions. Not in API >= 1.42."""

    kernel_memory_tcp: bool | None = Field(default=None, alias="KernelMemoryTCP", description="Whether kernel TCP memory limits are supported; dropped from newer API versions. API \u003e= 1.40. Not in API \u003e= 1.52.")
    """Whether kernel TCP memory limits are supported; dropped from newer API versions. API >= 1.40. Not in API >= 1.52."""

    oom_score_adj: int | None = Field(default=None, alias="OomScoreAdj", description="The daemon\u0027s OOM score adjustment; dropped long ago. Not in API \u003e= 1.32.")
    """The daemon's OOM score adjustment; dropped long ago. Not in API >= 1.32."""

    system_status: list[list[str]] | None = Field(default=None, alias="SystemStatus", description="Extra status pairs (used by Swarm classic); dropped from newer API versions. Not in API \u003e= 1.41.")
    """Extra status pairs (used by Swarm classic); dropped from newer API versions. Not in API >= 1.41."""

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
    """A pool local networks get their subnets from.

    Fields not in every API version: `Base`: API >= 1.41.; `Size`: API >= 1.41."""

    base: str | None = Field(default=None, alias="Base", description="The pool\u0027s range, e.g. \"10.10.0.0/16\". API \u003e= 1.41.")
    """The pool's range, e.g. "10.10.0.0/16". API >= 1.41."""

    size: int | None = Field(default=None, alias="Size", description="Prefix length of each subnet cut from it, e.g. 24. API \u003e= 1.41.")
    """Prefix length of each subnet cut from it, e.g. 24. API >= 1.41."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Base": ((1, 41), None),
        "Size": ((1, 41), None),
    }


class SystemVersion(DockerModel):
    """The versions of the daemon and its parts, from version().

    Fields not in every API version: `Platform`: API >= 1.35.; `Components`: API >= 1.35.; `MinAPIVersion`: API >= 1.25."""

    platform: SystemVersionPlatform | None = Field(default=None, alias="Platform", description="The product name of the engine, e.g. \"Docker Engine - Community\". API \u003e= 1.35.")
    """The product name of the engine, e.g. "Docker Engine - Community". API >= 1.35."""

    components: list[SystemVersionComponents] | None = Field(default=None, alias="Components", description="Each part of the engine (Engine, containerd, runc, docker-init...) with its version. API \u003e= 1.35.")
    """Each part of the engine (Engine, containerd, runc, docker-init...) with its version. API >= 1.35."""

    version: str | None = Field(default=None, alias="Version", description="The engine\u0027s version, e.g. \"28.5.2\".")
    """The engine's version, e.g. "28.5.2"."""

    api_version: str | None = Field(default=None, alias="ApiVersion", description="The newest Engine API version the daemon speaks, e.g. \"1.51\".")
    """The newest Engine API version the daemon speaks, e.g. "1.51"."""

    min_api_version: str | None = Field(default=None, alias="MinAPIVersion", description="The oldest Engine API version the daemon still accepts, e.g. \"1.24\". API \u003e= 1.25.")
    """The oldest Engine API version the daemon still accepts, e.g. "1.24". API >= 1.25."""

    git_commit: str | None = Field(default=None, alias="GitCommit", description="The source commit the engine was built from.")
    """The source commit the engine was built from."""

    go_version: str | None = Field(default=None, alias="GoVersion", description="The Go release the engine was built with, e.g. \"go1.24.7\".")
    """The Go release the engine was built with, e.g. "go1.24.7"."""

    os: str | None = Field(default=None, alias="Os", description="The daemon\u0027s operating system, e.g. \"linux\".")
    """The daemon's operating system, e.g. "linux"."""

    arch: str | None = Field(default=None, alias="Arch", description="The daemon\u0027s CPU architecture, e.g. \"amd64\".")
    """The daemon's CPU architecture, e.g. "amd64"."""

    kernel_version: str | None = Field(default=None, alias="KernelVersion", description="The host\u0027s kernel version, e.g. \"6.1.0-18-amd64\".")
    """The host's kernel version, e.g. "6.1.0-18-amd64"."""

    experimental: bool | None = Field(default=None, alias="Experimental", description="Whether experimental features are on.")
    """Whether experimental features are on."""

    build_time: str | None = Field(default=None, alias="BuildTime", description="When the engine binary was built.")
    """When the engine binary was built."""

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
    """One part of the engine and its version.

    Fields not in every API version: `Name`: API >= 1.35.; `Version`: API >= 1.35.; `Details`: API >= 1.35."""

    name: str | None = Field(default=None, alias="Name", description="The part\u0027s name, e.g. \"Engine\", \"containerd\" or \"runc\". API \u003e= 1.35.")
    """The part's name, e.g. "Engine", "containerd" or "runc". API >= 1.35."""

    version: str | None = Field(default=None, alias="Version", description="The part\u0027s version. API \u003e= 1.35.")
    """The part's version. API >= 1.35."""

    details: dict[str, Any] | None = Field(default=None, alias="Details", description="Extra facts about the part, such as its git commit; their keys vary. API \u003e= 1.35.")
    """Extra facts about the part, such as its git commit; their keys vary. API >= 1.35."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 35), None),
        "Version": ((1, 35), None),
        "Details": ((1, 35), None),
    }


class SystemVersionPlatform(DockerModel):
    """The engine's product name.

    Fields not in every API version: `Name`: API >= 1.35."""

    name: str | None = Field(default=None, alias="Name", description="The product name, e.g. \"Docker Engine - Community\". API \u003e= 1.35.")
    """The product name, e.g. "Docker Engine - Community". API >= 1.35."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 35), None),
    }


class TLSInfo(DockerModel):
    """The root CA of a swarm and the issuer of its nodes' TLS certificates.

    Fields not in every API version: `TrustRoot`: API >= 1.30.; `CertIssuerSubject`: API >= 1.30.; `CertIssuerPublicKey`: API >= 1.30.; `CAConfig`: API >= 1.30. Not in API >= 1.32.; `Dispatcher`: API >= 1.30. Not in API >= 1.32.; `EncryptionConfig`: API >= 1.30. Not in API >= 1.32.; `Labels`: API >= 1.30. Not in API >= 1.32.; `Name`: API >= 1.30. Not in API >= 1.32.; `Orchestration`: API >= 1.30. Not in API >= 1.32.; `Raft`: API >= 1.30. Not in API >= 1.32.; `TaskDefaults`: API >= 1.30. Not in API >= 1.32."""

    trust_root: str | None = Field(default=None, alias="TrustRoot", description="The root CA certificate(s) in PEM form, used to check node certificates. API \u003e= 1.30.")
    """The root CA certificate(s) in PEM form, used to check node certificates. API >= 1.30."""

    cert_issuer_subject: str | None = Field(default=None, alias="CertIssuerSubject", description="The issuer\u0027s raw subject, URL-safe base64 encoded. API \u003e= 1.30.")
    """The issuer's raw subject, URL-safe base64 encoded. API >= 1.30."""

    cert_issuer_public_key: str | None = Field(default=None, alias="CertIssuerPublicKey", description="The issuer\u0027s raw public key, URL-safe base64 encoded. API \u003e= 1.30.")
    """The issuer's raw public key, URL-safe base64 encoded. API >= 1.30."""

    ca_config: Any = Field(default=None, alias="CAConfig", description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.")
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    dispatcher: Any = Field(default=None, alias="Dispatcher", description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.")
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    encryption_config: Any = Field(default=None, alias="EncryptionConfig", description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.")
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.")
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    name: str | None = Field(default=None, alias="Name", description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.")
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    orchestration: Any = Field(default=None, alias="Orchestration", description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.")
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    raft: Any = Field(default=None, alias="Raft", description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.")
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

    task_defaults: Any = Field(default=None, alias="TaskDefaults", description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.")
    """A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API >= 1.30. Not in API >= 1.32."""

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
    """One unit of work the swarm schedules for a service, usually one container on one node.

    Fields not in every API version: `AssignedGenericResources`: API >= 1.32.; `JobIteration`: API >= 1.41."""

    id: str | None = Field(default=None, alias="ID", description="The task\u0027s ID.")
    """The task's ID."""

    version: ObjectVersion | None = Field(default=None, alias="Version", description="The task\u0027s version.")
    """The task's version."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the task was created.")
    """When the task was created."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt", description="When the task\u0027s record last changed.")
    """When the task's record last changed."""

    name: str | None = Field(default=None, alias="Name", description="The task\u0027s name; the swarm usually leaves it out (the CLI shows the service name and slot instead).")
    """The task's name; the swarm usually leaves it out (the CLI shows the service name and slot instead)."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="User metadata, as label to value.")
    """User metadata, as label to value."""

    spec: TaskSpec | None = Field(default=None, alias="Spec", description="What the task runs, copied from the service\u0027s task template.")
    """What the task runs, copied from the service's task template."""

    service_id: str | None = Field(default=None, alias="ServiceID", description="The ID of the service the task belongs to.")
    """The ID of the service the task belongs to."""

    slot: int | None = Field(default=None, alias="Slot", description="The replica number of the task in a replicated service (a replacement keeps the slot).")
    """The replica number of the task in a replicated service (a replacement keeps the slot)."""

    node_id: str | None = Field(default=None, alias="NodeID", description="The ID of the node the task was assigned to.")
    """The ID of the node the task was assigned to."""

    assigned_generic_resources: GenericResources | None = Field(default=None, alias="AssignedGenericResources", description="The user-defined resources (e.g. GPUs) given to this task. API \u003e= 1.32.")
    """The user-defined resources (e.g. GPUs) given to this task. API >= 1.32."""

    status: TaskStatus | None = Field(default=None, alias="Status", description="The task\u0027s observed state and container details.")
    """The task's observed state and container details."""

    desired_state: TaskState | None = Field(default=None, alias="DesiredState", description="The state the swarm wants the task in, e.g. \"running\" or \"shutdown\".")
    """The state the swarm wants the task in, e.g. "running" or "shutdown"."""

    job_iteration: ObjectVersion | None = Field(default=None, alias="JobIteration", description="For a job-mode service, which run of the job this task belongs to. API \u003e= 1.41.")
    """For a job-mode service, which run of the job this task belongs to. API >= 1.41."""

    networks_attachments: list[NetworkAttachment] | None = Field(default=None, alias="NetworksAttachments", description="The networks the task is attached to, with its addresses on each.")
    """The networks the task is attached to, with its addresses on each."""

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
    """What each task of a service runs; a service's TaskTemplate.

    Fields not in every API version: `PluginSpec`: API >= 1.31.; `NetworkAttachmentSpec`: API >= 1.38.; `ForceUpdate`: API >= 1.25.; `Runtime`: API >= 1.30."""

    plugin_spec: TaskSpecPluginSpec | None = Field(default=None, alias="PluginSpec", description="The plugin to install when Runtime is \"plugin\"; excludes ContainerSpec. API \u003e= 1.31.")
    """The plugin to install when Runtime is "plugin"; excludes ContainerSpec. API >= 1.31."""

    container_spec: TaskSpecContainerSpec | None = Field(default=None, alias="ContainerSpec", description="The container to run when Runtime is \"container\" (the usual case).")
    """The container to run when Runtime is "container" (the usual case)."""

    network_attachment_spec: TaskSpecNetworkAttachmentSpec | None = Field(default=None, alias="NetworkAttachmentSpec", description="Set by the swarm for a plain container attached to a swarm network (Runtime \"attachment\"); not for users. API \u003e= 1.38.")
    """Set by the swarm for a plain container attached to a swarm network (Runtime "attachment"); not for users. API >= 1.38."""

    resources: TaskSpecResources | None = Field(default=None, alias="Resources", description="CPU, memory and other limits and reservations for each task.")
    """CPU, memory and other limits and reservations for each task."""

    restart_policy: TaskSpecRestartPolicy | None = Field(default=None, alias="RestartPolicy", description="When and how often the swarm restarts a task\u0027s container.")
    """When and how often the swarm restarts a task's container."""

    placement: TaskSpecPlacement | None = Field(default=None, alias="Placement", description="On which nodes tasks may or should run.")
    """On which nodes tasks may or should run."""

    force_update: int | None = Field(default=None, alias="ForceUpdate", description="A counter; changing it redeploys the tasks even when nothing else changed. API \u003e= 1.25.")
    """A counter; changing it redeploys the tasks even when nothing else changed. API >= 1.25."""

    runtime: str | None = Field(default=None, alias="Runtime", description="What kind of task this is, \"container\", \"plugin\" or \"attachment\". API \u003e= 1.30.")
    """What kind of task this is, "container", "plugin" or "attachment". API >= 1.30."""

    networks: list[NetworkAttachmentConfig] | None = Field(default=None, alias="Networks", description="The networks the tasks join.")
    """The networks the tasks join."""

    log_driver: TaskSpecLogDriver | None = Field(default=None, alias="LogDriver", description="The log driver for the tasks; the swarm\u0027s default, then the engine\u0027s, when unset.")
    """The log driver for the tasks; the swarm's default, then the engine's, when unset."""

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
    """The container each task of a service runs.

    Fields not in every API version: `Hostname`: API >= 1.27.; `Groups`: API >= 1.27.; `Privileges`: API >= 1.29.; `TTY`: API >= 1.25.; `OpenStdin`: API >= 1.27.; `ReadOnly`: API >= 1.27.; `StopSignal`: API >= 1.28.; `HealthCheck`: API >= 1.27.; `Hosts`: API >= 1.27.; `DNSConfig`: API >= 1.25.; `Secrets`: API >= 1.27.; `OomScoreAdj`: API >= 1.46.; `Configs`: API >= 1.30.; `Isolation`: API >= 1.35.; `Init`: API >= 1.38.; `Sysctls`: API >= 1.40.; `CapabilityAdd`: API >= 1.41.; `CapabilityDrop`: API >= 1.41.; `Ulimits`: API >= 1.41."""

    image: str | None = Field(default=None, alias="Image", description="The image to run, e.g. \"nginx:alpine\", possibly pinned by digest.")
    """The image to run, e.g. "nginx:alpine", possibly pinned by digest."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Labels for the containers, as label to value.")
    """Labels for the containers, as label to value."""

    command: list[str] | None = Field(default=None, alias="Command", description="The command to run, replacing the image\u0027s entrypoint, as a list of strings.")
    """The command to run, replacing the image's entrypoint, as a list of strings."""

    args: list[str] | None = Field(default=None, alias="Args", description="Arguments for the command, replacing the image\u0027s CMD.")
    """Arguments for the command, replacing the image's CMD."""

    hostname: str | None = Field(default=None, alias="Hostname", description="The container\u0027s host name; may be a template such as \"{{.Task.Name}}\". API \u003e= 1.27.")
    """The container's host name; may be a template such as "{{.Task.Name}}". API >= 1.27."""

    env: list[str] | None = Field(default=None, alias="Env", description="Environment variables, as \"NAME=value\" strings.")
    """Environment variables, as "NAME=value" strings."""

    dir: str | None = Field(default=None, alias="Dir", description="The working directory inside the container.")
    """The working directory inside the container."""

    user: str | None = Field(default=None, alias="User", description="The user (name or UID, with an optional \":group\") the process runs as.")
    """The user (name or UID, with an optional ":group") the process runs as."""

    groups: list[str] | None = Field(default=None, alias="Groups", description="Extra groups the process belongs to. API \u003e= 1.27.")
    """Extra groups the process belongs to. API >= 1.27."""

    privileges: TaskSpecContainerSpecPrivileges | None = Field(default=None, alias="Privileges", description="Security options (SELinux, seccomp, AppArmor, credential spec, no-new-privileges). API \u003e= 1.29.")
    """Security options (SELinux, seccomp, AppArmor, credential spec, no-new-privileges). API >= 1.29."""

    tty: bool | None = Field(default=None, alias="TTY", description="Whether the container gets a pseudo-terminal. API \u003e= 1.25.")
    """Whether the container gets a pseudo-terminal. API >= 1.25."""

    open_stdin: bool | None = Field(default=None, alias="OpenStdin", description="Whether standard input is kept open. API \u003e= 1.27.")
    """Whether standard input is kept open. API >= 1.27."""

    read_only: bool | None = Field(default=None, alias="ReadOnly", description="Mount the container\u0027s root filesystem read-only. API \u003e= 1.27.")
    """Mount the container's root filesystem read-only. API >= 1.27."""

    mounts: list[Mount] | None = Field(default=None, alias="Mounts", description="Volumes, bind mounts and tmpfs mounts for the container.")
    """Volumes, bind mounts and tmpfs mounts for the container."""

    stop_signal: str | None = Field(default=None, alias="StopSignal", description="The signal that stops the container, e.g. \"SIGTERM\". API \u003e= 1.28.")
    """The signal that stops the container, e.g. "SIGTERM". API >= 1.28."""

    stop_grace_period: int | None = Field(default=None, alias="StopGracePeriod", description="How long to wait after the stop signal before killing the container, in nanoseconds.")
    """How long to wait after the stop signal before killing the container, in nanoseconds."""

    health_check: HealthConfig | None = Field(default=None, alias="HealthCheck", description="The health check to run in the container, overriding the image\u0027s. API \u003e= 1.27.")
    """The health check to run in the container, overriding the image's. API >= 1.27."""

    hosts: list[str] | None = Field(default=None, alias="Hosts", description="Extra /etc/hosts entries, each \"IP host [alias...]\". API \u003e= 1.27.")
    """Extra /etc/hosts entries, each "IP host [alias...]". API >= 1.27."""

    dns_config: TaskSpecContainerSpecDNSConfig | None = Field(default=None, alias="DNSConfig", description="Name servers, search domains and resolver options for /etc/resolv.conf. API \u003e= 1.25.")
    """Name servers, search domains and resolver options for /etc/resolv.conf. API >= 1.25."""

    secrets: list[TaskSpecContainerSpecSecrets] | None = Field(default=None, alias="Secrets", description="The swarm secrets to expose to the container as files. API \u003e= 1.27.")
    """The swarm secrets to expose to the container as files. API >= 1.27."""

    oom_score_adj: int | None = Field(default=None, alias="OomScoreAdj", description="The container\u0027s out-of-memory score adjustment (-1000 to 1000; higher is killed first). API \u003e= 1.46.")
    """The container's out-of-memory score adjustment (-1000 to 1000; higher is killed first). API >= 1.46."""

    configs: list[TaskSpecContainerSpecConfigs] | None = Field(default=None, alias="Configs", description="The swarm configs to expose to the container as files. API \u003e= 1.30.")
    """The swarm configs to expose to the container as files. API >= 1.30."""

    isolation: Literal['default', 'process', 'hyperv', ''] | str | None = Field(default=None, alias="Isolation", description="The isolation technology on Windows, \"default\", \"process\" or \"hyperv\". API \u003e= 1.35.")
    """The isolation technology on Windows, "default", "process" or "hyperv". API >= 1.35."""

    init: bool | None = Field(default=None, alias="Init", description="Run an init process as PID 1 that forwards signals and reaps zombies; the daemon\u0027s default when unset. API \u003e= 1.38.")
    """Run an init process as PID 1 that forwards signals and reaps zombies; the daemon's default when unset. API >= 1.38."""

    sysctls: dict[str, str | None] | None = Field(default=None, alias="Sysctls", description="Namespaced kernel parameters to set, e.g. {\"net.ipv4.ip_forward\": \"1\"}. API \u003e= 1.40.")
    """Namespaced kernel parameters to set, e.g. {"net.ipv4.ip_forward": "1"}. API >= 1.40."""

    capability_add: list[str] | None = Field(default=None, alias="CapabilityAdd", description="Extra kernel capabilities granted on top of the defaults, e.g. [\"CAP_NET_ADMIN\"]. API \u003e= 1.41.")
    """Extra kernel capabilities granted on top of the defaults, e.g. ["CAP_NET_ADMIN"]. API >= 1.41."""

    capability_drop: list[str] | None = Field(default=None, alias="CapabilityDrop", description="Kernel capabilities taken away from the defaults. API \u003e= 1.41.")
    """Kernel capabilities taken away from the defaults. API >= 1.41."""

    ulimits: list[TaskSpecContainerSpecUlimits] | None = Field(default=None, alias="Ulimits", description="Resource limits for the processes, e.g. [{\"Name\": \"nofile\", \"Soft\": 4096, \"Hard\": 8192}]. API \u003e= 1.41.")
    """Resource limits for the processes, e.g. [{"Name": "nofile", "Soft": 4096, "Hard": 8192}]. API >= 1.41."""

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
    """One swarm config exposed to a service's containers.

    Fields not in every API version: `File`: API >= 1.30.; `Runtime`: API >= 1.40.; `ConfigID`: API >= 1.30.; `ConfigName`: API >= 1.30."""

    file: TaskSpecContainerSpecConfigsFile | None = Field(default=None, alias="File", description="Where and how the config appears as a file; excludes Runtime. API \u003e= 1.30.")
    """Where and how the config appears as a file; excludes Runtime. API >= 1.30."""

    runtime: dict[str, Any] | None = Field(default=None, alias="Runtime", description="Use the config without mounting it (e.g. as a Windows credential spec); an empty dict; excludes File. API \u003e= 1.40.")
    """Use the config without mounting it (e.g. as a Windows credential spec); an empty dict; excludes File. API >= 1.40."""

    config_id: str | None = Field(default=None, alias="ConfigID", description="The config\u0027s ID. API \u003e= 1.30.")
    """The config's ID. API >= 1.30."""

    config_name: str | None = Field(default=None, alias="ConfigName", description="The config\u0027s name, for display; the ID is what counts. API \u003e= 1.30.")
    """The config's name, for display; the ID is what counts. API >= 1.30."""

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
    """The file through which a config reaches a container.

    Fields not in every API version: `Name`: API >= 1.30.; `UID`: API >= 1.30.; `GID`: API >= 1.30.; `Mode`: API >= 1.30."""

    name: str | None = Field(default=None, alias="Name", description="The file\u0027s path in the container, e.g. \"/etc/app/app.conf\". API \u003e= 1.30.")
    """The file's path in the container, e.g. "/etc/app/app.conf". API >= 1.30."""

    uid: str | None = Field(default=None, alias="UID", description="The file\u0027s owner, as a numeric user ID in a string, e.g. \"0\". API \u003e= 1.30.")
    """The file's owner, as a numeric user ID in a string, e.g. "0". API >= 1.30."""

    gid: str | None = Field(default=None, alias="GID", description="The file\u0027s group, as a numeric group ID in a string, e.g. \"0\". API \u003e= 1.30.")
    """The file's group, as a numeric group ID in a string, e.g. "0". API >= 1.30."""

    mode: int | None = Field(default=None, alias="Mode", description="The file\u0027s permission bits as an int, e.g. 0o444 (292). API \u003e= 1.30.")
    """The file's permission bits as an int, e.g. 0o444 (292). API >= 1.30."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 30), None),
        "UID": ((1, 30), None),
        "GID": ((1, 30), None),
        "Mode": ((1, 30), None),
    }


class TaskSpecContainerSpecDNSConfig(DockerModel):
    """DNS settings for a service's containers.

    Fields not in every API version: `Nameservers`: API >= 1.25.; `Search`: API >= 1.25."""

    nameservers: list[str] | None = Field(default=None, alias="Nameservers", description="IP addresses of the name servers to use. API \u003e= 1.25.")
    """IP addresses of the name servers to use. API >= 1.25."""

    search: list[str] | None = Field(default=None, alias="Search", description="Domains to search when a host name is not fully qualified. API \u003e= 1.25.")
    """Domains to search when a host name is not fully qualified. API >= 1.25."""

    options: list[str] | None = Field(default=None, alias="Options", description="Resolver options, e.g. [\"ndots:2\", \"timeout:3\"].")
    """Resolver options, e.g. ["ndots:2", "timeout:3"]."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Nameservers": ((1, 25), None),
        "Search": ((1, 25), None),
    }


class TaskSpecContainerSpecPrivileges(DockerModel):
    """Security settings applied to a service's containers.

    Fields not in every API version: `CredentialSpec`: API >= 1.29.; `SELinuxContext`: API >= 1.29.; `Seccomp`: API >= 1.44.; `AppArmor`: API >= 1.44.; `NoNewPrivileges`: API >= 1.44."""

    credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | None = Field(default=None, alias="CredentialSpec", description="The managed service account to use (Windows only). API \u003e= 1.29.")
    """The managed service account to use (Windows only). API >= 1.29."""

    selinux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | None = Field(default=None, alias="SELinuxContext", description="The SELinux labels of the container. API \u003e= 1.29.")
    """The SELinux labels of the container. API >= 1.29."""

    seccomp: TaskSpecContainerSpecPrivilegesSeccomp | None = Field(default=None, alias="Seccomp", description="Which seccomp profile filters the container\u0027s system calls. API \u003e= 1.44.")
    """Which seccomp profile filters the container's system calls. API >= 1.44."""

    app_armor: TaskSpecContainerSpecPrivilegesAppArmor | None = Field(default=None, alias="AppArmor", description="Whether the AppArmor profile applies. API \u003e= 1.44.")
    """Whether the AppArmor profile applies. API >= 1.44."""

    no_new_privileges: bool | None = Field(default=None, alias="NoNewPrivileges", description="Stop the processes from gaining privileges (setuid binaries and the like). API \u003e= 1.44.")
    """Stop the processes from gaining privileges (setuid binaries and the like). API >= 1.44."""

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
    """The AppArmor setting of a container.

    Fields not in every API version: `Mode`: API >= 1.44."""

    mode: Literal['default', 'disabled'] | str | None = Field(default=None, alias="Mode", description="Whether the default AppArmor profile applies, \"default\" or \"disabled\". API \u003e= 1.44.")
    """Whether the default AppArmor profile applies, "default" or "disabled". API >= 1.44."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Mode": ((1, 44), None),
    }


class TaskSpecContainerSpecPrivilegesCredentialSpec(DockerModel):
    """Where a Windows container's credential spec comes from; set exactly one field.

    Fields not in every API version: `Config`: API >= 1.40.; `File`: API >= 1.30.; `Registry`: API >= 1.30."""

    config: str | None = Field(default=None, alias="Config", description="The ID of a swarm config holding the credential spec (the config must also be listed in Configs with Runtime). API \u003e= 1.40.")
    """The ID of a swarm config holding the credential spec (the config must also be listed in Configs with Runtime). API >= 1.40."""

    file: str | None = Field(default=None, alias="File", description="A file in the engine\u0027s CredentialSpecs directory, e.g. \"spec.json\". API \u003e= 1.30.")
    """A file in the engine's CredentialSpecs directory, e.g. "spec.json". API >= 1.30."""

    registry: str | None = Field(default=None, alias="Registry", description="A value name under the engine\u0027s CredentialSpecs registry key. API \u003e= 1.30.")
    """A value name under the engine's CredentialSpecs registry key. API >= 1.30."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Config": ((1, 40), None),
        "File": ((1, 30), None),
        "Registry": ((1, 30), None),
    }


class TaskSpecContainerSpecPrivilegesSELinuxContext(DockerModel):
    """SELinux labels for a container.

    Fields not in every API version: `Disable`: API >= 1.30.; `User`: API >= 1.30.; `Role`: API >= 1.30.; `Type`: API >= 1.30.; `Level`: API >= 1.30."""

    disable: bool | None = Field(default=None, alias="Disable", description="Turn off SELinux labelling for the container. API \u003e= 1.30.")
    """Turn off SELinux labelling for the container. API >= 1.30."""

    user: str | None = Field(default=None, alias="User", description="The SELinux user label. API \u003e= 1.30.")
    """The SELinux user label. API >= 1.30."""

    role: str | None = Field(default=None, alias="Role", description="The SELinux role label. API \u003e= 1.30.")
    """The SELinux role label. API >= 1.30."""

    type: str | None = Field(default=None, alias="Type", description="The SELinux type label. API \u003e= 1.30.")
    """The SELinux type label. API >= 1.30."""

    level: str | None = Field(default=None, alias="Level", description="The SELinux level label, e.g. \"s0:c100,c200\". API \u003e= 1.30.")
    """The SELinux level label, e.g. "s0:c100,c200". API >= 1.30."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Disable": ((1, 30), None),
        "User": ((1, 30), None),
        "Role": ((1, 30), None),
        "Type": ((1, 30), None),
        "Level": ((1, 30), None),
    }


class TaskSpecContainerSpecPrivilegesSeccomp(DockerModel):
    """The seccomp setting of a container.

    Fields not in every API version: `Mode`: API >= 1.44.; `Profile`: API >= 1.44."""

    mode: Literal['default', 'unconfined', 'custom'] | str | None = Field(default=None, alias="Mode", description="Which profile applies, \"default\", \"unconfined\" (none) or \"custom\". API \u003e= 1.44.")
    """Which profile applies, "default", "unconfined" (none) or "custom". API >= 1.44."""

    profile: str | None = Field(default=None, alias="Profile", description="The custom profile, as JSON text; only with Mode \"custom\". API \u003e= 1.44.")
    """The custom profile, as JSON text; only with Mode "custom". API >= 1.44."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Mode": ((1, 44), None),
        "Profile": ((1, 44), None),
    }


class TaskSpecContainerSpecSecrets(DockerModel):
    """One swarm secret exposed to a service's containers.

    Fields not in every API version: `File`: API >= 1.27.; `SecretID`: API >= 1.27.; `SecretName`: API >= 1.27."""

    file: TaskSpecContainerSpecSecretsFile | None = Field(default=None, alias="File", description="Where and how the secret appears as a file. API \u003e= 1.27.")
    """Where and how the secret appears as a file. API >= 1.27."""

    secret_id: str | None = Field(default=None, alias="SecretID", description="The secret\u0027s ID. API \u003e= 1.27.")
    """The secret's ID. API >= 1.27."""

    secret_name: str | None = Field(default=None, alias="SecretName", description="The secret\u0027s name, for display; the ID is what counts. API \u003e= 1.27.")
    """The secret's name, for display; the ID is what counts. API >= 1.27."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "File": ((1, 27), None),
        "SecretID": ((1, 27), None),
        "SecretName": ((1, 27), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "File": "TaskSpecContainerSpecSecretsFile",
    }


class TaskSpecContainerSpecSecretsFile(DockerModel):
    """The file through which a secret reaches a container.

    Fields not in every API version: `Name`: API >= 1.27.; `UID`: API >= 1.27.; `GID`: API >= 1.27.; `Mode`: API >= 1.27."""

    name: str | None = Field(default=None, alias="Name", description="The file\u0027s name under /run/secrets/ in the container, e.g. \"db-password\". API \u003e= 1.27.")
    """The file's name under /run/secrets/ in the container, e.g. "db-password". API >= 1.27."""

    uid: str | None = Field(default=None, alias="UID", description="The file\u0027s owner, as a numeric user ID in a string, e.g. \"0\". API \u003e= 1.27.")
    """The file's owner, as a numeric user ID in a string, e.g. "0". API >= 1.27."""

    gid: str | None = Field(default=None, alias="GID", description="The file\u0027s group, as a numeric group ID in a string, e.g. \"0\". API \u003e= 1.27.")
    """The file's group, as a numeric group ID in a string, e.g. "0". API >= 1.27."""

    mode: int | None = Field(default=None, alias="Mode", description="The file\u0027s permission bits as an int, e.g. 0o400 (256). API \u003e= 1.27.")
    """The file's permission bits as an int, e.g. 0o400 (256). API >= 1.27."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 27), None),
        "UID": ((1, 27), None),
        "GID": ((1, 27), None),
        "Mode": ((1, 27), None),
    }


class TaskSpecContainerSpecUlimits(DockerModel):
    """One resource limit for a container's processes.

    Fields not in every API version: `Name`: API >= 1.41.; `Soft`: API >= 1.41.; `Hard`: API >= 1.41."""

    name: str | None = Field(default=None, alias="Name", description="The limit\u0027s name, e.g. \"nofile\" or \"nproc\". API \u003e= 1.41.")
    """The limit's name, e.g. "nofile" or "nproc". API >= 1.41."""

    soft: int | None = Field(default=None, alias="Soft", description="The soft limit, which processes may raise up to the hard one. API \u003e= 1.41.")
    """The soft limit, which processes may raise up to the hard one. API >= 1.41."""

    hard: int | None = Field(default=None, alias="Hard", description="The hard limit. API \u003e= 1.41.")
    """The hard limit. API >= 1.41."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Name": ((1, 41), None),
        "Soft": ((1, 41), None),
        "Hard": ((1, 41), None),
    }


class TaskSpecLogDriver(DockerModel):
    """The log driver of a service's tasks."""

    name: str | None = Field(default=None, alias="Name", description="The log driver, e.g. \"json-file\", \"local\" or \"journald\".")
    """The log driver, e.g. "json-file", "local" or "journald"."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="Options for the log driver, as strings, e.g. {\"max-size\": \"10m\"}.")
    """Options for the log driver, as strings, e.g. {"max-size": "10m"}."""


class TaskSpecNetworkAttachmentSpec(DockerModel):
    """Set by the swarm for a task that stands for a plain container attached to a swarm network.

    Fields not in every API version: `ContainerID`: API >= 1.38."""

    container_id: str | None = Field(default=None, alias="ContainerID", description="The ID of the container the task stands for. API \u003e= 1.38.")
    """The ID of the container the task stands for. API >= 1.38."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ContainerID": ((1, 38), None),
    }


class TaskSpecPlacement(DockerModel):
    """Where a service's tasks may or should run.

    Fields not in every API version: `Preferences`: API >= 1.28.; `MaxReplicas`: API >= 1.40.; `Platforms`: API >= 1.30."""

    constraints: list[str] | None = Field(default=None, alias="Constraints", description="Rules every chosen node must meet, using == or !=, e.g. [\"node.role==worker\", \"node.labels.zone!=a\"].")
    """Rules every chosen node must meet, using == or !=, e.g. ["node.role==worker", "node.labels.zone!=a"]."""

    preferences: list[TaskSpecPlacementPreferences] | None = Field(default=None, alias="Preferences", description="Soft rules for spreading tasks evenly, applied in order of precedence. API \u003e= 1.28.")
    """Soft rules for spreading tasks evenly, applied in order of precedence. API >= 1.28."""

    max_replicas: int | None = Field(default=None, alias="MaxReplicas", description="The most tasks of the service one node may run; 0 means no limit. API \u003e= 1.40.")
    """The most tasks of the service one node may run; 0 means no limit. API >= 1.40."""

    platforms: list[Platform] | None = Field(default=None, alias="Platforms", description="The platforms the image runs on; tasks go only to matching nodes (no filter when empty). API \u003e= 1.30.")
    """The platforms the image runs on; tasks go only to matching nodes (no filter when empty). API >= 1.30."""

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
    """One placement preference.

    Fields not in every API version: `Spread`: API >= 1.28."""

    spread: TaskSpecPlacementPreferencesSpread | None = Field(default=None, alias="Spread", description="Spread tasks evenly over the values of a node label or attribute. API \u003e= 1.28.")
    """Spread tasks evenly over the values of a node label or attribute. API >= 1.28."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Spread": ((1, 28), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Spread": "TaskSpecPlacementPreferencesSpread",
    }


class TaskSpecPlacementPreferencesSpread(DockerModel):
    """A spread preference.

    Fields not in every API version: `SpreadDescriptor`: API >= 1.28."""

    spread_descriptor: str | None = Field(default=None, alias="SpreadDescriptor", description="The label or attribute to spread over, e.g. \"node.labels.datacenter\". API \u003e= 1.28.")
    """The label or attribute to spread over, e.g. "node.labels.datacenter". API >= 1.28."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "SpreadDescriptor": ((1, 28), None),
    }


class TaskSpecPluginSpec(DockerModel):
    """A plugin a task installs when the task's Runtime is "plugin".

    Fields not in every API version: `Name`: API >= 1.31.; `Remote`: API >= 1.31.; `Disabled`: API >= 1.31.; `PluginPrivilege`: API >= 1.31."""

    name: str | None = Field(default=None, alias="Name", description="The name (alias) the plugin is installed under. API \u003e= 1.31.")
    """The name (alias) the plugin is installed under. API >= 1.31."""

    remote: str | None = Field(default=None, alias="Remote", description="The plugin\u0027s image reference. API \u003e= 1.31.")
    """The plugin's image reference. API >= 1.31."""

    disabled: bool | None = Field(default=None, alias="Disabled", description="Leave the plugin disabled once installed. API \u003e= 1.31.")
    """Leave the plugin disabled once installed. API >= 1.31."""

    plugin_privilege: list[PluginPrivilege] | None = Field(default=None, alias="PluginPrivilege", description="The privileges granted to the plugin. API \u003e= 1.31.")
    """The privileges granted to the plugin. API >= 1.31."""

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
    """The resources each task of a service may use and reserves.

    Fields not in every API version: `SwapBytes`: API >= 1.52.; `MemorySwappiness`: API >= 1.52."""

    limits: Limit | None = Field(default=None, alias="Limits", description="The most each task may use.")
    """The most each task may use."""

    reservations: ResourceObject | None = Field(default=None, alias="Reservations", description="What must be free on a node for a task to be placed there.")
    """What must be free on a node for a task to be placed there."""

    swap_bytes: int | None = Field(default=None, alias="SwapBytes", description="Swap the container may use, in bytes, only with a memory limit; -1 means unlimited, unset means twice the memory limit. API \u003e= 1.52.")
    """Swap the container may use, in bytes, only with a memory limit; -1 means unlimited, unset means twice the memory limit. API >= 1.52."""

    memory_swappiness: int | None = Field(default=None, alias="MemorySwappiness", description="How readily the kernel swaps the container\u0027s memory, 0 to 100; -1 unsets a previous value. API \u003e= 1.52.")
    """How readily the kernel swaps the container's memory, 0 to 100; -1 unsets a previous value. API >= 1.52."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "SwapBytes": ((1, 52), None),
        "MemorySwappiness": ((1, 52), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Limits": "Limit",
        "Reservations": "ResourceObject",
    }


class TaskSpecRestartPolicy(DockerModel):
    """When and how often the swarm restarts a task's container."""

    condition: Literal['none', 'on-failure', 'any'] | str | None = Field(default=None, alias="Condition", description="Restart after \"any\" exit, only \"on-failure\", or \"none\" at all.")
    """Restart after "any" exit, only "on-failure", or "none" at all."""

    delay: int | None = Field(default=None, alias="Delay", description="The wait between two restart attempts, in nanoseconds.")
    """The wait between two restart attempts, in nanoseconds."""

    max_attempts: int | None = Field(default=None, alias="MaxAttempts", description="How many restarts to try before giving up; 0 means no limit.")
    """How many restarts to try before giving up; 0 means no limit."""

    window: int | None = Field(default=None, alias="Window", description="The time window in which restarts count towards MaxAttempts, in nanoseconds; 0 means unbounded.")
    """The time window in which restarts count towards MaxAttempts, in nanoseconds; 0 means unbounded."""


class TaskStatus(DockerModel):
    """The observed state of a task.

    Fields not in every API version: `Err`: API >= 1.25.; `PortStatus`: API >= 1.44."""

    timestamp: str | None = Field(default=None, alias="Timestamp", description="When the task last changed state.")
    """When the task last changed state."""

    state: TaskState | None = Field(default=None, alias="State", description="The task\u0027s state, e.g. \"new\", \"pending\", \"assigned\", \"preparing\", \"starting\", \"running\", \"complete\", \"shutdown\", \"failed\", \"rejected\" or \"orphaned\".")
    """The task's state, e.g. "new", "pending", "assigned", "preparing", "starting", "running", "complete", "shutdown", "failed", "rejected" or "orphaned"."""

    message: str | None = Field(default=None, alias="Message", description="A short description of the state.")
    """A short description of the state."""

    err: str | None = Field(default=None, alias="Err", description="Why the task failed or was rejected, if it did. API \u003e= 1.25.")
    """Why the task failed or was rejected, if it did. API >= 1.25."""

    container_status: ContainerStatus | None = Field(default=None, alias="ContainerStatus", description="The container behind the task, once there is one.")
    """The container behind the task, once there is one."""

    port_status: PortStatus | None = Field(default=None, alias="PortStatus", description="Ports the task publishes directly on its node (host publish mode). API \u003e= 1.44.")
    """Ports the task publishes directly on its node (host publish mode). API >= 1.44."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Err": ((1, 25), None),
        "PortStatus": ((1, 44), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ContainerStatus": "ContainerStatus",
        "PortStatus": "PortStatus",
    }


class ThrottleDevice(DockerModel):
    """A rate limit on one block device."""

    path: str | None = Field(default=None, alias="Path", description="Device path on the host, e.g. \"/dev/sda\".")
    """Device path on the host, e.g. "/dev/sda"."""

    rate: int | None = Field(default=None, alias="Rate", description="The limit, in bytes per second or I/O operations per second depending on the field that holds it.")
    """The limit, in bytes per second or I/O operations per second depending on the field that holds it."""


class Topology(DockerModel):
    """A location in a storage plugin's topology, e.g. a region or a rack.

    Fields not in every API version: `Segments`: API >= 1.42."""

    segments: dict[str, str | None] | None = Field(default=None, alias="Segments", description="The location as key-value pairs, e.g. {\"region\": \"eu-1\", \"zone\": \"b\"}. API \u003e= 1.42.")
    """The location as key-value pairs, e.g. {"region": "eu-1", "zone": "b"}. API >= 1.42."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Segments": ((1, 42), None),
    }


class Volume(DockerModel):
    """A volume as the daemon describes it.

    Fields not in every API version: `CreatedAt`: API >= 1.31.; `ClusterVolume`: API >= 1.42.; `UsageData`: API >= 1.25."""

    name: str | None = Field(default=None, alias="Name", description="The volume\u0027s name (a long random hex string for an anonymous volume).")
    """The volume's name (a long random hex string for an anonymous volume)."""

    driver: str | None = Field(default=None, alias="Driver", description="The volume driver, \"local\" or a plugin\u0027s name.")
    """The volume driver, "local" or a plugin's name."""

    mountpoint: str | None = Field(default=None, alias="Mountpoint", description="Where the volume\u0027s data lives on the host, e.g. \"/var/lib/docker/volumes/data/_data\".")
    """Where the volume's data lives on the host, e.g. "/var/lib/docker/volumes/data/_data"."""

    created_at: str | None = Field(default=None, alias="CreatedAt", description="When the volume was created. API \u003e= 1.31.")
    """When the volume was created. API >= 1.31."""

    status: dict[str, dict[str, Any] | None] | None = Field(default=None, alias="Status", description="Driver-specific details about the volume\u0027s state, when the driver reports any.")
    """Driver-specific details about the volume's state, when the driver reports any."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="User metadata, as label to value.")
    """User metadata, as label to value."""

    scope: Literal['local', 'global'] | str | None = Field(default=None, alias="Scope", description="Whether the volume exists on this host only (\"local\") or across the cluster (\"global\").")
    """Whether the volume exists on this host only ("local") or across the cluster ("global")."""

    cluster_volume: ClusterVolume | None = Field(default=None, alias="ClusterVolume", description="Swarm details, present only for a cluster (CSI) volume. API \u003e= 1.42.")
    """Swarm details, present only for a cluster (CSI) volume. API >= 1.42."""

    options: dict[str, str | None] | None = Field(default=None, alias="Options", description="The driver options the volume was created with.")
    """The driver options the volume was created with."""

    usage_data: VolumeUsageData | None = Field(default=None, alias="UsageData", description="Disk usage figures; only filled in by the disk-usage report (df), not by list or inspect. API \u003e= 1.25.")
    """Disk usage figures; only filled in by the disk-usage report (df), not by list or inspect. API >= 1.25."""

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
    """The body of create_volume.

    Fields not in every API version: `ClusterVolumeSpec`: API >= 1.42."""

    name: str | None = Field(default=None, alias="Name", description="The volume\u0027s name; the daemon generates one when it is empty.")
    """The volume's name; the daemon generates one when it is empty."""

    driver: str | None = Field(default=None, alias="Driver", description="Volume driver, e.g. \"local\".")
    """Volume driver, e.g. "local"."""

    driver_opts: dict[str, str | None] | None = Field(default=None, alias="DriverOpts", description="Driver-specific options, e.g. for \"local\" {\"type\": \"tmpfs\", \"device\": \"tmpfs\"}.")
    """Driver-specific options, e.g. for "local" {"type": "tmpfs", "device": "tmpfs"}."""

    labels: dict[str, str | None] | None = Field(default=None, alias="Labels", description="Metadata labels.")
    """Metadata labels."""

    cluster_volume_spec: ClusterVolumeSpec | None = Field(default=None, alias="ClusterVolumeSpec", description="Settings of a cluster (swarm CSI) volume. API \u003e= 1.42.")
    """Settings of a cluster (swarm CSI) volume. API >= 1.42."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "ClusterVolumeSpec": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "ClusterVolumeSpec": "ClusterVolumeSpec",
    }


class VolumeListResponse(DockerModel):
    """What volumes returns."""

    volumes: list[Volume] | None = Field(default=None, alias="Volumes", description="The volumes found; may be None when there are none.")
    """The volumes found; may be None when there are none."""

    warnings: list[str] | None = Field(default=None, alias="Warnings", description="Notes from volume drivers that could not be listed, or None.")
    """Notes from volume drivers that could not be listed, or None."""
    __wire_models__: ClassVar[dict[str, str]] = {
        "Volumes": "Volume",
    }


class VolumePruneResponse(DockerModel):
    """What prune_volumes returns.

    Fields not in every API version: `VolumesDeleted`: API >= 1.25.; `SpaceReclaimed`: API >= 1.25."""

    volumes_deleted: list[str] | None = Field(default=None, alias="VolumesDeleted", description="The names of the volumes that were removed. API \u003e= 1.25.")
    """The names of the volumes that were removed. API >= 1.25."""

    space_reclaimed: int | None = Field(default=None, alias="SpaceReclaimed", description="Disk space freed, in bytes. API \u003e= 1.25.")
    """Disk space freed, in bytes. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "VolumesDeleted": ((1, 25), None),
        "SpaceReclaimed": ((1, 25), None),
    }


class VolumeUpdateRequest(DockerModel):
    """The body of update_volume, for cluster volumes.

    Fields not in every API version: `Spec`: API >= 1.42."""

    spec: ClusterVolumeSpec | None = Field(default=None, alias="Spec", description="The cluster volume\u0027s new settings. API \u003e= 1.42.")
    """The cluster volume's new settings. API >= 1.42."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "Spec": ((1, 42), None),
    }
    __wire_models__: ClassVar[dict[str, str]] = {
        "Spec": "ClusterVolumeSpec",
    }


class VolumeUsageData(DockerModel):
    """Disk usage of one volume, as the disk-usage report (df) gives it.

    Fields not in every API version: `RefCount`: API >= 1.25."""

    size: int | None = Field(default=None, alias="Size", description="Bytes the volume uses on disk, or -1 when the driver cannot tell.")
    """Bytes the volume uses on disk, or -1 when the driver cannot tell."""

    ref_count: int | None = Field(default=None, alias="RefCount", description="How many containers use the volume, or -1 when unknown. API \u003e= 1.25.")
    """How many containers use the volume, or -1 when unknown. API >= 1.25."""

    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
        "RefCount": ((1, 25), None),
    }


class VolumesDiskUsage(DockerModel):
    """Disk usage of volumes, in df().

    Fields not in every API version: `ActiveCount`: API >= 1.52.; `TotalCount`: API >= 1.52.; `Reclaimable`: API >= 1.52.; `TotalSize`: API >= 1.52.; `Items`: API >= 1.52."""

    active_count: int | None = Field(default=None, alias="ActiveCount", description="Volumes used by at least one container. API \u003e= 1.52.")
    """Volumes used by at least one container. API >= 1.52."""

    total_count: int | None = Field(default=None, alias="TotalCount", description="All volumes. API \u003e= 1.52.")
    """All volumes. API >= 1.52."""

    reclaimable: int | None = Field(default=None, alias="Reclaimable", description="Bytes that removing unused volumes would free. API \u003e= 1.52.")
    """Bytes that removing unused volumes would free. API >= 1.52."""

    total_size: int | None = Field(default=None, alias="TotalSize", description="Bytes all volumes take. API \u003e= 1.52.")
    """Bytes all volumes take. API >= 1.52."""

    items_: list[Any] | None = Field(default=None, alias="Items", description="The volumes one by one; only with df(verbose=True). API \u003e= 1.52.")
    """The volumes one by one; only with df(verbose=True). API >= 1.52."""

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
