# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NodeSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NodeSpec(DockerModel):
        """The settings of a node that update_node changes."""

        __module__ = "dockerapi.models"
        __qualname__ = "NodeSpec"

        name: str | None = Field(
            default=None, alias="Name", description="A name for the node, set by the operator."
        )

        labels: dict[str, str | None] | None = Field(
            default=None,
            alias="Labels",
            description="Node labels, usable in placement constraints as node.labels.KEY.",
        )

        role: Literal["worker", "manager"] | str | None = Field(
            default=None,
            alias="Role",
            description='The node\u0027s role, "worker" or "manager" (promote or demote by changing it).',
        )

        availability: Literal["active", "pause", "drain"] | str | None = Field(
            default=None,
            alias="Availability",
            description='Whether the node takes tasks, "active", "pause" (keeps its tasks, takes no new ones) or "drain" (moves its tasks away).',
        )

    return NodeSpec
