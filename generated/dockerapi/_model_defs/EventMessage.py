# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.EventMessage`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    EventActor: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class EventMessage(DockerModel):
        """One event of the events stream.

        Fields not in every API version: `scope`: API >= 1.40."""

        __module__ = "dockerapi.models"
        __qualname__ = "EventMessage"

        type: (
            Literal[
                "builder",
                "config",
                "container",
                "daemon",
                "image",
                "network",
                "node",
                "plugin",
                "secret",
                "service",
                "volume",
            ]
            | str
            | None
        ) = Field(
            default=None,
            alias="Type",
            description='Kind of object the event is about, e.g. "container", "image", "network", "volume" or "service".',
        )

        action: str | None = Field(
            default=None,
            alias="Action",
            description='What happened, e.g. "create", "start", "die", "pull" or "health_status: healthy".',
        )

        actor: EventActor | None = Field(
            default=None,
            alias="Actor",
            description="The object the event is about, with its ID and attributes.",
        )

        scope: Literal["local", "swarm"] | str | None = Field(
            default=None,
            alias="scope",
            description='Where the event happened, "local" for this daemon or "swarm" for the cluster. API \u003e= 1.40.',
        )

        time: int | None = Field(default=None, alias="time", description="When it happened, in Unix seconds.")

        time_nano: int | None = Field(
            default=None, alias="timeNano", description="When it happened, in Unix nanoseconds."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "scope": ((1, 40), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Actor": "EventActor",
        }

    return EventMessage
