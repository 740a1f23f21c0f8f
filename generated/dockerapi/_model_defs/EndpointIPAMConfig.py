# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.EndpointIPAMConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class EndpointIPAMConfig(DockerModel):
        """Fixed addresses asked for on a network, which must fall within one of the network's subnets."""

        __module__ = "dockerapi.models"
        __qualname__ = "EndpointIPAMConfig"

        ipv4_address: str | None = Field(
            default=None, alias="IPv4Address", description='The IPv4 address to use, e.g. "172.28.0.10".'
        )

        ipv6_address: str | None = Field(
            default=None, alias="IPv6Address", description="The IPv6 address to use."
        )

        link_local_ips: list[str] | None = Field(
            default=None, alias="LinkLocalIPs", description="Additional link-local IPv4 or IPv6 addresses."
        )

    return EndpointIPAMConfig
