# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.HostConfigBlkioWeightDevice`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class HostConfigBlkioWeightDevice(DockerModel):
        """The relative block I/O weight of one device."""

        __module__ = "dockerapi.models"
        __qualname__ = "HostConfigBlkioWeightDevice"

        path: str | None = Field(
            default=None, alias="Path", description='Device path on the host, e.g. "/dev/sda".'
        )

        weight: int | None = Field(
            default=None, alias="Weight", description="Relative weight for that device, 10 to 1000."
        )

    return HostConfigBlkioWeightDevice
