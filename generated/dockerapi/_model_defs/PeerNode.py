# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PeerNode`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PeerNode(DockerModel):
        """A swarm manager as another node knows it.

        Fields not in every API version: `NodeID`: API >= 1.32.; `Addr`: API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "PeerNode"

        node_id: str | None = Field(
            default=None, alias="NodeID", description="The manager\u0027s node ID. API \u003e= 1.32."
        )

        addr: str | None = Field(
            default=None,
            alias="Addr",
            description='The manager\u0027s address, "host:port". API \u003e= 1.32.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "NodeID": ((1, 32), None),
            "Addr": ((1, 32), None),
        }

    return PeerNode
