# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkTaskInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkTaskInfo(DockerModel):
        """One task behind a swarm service on a network, in a verbose network inspect.

        Fields not in every API version: `Name`: API >= 1.52.; `EndpointID`: API >= 1.52.; `EndpointIP`: API >= 1.52.; `Info`: API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkTaskInfo"

        name: str | None = Field(
            default=None, alias="Name", description="The task\u0027s name. API \u003e= 1.52."
        )

        endpoint_id: str | None = Field(
            default=None,
            alias="EndpointID",
            description="ID of the task\u0027s endpoint on the network. API \u003e= 1.52.",
        )

        endpoint_ip: str | None = Field(
            default=None,
            alias="EndpointIP",
            description="The task\u0027s address on the network. API \u003e= 1.52.",
        )

        info: dict[str, str | None] | None = Field(
            default=None, alias="Info", description="Driver-specific details. API \u003e= 1.52."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 52), None),
            "EndpointID": ((1, 52), None),
            "EndpointIP": ((1, 52), None),
            "Info": ((1, 52), None),
        }

    return NetworkTaskInfo
