# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginSettings`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    PluginDevice: Any,
    PluginMount: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginSettings(DockerModel):
        """The current values of a plugin's settable options (see configure_plugin)."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginSettings"

        mounts: list[PluginMount] | None = Field(
            default=None, alias="Mounts", description="The mounts the plugin gets."
        )

        env: list[str] | None = Field(
            default=None, alias="Env", description='Environment variables, as "NAME=value" strings.'
        )

        args: list[str] | None = Field(
            default=None, alias="Args", description="Arguments given to the plugin\u0027s entrypoint."
        )

        devices: list[PluginDevice] | None = Field(
            default=None, alias="Devices", description="Host devices the plugin gets."
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "Mounts": "PluginMount",
            "Devices": "PluginDevice",
        }

    return PluginSettings
