# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Swarm`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    JoinTokens: Any,
    ObjectVersion: Any,
    SwarmSpec: Any,
    TLSInfo: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Swarm(DockerModel):
        """The swarm as a manager describes it, including the tokens to join it.

        Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

        __module__ = "dockerapi.models"
        __qualname__ = "Swarm"

        id: str | None = Field(default=None, alias="ID", description="The swarm\u0027s ID.")

        version: ObjectVersion | None = Field(
            default=None, alias="Version", description="The swarm\u0027s version, to pass to update_swarm."
        )

        created_at: str | None = Field(
            default=None, alias="CreatedAt", description="When the swarm was created."
        )

        updated_at: str | None = Field(
            default=None, alias="UpdatedAt", description="When the swarm\u0027s settings last changed."
        )

        spec: SwarmSpec | None = Field(
            default=None,
            alias="Spec",
            description="The swarm\u0027s settings (raft, dispatcher, CA, encryption, task defaults).",
        )

        tls_info: TLSInfo | None = Field(
            default=None,
            alias="TLSInfo",
            description="The root CA and the issuer of the nodes\u0027 TLS certificates. API \u003e= 1.30.",
        )

        root_rotation_in_progress: bool | None = Field(
            default=None,
            alias="RootRotationInProgress",
            description="True while the swarm is moving to a new root CA and reissuing node certificates. API \u003e= 1.30.",
        )

        data_path_port: int | None = Field(
            default=None,
            alias="DataPathPort",
            description="The UDP port used for overlay (VXLAN) traffic, 4789 unless set at init. API \u003e= 1.40.",
        )

        default_addr_pool: list[str] | None = Field(
            default=None,
            alias="DefaultAddrPool",
            description="The CIDR ranges from which overlay networks get their subnets. API \u003e= 1.39.",
        )

        subnet_size: int | None = Field(
            default=None,
            alias="SubnetSize",
            description="The prefix length of each subnet cut from the address pools, e.g. 24. API \u003e= 1.39.",
        )

        join_tokens: JoinTokens | None = Field(
            default=None,
            alias="JoinTokens",
            description="The tokens that let a new node join as a worker or as a manager.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "TLSInfo": ((1, 30), None),
            "RootRotationInProgress": ((1, 30), None),
            "DataPathPort": ((1, 40), None),
            "DefaultAddrPool": ((1, 39), None),
            "SubnetSize": ((1, 39), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Version": "ObjectVersion",
            "Spec": "SwarmSpec",
            "TLSInfo": "TLSInfo",
            "JoinTokens": "JoinTokens",
        }

    return Swarm
