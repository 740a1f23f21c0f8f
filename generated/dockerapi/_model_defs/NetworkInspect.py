# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkInspect`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ConfigReference: Any,
    EndpointResource: Any,
    IPAM: Any,
    NetworkStatus: Any,
    PeerInfo: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkInspect(DockerModel):
        """The full description of one network, as inspect_network returns it.

        Fields not in every API version: `EnableIPv4`: API >= 1.47.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigFrom`: API >= 1.41.; `ConfigOnly`: API >= 1.41.; `Peers`: API >= 1.41.; `Services`: API >= 1.52.; `Status`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkInspect"

        name: str | None = Field(
            default=None, alias="Name", description='The network\u0027s name, e.g. "bridge" or "app-net".'
        )

        id: str | None = Field(
            default=None,
            alias="Id",
            description="The network\u0027s ID, unique on this host (and in the swarm for a swarm-scoped network).",
        )

        created: str | None = Field(
            default=None, alias="Created", description="When the network was created."
        )

        scope: str | None = Field(
            default=None,
            alias="Scope",
            description='Where the network exists, "local" (this host), "swarm" (the whole swarm) or "global".',
        )

        driver: str | None = Field(
            default=None,
            alias="Driver",
            description='The network driver, e.g. "bridge", "host", "overlay", "macvlan" or a plugin\u0027s name.',
        )

        enable_ipv4: bool | None = Field(
            default=None,
            alias="EnableIPv4",
            description="Whether containers get IPv4 addresses on this network. API \u003e= 1.47.",
        )

        enable_ipv6: bool | None = Field(
            default=None,
            alias="EnableIPv6",
            description="Whether containers also get IPv6 addresses on this network.",
        )

        ipam: IPAM | None = Field(
            default=None,
            alias="IPAM",
            description="How addresses are handed out on this network (driver, subnets, gateways).",
        )

        internal: bool | None = Field(
            default=None,
            alias="Internal",
            description="True when the network has no route to the outside, only between its containers.",
        )

        attachable: bool | None = Field(
            default=None,
            alias="Attachable",
            description="True when plain containers, not only service tasks, may join this swarm network. API \u003e= 1.27.",
        )

        ingress: bool | None = Field(
            default=None,
            alias="Ingress",
            description="True for the swarm\u0027s routing-mesh network that carries published service ports. API \u003e= 1.29.",
        )

        config_from: ConfigReference | None = Field(
            default=None,
            alias="ConfigFrom",
            description="The config-only network this one takes its configuration from, if any. API \u003e= 1.41.",
        )

        config_only: bool | None = Field(
            default=None,
            alias="ConfigOnly",
            description="True for a placeholder network that only holds configuration for others; nothing can join it. API \u003e= 1.41.",
        )

        options: dict[str, str | None] | None = Field(
            default=None,
            alias="Options",
            description="The driver options the network was created with, as strings.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="User metadata, as label to value."
        )

        peers: list[PeerInfo] | None = Field(
            default=None,
            alias="Peers",
            description="The swarm nodes that share this overlay network (overlay networks only). API \u003e= 1.41.",
        )

        containers: dict[str, EndpointResource | None] | None = Field(
            default=None,
            alias="Containers",
            description="The endpoints of the containers attached to the network, keyed by container ID.",
        )

        services: dict[str, Any] | None = Field(
            default=None,
            alias="Services",
            description="For a swarm-scoped network inspected with verbose=True, the services using it and their tasks. API \u003e= 1.52.",
        )

        status: NetworkStatus | None = Field(
            default=None,
            alias="Status",
            description="Live figures about the network, such as how many addresses are in use. API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "EnableIPv4": ((1, 47), None),
            "Attachable": ((1, 27), None),
            "Ingress": ((1, 29), None),
            "ConfigFrom": ((1, 41), None),
            "ConfigOnly": ((1, 41), None),
            "Peers": ((1, 41), None),
            "Services": ((1, 52), None),
            "Status": ((1, 52), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "IPAM": "IPAM",
            "ConfigFrom": "ConfigReference",
            "Peers": "PeerInfo",
            "Containers": "EndpointResource",
            "Status": "NetworkStatus",
        }

    return NetworkInspect
