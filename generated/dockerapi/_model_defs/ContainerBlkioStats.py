# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerBlkioStats`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ContainerBlkioStatEntry: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerBlkioStats(DockerModel):
        """Block-device IO counters of a container (Linux only). With cgroup v2 only io_service_bytes_recursive is filled; the other lists are None or empty.

        Fields not in every API version: `io_service_bytes_recursive`: API >= 1.48.; `io_serviced_recursive`: API >= 1.48.; `io_queue_recursive`: API >= 1.48.; `io_service_time_recursive`: API >= 1.48.; `io_wait_time_recursive`: API >= 1.48.; `io_merged_recursive`: API >= 1.48.; `io_time_recursive`: API >= 1.48.; `sectors_recursive`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerBlkioStats"

        io_service_bytes_recursive: list[ContainerBlkioStatEntry] | None = Field(
            default=None,
            alias="io_service_bytes_recursive",
            description="Bytes read and written, per device and operation. API \u003e= 1.48.",
        )

        io_serviced_recursive: list[ContainerBlkioStatEntry] | None = Field(
            default=None,
            alias="io_serviced_recursive",
            description="IO operations done, per device and operation (cgroup v1). API \u003e= 1.48.",
        )

        io_queue_recursive: list[ContainerBlkioStatEntry] | None = Field(
            default=None,
            alias="io_queue_recursive",
            description="IO requests queued, per device and operation (cgroup v1). API \u003e= 1.48.",
        )

        io_service_time_recursive: list[ContainerBlkioStatEntry] | None = Field(
            default=None,
            alias="io_service_time_recursive",
            description="Time spent serving IO, in nanoseconds, per device and operation (cgroup v1). API \u003e= 1.48.",
        )

        io_wait_time_recursive: list[ContainerBlkioStatEntry] | None = Field(
            default=None,
            alias="io_wait_time_recursive",
            description="Time IO requests waited in queues, in nanoseconds, per device and operation (cgroup v1). API \u003e= 1.48.",
        )

        io_merged_recursive: list[ContainerBlkioStatEntry] | None = Field(
            default=None,
            alias="io_merged_recursive",
            description="IO requests merged into others, per device and operation (cgroup v1). API \u003e= 1.48.",
        )

        io_time_recursive: list[ContainerBlkioStatEntry] | None = Field(
            default=None,
            alias="io_time_recursive",
            description="Time the devices were busy with the container\u0027s IO, in milliseconds (cgroup v1). API \u003e= 1.48.",
        )

        sectors_recursive: list[ContainerBlkioStatEntry] | None = Field(
            default=None,
            alias="sectors_recursive",
            description="Sectors transferred, per device (cgroup v1). API \u003e= 1.48.",
        )

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

    return ContainerBlkioStats
