# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginPrivilege`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginPrivilege(DockerModel):
        """One privilege a plugin asks for, e.g. network access or a mount."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginPrivilege"

        name: str | None = Field(
            default=None, alias="Name", description='The privilege\u0027s name, e.g. "network" or "mount".'
        )

        description: str | None = Field(
            default=None, alias="Description", description="What the privilege is for."
        )

        value: list[str] | None = Field(
            default=None,
            alias="Value",
            description='The values requested, e.g. ["host"] or ["/var/lib/data"].',
        )

    return PluginPrivilege
