# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkConnectRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    EndpointSettings: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkConnectRequest(DockerModel):
        """The body of connect_container_to_network."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkConnectRequest"

        container: str | None = Field(
            default=None, alias="Container", description="The container to connect, by ID or name."
        )

        endpoint_config: EndpointSettings | None = Field(
            default=None, alias="EndpointConfig", description="The container\u0027s settings on this network."
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "EndpointConfig": "EndpointSettings",
        }

    return NetworkConnectRequest
