# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.FilesystemChange`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any

from pydantic import Field

from .._model_base import DockerModel


def make(
    ChangeType: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class FilesystemChange(DockerModel):
        """One path of a container's filesystem that differs from its image."""

        __module__ = "dockerapi.models"
        __qualname__ = "FilesystemChange"

        path: str | None = Field(
            default=None,
            alias="Path",
            description='The absolute path inside the container, e.g. "/tmp/out.log".',
        )

        kind: ChangeType | None = Field(
            default=None, alias="Kind", description="The kind of change: 0 modified, 1 added, 2 deleted."
        )

    return FilesystemChange
