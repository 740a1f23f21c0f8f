# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.IPAMConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class IPAMConfig(DockerModel):
        """One address pool of a network.

        Fields not in every API version: `Subnet`: API >= 1.41.; `IPRange`: API >= 1.41.; `Gateway`: API >= 1.41.; `AuxiliaryAddresses`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "IPAMConfig"

        subnet: str | None = Field(
            default=None,
            alias="Subnet",
            description='The subnet in CIDR notation, e.g. "172.28.0.0/16". API \u003e= 1.41.',
        )

        ip_range: str | None = Field(
            default=None,
            alias="IPRange",
            description='The part of the subnet from which container addresses are taken, in CIDR notation, e.g. "172.28.5.0/24". API \u003e= 1.41.',
        )

        gateway: str | None = Field(
            default=None,
            alias="Gateway",
            description='The gateway address for the subnet, e.g. "172.28.0.1". API \u003e= 1.41.',
        )

        auxiliary_addresses: dict[str, str | None] | None = Field(
            default=None,
            alias="AuxiliaryAddresses",
            description='Addresses the driver must not hand out, keyed by a host name, e.g. {"router": "172.28.1.5"}. API \u003e= 1.41.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Subnet": ((1, 41), None),
            "IPRange": ((1, 41), None),
            "Gateway": ((1, 41), None),
            "AuxiliaryAddresses": ((1, 41), None),
        }

    return IPAMConfig
