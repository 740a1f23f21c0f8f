# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PortSummary`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PortSummary(DockerModel):
        """One container port in a containers() listing, with its host binding if published.

        Fields not in every API version: `IP`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "PortSummary"

        ip: str | None = Field(
            default=None,
            alias="IP",
            description='The host address the port is published on, e.g. "0.0.0.0" or "::"; absent when not published. API \u003e= 1.25.',
        )

        private_port: int | None = Field(
            default=None, alias="PrivatePort", description="The port number inside the container."
        )

        public_port: int | None = Field(
            default=None,
            alias="PublicPort",
            description="The port number on the host; absent when not published.",
        )

        type: Literal["tcp", "udp", "sctp"] | str | None = Field(
            default=None, alias="Type", description='The protocol, "tcp", "udp" or "sctp".'
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "IP": ((1, 25), None),
        }

    return PortSummary
