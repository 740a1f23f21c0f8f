# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SystemInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    Commit: Any,
    ContainerdInfo: Any,
    DeviceInfo: Any,
    FirewallInfo: Any,
    GenericResources: Any,
    NRIInfo: Any,
    PluginsInfo: Any,
    RegistryServiceConfig: Any,
    Runtime: Any,
    SwarmInfo: Any,
    SystemInfoDefaultAddressPools: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SystemInfo(DockerModel):
        """A description of the daemon and its host, from info().

        Fields not in every API version: `CPUSet`: API >= 1.32.; `PidsLimit`: API >= 1.40.; `LoggingDriver`: API >= 1.32.; `CgroupVersion`: API >= 1.41.; `OSVersion`: API >= 1.41.; `GenericResources`: API >= 1.32.; `Runtimes`: API >= 1.32.; `DefaultRuntime`: API >= 1.32.; `Swarm`: API >= 1.32.; `LiveRestoreEnabled`: API >= 1.32.; `Isolation`: API >= 1.25.; `InitBinary`: API >= 1.32.; `ContainerdCommit`: API >= 1.32.; `RuncCommit`: API >= 1.32.; `InitCommit`: API >= 1.32.; `ProductLicense`: API >= 1.39.; `DefaultAddressPools`: API >= 1.41.; `FirewallBackend`: API >= 1.49.; `DiscoveredDevices`: API >= 1.50.; `NRI`: API >= 1.53.; `Warnings`: API >= 1.39.; `CDISpecDirs`: API >= 1.44.; `Containerd`: API >= 1.46.; `BridgeNfIp6tables`: API >= 1.32. Not in API >= 1.50.; `BridgeNfIptables`: API >= 1.32. Not in API >= 1.50.; `ClusterAdvertise`: API >= 1.32. Not in API >= 1.42.; `ClusterStore`: API >= 1.32. Not in API >= 1.42.; `DiscoveryBackend`: API >= 1.25. Not in API >= 1.32.; `InitPath`: Not in API >= 1.32.; `InitSha1`: Not in API >= 1.32.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52.; `OomScoreAdj`: Not in API >= 1.32.; `SystemStatus`: Not in API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "SystemInfo"

        id: str | None = Field(
            default=None, alias="ID", description="An identifier of the daemon; its format is not guaranteed."
        )

        containers: int | None = Field(
            default=None, alias="Containers", description="How many containers exist, in any state."
        )

        containers_running: int | None = Field(
            default=None, alias="ContainersRunning", description="How many containers are running."
        )

        containers_paused: int | None = Field(
            default=None, alias="ContainersPaused", description="How many containers are paused."
        )

        containers_stopped: int | None = Field(
            default=None, alias="ContainersStopped", description="How many containers are stopped."
        )

        images: int | None = Field(
            default=None, alias="Images", description="How many images are in the local store."
        )

        driver: str | None = Field(
            default=None,
            alias="Driver",
            description='The storage driver, e.g. "overlay2" or "overlayfs" (containerd snapshotter).',
        )

        driver_status: list[list[str]] | None = Field(
            default=None,
            alias="DriverStatus",
            description="Details from the storage driver, as [label, value] pairs.",
        )

        docker_root_dir: str | None = Field(
            default=None,
            alias="DockerRootDir",
            description='The daemon\u0027s data directory, e.g. "/var/lib/docker".',
        )

        plugins: PluginsInfo | None = Field(
            default=None,
            alias="Plugins",
            description="The plugins available, by kind (volume, network, authorization, log).",
        )

        memory_limit: bool | None = Field(
            default=None, alias="MemoryLimit", description="Whether the host supports memory limits."
        )

        swap_limit: bool | None = Field(
            default=None, alias="SwapLimit", description="Whether the host supports swap limits."
        )

        cpu_cfs_period: bool | None = Field(
            default=None,
            alias="CpuCfsPeriod",
            description="Whether the host supports the CFS scheduler period (cpu_period).",
        )

        cpu_cfs_quota: bool | None = Field(
            default=None,
            alias="CpuCfsQuota",
            description="Whether the host supports the CFS scheduler quota (cpu_quota).",
        )

        cpu_shares: bool | None = Field(
            default=None, alias="CPUShares", description="Whether the host supports CPU shares."
        )

        cpu_set: bool | None = Field(
            default=None,
            alias="CPUSet",
            description="Whether the host supports pinning to CPUs and memory nodes (cpuset). API \u003e= 1.32.",
        )

        pids_limit: bool | None = Field(
            default=None,
            alias="PidsLimit",
            description="Whether the host supports a limit on the number of processes. API \u003e= 1.40.",
        )

        oom_kill_disable: bool | None = Field(
            default=None,
            alias="OomKillDisable",
            description="Whether the OOM killer can be turned off for a container.",
        )

        ipv4_forwarding: bool | None = Field(
            default=None, alias="IPv4Forwarding", description="Whether IPv4 forwarding is on in the host."
        )

        debug: bool | None = Field(
            default=None, alias="Debug", description="Whether the daemon runs in debug mode."
        )

        n_fd: int | None = Field(
            default=None,
            alias="NFd",
            description="Open file descriptors of the daemon process (filled in debug mode only).",
        )

        n_goroutines: int | None = Field(
            default=None,
            alias="NGoroutines",
            description="Goroutines running in the daemon (filled in debug mode only).",
        )

        system_time: str | None = Field(
            default=None,
            alias="SystemTime",
            description="The host\u0027s current time, as an RFC 3339 string with nanoseconds.",
        )

        logging_driver: str | None = Field(
            default=None,
            alias="LoggingDriver",
            description='The default logging driver for containers, e.g. "json-file". API \u003e= 1.32.',
        )

        cgroup_driver: Literal["cgroupfs", "systemd", "none"] | str | None = Field(
            default=None,
            alias="CgroupDriver",
            description='How the daemon manages cgroups, "cgroupfs", "systemd" or "none".',
        )

        cgroup_version: Literal["1", "2"] | str | None = Field(
            default=None,
            alias="CgroupVersion",
            description='The cgroup version of the host, "1" or "2". API \u003e= 1.41.',
        )

        n_events_listener: int | None = Field(
            default=None,
            alias="NEventsListener",
            description="How many clients are listening to events right now.",
        )

        kernel_version: str | None = Field(
            default=None,
            alias="KernelVersion",
            description='The host\u0027s kernel version, e.g. "6.1.0-18-amd64".',
        )

        operating_system: str | None = Field(
            default=None,
            alias="OperatingSystem",
            description='The host\u0027s OS by name, e.g. "Debian GNU/Linux 12 (bookworm)" or "Docker Desktop".',
        )

        os_version: str | None = Field(
            default=None,
            alias="OSVersion",
            description='The host\u0027s OS version, e.g. "12"; its format is not guaranteed. API \u003e= 1.41.',
        )

        os_type: str | None = Field(
            default=None,
            alias="OSType",
            description='The kind of OS containers run on, "linux" or "windows".',
        )

        architecture: str | None = Field(
            default=None,
            alias="Architecture",
            description='The host\u0027s CPU architecture as the kernel names it, e.g. "x86_64" or "aarch64".',
        )

        ncpu: int | None = Field(default=None, alias="NCPU", description="CPUs available to the daemon.")

        mem_total: int | None = Field(
            default=None, alias="MemTotal", description="Memory of the host, in bytes."
        )

        index_server_address: str | None = Field(
            default=None,
            alias="IndexServerAddress",
            description='The registry used for search and as the default for login, normally "https://index.docker.io/v1/".',
        )

        registry_config: RegistryServiceConfig | None = Field(
            default=None,
            alias="RegistryConfig",
            description="The daemon\u0027s registry settings (insecure registries, mirrors).",
        )

        generic_resources: GenericResources | None = Field(
            default=None,
            alias="GenericResources",
            description="User-defined resources (such as GPUs) this node announces to a swarm. API \u003e= 1.32.",
        )

        http_proxy: str | None = Field(
            default=None,
            alias="HttpProxy",
            description="The HTTP proxy the daemon uses, with any password masked.",
        )

        https_proxy: str | None = Field(
            default=None,
            alias="HttpsProxy",
            description="The HTTPS proxy the daemon uses, with any password masked.",
        )

        no_proxy: str | None = Field(
            default=None,
            alias="NoProxy",
            description="Hosts the daemon reaches without a proxy, comma-separated.",
        )

        name: str | None = Field(default=None, alias="Name", description="The host\u0027s name.")

        labels: list[str] | None = Field(
            default=None,
            alias="Labels",
            description='The daemon\u0027s labels, as "key=value" strings from its configuration.',
        )

        experimental_build: bool | None = Field(
            default=None, alias="ExperimentalBuild", description="Whether experimental features are on."
        )

        server_version: str | None = Field(
            default=None, alias="ServerVersion", description='The engine\u0027s version, e.g. "28.5.2".'
        )

        runtimes: dict[str, Runtime | None] | None = Field(
            default=None,
            alias="Runtimes",
            description='The OCI runtimes containers can use, by name (e.g. "runc"). API \u003e= 1.32.',
        )

        default_runtime: str | None = Field(
            default=None,
            alias="DefaultRuntime",
            description='The runtime used when a container names none, e.g. "runc". API \u003e= 1.32.',
        )

        swarm: SwarmInfo | None = Field(
            default=None,
            alias="Swarm",
            description="This node\u0027s swarm state and, on a manager, the cluster\u0027s. API \u003e= 1.32.",
        )

        live_restore_enabled: bool | None = Field(
            default=None,
            alias="LiveRestoreEnabled",
            description="Whether containers keep running while the daemon restarts (live-restore). API \u003e= 1.32.",
        )

        isolation: Literal["default", "hyperv", "process", ""] | str | None = Field(
            default=None,
            alias="Isolation",
            description='The default isolation of containers on Windows, "process" or "hyperv"; "default" or empty on Linux. API \u003e= 1.25.',
        )

        init_binary: str | None = Field(
            default=None,
            alias="InitBinary",
            description='Name or path of the init program used by containers started with init=True, e.g. "docker-init". API \u003e= 1.32.',
        )

        containerd_commit: Commit | None = Field(
            default=None,
            alias="ContainerdCommit",
            description="The containerd build in use. API \u003e= 1.32.",
        )

        runc_commit: Commit | None = Field(
            default=None, alias="RuncCommit", description="The runc build in use. API \u003e= 1.32."
        )

        init_commit: Commit | None = Field(
            default=None,
            alias="InitCommit",
            description="The build of the init program in use. API \u003e= 1.32.",
        )

        security_options: list[str] | None = Field(
            default=None,
            alias="SecurityOptions",
            description='The security features on, as "name=...,key=value" strings, e.g. "name=seccomp,profile=builtin".',
        )

        product_license: str | None = Field(
            default=None,
            alias="ProductLicense",
            description='The license the engine runs under, in short, e.g. "Community Engine". API \u003e= 1.39.',
        )

        default_address_pools: list[SystemInfoDefaultAddressPools] | None = Field(
            default=None,
            alias="DefaultAddressPools",
            description='The pools local networks get subnets from, e.g. Base "172.17.0.0/16" cut into Size 24 subnets. API \u003e= 1.41.',
        )

        firewall_backend: FirewallInfo | None = Field(
            default=None,
            alias="FirewallBackend",
            description="The firewall the daemon configures, e.g. iptables or nftables (Linux only). API \u003e= 1.49.",
        )

        discovered_devices: list[DeviceInfo] | None = Field(
            default=None,
            alias="DiscoveredDevices",
            description="Devices (such as CDI GPUs) the daemon found and containers can request. API \u003e= 1.50.",
        )

        nri: NRIInfo | None = Field(
            default=None,
            alias="NRI",
            description="Node Resource Interface details; present only when NRI is on. API \u003e= 1.53.",
        )

        warnings: list[str] | None = Field(
            default=None,
            alias="Warnings",
            description="Warnings about the daemon\u0027s configuration, meant to be shown to the user. API \u003e= 1.39.",
        )

        cdi_spec_dirs: list[str] | None = Field(
            default=None,
            alias="CDISpecDirs",
            description="Directories searched for Container Device Interface specs; empty when CDI is off. API \u003e= 1.44.",
        )

        containerd: ContainerdInfo | None = Field(
            default=None,
            alias="Containerd",
            description="How to reach the containerd the daemon uses, for debugging. API \u003e= 1.46.",
        )

        bridge_nf_ip6tables: bool | None = Field(
            default=None,
            alias="BridgeNfIp6tables",
            description="Whether bridged IPv6 traffic passes through ip6tables; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.50.",
        )

        bridge_nf_iptables: bool | None = Field(
            default=None,
            alias="BridgeNfIptables",
            description="Whether bridged IPv4 traffic passes through iptables; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.50.",
        )

        cluster_advertise: str | None = Field(
            default=None,
            alias="ClusterAdvertise",
            description="Address advertised to a key-value cluster store (legacy overlay networking); dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.42.",
        )

        cluster_store: str | None = Field(
            default=None,
            alias="ClusterStore",
            description="URL of a key-value cluster store (legacy overlay networking); dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.42.",
        )

        discovery_backend: str | None = Field(
            default=None,
            alias="DiscoveryBackend",
            description="The discovery backend of the legacy cluster store; dropped long ago. API \u003e= 1.25. Not in API \u003e= 1.32.",
        )

        init_path: str | None = Field(
            default=None,
            alias="InitPath",
            description="Path of the init program; replaced by InitBinary long ago. Not in API \u003e= 1.32.",
        )

        init_sha1: str | None = Field(
            default=None,
            alias="InitSha1",
            description="Checksum of the init program; dropped long ago. Not in API \u003e= 1.32.",
        )

        kernel_memory: bool | None = Field(
            default=None,
            alias="KernelMemory",
            description="Whether kernel memory limits are supported; dropped from newer API versions. Not in API \u003e= 1.42.",
        )

        kernel_memory_tcp: bool | None = Field(
            default=None,
            alias="KernelMemoryTCP",
            description="Whether kernel TCP memory limits are supported; dropped from newer API versions. API \u003e= 1.40. Not in API \u003e= 1.52.",
        )

        oom_score_adj: int | None = Field(
            default=None,
            alias="OomScoreAdj",
            description="The daemon\u0027s OOM score adjustment; dropped long ago. Not in API \u003e= 1.32.",
        )

        system_status: list[list[str]] | None = Field(
            default=None,
            alias="SystemStatus",
            description="Extra status pairs (used by Swarm classic); dropped from newer API versions. Not in API \u003e= 1.41.",
        )

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

    return SystemInfo
