# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.DeviceRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class DeviceRequest(DockerModel):
        """A request for devices, such as GPUs, to be provided by a device driver.

        Fields not in every API version: `Driver`: API >= 1.40.; `Count`: API >= 1.40.; `DeviceIDs`: API >= 1.40.; `Capabilities`: API >= 1.40.; `Options`: API >= 1.40."""

        __module__ = "dockerapi.models"
        __qualname__ = "DeviceRequest"

        driver: str | None = Field(
            default=None,
            alias="Driver",
            description='Name of the device driver, e.g. "nvidia"; when set, Capabilities do not pick the driver. API \u003e= 1.40.',
        )

        count: int | None = Field(
            default=None,
            alias="Count",
            description="How many devices to request; -1 means all available. API \u003e= 1.40.",
        )

        device_ids: list[str] | None = Field(
            default=None,
            alias="DeviceIDs",
            description="IDs of specific devices to request, instead of a Count. API \u003e= 1.40.",
        )

        capabilities: list[list[str]] | None = Field(
            default=None,
            alias="Capabilities",
            description='Capabilities the devices must offer, as a list of alternatives each listing required capabilities, e.g. [["gpu"]] or [["gpu", "compute"]]. API \u003e= 1.40.',
        )

        options: dict[str, str | None] | None = Field(
            default=None,
            alias="Options",
            description="Driver-specific options, passed to the driver unchanged. API \u003e= 1.40.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Driver": ((1, 40), None),
            "Count": ((1, 40), None),
            "DeviceIDs": ((1, 40), None),
            "Capabilities": ((1, 40), None),
            "Options": ((1, 40), None),
        }

    return DeviceRequest
