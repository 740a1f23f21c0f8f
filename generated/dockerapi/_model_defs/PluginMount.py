# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginMount`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginMount(DockerModel):
        """A mount a plugin declares or gets."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginMount"

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The mount\u0027s name, used to change it with configure_plugin ("name.source=/path").',
        )

        description: str | None = Field(
            default=None, alias="Description", description="What the mount is for."
        )

        settable: list[str] | None = Field(
            default=None,
            alias="Settable",
            description='Which parts of the mount the user may change, e.g. ["source"].',
        )

        source: str | None = Field(default=None, alias="Source", description="The host path mounted.")

        destination: str | None = Field(
            default=None, alias="Destination", description="Where it appears inside the plugin."
        )

        type: str | None = Field(default=None, alias="Type", description='The mount type, e.g. "bind".')

        options: list[str] | None = Field(
            default=None, alias="Options", description='Mount options, e.g. ["rbind", "rw"].'
        )

    return PluginMount
