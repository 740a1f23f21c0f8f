# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Platform`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Platform(DockerModel):
        """An operating system and CPU architecture."""

        __module__ = "dockerapi.models"
        __qualname__ = "Platform"

        architecture: str | None = Field(
            default=None,
            alias="Architecture",
            description='The CPU architecture, e.g. "x86_64", "amd64" or "arm64".',
        )

        os: str | None = Field(
            default=None, alias="OS", description='The operating system, e.g. "linux" or "windows".'
        )

    return Platform
