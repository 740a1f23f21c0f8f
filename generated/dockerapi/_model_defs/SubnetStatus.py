# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SubnetStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SubnetStatus(DockerModel):
        """How many addresses of one subnet are taken and how many remain.

        Fields not in every API version: `IPsInUse`: API >= 1.52.; `DynamicIPsAvailable`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "SubnetStatus"

        ips_in_use: int | None = Field(
            default=None,
            alias="IPsInUse",
            description="Addresses that are assigned or reserved and so cannot be handed out (capped at 2**64 - 1). API \u003e= 1.52.",
        )

        dynamic_ips_available: int | None = Field(
            default=None,
            alias="DynamicIPsAvailable",
            description="Addresses of the subnet\u0027s allocation range still free to hand out (capped at 2**64 - 1). API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "IPsInUse": ((1, 52), None),
            "DynamicIPsAvailable": ((1, 52), None),
        }

    return SubnetStatus
