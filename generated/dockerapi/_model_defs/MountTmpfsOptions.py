# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.MountTmpfsOptions`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class MountTmpfsOptions(DockerModel):
        """Settings of a tmpfs mount.

        Fields not in every API version: `SizeBytes`: API >= 1.25.; `Options`: API >= 1.46."""

        __module__ = "dockerapi.models"
        __qualname__ = "MountTmpfsOptions"

        size_bytes: int | None = Field(
            default=None, alias="SizeBytes", description="Size limit of the tmpfs in bytes. API \u003e= 1.25."
        )

        mode: int | None = Field(
            default=None,
            alias="Mode",
            description="Permission bits of the tmpfs root as an integer, e.g. 0o1777 written in Python (1023).",
        )

        options: list[list[str]] | None = Field(
            default=None,
            alias="Options",
            description='Extra mount options, each a one-item list for a flag or a [name, value] pair, e.g. [["noexec"], ["nr_inodes", "1000"]]. API \u003e= 1.46.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "SizeBytes": ((1, 25), None),
            "Options": ((1, 46), None),
        }

    return MountTmpfsOptions
