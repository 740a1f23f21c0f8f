# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerSummaryNetworkSettings`, made on first use by `_model_classes.load()`.

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

    class ContainerSummaryNetworkSettings(DockerModel):
        """The networks of a container as containers() reports them."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerSummaryNetworkSettings"

        networks: dict[str, EndpointSettings | None] | None = Field(
            default=None,
            alias="Networks",
            description="The container\u0027s endpoint in each network it has joined, by network name.",
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "Networks": "EndpointSettings",
        }

    return ContainerSummaryNetworkSettings
