# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PeerInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PeerInfo(DockerModel):
        """One swarm node that takes part in an overlay network.

        Fields not in every API version: `Name`: API >= 1.41.; `IP`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "PeerInfo"

        name: str | None = Field(
            default=None, alias="Name", description="The peer node\u0027s ID in the swarm. API \u003e= 1.41."
        )

        ip: str | None = Field(
            default=None, alias="IP", description="The peer node\u0027s IP address. API \u003e= 1.41."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 41), None),
            "IP": ((1, 41), None),
        }

    return PeerInfo
