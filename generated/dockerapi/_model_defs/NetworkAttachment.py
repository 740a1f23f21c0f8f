# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkAttachment`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Network: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkAttachment(DockerModel):
        """A network a swarm task or node is attached to, with the addresses it holds there."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkAttachment"

        network: Network | None = Field(
            default=None, alias="Network", description="The network, as a full network description."
        )

        addresses: list[str] | None = Field(
            default=None,
            alias="Addresses",
            description='The addresses on that network, in CIDR notation, e.g. ["10.0.1.5/24"].',
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "Network": "Network",
        }

    return NetworkAttachment
