# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerPidsStats`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerPidsStats(DockerModel):
        """Process counts of a container (Linux only).

        Fields not in every API version: `current`: API >= 1.48.; `limit`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerPidsStats"

        current: int | None = Field(
            default=None,
            alias="current",
            description="The number of processes and threads in the container\u0027s cgroup now. API \u003e= 1.48.",
        )

        limit: int | None = Field(
            default=None,
            alias="limit",
            description="The most the cgroup allows; 0 means no limit. API \u003e= 1.48.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "current": ((1, 48), None),
            "limit": ((1, 48), None),
        }

    return ContainerPidsStats
