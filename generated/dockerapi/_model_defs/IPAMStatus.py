# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.IPAMStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    SubnetStatus: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class IPAMStatus(DockerModel):
        """Address usage of a network, per subnet.

        Fields not in every API version: `Subnets`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "IPAMStatus"

        subnets: dict[str, SubnetStatus | None] | None = Field(
            default=None,
            alias="Subnets",
            description='Usage figures keyed by subnet in CIDR notation, e.g. "172.18.0.0/16". API \u003e= 1.52.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Subnets": ((1, 52), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Subnets": "SubnetStatus",
        }

    return IPAMStatus
