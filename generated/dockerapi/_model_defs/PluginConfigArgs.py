# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginConfigArgs`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginConfigArgs(DockerModel):
        """The arguments a plugin declares for its entrypoint."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginConfigArgs"

        name: str | None = Field(default=None, alias="Name", description="Name of the argument list.")

        description: str | None = Field(
            default=None, alias="Description", description="What the arguments are for."
        )

        settable: list[str] | None = Field(
            default=None,
            alias="Settable",
            description="Which parts the user may change with configure_plugin.",
        )

        value: list[str] | None = Field(default=None, alias="Value", description="The default arguments.")

    return PluginConfigArgs
