# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClassicEventMessage`, made on first use by `_model_classes.load()`.

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

    class ClassicEventMessage(DockerModel):
        """One event from events(), with the older top-level fields kept alongside the current ones.

        Fields not in every API version: `scope`: API >= 1.40."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClassicEventMessage"

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
            description='The kind of object, e.g. "container", "image", "network", "volume", "daemon", "plugin", "service", "node".',
        )

        action: str | None = Field(
            default=None,
            alias="Action",
            description='What happened, e.g. "create", "start", "die", "pull", "connect", "exec_start: sh".',
        )

        actor: EventActor | None = Field(
            default=None,
            alias="Actor",
            description='The object concerned: its ID and attributes such as "name" or "image".',
        )

        scope: Literal["local", "swarm"] | str | None = Field(
            default=None,
            alias="scope",
            description='"local" for events of this daemon, "swarm" for cluster-wide events. API \u003e= 1.40.',
        )

        time: int | None = Field(default=None, alias="time", description="When it happened, in Unix seconds.")

        time_nano: int | None = Field(
            default=None, alias="timeNano", description="When it happened, in Unix nanoseconds."
        )

        status: str | None = Field(
            default=None,
            alias="status",
            description="The older name for Action, sent for container and image events.",
        )

        id: str | None = Field(
            default=None,
            alias="id",
            description="The older name for Actor\u0027s ID, sent for container and image events.",
        )

        from_: str | None = Field(
            default=None,
            alias="from",
            description="The image of the container concerned, in older container events.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "scope": ((1, 40), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Actor": "EventActor",
        }

    return ClassicEventMessage
