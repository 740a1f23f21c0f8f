# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SystemInfoDefaultAddressPools`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SystemInfoDefaultAddressPools(DockerModel):
        """A pool local networks get their subnets from.

        Fields not in every API version: `Base`: API >= 1.41.; `Size`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "SystemInfoDefaultAddressPools"

        base: str | None = Field(
            default=None,
            alias="Base",
            description='The pool\u0027s range, e.g. "10.10.0.0/16". API \u003e= 1.41.',
        )

        size: int | None = Field(
            default=None,
            alias="Size",
            description="Prefix length of each subnet cut from it, e.g. 24. API \u003e= 1.41.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Base": ((1, 41), None),
            "Size": ((1, 41), None),
        }

    return SystemInfoDefaultAddressPools
