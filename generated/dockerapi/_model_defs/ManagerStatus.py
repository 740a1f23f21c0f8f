# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ManagerStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Reachability: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ManagerStatus(DockerModel):
        """A manager's place in the raft group.

        Fields not in every API version: `Leader`: API >= 1.32.; `Reachability`: API >= 1.32.; `Addr`: API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "ManagerStatus"

        leader: bool | None = Field(
            default=None,
            alias="Leader",
            description="True on the manager that currently leads. API \u003e= 1.32.",
        )

        reachability: Reachability | None = Field(
            default=None,
            alias="Reachability",
            description='Whether the other managers can reach this one, "reachable", "unreachable" or "unknown". API \u003e= 1.32.',
        )

        addr: str | None = Field(
            default=None,
            alias="Addr",
            description='The "address:port" where this manager listens for other managers, e.g. "10.0.0.5:2377". API \u003e= 1.32.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Leader": ((1, 32), None),
            "Reachability": ((1, 32), None),
            "Addr": ((1, 32), None),
        }

    return ManagerStatus
