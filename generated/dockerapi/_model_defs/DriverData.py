# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.DriverData`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class DriverData(DockerModel):
        """A storage driver and the driver-specific details of one container or image filesystem."""

        __module__ = "dockerapi.models"
        __qualname__ = "DriverData"

        name: str | None = Field(
            default=None, alias="Name", description='The storage driver, e.g. "overlay2".'
        )

        data: dict[str, str | None] | None = Field(
            default=None,
            alias="Data",
            description="Details that depend on the driver, e.g. LowerDir, UpperDir, MergedDir and WorkDir for overlay2; informational only.",
        )

    return DriverData
