# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.EngineDescription`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    EngineDescriptionPlugins: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class EngineDescription(DockerModel):
        """The Docker engine on a node."""

        __module__ = "dockerapi.models"
        __qualname__ = "EngineDescription"

        engine_version: str | None = Field(
            default=None, alias="EngineVersion", description='The engine\u0027s version, e.g. "28.5.2".'
        )

        labels: dict[str, str | None] | None = Field(
            default=None,
            alias="Labels",
            description="The engine\u0027s labels (from the daemon configuration), usable in constraints as engine.labels.KEY.",
        )

        plugins: list[EngineDescriptionPlugins] | None = Field(
            default=None, alias="Plugins", description="The plugins the engine offers, by type and name."
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "Plugins": "EngineDescriptionPlugins",
        }

    return EngineDescription
