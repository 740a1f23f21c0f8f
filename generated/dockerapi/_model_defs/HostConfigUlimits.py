# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.HostConfigUlimits`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class HostConfigUlimits(DockerModel):
        """One ulimit of the container's processes."""

        __module__ = "dockerapi.models"
        __qualname__ = "HostConfigUlimits"

        name: str | None = Field(
            default=None, alias="Name", description='The limit\u0027s name, e.g. "nofile" or "nproc".'
        )

        soft: int | None = Field(
            default=None,
            alias="Soft",
            description="Soft limit, the value in force for the container\u0027s processes.",
        )

        hard: int | None = Field(
            default=None,
            alias="Hard",
            description="Hard limit, the ceiling up to which the soft limit may be raised.",
        )

    return HostConfigUlimits
