# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClusterInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ObjectVersion: Any,
    SwarmSpec: Any,
    TLSInfo: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ClusterInfo(DockerModel):
        """The swarm as a manager sees it.

        Fields not in every API version: `TLSInfo`: API >= 1.30.; `RootRotationInProgress`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClusterInfo"

        id: str | None = Field(default=None, alias="ID", description="The swarm\u0027s ID.")

        version: ObjectVersion | None = Field(
            default=None,
            alias="Version",
            description="The version counter of the swarm object, needed to update it.",
        )

        created_at: str | None = Field(
            default=None, alias="CreatedAt", description="When the swarm was created, as an RFC 3339 string."
        )

        updated_at: str | None = Field(
            default=None,
            alias="UpdatedAt",
            description="When the swarm\u0027s settings last changed, as an RFC 3339 string.",
        )

        spec: SwarmSpec | None = Field(
            default=None,
            alias="Spec",
            description="The swarm\u0027s settings (raft, dispatcher, CA, orchestration...).",
        )

        tls_info: TLSInfo | None = Field(
            default=None,
            alias="TLSInfo",
            description="The swarm\u0027s root CA certificate and the identity of its issuer. API \u003e= 1.30.",
        )

        root_rotation_in_progress: bool | None = Field(
            default=None,
            alias="RootRotationInProgress",
            description="Whether the swarm is replacing its root CA right now. API \u003e= 1.30.",
        )

        data_path_port: int | None = Field(
            default=None,
            alias="DataPathPort",
            description="UDP port for overlay network traffic (VXLAN); 4789 when unset or 0. API \u003e= 1.40.",
        )

        default_addr_pool: list[str] | None = Field(
            default=None,
            alias="DefaultAddrPool",
            description="Ranges (CIDR) that swarm-scope networks get their subnets from. API \u003e= 1.39.",
        )

        subnet_size: int | None = Field(
            default=None,
            alias="SubnetSize",
            description="Prefix length of each subnet taken from DefaultAddrPool, e.g. 24. API \u003e= 1.39.",
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
        }

    return ClusterInfo
