# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.EndpointPortConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class EndpointPortConfig(DockerModel):
        """One published port of a service.

        Fields not in every API version: `PublishMode`: API >= 1.34."""

        __module__ = "dockerapi.models"
        __qualname__ = "EndpointPortConfig"

        name: str | None = Field(default=None, alias="Name", description="An optional name for the port.")

        protocol: Literal["tcp", "udp", "sctp"] | str | None = Field(
            default=None, alias="Protocol", description='The protocol, "tcp", "udp" or "sctp".'
        )

        target_port: int | None = Field(
            default=None, alias="TargetPort", description="The port inside the task\u0027s container."
        )

        published_port: int | None = Field(
            default=None,
            alias="PublishedPort",
            description="The port on the nodes; the swarm picks one (from 30000 up) when it is 0 or missing.",
        )

        publish_mode: Literal["ingress", "host"] | str | None = Field(
            default=None,
            alias="PublishMode",
            description='Where the port is opened, "ingress" (on every node, through the routing mesh) or "host" (only on the node running the task). API \u003e= 1.34.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "PublishMode": ((1, 34), None),
        }

    return EndpointPortConfig
