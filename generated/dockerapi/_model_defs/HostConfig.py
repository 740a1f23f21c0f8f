# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.HostConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    DeviceMapping: Any,
    DeviceRequest: Any,
    HostConfigBlkioWeightDevice: Any,
    HostConfigLogConfig: Any,
    HostConfigUlimits: Any,
    Mount: Any,
    PortMap: Any,
    RestartPolicy: Any,
    ThrottleDevice: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class HostConfig(DockerModel):
        """The host-side settings of a container (resources, mounts, published ports, namespaces, restart policy), sent at creation (create_host_config builds it) and reported by inspect_container.

        Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.25.; `CpuCount`: API >= 1.25.; `AutoRemove`: API >= 1.25.; `Mounts`: API >= 1.25.; `ConsoleSize`: API >= 1.25.; `Annotations`: API >= 1.43.; `CgroupnsMode`: API >= 1.41.; `Cgroup`: API >= 1.25.; `UTSMode`: API >= 1.25.; `Runtime`: API >= 1.25.; `Isolation`: API >= 1.25.; `MaskedPaths`: API >= 1.38.; `ReadonlyPaths`: API >= 1.38.; `Capabilities`: API >= 1.40. Not in API >= 1.41.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "HostConfig"

        cpu_shares: int | None = Field(
            default=None,
            alias="CpuShares",
            description="Relative CPU weight against other containers, used only when CPUs are contended (1024 is the usual baseline).",
        )

        memory: int | None = Field(
            default=None, alias="Memory", description="Hard memory limit in bytes; 0 means no limit."
        )

        cgroup_parent: str | None = Field(
            default=None,
            alias="CgroupParent",
            description="Parent cgroup for the container\u0027s own cgroup; a relative path is resolved against the daemon\u0027s own cgroup, and missing ones are made too.",
        )

        blkio_weight: int | None = Field(
            default=None,
            alias="BlkioWeight",
            description="Relative block I/O weight, 10 to 1000 (0 leaves it unset).",
        )

        blkio_weight_device: list[HostConfigBlkioWeightDevice] | None = Field(
            default=None,
            alias="BlkioWeightDevice",
            description="Per-device block I/O weights, each a Path and a Weight.",
        )

        blkio_device_read_bps: list[ThrottleDevice] | None = Field(
            default=None,
            alias="BlkioDeviceReadBps",
            description="Per-device read limits in bytes per second, each a Path and a Rate.",
        )

        blkio_device_write_bps: list[ThrottleDevice] | None = Field(
            default=None,
            alias="BlkioDeviceWriteBps",
            description="Per-device write limits in bytes per second, each a Path and a Rate.",
        )

        blkio_device_read_iops: list[ThrottleDevice] | None = Field(
            default=None,
            alias="BlkioDeviceReadIOps",
            description="Per-device read limits in I/O operations per second, each a Path and a Rate.",
        )

        blkio_device_write_iops: list[ThrottleDevice] | None = Field(
            default=None,
            alias="BlkioDeviceWriteIOps",
            description="Per-device write limits in I/O operations per second, each a Path and a Rate.",
        )

        cpu_period: int | None = Field(
            default=None,
            alias="CpuPeriod",
            description="Length of the CFS scheduler period in microseconds (the kernel default is 100000).",
        )

        cpu_quota: int | None = Field(
            default=None,
            alias="CpuQuota",
            description="CPU time the container may use per CFS period, in microseconds; -1 or 0 means no limit.",
        )

        cpu_realtime_period: int | None = Field(
            default=None,
            alias="CpuRealtimePeriod",
            description="Real-time scheduler period in microseconds; 0 gives no real-time time. API \u003e= 1.25.",
        )

        cpu_realtime_runtime: int | None = Field(
            default=None,
            alias="CpuRealtimeRuntime",
            description="Real-time CPU time per real-time period, in microseconds; 0 gives no real-time time. API \u003e= 1.25.",
        )

        cpuset_cpus: str | None = Field(
            default=None,
            alias="CpusetCpus",
            description='CPUs the container may run on, e.g. "0-3" or "0,2".',
        )

        cpuset_mems: str | None = Field(
            default=None,
            alias="CpusetMems",
            description='NUMA memory nodes the container may use, e.g. "0-1"; matters only on NUMA hosts.',
        )

        devices: list[DeviceMapping] | None = Field(
            default=None, alias="Devices", description="Host devices made available inside the container."
        )

        device_cgroup_rules: list[str] | None = Field(
            default=None,
            alias="DeviceCgroupRules",
            description='Device cgroup rules such as "c 1:3 mr" (type, major:minor, access). API \u003e= 1.28.',
        )

        device_requests: list[DeviceRequest] | None = Field(
            default=None,
            alias="DeviceRequests",
            description="Requests for devices handed to a device driver, such as GPUs. API \u003e= 1.40.",
        )

        memory_reservation: int | None = Field(
            default=None,
            alias="MemoryReservation",
            description="Soft memory limit in bytes, enforced when the host runs short of memory.",
        )

        memory_swap: int | None = Field(
            default=None,
            alias="MemorySwap",
            description="Limit on memory plus swap in bytes; -1 allows unlimited swap.",
        )

        memory_swappiness: int | None = Field(
            default=None,
            alias="MemorySwappiness",
            description="How readily the kernel swaps out the container\u0027s anonymous pages, 0 to 100.",
        )

        nano_cpus: int | None = Field(
            default=None,
            alias="NanoCpus",
            description="CPU limit in billionths of a CPU; 1500000000 is one and a half CPUs. API \u003e= 1.25.",
        )

        oom_kill_disable: bool | None = Field(
            default=None,
            alias="OomKillDisable",
            description="Whether the kernel\u0027s OOM killer is kept from killing the container\u0027s processes.",
        )

        init: bool | None = Field(
            default=None,
            alias="Init",
            description="Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon\u0027s default. API \u003e= 1.25.",
        )

        pids_limit: int | None = Field(
            default=None,
            alias="PidsLimit",
            description="Maximum number of processes in the container; 0 or -1 means unlimited.",
        )

        ulimits: list[HostConfigUlimits] | None = Field(
            default=None,
            alias="Ulimits",
            description="Resource limits (ulimits) for processes in the container, each with a Name and Soft and Hard values.",
        )

        cpu_count: int | None = Field(
            default=None,
            alias="CpuCount",
            description="Number of usable CPUs, on Windows only (takes precedence over CpuShares and CpuPercent there). API \u003e= 1.25.",
        )

        cpu_percent: int | None = Field(
            default=None,
            alias="CpuPercent",
            description="Usable share of the CPUs as a percentage, on Windows only.",
        )

        io_maximum_iops: int | None = Field(
            default=None,
            alias="IOMaximumIOps",
            description="Maximum I/O operations per second on the system drive, on Windows only.",
        )

        io_maximum_bandwidth: int | None = Field(
            default=None,
            alias="IOMaximumBandwidth",
            description="Maximum I/O on the system drive in bytes per second, on Windows only.",
        )

        binds: list[str] | None = Field(
            default=None,
            alias="Binds",
            description='Bind mounts and volumes as "source:target[:options]" strings, e.g. "/srv/data:/data:ro".',
        )

        container_id_file: str | None = Field(
            default=None,
            alias="ContainerIDFile",
            description="Path of a file on the daemon\u0027s host into which the container ID is written.",
        )

        log_config: HostConfigLogConfig | None = Field(
            default=None, alias="LogConfig", description="The logging driver and its options."
        )

        network_mode: str | None = Field(
            default=None,
            alias="NetworkMode",
            description='The network stack the container uses, e.g. "bridge", "host", "none", "container:NAME", or the name of a user-defined network.',
        )

        port_bindings: PortMap | None = Field(
            default=None,
            alias="PortBindings",
            description='Published ports, from "port/protocol" to the host addresses and ports bound to it.',
        )

        restart_policy: RestartPolicy | None = Field(
            default=None, alias="RestartPolicy", description="What the daemon does when the container exits."
        )

        auto_remove: bool | None = Field(
            default=None,
            alias="AutoRemove",
            description="Whether the container is removed as soon as its process exits (ignored with a restart policy). API \u003e= 1.25.",
        )

        volume_driver: str | None = Field(
            default=None,
            alias="VolumeDriver",
            description="Volume driver used for the volumes this container creates by name.",
        )

        volumes_from: list[str] | None = Field(
            default=None,
            alias="VolumesFrom",
            description='Containers whose volumes are mounted too, as "name[:ro|rw]" strings.',
        )

        mounts: list[Mount] | None = Field(
            default=None,
            alias="Mounts",
            description="Mounts given in structured form (bind, volume, tmpfs, image...). API \u003e= 1.25.",
        )

        console_size: list[int] | None = Field(
            default=None,
            alias="ConsoleSize",
            description="Initial terminal size as [height, width] in characters. API \u003e= 1.25.",
        )

        annotations: dict[str, str | None] | None = Field(
            default=None,
            alias="Annotations",
            description="Free key-value metadata handed to the OCI runtime. API \u003e= 1.43.",
        )

        cap_add: list[str] | None = Field(
            default=None,
            alias="CapAdd",
            description='Linux capabilities granted on top of the default set, e.g. ["NET_ADMIN"].',
        )

        cap_drop: list[str] | None = Field(
            default=None,
            alias="CapDrop",
            description='Linux capabilities removed from the default set, e.g. ["MKNOD"] or ["ALL"].',
        )

        cgroupns_mode: Literal["private", "host"] | str | None = Field(
            default=None,
            alias="CgroupnsMode",
            description='Cgroup namespace mode, "private" or "host"; empty means the daemon\u0027s default. API \u003e= 1.41.',
        )

        dns: list[str] | None = Field(
            default=None, alias="Dns", description="DNS server addresses the container uses."
        )

        dns_options: list[str] | None = Field(
            default=None,
            alias="DnsOptions",
            description='Resolver options for /etc/resolv.conf, e.g. ["ndots:2"].',
        )

        dns_search: list[str] | None = Field(
            default=None, alias="DnsSearch", description="DNS search domains."
        )

        extra_hosts: list[str] | None = Field(
            default=None,
            alias="ExtraHosts",
            description='Additional /etc/hosts lines as "hostname:address" strings.',
        )

        group_add: list[str] | None = Field(
            default=None,
            alias="GroupAdd",
            description="Extra groups (names or GIDs as strings) for the container\u0027s process.",
        )

        ipc_mode: str | None = Field(
            default=None,
            alias="IpcMode",
            description='IPC namespace mode, "none", "private", "shareable", "host" or "container:NAME"; empty means the daemon\u0027s default.',
        )

        cgroup: str | None = Field(
            default=None,
            alias="Cgroup",
            description='The cgroup the container joins, written "container:NAME". API \u003e= 1.25.',
        )

        links: list[str] | None = Field(
            default=None,
            alias="Links",
            description='Legacy links to other containers, as "name:alias" strings.',
        )

        oom_score_adj: int | None = Field(
            default=None,
            alias="OomScoreAdj",
            description="Adjustment to the OOM killer\u0027s score for the container\u0027s processes, -1000 to 1000.",
        )

        pid_mode: str | None = Field(
            default=None,
            alias="PidMode",
            description='PID namespace mode, "host" or "container:NAME"; empty means a private namespace.',
        )

        privileged: bool | None = Field(
            default=None,
            alias="Privileged",
            description="Whether the container gets almost every capability and access to all host devices.",
        )

        publish_all_ports: bool | None = Field(
            default=None,
            alias="PublishAllPorts",
            description="Whether every exposed port is published on a random host port.",
        )

        readonly_rootfs: bool | None = Field(
            default=None,
            alias="ReadonlyRootfs",
            description="Whether the root filesystem is mounted read-only.",
        )

        security_opt: list[str] | None = Field(
            default=None,
            alias="SecurityOpt",
            description='Security options such as "no-new-privileges", "seccomp=unconfined" or SELinux "label=..." settings.',
        )

        storage_opt: dict[str, str | None] | None = Field(
            default=None,
            alias="StorageOpt",
            description='Per-container options for the storage driver, e.g. {"size": "20G"}.',
        )

        tmpfs: dict[str, str | None] | None = Field(
            default=None,
            alias="Tmpfs",
            description='Directories mounted as tmpfs, each with its mount options, e.g. {"/run": "size=64m"}.',
        )

        uts_mode: str | None = Field(
            default=None,
            alias="UTSMode",
            description='UTS namespace (hostname) mode; "host" shares the host\u0027s. API \u003e= 1.25.',
        )

        userns_mode: str | None = Field(
            default=None,
            alias="UsernsMode",
            description='User namespace mode; "host" turns off user namespace remapping for this container.',
        )

        shm_size: int | None = Field(
            default=None,
            alias="ShmSize",
            description="Bytes available in the container\u0027s /dev/shm; 64 MiB when unset.",
        )

        sysctls: dict[str, str | None] | None = Field(
            default=None,
            alias="Sysctls",
            description='Kernel parameters set in the container\u0027s namespaces, e.g. {"net.ipv4.ip_forward": "1"}.',
        )

        runtime: str | None = Field(
            default=None,
            alias="Runtime",
            description='OCI runtime that runs the container, e.g. "runc". API \u003e= 1.25.',
        )

        isolation: Literal["default", "process", "hyperv", ""] | str | None = Field(
            default=None,
            alias="Isolation",
            description='Isolation technology on Windows, "default", "process" or "hyperv" (empty elsewhere). API \u003e= 1.25.',
        )

        masked_paths: list[str] | None = Field(
            default=None,
            alias="MaskedPaths",
            description="Paths hidden inside the container, replacing the daemon\u0027s default list. API \u003e= 1.38.",
        )

        readonly_paths: list[str] | None = Field(
            default=None,
            alias="ReadonlyPaths",
            description="Paths made read-only inside the container, replacing the daemon\u0027s default list. API \u003e= 1.38.",
        )

        capabilities: list[str] | None = Field(
            default=None,
            alias="Capabilities",
            description="The complete list of kernel capabilities, replacing the default set rather than adding to it. API \u003e= 1.40. Not in API \u003e= 1.41.",
        )

        disk_quota: int | None = Field(
            default=None,
            alias="DiskQuota",
            description="Disk space limit in bytes, for storage backends that support one. API \u003e= 1.25. Not in API \u003e= 1.40.",
        )

        kernel_memory: int | None = Field(
            default=None,
            alias="KernelMemory",
            description="Kernel memory limit in bytes; deprecated and ignored with cgroup v2. Not in API \u003e= 1.42.",
        )

        kernel_memory_tcp: int | None = Field(
            default=None,
            alias="KernelMemoryTCP",
            description="Limit on kernel memory for TCP buffers, in bytes; deprecated and ignored with cgroup v2. API \u003e= 1.40. Not in API \u003e= 1.52.",
        )

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

    return HostConfig
