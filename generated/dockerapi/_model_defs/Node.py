# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Node`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ManagerStatus: Any,
    NodeDescription: Any,
    NodeSpec: Any,
    NodeStatus: Any,
    ObjectVersion: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Node(DockerModel):
        """A machine in the swarm, as the managers know it.

        Fields not in every API version: `Status`: API >= 1.32.; `ManagerStatus`: API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "Node"

        id: str | None = Field(default=None, alias="ID", description="The node\u0027s ID.")

        version: ObjectVersion | None = Field(
            default=None, alias="Version", description="The node\u0027s version, to pass to update_node."
        )

        created_at: str | None = Field(
            default=None, alias="CreatedAt", description="When the node joined the swarm."
        )

        updated_at: str | None = Field(
            default=None, alias="UpdatedAt", description="When the node\u0027s record last changed."
        )

        spec: NodeSpec | None = Field(
            default=None,
            alias="Spec",
            description="The settings an operator controls (name, labels, role, availability).",
        )

        description: NodeDescription | None = Field(
            default=None,
            alias="Description",
            description="What the node reports about itself (host name, platform, resources, engine).",
        )

        status: NodeStatus | None = Field(
            default=None,
            alias="Status",
            description="Whether the node is up, and its address. API \u003e= 1.32.",
        )

        manager_status: ManagerStatus | None = Field(
            default=None,
            alias="ManagerStatus",
            description="The node\u0027s place in the manager group; present only for managers. API \u003e= 1.32.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Status": ((1, 32), None),
            "ManagerStatus": ((1, 32), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Version": "ObjectVersion",
            "Spec": "NodeSpec",
            "Description": "NodeDescription",
            "Status": "NodeStatus",
            "ManagerStatus": "ManagerStatus",
        }

    return Node
