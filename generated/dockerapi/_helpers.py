# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""Body-building helpers of the classic API (`create_host_config`, ...): keyword → model field tables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _convert, _preparers
from ._bodies import build_body

if TYPE_CHECKING:
    from . import models

__all__ = [
    "create_host_config",
    "create_networking_config",
    "create_endpoint_config",
    "create_container_config",
    "create_swarm_spec",
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
    """Build a HostConfig document (resources, mounts, ports, namespaces, restart policy) for create_container.

    Only the keywords you pass end up in the document, except the four booleans (privileged,
    publish_all_ports, oom_kill_disable, auto_remove), which are always written. Friendly forms such
    as '512m' or {80: 8080} are turned into the wire form here, and a value that cannot be converted
    raises InvalidArgument before anything is sent. Called on a client, each keyword is checked
    against that client's API version.

    Args:
        binds: Host paths or named volumes to mount, as a list of 'source:target[:mode]'
            strings, or a dict keyed by source whose value is the target path (read-write) or a dict
            with 'bind' (the target) and either 'mode' (e.g. 'ro', 'rw', 'z') or 'ro' (a bool).
        port_bindings: Publish container ports on the host. Keys are a container port (80,
            '80/udp', '1000-1010'); each value is a host port (8080 or '8080'), an (address, port)
            tuple, a one-item (address,) tuple for a random port on that address, None for a random
            port on all addresses, or a list of these to publish the port several times.
        lxc_conf: Options for the LXC execution driver, which no supported daemon has any more;
            always refused. Not in API >= 1.24. The LXC execution driver is gone; drop lxc_conf.
        publish_all_ports: Publish every exposed port of the container on a random host port.
            Default: `False`.
        links: Legacy links to other containers on the default bridge, as {name: alias}, a list
            of (name, alias) tuples, or a list of 'name:alias' strings.
        privileged: Give the container almost every capability and access to all host devices.
            Default: `False`.
        dns: DNS server addresses for the container, one string or a list of them.
        dns_search: DNS search domains, one string or a list of them.
        volumes_from: Containers whose volumes are mounted too, as a list of 'name[:ro|rw]'
            strings or one string with names separated by commas.
        network_mode: Which network stack the container uses, e.g. 'bridge', 'host', 'none',
            'container:NAME' to share another container's, or the name of a user-defined network.
        restart_policy: When the daemon restarts the container once it exits; a policy name
            ('no', 'always', 'unless-stopped', 'on-failure') or a dict such as {'Name':
            'on-failure', 'MaximumRetryCount': 3}.
        cap_add: Linux capabilities to grant on top of the default set, e.g. ['NET_ADMIN',
            'SYS_TIME'].
        cap_drop: Linux capabilities to remove from the default set, e.g. ['MKNOD'], or ['ALL'].
        devices: Host devices to expose, each a 'host_path[:container_path[:permissions]]'
            string (the permissions are any of r, w, m and default to 'rwm') or a dict with
            PathOnHost, PathInContainer and CgroupPermissions.
        extra_hosts: Additional /etc/hosts lines, as {hostname: address} or a list of
            'hostname:address' strings; the address 'host-gateway' stands for the host.
        read_only: Make the container's root filesystem read-only.
        pid_mode: Which PID namespace to use, 'host' or 'container:NAME'; unset means a private
            one.
        ipc_mode: IPC namespace mode, one of 'none', 'private', 'shareable', 'host' or
            'container:NAME'; unset means the daemon's default.
        security_opt: Security options as strings, e.g. 'no-new-privileges',
            'seccomp=unconfined', 'apparmor=PROFILE' or SELinux 'label=...' settings.
        ulimits: Resource limits inside the container, a list of dicts with name, soft and hard
            keys in any letter case, e.g. [{'name': 'nofile', 'soft': 4096, 'hard': 8192}].
        log_config: The logging driver and its options, a dict with type and config keys in any
            letter case, e.g. {'type': 'json-file', 'config': {'max-size': '10m'}}; config values
            are sent as strings.
        mem_limit: Hard memory limit in bytes; an int, or a number followed by one of the
            suffixes b, k, m, g (powers of 1024, any letter case) as a string, such as '512m' or
            '1g'.
        memswap_limit: Limit on memory plus swap together, in bytes, in the same forms as
            mem_limit; -1 allows unlimited swap.
        mem_reservation: Soft memory limit in bytes, applied when the host runs short of memory;
            same forms as mem_limit.
        kernel_memory: Kernel memory limit in bytes, same forms as mem_limit; current daemons no
            longer honour it (the field left the API in 1.42).
        mem_swappiness: How willing the kernel is to swap out the container's anonymous pages, 0
            to 100.
        cgroup_parent: Parent cgroup for the container's own cgroup; a relative path is resolved
            against the daemon's cgroup.
        group_add: Extra groups for the container's process, as names or numeric GIDs (a single
            value is accepted too).
        cpu_quota: CPU time the container may use per CFS period, in microseconds (e.g. 50000
            with cpu_period=100000 is half a CPU); -1 means no limit.
        cpu_period: Length of the CFS scheduler period that cpu_quota applies to, in
            microseconds (the kernel default is 100000).
        blkio_weight: Relative block I/O weight, 10 to 1000.
        blkio_weight_device: Per-device block I/O weights, a list of dicts with the wire keys,
            e.g. [{'Path': '/dev/sda', 'Weight': 200}].
        device_read_bps: Per-device read limits in bytes per second, a list of dicts with the
            wire keys, e.g. [{'Path': '/dev/sda', 'Rate': 1048576}].
        device_write_bps: Per-device write limits in bytes per second, a list of {'Path',
            'Rate'} dicts like device_read_bps.
        device_read_iops: Per-device read limits in I/O operations per second, a list of
            {'Path', 'Rate'} dicts.
        device_write_iops: Per-device write limits in I/O operations per second, a list of
            {'Path', 'Rate'} dicts.
        oom_kill_disable: Keep the kernel's OOM killer from killing the container's processes
            (only sensible with a memory limit). Default: `False`.
        shm_size: Bytes available in the container's /dev/shm, same forms as mem_limit; 64 MiB
            when unset.
        sysctls: Kernel settings (sysctls) for the container's namespaces, e.g.
            {'net.core.somaxconn': 1024}; values are sent as strings.
        tmpfs: Directories to mount as tmpfs, as {path: options} or a list of 'path[:options]'
            strings, where options are mount options such as 'size=64m,mode=1777'.
        oom_score_adj: Adjustment to the OOM killer's score for the container's processes, -1000
            (never kill) to 1000.
        dns_opt: Resolver options written to /etc/resolv.conf, e.g. ['ndots:2', 'timeout:3'].
        cpu_shares: Relative CPU weight against other containers when CPUs are contended (the
            usual baseline is 1024).
        cpuset_cpus: CPUs the container may run on, as a string such as '0-3' or '0,2'.
        userns_mode: User namespace mode; 'host' turns off user namespace remapping for this
            container.
        uts_mode: UTS namespace (hostname and domain) mode; 'host' shares the host's.
        pids_limit: Maximum number of processes in the container; 0 or -1 for no limit.
        isolation: Isolation technology on Windows, 'default', 'process' or 'hyperv'.
        auto_remove: Remove the container once its process exits (no effect with a restart
            policy).
        storage_opt: Per-container options for the storage driver, e.g. {'size': '20G'}; values
            are sent as strings.
        init: Run a small init process as PID 1 that forwards signals and reaps zombies; unset
            means the daemon's default.
        init_path: Path of the init binary, which the API no longer accepts per container;
            always refused. Not in API >= 1.24. Set the init binary on the daemon (--init-path);
            pass init=True here.
        volume_driver: Volume driver used for the volumes this container creates by name.
        cpu_count: Number of usable CPUs, on Windows only.
        cpu_percent: Usable share of the available CPUs as a percentage, on Windows only.
        nano_cpus: CPU limit; an int is taken as billionths of a CPU (1000000000 is one CPU),
            while a float or a numeric string is a number of CPUs (1.5 or '1.5' becomes 1500000000).
        cpuset_mems: NUMA memory nodes the container may use, e.g. '0-1' or '0,2'.
        runtime: OCI runtime to run the container with, e.g. 'runc' or another runtime
            registered with the daemon.
        mounts: Mounts as Mount dicts (sent as given, wire keys such as Target, Source, Type,
            ReadOnly) or 'source:target[:ro|rw]' strings, where a source starting with '/' is a bind
            mount and any other a named volume; a lone '/target' makes an anonymous volume.
        cpu_rt_period: Real-time scheduler period in microseconds.
        cpu_rt_runtime: Real-time CPU time the container may use per real-time period, in
            microseconds.
        device_cgroup_rules: Device cgroup rules such as 'c 1:3 mr' ('type major:minor access').
        device_requests: Devices to request from a device driver such as GPUs, a list of dicts
            with the wire keys, e.g. [{'Driver': 'nvidia', 'Count': -1, 'Capabilities': [['gpu']]}].
        cgroupns: Cgroup namespace mode, 'private' or 'host'; unset means the daemon's default.
        container_id_file: Path of a file on the daemon's host into which the container's ID is
            written.
        console_size: Initial terminal size as [height, width] in characters.
        annotations: Free key-value metadata handed to the OCI runtime; values are sent as
            strings.
        cgroup: The cgroup the container joins, written 'container:NAME'.
        masked_paths: Paths inside the container to hide, replacing the daemon's default list.
        readonly_paths: Paths inside the container to make read-only, replacing the daemon's
            default list.
        io_maximum_iops: Maximum I/O operations per second on the system drive, on Windows only.
        io_maximum_bandwidth: Maximum I/O on the system drive in bytes per second, on Windows
            only; same forms as mem_limit.

    Returns:
        HostConfig: The HostConfig document, ready for create_container(host_config=...).

    Raises:
        InvalidVersion: a keyword given is not in the API version this client uses.
        InvalidArgument: a value of the wrong type or form.

    Example:
        ```python
        hc = client.create_host_config(port_bindings={80: 8080}, mem_limit="256m",
                                       restart_policy="unless-stopped")
        ctr = client.create_container("busybox", command="httpd -f -p 80", ports=[80], host_config=hc)
        client.start(ctr)
        ```
    """
    return build_body(  # type: ignore[no-any-return]
        "create_host_config", "HostConfig", _CREATE_HOST_CONFIG, locals(), version
    )


_CREATE_NETWORKING_CONFIG = (("endpoints_config", "EndpointsConfig", None, None, None, None),)


def create_networking_config(
    endpoints_config: dict[str, models.EndpointSettings | Mapping[str, Any] | dict[str, Any]] | None = None,
    *,
    version: str | None = None,
) -> models.NetworkingConfig:
    """Build a NetworkingConfig document that attaches a new container to networks.

    Pass the result as create_container(networking_config=...). The daemon before API 1.44 accepts
    only one network at creation; connect further ones with connect_container_to_network.

    Args:
        endpoints_config: A dict from network name (or ID) to that endpoint's settings, usually
            built with create_endpoint_config; an empty dict as value connects with no particular
            settings.

    Returns:
        NetworkingConfig: The NetworkingConfig document, ready for
            create_container(networking_config=...).

    Raises:
        InvalidVersion: a keyword given is not in the API version this client uses.
        InvalidArgument: a value of the wrong type or form.

    Example:
        ```python
        client.create_network("backend")
        endpoint = client.create_endpoint_config(aliases=["db"])
        net_config = client.create_networking_config(endpoints_config={"backend": endpoint})
        ctr = client.create_container("busybox", command="sleep 60", networking_config=net_config,
                                      host_config=client.create_host_config(network_mode="backend"))
        ```
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
    aliases: list[str] | None = None,
    links: dict[str, str] | list[Any] | None = None,
    ipv4_address: str | None = None,
    ipv6_address: str | None = None,
    link_local_ips: list[str] | None = None,
    driver_opt: dict[str, str] | None = None,
    mac_address: str | None = None,
    *,
    gw_priority: int | None = None,
    version: str | None = None,
) -> models.EndpointSettings:
    """Build the settings of one container's endpoint on a network (aliases, links, fixed addresses).

    Use it as a value of create_networking_config's endpoints_config. Fixed addresses only work on a
    user-defined network created with a subnet that contains them.

    Args:
        aliases: Extra DNS names under which other containers on this network reach the
            container.
        links: Legacy links scoped to this network, as {name: alias}, a list of (name, alias)
            tuples or a list of 'name:alias' strings.
        ipv4_address: A fixed IPv4 address for the container on this network, e.g.
            '172.28.0.10'.
        ipv6_address: A fixed IPv6 address for the container on this network.
        link_local_ips: Additional link-local addresses (IPv4 or IPv6) for the endpoint.
        driver_opt: Options passed to the network driver for this endpoint; values are sent as
            strings.
        mac_address: The MAC address of the endpoint on this network, e.g. '02:42:ac:11:00:02';
            some drivers ignore it.
        gw_priority: Which network provides the container's default gateway: the endpoint with
            the highest value wins (ties go by network name); may be negative.

    Returns:
        EndpointSettings: One endpoint's settings, a value for
            create_networking_config(endpoints_config=...).

    Raises:
        InvalidVersion: a keyword given is not in the API version this client uses.
        InvalidArgument: a value of the wrong type or form.

    Example:
        ```python
        endpoint = client.create_endpoint_config(aliases=["cache"], links={"redis": "store"})
        net_config = client.create_networking_config(endpoints_config={"backend": endpoint})
        print(net_config["EndpointsConfig"]["backend"]["Aliases"])
        ```
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
    ("healthcheck", "Healthcheck", _convert.healthcheck, None, None, None),
    ("stop_timeout", "StopTimeout", None, None, None, None),
)


