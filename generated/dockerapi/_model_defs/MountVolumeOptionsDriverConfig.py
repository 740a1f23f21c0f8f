# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.MountVolumeOptionsDriverConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class MountVolumeOptionsDriverConfig(DockerModel):
        """The volume driver, and its options, for a volume a mount creates."""

        __module__ = "dockerapi.models"
        __qualname__ = "MountVolumeOptionsDriverConfig"

        name: str | None = Field(
            default=None, alias="Name", description='The volume driver\u0027s name, e.g. "local".'
        )

        options: dict[str, str | None] | None = Field(
            default=None, alias="Options", description="Driver-specific options as strings."
        )

    return MountVolumeOptionsDriverConfig
