# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Plugin`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    PluginConfig: Any,
    PluginSettings: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Plugin(DockerModel):
        """An installed plugin.

        Fields not in every API version: `Enabled`: API >= 1.25.; `Settings`: API >= 1.25.; `PluginReference`: API >= 1.26."""

        __module__ = "dockerapi.models"
        __qualname__ = "Plugin"

        id: str | None = Field(default=None, alias="Id", description="The plugin\u0027s ID.")

        name: str | None = Field(
            default=None, alias="Name", description='The plugin\u0027s name, e.g. "vieux/sshfs:latest".'
        )

        enabled: bool | None = Field(
            default=None, alias="Enabled", description="Whether the plugin is running. API \u003e= 1.25."
        )

        settings: PluginSettings | None = Field(
            default=None,
            alias="Settings",
            description="The values currently set for the plugin\u0027s settable options. API \u003e= 1.25.",
        )

        plugin_reference: str | None = Field(
            default=None,
            alias="PluginReference",
            description="The registry reference the plugin was installed from. API \u003e= 1.26.",
        )

        config: PluginConfig | None = Field(
            default=None,
            alias="Config",
            description="The plugin\u0027s manifest: what it provides and what it needs.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Enabled": ((1, 25), None),
            "Settings": ((1, 25), None),
            "PluginReference": ((1, 26), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Settings": "PluginSettings",
            "Config": "PluginConfig",
        }

    return Plugin
