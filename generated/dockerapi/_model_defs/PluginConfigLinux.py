# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginConfigLinux`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    PluginDevice: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginConfigLinux(DockerModel):
        """Linux privileges a plugin needs.

        Fields not in every API version: `AllowAllDevices`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginConfigLinux"

        capabilities: list[str] | None = Field(
            default=None,
            alias="Capabilities",
            description='Linux capabilities the plugin needs, e.g. ["CAP_SYS_ADMIN"].',
        )

        allow_all_devices: bool | None = Field(
            default=None,
            alias="AllowAllDevices",
            description="Whether the plugin may reach every host device. API \u003e= 1.25.",
        )

        devices: list[PluginDevice] | None = Field(
            default=None, alias="Devices", description="Host devices the plugin asks for."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "AllowAllDevices": ((1, 25), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Devices": "PluginDevice",
        }

    return PluginConfigLinux
