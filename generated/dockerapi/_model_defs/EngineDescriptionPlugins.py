# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.EngineDescriptionPlugins`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class EngineDescriptionPlugins(DockerModel):
        """One plugin an engine offers."""

        __module__ = "dockerapi.models"
        __qualname__ = "EngineDescriptionPlugins"

        type: str | None = Field(
            default=None,
            alias="Type",
            description='The kind of plugin, e.g. "Volume", "Network", "Log" or "Authorization".',
        )

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The plugin\u0027s name, e.g. "local", "overlay" or "json-file".',
        )

    return EngineDescriptionPlugins
