# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""Body-building helpers of the classic API (`create_host_config`, ...): keyword → model field tables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _convert, _prepare
from ._bodies import build_body

if TYPE_CHECKING:
    from . import models

__all__ = [
    "create_host_config",
    "create_networking_config",
    "create_endpoint_config",
    "create_container_config",
]


_CREATE_HOST_CONFIG = (
    ("binds", "Binds", _convert.volume_binds, None, None, None),
    ("port_bindings", "PortBindings", _convert.port_bindings, None, None, None),
    ("lxc_conf", "LxcConf", None, None, (1, 24), "the LXC execution driver is gone; drop lxc_conf"),
    ("publish_all_ports", "PublishAllPorts", None, None, None, None),
    ("links", "Links", _convert.links_list, None, None, None),
    ("privileged", "Privileged", None, None, None, None),
    ("dns", "Dns", _convert.dns_list, None, None, None),
    ("dns_search", "DnsSearch", _convert.str_list, None, None, None),
    ("volumes_from", "VolumesFrom", _convert.volumes_from, None, None, None),
    ("network_mode", "NetworkMode", None, None, None, None),
    ("restart_policy", "RestartPolicy", _convert.restart_policy, None, None, None),
    ("cap_add", "CapAdd", None, None, None, None),
    ("cap_drop", "CapDrop", None, None, None, None),
    ("devices", "Devices", _convert.device_list, None, None, None),
    ("extra_hosts", "ExtraHosts", _convert.extra_hosts, None, None, None),
    ("read_only", "ReadonlyRootfs", None, None, None, None),
    ("pid_mode", "PidMode", None, None, None, None),
    ("ipc_mode", "IpcMode", None, None, None, None),
    ("security_opt", "SecurityOpt", None, None, None, None),
    ("ulimits", "Ulimits", _convert.ulimits, None, None, None),
    ("log_config", "LogConfig", _convert.log_config, None, None, None),
    ("mem_limit", "Memory", _convert.byte_size, None, None, None),
    ("memswap_limit", "MemorySwap", _convert.byte_size, None, None, None),
    ("mem_reservation", "MemoryReservation", _convert.byte_size, None, None, None),
    ("kernel_memory", "KernelMemory", _convert.byte_size, None, None, None),
    ("mem_swappiness", "MemorySwappiness", None, None, None, None),
    ("cgroup_parent", "CgroupParent", None, None, None, None),
    ("group_add", "GroupAdd", _convert.str_list, None, None, None),
    ("cpu_quota", "CpuQuota", None, None, None, None),
    ("cpu_period", "CpuPeriod", None, None, None, None),
    ("blkio_weight", "BlkioWeight", None, None, None, None),
    ("blkio_weight_device", "BlkioWeightDevice", None, None, None, None),
    ("device_read_bps", "BlkioDeviceReadBps", None, None, None, None),
    ("device_write_bps", "BlkioDeviceWriteBps", None, None, None, None),
    ("device_read_iops", "BlkioDeviceReadIOps", None, None, None, None),
    ("device_write_iops", "BlkioDeviceWriteIOps", None, None, None, None),
    ("oom_kill_disable", "OomKillDisable", None, None, None, None),
    ("shm_size", "ShmSize", _convert.byte_size, None, None, None),
    ("sysctls", "Sysctls", _convert.str_map, None, None, None),
    ("tmpfs", "Tmpfs", _convert.tmpfs, None, None, None),
    ("oom_score_adj", "OomScoreAdj", None, None, None, None),
    ("dns_opt", "DnsOptions", None, None, None, None),
    ("cpu_shares", "CpuShares", None, None, None, None),
    ("cpuset_cpus", "CpusetCpus", None, None, None, None),
    ("userns_mode", "UsernsMode", None, None, None, None),
    ("uts_mode", "UTSMode", None, None, None, None),
    ("pids_limit", "PidsLimit", None, None, None, None),
    ("isolation", "Isolation", None, None, None, None),
    ("auto_remove", "AutoRemove", None, None, None, None),
    ("storage_opt", "StorageOpt", _convert.str_map, None, None, None),
    ("init", "Init", None, None, None, None),
    (
        "init_path",
        "InitPath",
        None,
        None,
        (1, 24),
        "set the init binary on the daemon (--init-path); pass init=True here",
    ),
    ("volume_driver", "VolumeDriver", None, None, None, None),
    ("cpu_count", "CpuCount", None, None, None, None),
    ("cpu_percent", "CpuPercent", None, None, None, None),
    ("nano_cpus", "NanoCpus", _convert.nano_cpus, None, None, None),
    ("cpuset_mems", "CpusetMems", None, None, None, None),
    ("runtime", "Runtime", None, None, None, None),
    ("mounts", "Mounts", _convert.mount_list, None, None, None),
    ("cpu_rt_period", "CpuRealtimePeriod", None, None, None, None),
    ("cpu_rt_runtime", "CpuRealtimeRuntime", None, None, None, None),
    ("device_cgroup_rules", "DeviceCgroupRules", None, None, None, None),
    ("device_requests", "DeviceRequests", None, None, None, None),
    ("cgroupns", "CgroupnsMode", None, None, None, None),
    ("container_id_file", "ContainerIDFile", None, None, None, None),
    ("console_size", "ConsoleSize", None, None, None, None),
    ("annotations", "Annotations", _convert.str_map, None, None, None),
    ("cgroup", "Cgroup", None, None, None, None),
    ("masked_paths", "MaskedPaths", None, None, None, None),
    ("readonly_paths", "ReadonlyPaths", None, None, None, None),
    ("io_maximum_iops", "IOMaximumIOps", None, None, None, None),
    ("io_maximum_bandwidth", "IOMaximumBandwidth", _convert.byte_size, None, None, None),
)


