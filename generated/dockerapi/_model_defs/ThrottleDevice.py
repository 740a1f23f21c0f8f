# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ThrottleDevice`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ThrottleDevice(DockerModel):
        """A rate limit on one block device."""

        __module__ = "dockerapi.models"
        __qualname__ = "ThrottleDevice"

        path: str | None = Field(
            default=None, alias="Path", description='Device path on the host, e.g. "/dev/sda".'
        )

        rate: int | None = Field(
            default=None,
            alias="Rate",
            description="The limit, in bytes per second or I/O operations per second depending on the field that holds it.",
        )

    return ThrottleDevice
