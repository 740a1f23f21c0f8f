# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkSettings`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Address: Any,
    EndpointSettings: Any,
    PortMap: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkSettings(DockerModel):
        """A container's network namespace, published ports and networks, as inspect_container reports them.

        Fields not in every API version: `Address`: API >= 1.25. Not in API >= 1.32.; `Bridge`: Not in API >= 1.52.; `EndpointID`: Not in API >= 1.52.; `Gateway`: Not in API >= 1.52.; `GlobalIPv6Address`: Not in API >= 1.52.; `GlobalIPv6PrefixLen`: Not in API >= 1.52.; `HairpinMode`: Not in API >= 1.52.; `IPAddress`: Not in API >= 1.52.; `IPPrefixLen`: Not in API >= 1.52.; `IPv6Gateway`: Not in API >= 1.52.; `LinkLocalIPv6Address`: Not in API >= 1.52.; `LinkLocalIPv6PrefixLen`: Not in API >= 1.52.; `MacAddress`: Not in API >= 1.52.; `PortMapping`: API >= 1.25. Not in API >= 1.32.; `SecondaryIPAddresses`: Not in API >= 1.52.; `SecondaryIPv6Addresses`: Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkSettings"

        sandbox_id: str | None = Field(
            default=None,
            alias="SandboxID",
            description="The ID of the container\u0027s network sandbox (its network namespace).",
        )

        sandbox_key: str | None = Field(
            default=None,
            alias="SandboxKey",
            description='The host path of the network namespace, e.g. "/var/run/docker/netns/1a2b3c4d5e6f".',
        )

        ports: PortMap | None = Field(
            default=None,
            alias="Ports",
            description='Published ports: keys such as "80/tcp", each with a list of {"HostIp", "HostPort"} bindings, or None if exposed only.',
        )

        networks: dict[str, EndpointSettings | None] | None = Field(
            default=None,
            alias="Networks",
            description="The container\u0027s endpoint in each network it has joined, by network name.",
        )

        address: str | None = Field(
            default=None,
            alias="Address",
            description="A legacy address field of API versions before 1.32; not filled by current daemons. API \u003e= 1.25. Not in API \u003e= 1.32.",
        )

        bridge: str | None = Field(
            default=None,
            alias="Bridge",
            description="The bridge interface given to the daemon with --bridge; usually empty. Not in API \u003e= 1.52.",
        )

        endpoint_id: str | None = Field(
            default=None,
            alias="EndpointID",
            description='The endpoint ID on the default bridge network; read it from Networks["bridge"] instead. Not in API \u003e= 1.52.',
        )

        gateway: str | None = Field(
            default=None,
            alias="Gateway",
            description='The gateway on the default bridge network; read it from Networks["bridge"] instead. Not in API \u003e= 1.52.',
        )

        global_ipv6_address: str | None = Field(
            default=None,
            alias="GlobalIPv6Address",
            description='The global IPv6 address on the default bridge network; read it from Networks["bridge"] instead. Not in API \u003e= 1.52.',
        )

        global_ipv6_prefix_len: int | None = Field(
            default=None,
            alias="GlobalIPv6PrefixLen",
            description="The prefix length of that IPv6 address. Not in API \u003e= 1.52.",
        )

        hairpin_mode: bool | None = Field(
            default=None,
            alias="HairpinMode",
            description="Whether hairpin NAT is on for the interface; never set by recent daemons. Not in API \u003e= 1.52.",
        )

        ip_address: str | None = Field(
            default=None,
            alias="IPAddress",
            description='The IPv4 address on the default bridge network; read it from Networks["bridge"] instead. Not in API \u003e= 1.52.',
        )

        ip_prefix_len: int | None = Field(
            default=None,
            alias="IPPrefixLen",
            description="The prefix length of that IPv4 address, e.g. 16. Not in API \u003e= 1.52.",
        )

        ipv6_gateway: str | None = Field(
            default=None,
            alias="IPv6Gateway",
            description='The IPv6 gateway on the default bridge network; read it from Networks["bridge"] instead. Not in API \u003e= 1.52.',
        )

        link_local_ipv6_address: str | None = Field(
            default=None,
            alias="LinkLocalIPv6Address",
            description="A link-local IPv6 address; never set by recent daemons. Not in API \u003e= 1.52.",
        )

        link_local_ipv6_prefix_len: int | None = Field(
            default=None,
            alias="LinkLocalIPv6PrefixLen",
            description="The prefix length of that link-local address; never set by recent daemons. Not in API \u003e= 1.52.",
        )

        mac_address: str | None = Field(
            default=None,
            alias="MacAddress",
            description='The MAC address on the default bridge network; read it from Networks["bridge"] instead. Not in API \u003e= 1.52.',
        )

        port_mapping: str | None = Field(
            default=None,
            alias="PortMapping",
            description="A legacy field of API versions before 1.32; not filled by current daemons. API \u003e= 1.25. Not in API \u003e= 1.32.",
        )

        secondary_ip_addresses: list[Address] | None = Field(
            default=None,
            alias="SecondaryIPAddresses",
            description="Extra IPv4 addresses; never set by recent daemons. Not in API \u003e= 1.52.",
        )

        secondary_ipv6_addresses: list[Address] | None = Field(
            default=None,
            alias="SecondaryIPv6Addresses",
            description="Extra IPv6 addresses; never set by recent daemons. Not in API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Address": ((1, 25), (1, 32)),
            "Bridge": (None, (1, 52)),
            "EndpointID": (None, (1, 52)),
            "Gateway": (None, (1, 52)),
            "GlobalIPv6Address": (None, (1, 52)),
            "GlobalIPv6PrefixLen": (None, (1, 52)),
            "HairpinMode": (None, (1, 52)),
            "IPAddress": (None, (1, 52)),
            "IPPrefixLen": (None, (1, 52)),
            "IPv6Gateway": (None, (1, 52)),
            "LinkLocalIPv6Address": (None, (1, 52)),
            "LinkLocalIPv6PrefixLen": (None, (1, 52)),
            "MacAddress": (None, (1, 52)),
            "PortMapping": ((1, 25), (1, 32)),
            "SecondaryIPAddresses": (None, (1, 52)),
            "SecondaryIPv6Addresses": (None, (1, 52)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Networks": "EndpointSettings",
            "SecondaryIPAddresses": "Address",
            "SecondaryIPv6Addresses": "Address",
        }

    return NetworkSettings