def create_host_config(
    *,
    binds: dict[str, Any] | list[str] | None = None,
    port_bindings: dict[Any, Any] | None = None,
    lxc_conf: dict[str, str] | list[dict[str, str]] | None = None,
    publish_all_ports: bool = False,
    links: dict[str, str] | list[Any] | None = None,
    privileged: bool = False,
    dns: str | list[str] | None = None,
    dns_search: str | list[str] | None = None,
    volumes_from: str | list[str] | None = None,
    network_mode: str | None = None,
    restart_policy: dict[str, Any] | str | None = None,
    cap_add: list[str] | None = None,
    cap_drop: list[str] | None = None,
    devices: list[str | dict[str, str]] | None = None,
    extra_hosts: dict[str, str] | list[str] | None = None,
    read_only: bool | None = None,
    pid_mode: str | None = None,
    ipc_mode: str | None = None,
    security_opt: list[str] | None = None,
    ulimits: list[dict[str, Any]] | None = None,
    log_config: dict[str, Any] | None = None,
    mem_limit: int | str | None = None,
    memswap_limit: int | str | None = None,
    mem_reservation: int | str | None = None,
    kernel_memory: int | str | None = None,
    mem_swappiness: int | None = None,
    cgroup_parent: str | None = None,
    group_add: list[str | int] | None = None,
    cpu_quota: int | None = None,
    cpu_period: int | None = None,
    blkio_weight: int | None = None,
    blkio_weight_device: list[dict[str, Any]] | None = None,
    device_read_bps: list[dict[str, Any]] | None = None,
    device_write_bps: list[dict[str, Any]] | None = None,
    device_read_iops: list[dict[str, Any]] | None = None,
    device_write_iops: list[dict[str, Any]] | None = None,
    oom_kill_disable: bool = False,
    shm_size: int | str | None = None,
    sysctls: dict[str, Any] | None = None,
    tmpfs: dict[str, str] | list[str] | None = None,
    oom_score_adj: int | None = None,
    dns_opt: list[str] | None = None,
    cpu_shares: int | None = None,
    cpuset_cpus: str | None = None,
    userns_mode: str | None = None,
    uts_mode: str | None = None,
    pids_limit: int | None = None,
    isolation: str | None = None,
    auto_remove: bool | None = None,
    storage_opt: dict[str, str] | None = None,
    init: bool | None = None,
    init_path: str | None = None,
    volume_driver: str | None = None,
    cpu_count: int | None = None,
    cpu_percent: int | None = None,
    nano_cpus: int | float | str | None = None,
    cpuset_mems: str | None = None,
    runtime: str | None = None,
    mounts: list[str | dict[str, Any]] | None = None,
    cpu_rt_period: int | None = None,
    cpu_rt_runtime: int | None = None,
    device_cgroup_rules: list[str] | None = None,
    device_requests: list[dict[str, Any]] | None = None,
    cgroupns: str | None = None,
    container_id_file: str | None = None,
    console_size: list[int] | None = None,
    annotations: dict[str, str] | None = None,
    cgroup: str | None = None,
    masked_paths: list[str] | None = None,
    readonly_paths: list[str] | None = None,
    io_maximum_iops: int | None = None,
    io_maximum_bandwidth: int | str | None = None,
    version: str | None = None,
) -> models.HostConfig:
    """Build the HostConfig document for create_container(host_config=...).

    Returns a `HostConfig` model (readable like a dict). With `version`, a keyword that API version
    does not have raises `InvalidVersion`.
    """
    return build_body(  # type: ignore[no-any-return]
        "create_host_config", "HostConfig", _CREATE_HOST_CONFIG, locals(), version
    )


