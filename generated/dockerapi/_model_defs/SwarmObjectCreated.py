# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmObjectCreated`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmObjectCreated(DockerModel):
        """What create_secret and create_config return."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmObjectCreated"

        id: str | None = Field(
            default=None,
            alias="ID",
            description="The new secret\u0027s or config\u0027s ID, for inspect, update and remove calls and for a service\u0027s secret or config references.",
        )

    return SwarmObjectCreated
