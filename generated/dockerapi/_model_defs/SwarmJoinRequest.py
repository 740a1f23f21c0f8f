# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmJoinRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmJoinRequest(DockerModel):
        """The body of join_swarm.

        Fields not in every API version: `DataPathAddr`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmJoinRequest"

        listen_addr: str | None = Field(
            default=None,
            alias="ListenAddr",
            description='Address for manager traffic should the node become a manager, e.g. "0.0.0.0:2377".',
        )

        advertise_addr: str | None = Field(
            default=None,
            alias="AdvertiseAddr",
            description='Address other nodes use to reach this one, e.g. "192.168.1.2:2377" or "eth0".',
        )

        data_path_addr: str | None = Field(
            default=None,
            alias="DataPathAddr",
            description="Address or interface for data traffic between containers; defaults to AdvertiseAddr. API \u003e= 1.30.",
        )

        remote_addrs: list[str] | None = Field(
            default=None,
            alias="RemoteAddrs",
            description='Addresses of managers already in the swarm, e.g. ["192.168.1.1:2377"].',
        )

        join_token: str | None = Field(
            default=None, alias="JoinToken", description="The worker or manager join token."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "DataPathAddr": ((1, 30), None),
        }

    return SwarmJoinRequest
