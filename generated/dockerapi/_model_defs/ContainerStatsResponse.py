# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerStatsResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ContainerBlkioStats: Any,
    ContainerCPUStats: Any,
    ContainerMemoryStats: Any,
    ContainerNetworkStats: Any,
    ContainerPidsStats: Any,
    ContainerStorageStats: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerStatsResponse(DockerModel):
        """One resource-usage sample of a container, as stats() yields it.

        Fields not in every API version: `id`: API >= 1.48.; `name`: API >= 1.48.; `os_type`: API >= 1.52.; `num_procs`: API >= 1.48.; `storage_stats`: API >= 1.48.; `preread`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerStatsResponse"

        id: str | None = Field(
            default=None, alias="id", description="The container\u0027s full ID. API \u003e= 1.48."
        )

        name: str | None = Field(
            default=None,
            alias="name",
            description='The container\u0027s name with a leading "/", e.g. "/web". API \u003e= 1.48.',
        )

        os_type: str | None = Field(
            default=None,
            alias="os_type",
            description='Whether this is a "linux" or a "windows" container. API \u003e= 1.52.',
        )

        read: str | None = Field(
            default=None, alias="read", description="When this sample was taken, RFC 3339 with nanoseconds."
        )

        cpu_stats: ContainerCPUStats | None = Field(
            default=None, alias="cpu_stats", description="CPU figures at the time of this sample."
        )

        memory_stats: ContainerMemoryStats | None = Field(
            default=None, alias="memory_stats", description="Memory figures of this sample."
        )

        networks: dict[str, ContainerNetworkStats | None] | None = Field(
            default=None,
            alias="networks",
            description='Traffic counters per network interface, e.g. "eth0"; absent when the container has no network.',
        )

        pids_stats: ContainerPidsStats | None = Field(
            default=None, alias="pids_stats", description="The number of processes and its limit (Linux)."
        )

        blkio_stats: ContainerBlkioStats | None = Field(
            default=None, alias="blkio_stats", description="Block-device IO counters (Linux)."
        )

        num_procs: int | None = Field(
            default=None,
            alias="num_procs",
            description="Windows only; the number of processors; always 0 on Linux. API \u003e= 1.48.",
        )

        storage_stats: ContainerStorageStats | None = Field(
            default=None,
            alias="storage_stats",
            description="Disk IO counters (Windows only). API \u003e= 1.48.",
        )

        preread: str | None = Field(
            default=None,
            alias="preread",
            description='When the previous sample was taken; empty or "0001-01-01T00:00:00Z" for a one-shot sample. API \u003e= 1.48.',
        )

        precpu_stats: ContainerCPUStats | None = Field(
            default=None,
            alias="precpu_stats",
            description="CPU figures of the previous sample, to compute CPU use over the interval.",
        )

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

    return ContainerStatsResponse
