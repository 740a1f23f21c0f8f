# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PortStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    EndpointPortConfig: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PortStatus(DockerModel):
        """Ports a task publishes on its own node.

        Fields not in every API version: `Ports`: API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "PortStatus"

        ports: list[EndpointPortConfig] | None = Field(
            default=None,
            alias="Ports",
            description="The published ports, with the port numbers in use. API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Ports": ((1, 44), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Ports": "EndpointPortConfig",
        }

    return PortStatus
