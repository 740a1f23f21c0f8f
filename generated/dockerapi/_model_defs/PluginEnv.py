# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginEnv`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginEnv(DockerModel):
        """An environment variable a plugin declares."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginEnv"

        name: str | None = Field(default=None, alias="Name", description="The variable\u0027s name.")

        description: str | None = Field(
            default=None, alias="Description", description="What the variable controls."
        )

        settable: list[str] | None = Field(
            default=None, alias="Settable", description='Which parts the user may change, e.g. ["value"].'
        )

        value: str | None = Field(default=None, alias="Value", description="The default value.")

    return PluginEnv
