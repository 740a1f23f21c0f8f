# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    NetworkTaskInfo: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceInfo(DockerModel):
        """A swarm service on a network, in a verbose network inspect.

        Fields not in every API version: `VIP`: API >= 1.52.; `Ports`: API >= 1.52.; `LocalLBIndex`: API >= 1.52.; `Tasks`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceInfo"

        vip: str | None = Field(
            default=None,
            alias="VIP",
            description="The service\u0027s virtual IP on the network. API \u003e= 1.52.",
        )

        ports: list[str] | None = Field(
            default=None,
            alias="Ports",
            description="The service\u0027s published ports, as text. API \u003e= 1.52.",
        )

        local_lb_index: int | None = Field(
            default=None,
            alias="LocalLBIndex",
            description="Index of the service\u0027s load balancer on this node. API \u003e= 1.52.",
        )

        tasks: list[NetworkTaskInfo] | None = Field(
            default=None, alias="Tasks", description="The tasks behind the service. API \u003e= 1.52."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "VIP": ((1, 52), None),
            "Ports": ((1, 52), None),
            "LocalLBIndex": ((1, 52), None),
            "Tasks": ((1, 52), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Tasks": "NetworkTaskInfo",
        }

    return ServiceInfo