_CREATE_NETWORKING_CONFIG = (("endpoints_config", "EndpointsConfig", None, None, None, None),)


def create_networking_config(
    *,
    endpoints_config: dict[str, models.EndpointSettings | Mapping[str, Any] | dict[str, Any]] | None = None,
    version: str | None = None,
) -> models.NetworkingConfig:
    """Build the NetworkingConfig document for create_container(networking_config=...).

    Returns a `NetworkingConfig` model (readable like a dict). With `version`, a keyword that API version
    does not have raises `InvalidVersion`.
    """
    return build_body(  # type: ignore[no-any-return]
        "create_networking_config", "NetworkingConfig", _CREATE_NETWORKING_CONFIG, locals(), version
    )


_CREATE_ENDPOINT_CONFIG = (
    ("aliases", "Aliases", None, None, None, None),
    ("links", "Links", _convert.links_list, None, None, None),
    ("ipv4_address", "IPAMConfig.IPv4Address", None, None, None, None),
    ("ipv6_address", "IPAMConfig.IPv6Address", None, None, None, None),
    ("link_local_ips", "IPAMConfig.LinkLocalIPs", None, None, None, None),
    ("driver_opt", "DriverOpts", _convert.str_map, None, None, None),
    ("mac_address", "MacAddress", None, None, None, None),
    ("gw_priority", "GwPriority", None, None, None, None),
)


def create_endpoint_config(
    *,
    aliases: list[str] | None = None,
    links: dict[str, str] | list[Any] | None = None,
    ipv4_address: str | None = None,
    ipv6_address: str | None = None,
    link_local_ips: list[str] | None = None,
    driver_opt: dict[str, str] | None = None,
    mac_address: str | None = None,
    gw_priority: int | None = None,
    version: str | None = None,
) -> models.EndpointSettings:
    """Build one network endpoint's settings (aliases, links, fixed addresses).

    Returns a `EndpointSettings` model (readable like a dict). With `version`, a keyword that API version
    does not have raises `InvalidVersion`.
    """
    return build_body(  # type: ignore[no-any-return]
        "create_endpoint_config", "EndpointSettings", _CREATE_ENDPOINT_CONFIG, locals(), version
    )


