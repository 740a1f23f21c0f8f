# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmInitRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    SwarmSpec: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmInitRequest(DockerModel):
        """The body of init_swarm.

        Fields not in every API version: `DataPathAddr`: API >= 1.30.; `DataPathPort`: API >= 1.40.; `DefaultAddrPool`: API >= 1.39.; `SubnetSize`: API >= 1.39."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmInitRequest"

        listen_addr: str | None = Field(
            default=None,
            alias="ListenAddr",
            description='Address for manager traffic, e.g. "0.0.0.0:2377" or "eth0:2377"; also picks the interface for overlay (VXLAN) traffic.',
        )

        advertise_addr: str | None = Field(
            default=None,
            alias="AdvertiseAddr",
            description='Address other nodes use to reach this one, e.g. "192.168.1.1:2377" or "eth0"; the port of ListenAddr is used when none is given.',
        )

        data_path_addr: str | None = Field(
            default=None,
            alias="DataPathAddr",
            description='Address or interface for data traffic between containers, e.g. "192.168.1.1" or "eth0"; defaults to AdvertiseAddr. API \u003e= 1.30.',
        )

        data_path_port: int | None = Field(
            default=None,
            alias="DataPathPort",
            description="UDP port for overlay data traffic, 1024 to 49151; 0 means 4789. API \u003e= 1.40.",
        )

        default_addr_pool: list[str] | None = Field(
            default=None,
            alias="DefaultAddrPool",
            description='Subnets, in CIDR form, from which swarm-scoped networks get theirs, e.g. ["10.20.0.0/16"]. API \u003e= 1.39.',
        )

        force_new_cluster: bool | None = Field(
            default=None,
            alias="ForceNewCluster",
            description="Whether to start a new single-manager cluster from this node\u0027s existing state.",
        )

        subnet_size: int | None = Field(
            default=None,
            alias="SubnetSize",
            description="Prefix length of each subnet carved from the default address pool, e.g. 24. API \u003e= 1.39.",
        )

        spec: SwarmSpec | None = Field(default=None, alias="Spec", description="The swarm\u0027s settings.")

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "DataPathAddr": ((1, 30), None),
            "DataPathPort": ((1, 40), None),
            "DefaultAddrPool": ((1, 39), None),
            "SubnetSize": ((1, 39), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Spec": "SwarmSpec",
        }

    return SwarmInitRequest
