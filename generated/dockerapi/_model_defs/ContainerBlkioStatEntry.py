# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerBlkioStatEntry`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerBlkioStatEntry(DockerModel):
        """One block-IO counter for one device and one kind of operation.

        Fields not in every API version: `major`: API >= 1.48.; `minor`: API >= 1.48.; `op`: API >= 1.48.; `value`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerBlkioStatEntry"

        major: int | None = Field(
            default=None,
            alias="major",
            description="The device\u0027s major number, e.g. 8 for SCSI disks. API \u003e= 1.48.",
        )

        minor: int | None = Field(
            default=None, alias="minor", description="The device\u0027s minor number. API \u003e= 1.48."
        )

        op: str | None = Field(
            default=None,
            alias="op",
            description='The operation counted, e.g. "read", "write", "sync", "async" or "total" (case varies with the cgroup version). API \u003e= 1.48.',
        )

        value: int | None = Field(
            default=None,
            alias="value",
            description="The counter\u0027s value, in the unit of the list it is in (bytes, operations, nanoseconds...). API \u003e= 1.48.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "major": ((1, 48), None),
            "minor": ((1, 48), None),
            "op": ((1, 48), None),
            "value": ((1, 48), None),
        }

    return ContainerBlkioStatEntry
