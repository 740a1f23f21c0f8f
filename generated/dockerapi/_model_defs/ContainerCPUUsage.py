# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerCPUUsage`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerCPUUsage(DockerModel):
        """The CPU time a container has used since it started."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerCPUUsage"

        total_usage: int | None = Field(
            default=None,
            alias="total_usage",
            description="Total CPU time in nanoseconds (Linux) or units of 100 ns (Windows).",
        )

        percpu_usage: list[int] | None = Field(
            default=None,
            alias="percpu_usage",
            description="CPU time per core in nanoseconds; only on Linux with cgroup v1.",
        )

        usage_in_kernelmode: int | None = Field(
            default=None,
            alias="usage_in_kernelmode",
            description="CPU time spent in kernel mode, nanoseconds (Linux) or units of 100 ns (Windows).",
        )

        usage_in_usermode: int | None = Field(
            default=None,
            alias="usage_in_usermode",
            description="CPU time spent in user mode, nanoseconds (Linux) or units of 100 ns (Windows).",
        )

    return ContainerCPUUsage
