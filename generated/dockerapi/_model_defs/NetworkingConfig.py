# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkingConfig`, made on first use by `_model_classes.load()`.

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

    class NetworkingConfig(DockerModel):
        """The networks a container is attached to when it is created, as create_networking_config builds it."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkingConfig"

        endpoints_config: dict[str, EndpointSettings | None] | None = Field(
            default=None,
            alias="EndpointsConfig",
            description="A mapping from network name or ID to the container\u0027s endpoint settings on it (an empty settings document connects with defaults).",
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "EndpointsConfig": "EndpointSettings",
        }

    return NetworkingConfig
