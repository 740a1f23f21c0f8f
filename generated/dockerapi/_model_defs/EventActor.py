# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.EventActor`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class EventActor(DockerModel):
        """The object an event is about."""

        __module__ = "dockerapi.models"
        __qualname__ = "EventActor"

        id: str | None = Field(
            default=None,
            alias="ID",
            description="The object\u0027s ID (or name, for some kinds such as volumes).",
        )

        attributes: dict[str, str | None] | None = Field(
            default=None,
            alias="Attributes",
            description='Details of the object, e.g. its "name", "image", labels, or "exitCode" for a "die" event.',
        )

    return EventActor