def create_container_config(
    version: str | None,
    image: str,
    command: str | list[str] | None = None,
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
    """Build the complete create_container request body from the classic keywords.

    Unless detach is true, the body also attaches stdout and stderr (and stdin, closed after the
    first client, when stdin_open is set). Called on a client, its API version checks the keywords;
    called from dockerapi.utils, the first argument is the API version to check against (None checks
    nothing). With a version, keywords that moved to the HostConfig long ago (mem_limit, dns,
    cpu_shares...) raise InvalidVersion, whose message says where they go now.

    Args:
        image: The image to create the container from, as a name with optional tag or digest, or
            an image ID.
        command: The command to run; a list of arguments, or a string split into arguments the
            way a POSIX shell would (quotes respected, no shell started).
        hostname: The container's hostname.
        user: The user to run as inside the container, a name or UID (an int is accepted),
            optionally with ':group' or ':GID'.
        detach: Create the container without attaching its output; when false, AttachStdout and
            AttachStderr are set (and with stdin_open also AttachStdin and StdinOnce). Default:
            `False`.
        stdin_open: Keep the container's stdin open even when nothing is attached. Default:
            `False`.
        tty: Allocate a pseudo-terminal for the container's process (its output is then not
            multiplexed). Default: `False`.
        mem_limit: Memory limit, which every supported API takes only in the HostConfig; refused
            whenever an API version is known. Not in API >= 1.24. Pass it in host_config
            (create_host_config(mem_limit=...)).
        ports: Ports the container exposes, a list whose items are a port (80), a
            'port/protocol' string ('53/udp'), a range ('1000-1010') or a (port, protocol) tuple;
            tcp when no protocol is given.
        environment: Environment variables, as a dict (a None value keeps only the name, which
            removes the variable) or a list of 'NAME=value' strings.
        dns: DNS servers, which every supported API takes only in the HostConfig; refused
            whenever an API version is known. Not in API >= 1.24. Pass it in host_config
            (create_host_config(dns=...)).
        volumes: Paths inside the container to declare as volumes, one string or a list; from a
            'source:target[:mode]' entry only the target is kept (bind them with
            create_host_config(binds=...)).
        volumes_from: Containers to take volumes from, which every supported API takes only in
            the HostConfig; refused whenever an API version is known. Not in API >= 1.24. Pass it in
            host_config (create_host_config(volumes_from=...)).
        network_disabled: Create the container without any networking. Default: `False`.
        entrypoint: Overrides the image's entrypoint, as a list of arguments or a string split
            like a shell would; [''] resets it to none.
        cpu_shares: Relative CPU weight, which every supported API takes only in the HostConfig;
            refused whenever an API version is known. Not in API >= 1.24. Pass it in host_config
            (create_host_config(cpu_shares=...)).
        working_dir: The directory inside the container in which the command starts.
        domainname: The container's domain name.
        memswap_limit: Memory plus swap limit, which every supported API takes only in the
            HostConfig; refused whenever an API version is known. Not in API >= 1.24. Pass it in
            host_config (create_host_config(memswap_limit=...)).
        host_config: The host-side settings, as a HostConfig from create_host_config or a dict
            of wire keys.
        mac_address: The container's MAC address on its first network; later API versions want
            it per network, set with create_endpoint_config(mac_address=...).
        labels: Metadata labels, as a dict of strings or a list of names (each gets an empty
            value).
        volume_driver: Volume driver, which every supported API takes only in the HostConfig;
            refused whenever an API version is known. Not in API >= 1.24. Pass it in host_config
            (create_host_config(volume_driver=...)).
        stop_signal: The signal that stops the container, e.g. 'SIGTERM' or 'SIGINT'.
        networking_config: The networks to attach at creation, as built by
            create_networking_config or a dict of wire keys.
        healthcheck: The health check, a HealthConfig or a dict with its wire keys, e.g.
            {'Test': ['CMD', 'true'], 'Interval': 5000000000}; durations are in nanoseconds.
        stop_timeout: Seconds to wait after the stop signal before the container is killed;
            unset means the daemon's default.

    Returns:
        ContainerCreateRequest: The whole create_container request body, as create_container
            itself would send it.

    Raises:
        InvalidVersion: a keyword given is not in the API version this client uses.
        InvalidArgument: a value of the wrong type or form.
    """
    return build_body(  # type: ignore[no-any-return]
        "create_container_config",
        "ContainerCreateRequest",
        _CREATE_CONTAINER_CONFIG,
        locals(),
        version,
        _preparers.attach_body_defaults,
    )


_CREATE_SWARM_SPEC = (
    ("task_history_retention_limit", "Orchestration.TaskHistoryRetentionLimit", None, None, None, None),
    ("snapshot_interval", "Raft.SnapshotInterval", None, None, None, None),
    ("keep_old_snapshots", "Raft.KeepOldSnapshots", None, None, None, None),
    ("log_entries_for_slow_followers", "Raft.LogEntriesForSlowFollowers", None, None, None, None),
    ("heartbeat_tick", "Raft.HeartbeatTick", None, None, None, None),
    ("election_tick", "Raft.ElectionTick", None, None, None, None),
    ("dispatcher_heartbeat_period", "Dispatcher.HeartbeatPeriod", None, None, None, None),
    ("node_cert_expiry", "CAConfig.NodeCertExpiry", None, None, None, None),
    ("external_cas", "CAConfig.ExternalCAs", None, None, None, None),
    ("name", "Name", None, None, None, None),
    ("labels", "Labels", _convert.str_map, None, None, None),
    ("signing_ca_cert", "CAConfig.SigningCACert", None, None, None, None),
    ("signing_ca_key", "CAConfig.SigningCAKey", None, None, None, None),
    ("ca_force_rotate", "CAConfig.ForceRotate", None, None, None, None),
    ("autolock_managers", "EncryptionConfig.AutoLockManagers", None, None, None, None),
    ("log_driver", "TaskDefaults.LogDriver", None, None, None, None),
)


def create_swarm_spec(
    *,
    task_history_retention_limit: int | None = None,
    snapshot_interval: int | None = None,
    keep_old_snapshots: int | None = None,
    log_entries_for_slow_followers: int | None = None,
    heartbeat_tick: int | None = None,
    election_tick: int | None = None,
    dispatcher_heartbeat_period: int | None = None,
    node_cert_expiry: int | None = None,
    external_cas: list[dict[str, Any]] | None = None,
    name: str | None = None,
    labels: dict[str, str] | None = None,
    signing_ca_cert: str | None = None,
    signing_ca_key: str | None = None,
    ca_force_rotate: int | None = None,
    autolock_managers: bool | None = None,
    log_driver: dict[str, Any] | None = None,
    version: str | None = None,
) -> models.SwarmSpec:
    """Build a SwarmSpec document from docker-py's flat keywords, for init_swarm or update_swarm.

    Args:
        task_history_retention_limit: How many finished tasks the swarm keeps per service slot
            for inspection.
        snapshot_interval: How many Raft log entries pass between two snapshots of the swarm
            state.
        keep_old_snapshots: How many older Raft snapshots are kept besides the newest.
        log_entries_for_slow_followers: How many log entries stay available after a snapshot for
            managers that fall behind.
        heartbeat_tick: Raft heartbeat interval, counted in ticks (a tick is one second).
        election_tick: Ticks without a leader heartbeat before a manager starts an election;
            keep it well above heartbeat_tick.
        dispatcher_heartbeat_period: How often workers report to the managers, in nanoseconds.
        node_cert_expiry: Lifetime of node certificates, in nanoseconds.
        external_cas: Certificate authorities outside the swarm that sign node certificates, as
            a list of dicts with Protocol, URL, Options and CACert.
        name: The swarm's name.
        labels: Labels for the swarm, as a dict of strings.
        signing_ca_cert: A PEM certificate for the swarm's root CA to use instead of generating
            one.
        signing_ca_key: The PEM key that goes with signing_ca_cert.
        ca_force_rotate: A counter; raising it past its current value makes the swarm rotate its
            root CA.
        autolock_managers: Require an unlock key when a manager restarts (the Raft data is
            encrypted at rest).
        log_driver: The default log driver for tasks, as a dict with Name and Options.

    Returns:
        SwarmSpec

    Raises:
        InvalidVersion: a keyword given is not in the API version this client uses.
        InvalidArgument: a value of the wrong type or form.

    Example:
        ```python
        spec = client.create_swarm_spec(snapshot_interval=5000, log_driver={"Name": "json-file", "Options": {}})
        client.init_swarm(advertise_addr="eth0", swarm_spec=spec)
        ```
    """
    return build_body(  # type: ignore[no-any-return]
        "create_swarm_spec", "SwarmSpec", _CREATE_SWARM_SPEC, locals(), version
    )
