# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PortBinding`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PortBinding(DockerModel):
        """One host address and port a container port is published on.

        Fields not in every API version: `HostIp`: API >= 1.32.; `HostPort`: API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "PortBinding"

        host_ip: str | None = Field(
            default=None,
            alias="HostIp",
            description="Host address to listen on; empty means every address. API \u003e= 1.32.",
        )

        host_port: str | None = Field(
            default=None,
            alias="HostPort",
            description="Host port as a string; empty asks the daemon to pick a free one. API \u003e= 1.32.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "HostIp": ((1, 32), None),
            "HostPort": ((1, 32), None),
        }

    return PortBinding
