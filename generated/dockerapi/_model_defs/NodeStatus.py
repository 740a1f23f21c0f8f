# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NodeStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    NodeState: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NodeStatus(DockerModel):
        """The health of a node as the managers see it.

        Fields not in every API version: `State`: API >= 1.32.; `Message`: API >= 1.32.; `Addr`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "NodeStatus"

        state: NodeState | None = Field(
            default=None,
            alias="State",
            description='The node\u0027s state, "unknown", "down", "ready" or "disconnected". API \u003e= 1.32.',
        )

        message: str | None = Field(
            default=None,
            alias="Message",
            description="A note explaining the state, or empty. API \u003e= 1.32.",
        )

        addr: str | None = Field(
            default=None,
            alias="Addr",
            description="The node\u0027s IP address as the managers see it. API \u003e= 1.25.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "State": ((1, 32), None),
            "Message": ((1, 32), None),
            "Addr": ((1, 25), None),
        }

    return NodeStatus
