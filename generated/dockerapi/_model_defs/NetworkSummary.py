# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkSummary`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ConfigReference: Any,
    IPAM: Any,
    PeerInfo: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkSummary(DockerModel):
        """One entry of the network list (networks), without the attached containers.

        Fields not in every API version: `Name`: API >= 1.52.; `Id`: API >= 1.52.; `Created`: API >= 1.52.; `Scope`: API >= 1.52.; `Driver`: API >= 1.52.; `EnableIPv4`: API >= 1.52.; `EnableIPv6`: API >= 1.52.; `IPAM`: API >= 1.52.; `Internal`: API >= 1.52.; `Attachable`: API >= 1.52.; `Ingress`: API >= 1.52.; `ConfigFrom`: API >= 1.52.; `ConfigOnly`: API >= 1.52.; `Options`: API >= 1.52.; `Labels`: API >= 1.52.; `Peers`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkSummary"

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The network\u0027s name, e.g. "bridge" or "app-net". API \u003e= 1.52.',
        )

        id: str | None = Field(
            default=None,
            alias="Id",
            description="The network\u0027s ID, unique on this host (and in the swarm for a swarm-scoped network). API \u003e= 1.52.",
        )

        created: str | None = Field(
            default=None, alias="Created", description="When the network was created. API \u003e= 1.52."
        )

        scope: str | None = Field(
            default=None,
            alias="Scope",
            description='Where the network exists, "local" (this host), "swarm" (the whole swarm) or "global". API \u003e= 1.52.',
        )

        driver: str | None = Field(
            default=None,
            alias="Driver",
            description='The network driver, e.g. "bridge", "host", "overlay", "macvlan" or a plugin\u0027s name. API \u003e= 1.52.',
        )

        enable_ipv4: bool | None = Field(
            default=None,
            alias="EnableIPv4",
            description="Whether containers get IPv4 addresses on this network. API \u003e= 1.52.",
        )

        enable_ipv6: bool | None = Field(
            default=None,
            alias="EnableIPv6",
            description="Whether containers also get IPv6 addresses on this network. API \u003e= 1.52.",
        )

        ipam: IPAM | None = Field(
            default=None,
            alias="IPAM",
            description="How addresses are handed out on this network (driver, subnets, gateways). API \u003e= 1.52.",
        )

        internal: bool | None = Field(
            default=None,
            alias="Internal",
            description="True when the network has no route to the outside, only between its containers. API \u003e= 1.52.",
        )

        attachable: bool | None = Field(
            default=None,
            alias="Attachable",
            description="True when plain containers, not only service tasks, may join this swarm network. API \u003e= 1.52.",
        )

        ingress: bool | None = Field(
            default=None,
            alias="Ingress",
            description="True for the swarm\u0027s routing-mesh network that carries published service ports. API \u003e= 1.52.",
        )

        config_from: ConfigReference | None = Field(
            default=None,
            alias="ConfigFrom",
            description="The config-only network this one takes its configuration from, if any. API \u003e= 1.52.",
        )

        config_only: bool | None = Field(
            default=None,
            alias="ConfigOnly",
            description="True for a placeholder network that only holds configuration for others; nothing can join it. API \u003e= 1.52.",
        )

        options: dict[str, str | None] | None = Field(
            default=None,
            alias="Options",
            description="The driver options the network was created with, as strings. API \u003e= 1.52.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="User metadata, as label to value. API \u003e= 1.52."
        )

        peers: list[PeerInfo] | None = Field(
            default=None,
            alias="Peers",
            description="The swarm nodes that share this overlay network (overlay networks only). API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 52), None),
            "Id": ((1, 52), None),
            "Created": ((1, 52), None),
            "Scope": ((1, 52), None),
            "Driver": ((1, 52), None),
            "EnableIPv4": ((1, 52), None),
            "EnableIPv6": ((1, 52), None),
            "IPAM": ((1, 52), None),
            "Internal": ((1, 52), None),
            "Attachable": ((1, 52), None),
            "Ingress": ((1, 52), None),
            "ConfigFrom": ((1, 52), None),
            "ConfigOnly": ((1, 52), None),
            "Options": ((1, 52), None),
            "Labels": ((1, 52), None),
            "Peers": ((1, 52), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "IPAM": "IPAM",
            "ConfigFrom": "ConfigReference",
            "Peers": "PeerInfo",
        }

    return NetworkSummary
