# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerCPUStats`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ContainerCPUUsage: Any,
    ContainerThrottlingData: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerCPUStats(DockerModel):
        """A container's CPU counters at one moment.

        Fields not in every API version: `online_cpus`: API >= 1.27."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerCPUStats"

        cpu_usage: ContainerCPUUsage | None = Field(
            default=None,
            alias="cpu_usage",
            description="The CPU time the container has used, in total and split by mode.",
        )

        system_cpu_usage: int | None = Field(
            default=None,
            alias="system_cpu_usage",
            description="The host\u0027s total CPU time so far, in nanoseconds (Linux); the denominator of a CPU percentage.",
        )

        online_cpus: int | None = Field(
            default=None,
            alias="online_cpus",
            description="The number of CPUs online on the host (Linux). API \u003e= 1.27.",
        )

        throttling_data: ContainerThrottlingData | None = Field(
            default=None,
            alias="throttling_data",
            description="How often the container\u0027s CPU quota throttled it (Linux).",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "online_cpus": ((1, 27), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "cpu_usage": "ContainerCPUUsage",
            "throttling_data": "ContainerThrottlingData",
        }

    return ContainerCPUStats
