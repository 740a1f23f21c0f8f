# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Resources`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    DeviceMapping: Any,
    DeviceRequest: Any,
    HostConfigBlkioWeightDevice: Any,
    HostConfigUlimits: Any,
    ThrottleDevice: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Resources(DockerModel):
        """The resource limits of a container (CPU, memory, block I/O, devices, processes); HostConfig carries the same fields, and update_container changes them on a live container.

        Fields not in every API version: `CpuRealtimePeriod`: API >= 1.25.; `CpuRealtimeRuntime`: API >= 1.25.; `DeviceCgroupRules`: API >= 1.28.; `DeviceRequests`: API >= 1.40.; `NanoCpus`: API >= 1.25.; `Init`: API >= 1.37.; `CpuCount`: API >= 1.25.; `DiskQuota`: API >= 1.25. Not in API >= 1.40.; `KernelMemory`: API >= 1.36. Not in API >= 1.42.; `KernelMemoryTCP`: API >= 1.40. Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "Resources"

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
            description="Whether a small init process runs as PID 1 to forward signals and reap zombies; null means the daemon\u0027s default. API \u003e= 1.37.",
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

        disk_quota: int | None = Field(
            default=None,
            alias="DiskQuota",
            description="Disk space limit in bytes, for storage backends that support one. API \u003e= 1.25. Not in API \u003e= 1.40.",
        )

        kernel_memory: int | None = Field(
            default=None,
            alias="KernelMemory",
            description="Kernel memory limit in bytes; deprecated and ignored with cgroup v2. API \u003e= 1.36. Not in API \u003e= 1.42.",
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

    return Resources
