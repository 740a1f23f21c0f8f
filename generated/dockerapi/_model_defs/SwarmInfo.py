# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ClusterInfo: Any,
    LocalNodeState: Any,
    PeerNode: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmInfo(DockerModel):
        """This node's part in a swarm, as info() reports it.

        Fields not in every API version: `NodeID`: API >= 1.32.; `NodeAddr`: API >= 1.32.; `LocalNodeState`: API >= 1.32.; `ControlAvailable`: API >= 1.32.; `Error`: API >= 1.32.; `RemoteManagers`: API >= 1.32.; `Nodes`: API >= 1.32.; `Managers`: API >= 1.32.; `Cluster`: API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmInfo"

        node_id: str | None = Field(
            default=None,
            alias="NodeID",
            description="This node\u0027s ID in the swarm; empty when not part of one. API \u003e= 1.32.",
        )

        node_addr: str | None = Field(
            default=None,
            alias="NodeAddr",
            description="The address other nodes reach this one at. API \u003e= 1.32.",
        )

        local_node_state: LocalNodeState | None = Field(
            default=None,
            alias="LocalNodeState",
            description='This node\u0027s swarm state, "inactive", "pending", "active", "error" or "locked". API \u003e= 1.32.',
        )

        control_available: bool | None = Field(
            default=None,
            alias="ControlAvailable",
            description="Whether this node is a manager. API \u003e= 1.32.",
        )

        error: str | None = Field(
            default=None,
            alias="Error",
            description="The last swarm error on this node, if any. API \u003e= 1.32.",
        )

        remote_managers: list[PeerNode] | None = Field(
            default=None,
            alias="RemoteManagers",
            description="The managers this node knows, with their addresses. API \u003e= 1.32.",
        )

        nodes: int | None = Field(
            default=None,
            alias="Nodes",
            description="How many nodes the swarm has (reported on managers). API \u003e= 1.32.",
        )

        managers: int | None = Field(
            default=None,
            alias="Managers",
            description="How many managers the swarm has (reported on managers). API \u003e= 1.32.",
        )

        cluster: ClusterInfo | None = Field(
            default=None,
            alias="Cluster",
            description="The swarm\u0027s own details (reported on managers). API \u003e= 1.32.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "NodeID": ((1, 32), None),
            "NodeAddr": ((1, 32), None),
            "LocalNodeState": ((1, 32), None),
            "ControlAvailable": ((1, 32), None),
            "Error": ((1, 32), None),
            "RemoteManagers": ((1, 32), None),
            "Nodes": ((1, 32), None),
            "Managers": ((1, 32), None),
            "Cluster": ((1, 32), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "RemoteManagers": "PeerNode",
            "Cluster": "ClusterInfo",
        }

    return SwarmInfo
