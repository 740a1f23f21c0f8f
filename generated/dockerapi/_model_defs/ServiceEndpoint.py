# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceEndpoint`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    EndpointPortConfig: Any,
    EndpointSpec: Any,
    ServiceEndpointVirtualIPs: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceEndpoint(DockerModel):
        """How a service is reached, as the swarm has set it up."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceEndpoint"

        spec: EndpointSpec | None = Field(
            default=None, alias="Spec", description="The endpoint settings in force."
        )

        ports: list[EndpointPortConfig] | None = Field(
            default=None,
            alias="Ports",
            description="The published ports, with the port numbers the swarm assigned.",
        )

        virtual_ips: list[ServiceEndpointVirtualIPs] | None = Field(
            default=None,
            alias="VirtualIPs",
            description="The service\u0027s virtual IP on each of its networks.",
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "Spec": "EndpointSpec",
            "Ports": "EndpointPortConfig",
            "VirtualIPs": "ServiceEndpointVirtualIPs",
        }

    return ServiceEndpoint
