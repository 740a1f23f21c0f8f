# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmSpecTaskDefaults`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    SwarmSpecTaskDefaultsLogDriver: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmSpecTaskDefaults(DockerModel):
        """Defaults applied to every task of the swarm."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmSpecTaskDefaults"

        log_driver: SwarmSpecTaskDefaultsLogDriver | None = Field(
            default=None,
            alias="LogDriver",
            description="The log driver for tasks that name none; the engine\u0027s own default applies when unset.",
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "LogDriver": "SwarmSpecTaskDefaultsLogDriver",
        }

    return SwarmSpecTaskDefaults
