# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ConfigReference`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ConfigReference(DockerModel):
        """Names the config-only network a network takes its configuration from.

        Fields not in every API version: `Network`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "ConfigReference"

        network: str | None = Field(
            default=None,
            alias="Network",
            description="The name (not the ID) of an existing config-only network. API \u003e= 1.41.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Network": ((1, 41), None),
        }

    return ConfigReference
