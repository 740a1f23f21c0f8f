# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.DeviceInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class DeviceInfo(DockerModel):
        """A device the daemon found that containers can request.

        Fields not in every API version: `Source`: API >= 1.50.; `ID`: API >= 1.50."""

        __module__ = "dockerapi.models"
        __qualname__ = "DeviceInfo"

        source: str | None = Field(
            default=None,
            alias="Source",
            description='The device driver that found it, e.g. "cdi". API \u003e= 1.50.',
        )

        id: str | None = Field(
            default=None,
            alias="ID",
            description='The device\u0027s name within that driver, e.g. "vendor.com/gpu=0" for CDI. API \u003e= 1.50.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Source": ((1, 50), None),
            "ID": ((1, 50), None),
        }

    return DeviceInfo
