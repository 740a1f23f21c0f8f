# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""Body helpers of both clients (`create_host_config` & co.): keyword tables checked against the client's API version."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _helpers
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models

__all__ = ["HelpersMethods", "AsyncHelpersMethods"]


class HelpersMethods(SyncAPIClient):
    """The helpers methods of `Client`."""

    def create_host_config(
        self,
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
        auto_remove: bool = False,
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
    ) -> models.HostConfig:
        """Build the HostConfig document for create_container(host_config=...).

        Args:
            binds: sets `Binds`.
            port_bindings: sets `PortBindings`.
            lxc_conf: sets `LxcConf`. Not in API >= 1.24. The LXC execution driver is gone; drop
                lxc_conf.
            publish_all_ports: sets `PublishAllPorts`. Default: `False`.
            links: sets `Links`.
            privileged: sets `Privileged`. Default: `False`.
            dns: sets `Dns`.
            dns_search: sets `DnsSearch`.
            volumes_from: sets `VolumesFrom`.
            network_mode: sets `NetworkMode`.
            restart_policy: sets `RestartPolicy`.
            cap_add: sets `CapAdd`.
            cap_drop: sets `CapDrop`.
            devices: sets `Devices`.
            extra_hosts: sets `ExtraHosts`.
            read_only: sets `ReadonlyRootfs`.
            pid_mode: sets `PidMode`.
            ipc_mode: sets `IpcMode`.
            security_opt: sets `SecurityOpt`.
            ulimits: sets `Ulimits`.
            log_config: sets `LogConfig`.
            mem_limit: sets `Memory`.
            memswap_limit: sets `MemorySwap`.
            mem_reservation: sets `MemoryReservation`.
            kernel_memory: sets `KernelMemory`.
            mem_swappiness: sets `MemorySwappiness`.
            cgroup_parent: sets `CgroupParent`.
            group_add: sets `GroupAdd`.
            cpu_quota: sets `CpuQuota`.
            cpu_period: sets `CpuPeriod`.
            blkio_weight: sets `BlkioWeight`.
            blkio_weight_device: sets `BlkioWeightDevice`.
            device_read_bps: sets `BlkioDeviceReadBps`.
            device_write_bps: sets `BlkioDeviceWriteBps`.
            device_read_iops: sets `BlkioDeviceReadIOps`.
            device_write_iops: sets `BlkioDeviceWriteIOps`.
            oom_kill_disable: sets `OomKillDisable`. Default: `False`.
            shm_size: sets `ShmSize`.
            sysctls: sets `Sysctls`.
            tmpfs: sets `Tmpfs`.
            oom_score_adj: sets `OomScoreAdj`.
            dns_opt: sets `DnsOptions`.
            cpu_shares: sets `CpuShares`.
            cpuset_cpus: sets `CpusetCpus`.
            userns_mode: sets `UsernsMode`.
            uts_mode: sets `UTSMode`.
            pids_limit: sets `PidsLimit`.
            isolation: sets `Isolation`.
            auto_remove: sets `AutoRemove`. Default: `False`.
            storage_opt: sets `StorageOpt`.
            init: sets `Init`.
            init_path: sets `InitPath`. Not in API >= 1.24. Set the init binary on the daemon
                (--init-path); pass init=True here.
            volume_driver: sets `VolumeDriver`.
            cpu_count: sets `CpuCount`.
            cpu_percent: sets `CpuPercent`.
            nano_cpus: sets `NanoCpus`.
            cpuset_mems: sets `CpusetMems`.
            runtime: sets `Runtime`.
            mounts: sets `Mounts`.
            cpu_rt_period: sets `CpuRealtimePeriod`.
            cpu_rt_runtime: sets `CpuRealtimeRuntime`.
            device_cgroup_rules: sets `DeviceCgroupRules`.
            device_requests: sets `DeviceRequests`.
            cgroupns: sets `CgroupnsMode`.
            container_id_file: sets `ContainerIDFile`.
            console_size: sets `ConsoleSize`.
            annotations: sets `Annotations`.
            cgroup: sets `Cgroup`.
            masked_paths: sets `MaskedPaths`.
            readonly_paths: sets `ReadonlyPaths`.
            io_maximum_iops: sets `IOMaximumIOps`.
            io_maximum_bandwidth: sets `IOMaximumBandwidth`.

        Returns:
            HostConfig

        Raises:
            InvalidVersion: a keyword given is not in the API version this client uses.
            InvalidArgument: a value of the wrong type or form.
        """
        return _helpers.create_host_config(
            binds=binds,
            port_bindings=port_bindings,
            lxc_conf=lxc_conf,
            publish_all_ports=publish_all_ports,
            links=links,
            privileged=privileged,
            dns=dns,
            dns_search=dns_search,
            volumes_from=volumes_from,
            network_mode=network_mode,
            restart_policy=restart_policy,
            cap_add=cap_add,
            cap_drop=cap_drop,
            devices=devices,
            extra_hosts=extra_hosts,
            read_only=read_only,
            pid_mode=pid_mode,
            ipc_mode=ipc_mode,
            security_opt=security_opt,
            ulimits=ulimits,
            log_config=log_config,
            mem_limit=mem_limit,
            memswap_limit=memswap_limit,
            mem_reservation=mem_reservation,
            kernel_memory=kernel_memory,
            mem_swappiness=mem_swappiness,
            cgroup_parent=cgroup_parent,
            group_add=group_add,
            cpu_quota=cpu_quota,
            cpu_period=cpu_period,
            blkio_weight=blkio_weight,
            blkio_weight_device=blkio_weight_device,
            device_read_bps=device_read_bps,
            device_write_bps=device_write_bps,
            device_read_iops=device_read_iops,
            device_write_iops=device_write_iops,
            oom_kill_disable=oom_kill_disable,
            shm_size=shm_size,
            sysctls=sysctls,
            tmpfs=tmpfs,
            oom_score_adj=oom_score_adj,
            dns_opt=dns_opt,
            cpu_shares=cpu_shares,
            cpuset_cpus=cpuset_cpus,
            userns_mode=userns_mode,
            uts_mode=uts_mode,
            pids_limit=pids_limit,
            isolation=isolation,
            auto_remove=auto_remove,
            storage_opt=storage_opt,
            init=init,
            init_path=init_path,
            volume_driver=volume_driver,
            cpu_count=cpu_count,
            cpu_percent=cpu_percent,
            nano_cpus=nano_cpus,
            cpuset_mems=cpuset_mems,
            runtime=runtime,
            mounts=mounts,
            cpu_rt_period=cpu_rt_period,
            cpu_rt_runtime=cpu_rt_runtime,
            device_cgroup_rules=device_cgroup_rules,
            device_requests=device_requests,
            cgroupns=cgroupns,
            container_id_file=container_id_file,
            console_size=console_size,
            annotations=annotations,
            cgroup=cgroup,
            masked_paths=masked_paths,
            readonly_paths=readonly_paths,
            io_maximum_iops=io_maximum_iops,
            io_maximum_bandwidth=io_maximum_bandwidth,
            version=self.api_version,
        )

    def create_networking_config(
        self,
        *,
        endpoints_config: dict[str, models.EndpointSettings | Mapping[str, Any] | dict[str, Any]]
        | None = None,
    ) -> models.NetworkingConfig:
        """Build the NetworkingConfig document for create_container(networking_config=...).

        Args:
            endpoints_config: sets `EndpointsConfig`.

        Returns:
            NetworkingConfig

        Raises:
            InvalidVersion: a keyword given is not in the API version this client uses.
            InvalidArgument: a value of the wrong type or form.
        """
        return _helpers.create_networking_config(
            endpoints_config=endpoints_config,
            version=self.api_version,
        )

    def create_endpoint_config(
        self,
        *,
        aliases: list[str] | None = None,
        links: dict[str, str] | list[Any] | None = None,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        link_local_ips: list[str] | None = None,
        driver_opt: dict[str, str] | None = None,
        mac_address: str | None = None,
        gw_priority: int | None = None,
    ) -> models.EndpointSettings:
        """Build one network endpoint's settings (aliases, links, fixed addresses).

        Args:
            aliases: sets `Aliases`.
            links: sets `Links`.
            ipv4_address: sets `IPAMConfig.IPv4Address`.
            ipv6_address: sets `IPAMConfig.IPv6Address`.
            link_local_ips: sets `IPAMConfig.LinkLocalIPs`.
            driver_opt: sets `DriverOpts`.
            mac_address: sets `MacAddress`.
            gw_priority: sets `GwPriority`.

        Returns:
            EndpointSettings

        Raises:
            InvalidVersion: a keyword given is not in the API version this client uses.
            InvalidArgument: a value of the wrong type or form.
        """
        return _helpers.create_endpoint_config(
            aliases=aliases,
            links=links,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            link_local_ips=link_local_ips,
            driver_opt=driver_opt,
            mac_address=mac_address,
            gw_priority=gw_priority,
            version=self.api_version,
        )

    def create_container_config(
        self,
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
        """Build the whole create_container body (utils.create_container_config(version, image,
        command, ...)).

        Args:
            image: sets `Image`.
            command: sets `Cmd`.
            hostname: sets `Hostname`.
            user: sets `User`.
            detach: Default: `False`.
            stdin_open: sets `OpenStdin`. Default: `False`.
            tty: sets `Tty`. Default: `False`.
            mem_limit: sets `Memory`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(mem_limit=...)).
            ports: sets `ExposedPorts`.
            environment: sets `Env`.
            dns: sets `Dns`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(dns=...)).
            volumes: sets `Volumes`.
            volumes_from: sets `VolumesFrom`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(volumes_from=...)).
            network_disabled: sets `NetworkDisabled`. Default: `False`.
            entrypoint: sets `Entrypoint`.
            cpu_shares: sets `CpuShares`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(cpu_shares=...)).
            working_dir: sets `WorkingDir`.
            domainname: sets `Domainname`.
            memswap_limit: sets `MemorySwap`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(memswap_limit=...)).
            host_config: sets `HostConfig`.
            mac_address: sets `MacAddress`.
            labels: sets `Labels`.
            volume_driver: sets `VolumeDriver`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(volume_driver=...)).
            stop_signal: sets `StopSignal`.
            networking_config: sets `NetworkingConfig`.
            healthcheck: sets `Healthcheck`.
            stop_timeout: sets `StopTimeout`.

        Returns:
            ContainerCreateRequest

        Raises:
            InvalidVersion: a keyword given is not in the API version this client uses.
            InvalidArgument: a value of the wrong type or form.
        """
        return _helpers.create_container_config(
            image=image,
            command=command,
            hostname=hostname,
            user=user,
            detach=detach,
            stdin_open=stdin_open,
            tty=tty,
            mem_limit=mem_limit,
            ports=ports,
            environment=environment,
            dns=dns,
            volumes=volumes,
            volumes_from=volumes_from,
            network_disabled=network_disabled,
            entrypoint=entrypoint,
            cpu_shares=cpu_shares,
            working_dir=working_dir,
            domainname=domainname,
            memswap_limit=memswap_limit,
            host_config=host_config,
            mac_address=mac_address,
            labels=labels,
            volume_driver=volume_driver,
            stop_signal=stop_signal,
            networking_config=networking_config,
            healthcheck=healthcheck,
            stop_timeout=stop_timeout,
            version=self.api_version,
        )


class AsyncHelpersMethods(AsyncAPIClient):
    """The helpers methods of `AsyncClient`."""

    async def create_host_config(
        self,
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
        auto_remove: bool = False,
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
    ) -> models.HostConfig:
        """Build the HostConfig document for create_container(host_config=...).

        Args:
            binds: sets `Binds`.
            port_bindings: sets `PortBindings`.
            lxc_conf: sets `LxcConf`. Not in API >= 1.24. The LXC execution driver is gone; drop
                lxc_conf.
            publish_all_ports: sets `PublishAllPorts`. Default: `False`.
            links: sets `Links`.
            privileged: sets `Privileged`. Default: `False`.
            dns: sets `Dns`.
            dns_search: sets `DnsSearch`.
            volumes_from: sets `VolumesFrom`.
            network_mode: sets `NetworkMode`.
            restart_policy: sets `RestartPolicy`.
            cap_add: sets `CapAdd`.
            cap_drop: sets `CapDrop`.
            devices: sets `Devices`.
            extra_hosts: sets `ExtraHosts`.
            read_only: sets `ReadonlyRootfs`.
            pid_mode: sets `PidMode`.
            ipc_mode: sets `IpcMode`.
            security_opt: sets `SecurityOpt`.
            ulimits: sets `Ulimits`.
            log_config: sets `LogConfig`.
            mem_limit: sets `Memory`.
            memswap_limit: sets `MemorySwap`.
            mem_reservation: sets `MemoryReservation`.
            kernel_memory: sets `KernelMemory`.
            mem_swappiness: sets `MemorySwappiness`.
            cgroup_parent: sets `CgroupParent`.
            group_add: sets `GroupAdd`.
            cpu_quota: sets `CpuQuota`.
            cpu_period: sets `CpuPeriod`.
            blkio_weight: sets `BlkioWeight`.
            blkio_weight_device: sets `BlkioWeightDevice`.
            device_read_bps: sets `BlkioDeviceReadBps`.
            device_write_bps: sets `BlkioDeviceWriteBps`.
            device_read_iops: sets `BlkioDeviceReadIOps`.
            device_write_iops: sets `BlkioDeviceWriteIOps`.
            oom_kill_disable: sets `OomKillDisable`. Default: `False`.
            shm_size: sets `ShmSize`.
            sysctls: sets `Sysctls`.
            tmpfs: sets `Tmpfs`.
            oom_score_adj: sets `OomScoreAdj`.
            dns_opt: sets `DnsOptions`.
            cpu_shares: sets `CpuShares`.
            cpuset_cpus: sets `CpusetCpus`.
            userns_mode: sets `UsernsMode`.
            uts_mode: sets `UTSMode`.
            pids_limit: sets `PidsLimit`.
            isolation: sets `Isolation`.
            auto_remove: sets `AutoRemove`. Default: `False`.
            storage_opt: sets `StorageOpt`.
            init: sets `Init`.
            init_path: sets `InitPath`. Not in API >= 1.24. Set the init binary on the daemon
                (--init-path); pass init=True here.
            volume_driver: sets `VolumeDriver`.
            cpu_count: sets `CpuCount`.
            cpu_percent: sets `CpuPercent`.
            nano_cpus: sets `NanoCpus`.
            cpuset_mems: sets `CpusetMems`.
            runtime: sets `Runtime`.
            mounts: sets `Mounts`.
            cpu_rt_period: sets `CpuRealtimePeriod`.
            cpu_rt_runtime: sets `CpuRealtimeRuntime`.
            device_cgroup_rules: sets `DeviceCgroupRules`.
            device_requests: sets `DeviceRequests`.
            cgroupns: sets `CgroupnsMode`.
            container_id_file: sets `ContainerIDFile`.
            console_size: sets `ConsoleSize`.
            annotations: sets `Annotations`.
            cgroup: sets `Cgroup`.
            masked_paths: sets `MaskedPaths`.
            readonly_paths: sets `ReadonlyPaths`.
            io_maximum_iops: sets `IOMaximumIOps`.
            io_maximum_bandwidth: sets `IOMaximumBandwidth`.

        Returns:
            HostConfig

        Raises:
            InvalidVersion: a keyword given is not in the API version this client uses.
            InvalidArgument: a value of the wrong type or form.
        """
        return _helpers.create_host_config(
            binds=binds,
            port_bindings=port_bindings,
            lxc_conf=lxc_conf,
            publish_all_ports=publish_all_ports,
            links=links,
            privileged=privileged,
            dns=dns,
            dns_search=dns_search,
            volumes_from=volumes_from,
            network_mode=network_mode,
            restart_policy=restart_policy,
            cap_add=cap_add,
            cap_drop=cap_drop,
            devices=devices,
            extra_hosts=extra_hosts,
            read_only=read_only,
            pid_mode=pid_mode,
            ipc_mode=ipc_mode,
            security_opt=security_opt,
            ulimits=ulimits,
            log_config=log_config,
            mem_limit=mem_limit,
            memswap_limit=memswap_limit,
            mem_reservation=mem_reservation,
            kernel_memory=kernel_memory,
            mem_swappiness=mem_swappiness,
            cgroup_parent=cgroup_parent,
            group_add=group_add,
            cpu_quota=cpu_quota,
            cpu_period=cpu_period,
            blkio_weight=blkio_weight,
            blkio_weight_device=blkio_weight_device,
            device_read_bps=device_read_bps,
            device_write_bps=device_write_bps,
            device_read_iops=device_read_iops,
            device_write_iops=device_write_iops,
            oom_kill_disable=oom_kill_disable,
            shm_size=shm_size,
            sysctls=sysctls,
            tmpfs=tmpfs,
            oom_score_adj=oom_score_adj,
            dns_opt=dns_opt,
            cpu_shares=cpu_shares,
            cpuset_cpus=cpuset_cpus,
            userns_mode=userns_mode,
            uts_mode=uts_mode,
            pids_limit=pids_limit,
            isolation=isolation,
            auto_remove=auto_remove,
            storage_opt=storage_opt,
            init=init,
            init_path=init_path,
            volume_driver=volume_driver,
            cpu_count=cpu_count,
            cpu_percent=cpu_percent,
            nano_cpus=nano_cpus,
            cpuset_mems=cpuset_mems,
            runtime=runtime,
            mounts=mounts,
            cpu_rt_period=cpu_rt_period,
            cpu_rt_runtime=cpu_rt_runtime,
            device_cgroup_rules=device_cgroup_rules,
            device_requests=device_requests,
            cgroupns=cgroupns,
            container_id_file=container_id_file,
            console_size=console_size,
            annotations=annotations,
            cgroup=cgroup,
            masked_paths=masked_paths,
            readonly_paths=readonly_paths,
            io_maximum_iops=io_maximum_iops,
            io_maximum_bandwidth=io_maximum_bandwidth,
            version=await self.negotiate(),
        )

    async def create_networking_config(
        self,
        *,
        endpoints_config: dict[str, models.EndpointSettings | Mapping[str, Any] | dict[str, Any]]
        | None = None,
    ) -> models.NetworkingConfig:
        """Build the NetworkingConfig document for create_container(networking_config=...).

        Args:
            endpoints_config: sets `EndpointsConfig`.

        Returns:
            NetworkingConfig

        Raises:
            InvalidVersion: a keyword given is not in the API version this client uses.
            InvalidArgument: a value of the wrong type or form.
        """
        return _helpers.create_networking_config(
            endpoints_config=endpoints_config,
            version=await self.negotiate(),
        )

    async def create_endpoint_config(
        self,
        *,
        aliases: list[str] | None = None,
        links: dict[str, str] | list[Any] | None = None,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        link_local_ips: list[str] | None = None,
        driver_opt: dict[str, str] | None = None,
        mac_address: str | None = None,
        gw_priority: int | None = None,
    ) -> models.EndpointSettings:
        """Build one network endpoint's settings (aliases, links, fixed addresses).

        Args:
            aliases: sets `Aliases`.
            links: sets `Links`.
            ipv4_address: sets `IPAMConfig.IPv4Address`.
            ipv6_address: sets `IPAMConfig.IPv6Address`.
            link_local_ips: sets `IPAMConfig.LinkLocalIPs`.
            driver_opt: sets `DriverOpts`.
            mac_address: sets `MacAddress`.
            gw_priority: sets `GwPriority`.

        Returns:
            EndpointSettings

        Raises:
            InvalidVersion: a keyword given is not in the API version this client uses.
            InvalidArgument: a value of the wrong type or form.
        """
        return _helpers.create_endpoint_config(
            aliases=aliases,
            links=links,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            link_local_ips=link_local_ips,
            driver_opt=driver_opt,
            mac_address=mac_address,
            gw_priority=gw_priority,
            version=await self.negotiate(),
        )

    async def create_container_config(
        self,
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
        """Build the whole create_container body (utils.create_container_config(version, image,
        command, ...)).

        Args:
            image: sets `Image`.
            command: sets `Cmd`.
            hostname: sets `Hostname`.
            user: sets `User`.
            detach: Default: `False`.
            stdin_open: sets `OpenStdin`. Default: `False`.
            tty: sets `Tty`. Default: `False`.
            mem_limit: sets `Memory`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(mem_limit=...)).
            ports: sets `ExposedPorts`.
            environment: sets `Env`.
            dns: sets `Dns`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(dns=...)).
            volumes: sets `Volumes`.
            volumes_from: sets `VolumesFrom`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(volumes_from=...)).
            network_disabled: sets `NetworkDisabled`. Default: `False`.
            entrypoint: sets `Entrypoint`.
            cpu_shares: sets `CpuShares`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(cpu_shares=...)).
            working_dir: sets `WorkingDir`.
            domainname: sets `Domainname`.
            memswap_limit: sets `MemorySwap`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(memswap_limit=...)).
            host_config: sets `HostConfig`.
            mac_address: sets `MacAddress`.
            labels: sets `Labels`.
            volume_driver: sets `VolumeDriver`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(volume_driver=...)).
            stop_signal: sets `StopSignal`.
            networking_config: sets `NetworkingConfig`.
            healthcheck: sets `Healthcheck`.
            stop_timeout: sets `StopTimeout`.

        Returns:
            ContainerCreateRequest

        Raises:
            InvalidVersion: a keyword given is not in the API version this client uses.
            InvalidArgument: a value of the wrong type or form.
        """
        return _helpers.create_container_config(
            image=image,
            command=command,
            hostname=hostname,
            user=user,
            detach=detach,
            stdin_open=stdin_open,
            tty=tty,
            mem_limit=mem_limit,
            ports=ports,
            environment=environment,
            dns=dns,
            volumes=volumes,
            volumes_from=volumes_from,
            network_disabled=network_disabled,
            entrypoint=entrypoint,
            cpu_shares=cpu_shares,
            working_dir=working_dir,
            domainname=domainname,
            memswap_limit=memswap_limit,
            host_config=host_config,
            mac_address=mac_address,
            labels=labels,
            volume_driver=volume_driver,
            stop_signal=stop_signal,
            networking_config=networking_config,
            healthcheck=healthcheck,
            stop_timeout=stop_timeout,
            version=await self.negotiate(),
        )