_CREATE_CONTAINER_CONFIG = (
    ("image", "Image", None, None, None, None),
    ("command", "Cmd", _convert.command_argv, None, None, None),
    ("hostname", "Hostname", None, None, None, None),
    ("user", "User", _convert.text, None, None, None),
    ("stdin_open", "OpenStdin", None, None, None, None),
    ("tty", "Tty", None, None, None, None),
    (
        "mem_limit",
        "Memory",
        _convert.byte_size,
        None,
        (1, 24),
        "pass it in host_config (create_host_config(mem_limit=...))",
    ),
    ("ports", "ExposedPorts", _convert.exposed_ports, None, None, None),
    ("environment", "Env", _convert.env_list, None, None, None),
    ("dns", "Dns", None, None, (1, 24), "pass it in host_config (create_host_config(dns=...))"),
    ("volumes", "Volumes", _convert.volume_mounts, None, None, None),
    (
        "volumes_from",
        "VolumesFrom",
        None,
        None,
        (1, 24),
        "pass it in host_config (create_host_config(volumes_from=...))",
    ),
    ("network_disabled", "NetworkDisabled", None, None, None, None),
    ("entrypoint", "Entrypoint", _convert.command_argv, None, None, None),
    (
        "cpu_shares",
        "CpuShares",
        None,
        None,
        (1, 24),
        "pass it in host_config (create_host_config(cpu_shares=...))",
    ),
    ("working_dir", "WorkingDir", None, None, None, None),
    ("domainname", "Domainname", None, None, None, None),
    (
        "memswap_limit",
        "MemorySwap",
        _convert.byte_size,
        None,
        (1, 24),
        "pass it in host_config (create_host_config(memswap_limit=...))",
    ),
    ("host_config", "HostConfig", None, None, None, None),
    ("mac_address", "MacAddress", None, None, None, None),
    ("labels", "Labels", _convert.labels_map, None, None, None),
    (
        "volume_driver",
        "VolumeDriver",
        None,
        None,
        (1, 24),
        "pass it in host_config (create_host_config(volume_driver=...))",
    ),
    ("stop_signal", "StopSignal", None, None, None, None),
    ("networking_config", "NetworkingConfig", None, None, None, None),
    ("healthcheck", "Healthcheck", None, None, None, None),
    ("stop_timeout", "StopTimeout", None, None, None, None),
)


def create_container_config(
    version: str | None,
    image: str,
    command: str | list[str] | None,
    *,
    hostname: str | None = None,
    user: str | int | None = None,
    detach: bool = False,
    stdin_open: bool = False,
    tty: bool = False,
    mem_limit: int | str | None = None,
    ports: list[int | str | list[Any]] | None = None,
    environment: dict[str, str | None] | list[str] | None = None,
    dns: list[str] | None = None,
    volumes: str | list[str] | None = None,
    volumes_from: str | list[str] | None = None,
    network_disabled: bool = False,
    entrypoint: str | list[str] | None = None,
    cpu_shares: int | None = None,
    working_dir: str | None = None,
    domainname: str | None = None,
    memswap_limit: int | str | None = None,
    host_config: models.HostConfig | Mapping[str, Any] | dict[str, Any] | None = None,
    mac_address: str | None = None,
    labels: dict[str, str] | list[str] | None = None,
    volume_driver: str | None = None,
    stop_signal: str | None = None,
    networking_config: models.NetworkingConfig | Mapping[str, Any] | dict[str, Any] | None = None,
    healthcheck: models.HealthConfig | Mapping[str, Any] | dict[str, Any] | None = None,
    stop_timeout: int | None = None,
) -> models.ContainerCreateRequest:
    """Build the whole create_container body (utils.create_container_config(version, image, command, ...)).

    Returns a `ContainerCreateRequest` model (readable like a dict). With `version`, a keyword that API version
    does not have raises `InvalidVersion`.
    """
    return build_body(  # type: ignore[no-any-return]
        "create_container_config",
        "ContainerCreateRequest",
        _CREATE_CONTAINER_CONFIG,
        locals(),
        version,
        _prepare.attach_body_defaults,
    )
