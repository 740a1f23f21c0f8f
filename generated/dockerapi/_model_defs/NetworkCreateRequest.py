# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkCreateRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ConfigReference: Any,
    IPAM: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkCreateRequest(DockerModel):
        """The body of create_network.

        Fields not in every API version: `Scope`: API >= 1.41.; `Attachable`: API >= 1.27.; `Ingress`: API >= 1.29.; `ConfigOnly`: API >= 1.41.; `ConfigFrom`: API >= 1.41.; `EnableIPv4`: API >= 1.47.; `CheckDuplicate`: Not in API >= 1.46."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkCreateRequest"

        name: str | None = Field(default=None, alias="Name", description="The network\u0027s name.")

        driver: str | None = Field(
            default=None,
            alias="Driver",
            description='Network driver, e.g. "bridge", "overlay", "macvlan" or a plugin.',
        )

        scope: str | None = Field(
            default=None,
            alias="Scope",
            description='Where the network exists, e.g. "local" for one host or "swarm" for the cluster. API \u003e= 1.41.',
        )

        internal: bool | None = Field(
            default=None,
            alias="Internal",
            description="Whether the network is cut off from outside connectivity.",
        )

        attachable: bool | None = Field(
            default=None,
            alias="Attachable",
            description="Whether plain containers, not only services, may join this swarm network. API \u003e= 1.27.",
        )

        ingress: bool | None = Field(
            default=None,
            alias="Ingress",
            description="Whether this is the swarm\u0027s routing-mesh network. API \u003e= 1.29.",
        )

        config_only: bool | None = Field(
            default=None,
            alias="ConfigOnly",
            description="Whether the network only holds configuration for other networks to use (ConfigFrom) and cannot be joined. API \u003e= 1.41.",
        )

        config_from: ConfigReference | None = Field(
            default=None,
            alias="ConfigFrom",
            description="The config-only network whose settings this network takes. API \u003e= 1.41.",
        )

        ipam: IPAM | None = Field(
            default=None, alias="IPAM", description="Address management, driver and subnets."
        )

        enable_ipv4: bool | None = Field(
            default=None, alias="EnableIPv4", description="Whether the network has IPv4. API \u003e= 1.47."
        )

        enable_ipv6: bool | None = Field(
            default=None, alias="EnableIPv6", description="Whether the network has IPv6."
        )

        options: dict[str, str | None] | None = Field(
            default=None, alias="Options", description="Driver-specific options."
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="Metadata labels."
        )

        check_duplicate: bool | None = Field(
            default=None,
            alias="CheckDuplicate",
            description="Whether to refuse a name already in use; newer daemons always refuse one. Not in API \u003e= 1.46.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Scope": ((1, 41), None),
            "Attachable": ((1, 27), None),
            "Ingress": ((1, 29), None),
            "ConfigOnly": ((1, 41), None),
            "ConfigFrom": ((1, 41), None),
            "EnableIPv4": ((1, 47), None),
            "CheckDuplicate": (None, (1, 46)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "ConfigFrom": "ConfigReference",
            "IPAM": "IPAM",
        }

    return NetworkCreateRequest
