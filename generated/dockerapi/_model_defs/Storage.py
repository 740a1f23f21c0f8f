# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Storage`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    RootFSStorage: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Storage(DockerModel):
        """How a container's filesystem is stored when the daemon uses the containerd image store.

        Fields not in every API version: `RootFS`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "Storage"

        root_fs: RootFSStorage | None = Field(
            default=None, alias="RootFS", description="The storage of the root filesystem. API \u003e= 1.52."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "RootFS": ((1, 52), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "RootFS": "RootFSStorage",
        }

    return Storage
