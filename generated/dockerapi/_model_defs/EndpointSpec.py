# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.EndpointSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    EndpointPortConfig: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class EndpointSpec(DockerModel):
        """How a service is reached on its networks and from outside."""

        __module__ = "dockerapi.models"
        __qualname__ = "EndpointSpec"

        mode: Literal["vip", "dnsrr"] | str | None = Field(
            default=None,
            alias="Mode",
            description='How clients find the tasks, "vip" (one virtual IP, load-balanced) or "dnsrr" (DNS round robin over the task addresses).',
        )

        ports: list[EndpointPortConfig] | None = Field(
            default=None,
            alias="Ports",
            description="The ports to publish, each mapping a port of the tasks to a port on the swarm\u0027s nodes.",
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "Ports": "EndpointPortConfig",
        }

    return EndpointSpec
