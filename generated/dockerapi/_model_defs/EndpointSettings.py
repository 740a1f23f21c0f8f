# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.EndpointSettings`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    EndpointIPAMConfig: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class EndpointSettings(DockerModel):
        """A container's endpoint on one network, what was asked for and what the daemon assigned.

        Fields not in every API version: `DriverOpts`: API >= 1.32.; `GwPriority`: API >= 1.48.; `DNSNames`: API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "EndpointSettings"

        ipam_config: EndpointIPAMConfig | None = Field(
            default=None, alias="IPAMConfig", description="Addresses asked for on this network."
        )

        links: list[str] | None = Field(
            default=None, alias="Links", description='Legacy links on this network, as "name:alias" strings.'
        )

        mac_address: str | None = Field(
            default=None,
            alias="MacAddress",
            description="MAC address of the endpoint; some drivers ignore a requested one.",
        )

        aliases: list[str] | None = Field(
            default=None,
            alias="Aliases",
            description="Extra DNS names the container answers to on this network.",
        )

        driver_opts: dict[str, str | None] | None = Field(
            default=None,
            alias="DriverOpts",
            description="Options passed to the network driver for this endpoint. API \u003e= 1.32.",
        )

        gw_priority: int | None = Field(
            default=None,
            alias="GwPriority",
            description="Gateway priority; the endpoint with the highest value provides the default route (ties go by network name). API \u003e= 1.48.",
        )

        network_id: str | None = Field(default=None, alias="NetworkID", description="ID of the network.")

        endpoint_id: str | None = Field(default=None, alias="EndpointID", description="ID of the endpoint.")

        gateway: str | None = Field(
            default=None, alias="Gateway", description="IPv4 gateway address on this network."
        )

        ip_address: str | None = Field(
            default=None, alias="IPAddress", description="The container\u0027s IPv4 address on this network."
        )

        ip_prefix_len: int | None = Field(
            default=None, alias="IPPrefixLen", description="Prefix length of the IPv4 address, e.g. 16."
        )

        ipv6_gateway: str | None = Field(
            default=None, alias="IPv6Gateway", description="IPv6 gateway address on this network."
        )

        global_ipv6_address: str | None = Field(
            default=None,
            alias="GlobalIPv6Address",
            description="The container\u0027s global IPv6 address on this network.",
        )

        global_ipv6_prefix_len: int | None = Field(
            default=None,
            alias="GlobalIPv6PrefixLen",
            description="Prefix length of the container\u0027s global IPv6 address, e.g. 64.",
        )

        dns_names: list[str] | None = Field(
            default=None,
            alias="DNSNames",
            description="Every DNS name the container has on this network (name, aliases, short ID, hostname). API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "DriverOpts": ((1, 32), None),
            "GwPriority": ((1, 48), None),
            "DNSNames": ((1, 44), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "IPAMConfig": "EndpointIPAMConfig",
        }

    return EndpointSettings
