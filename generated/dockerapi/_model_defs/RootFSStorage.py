# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.RootFSStorage`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    RootFSStorageSnapshot: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class RootFSStorage(DockerModel):
        """The storage of a container's root filesystem.

        Fields not in every API version: `Snapshot`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "RootFSStorage"

        snapshot: RootFSStorageSnapshot | None = Field(
            default=None,
            alias="Snapshot",
            description="The containerd snapshot that holds it. API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Snapshot": ((1, 52), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Snapshot": "RootFSStorageSnapshot",
        }

    return RootFSStorage
