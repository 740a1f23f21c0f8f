# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginDevice`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginDevice(DockerModel):
        """A host device a plugin declares or gets."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginDevice"

        name: str | None = Field(
            default=None,
            alias="Name",
            description="The device\u0027s name, used to change it with configure_plugin.",
        )

        description: str | None = Field(
            default=None, alias="Description", description="What the device is for."
        )

        settable: list[str] | None = Field(
            default=None, alias="Settable", description='Which parts the user may change, e.g. ["path"].'
        )

        path: str | None = Field(
            default=None, alias="Path", description='The device\u0027s path on the host, e.g. "/dev/fuse".'
        )

    return PluginDevice
