# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.EndpointResource`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class EndpointResource(DockerModel):
        """One container's connection to a network, as inspect_network lists it."""

        __module__ = "dockerapi.models"
        __qualname__ = "EndpointResource"

        name: str | None = Field(default=None, alias="Name", description="The container\u0027s name.")

        endpoint_id: str | None = Field(
            default=None,
            alias="EndpointID",
            description="The ID of the container\u0027s endpoint on this network.",
        )

        mac_address: str | None = Field(
            default=None,
            alias="MacAddress",
            description="The MAC address of the container\u0027s interface on this network.",
        )

        ipv4_address: str | None = Field(
            default=None,
            alias="IPv4Address",
            description='The container\u0027s IPv4 address with prefix length, e.g. "172.18.0.2/16".',
        )

        ipv6_address: str | None = Field(
            default=None,
            alias="IPv6Address",
            description="The container\u0027s IPv6 address with prefix length, or empty.",
        )

    return EndpointResource
