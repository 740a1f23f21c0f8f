# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.IDResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class IDResponse(DockerModel):
        """An answer that carries only the ID of what was created, such as a new exec instance."""

        __module__ = "dockerapi.models"
        __qualname__ = "IDResponse"

        id: str | None = Field(default=None, alias="Id", description="The ID of the new object.")

    return IDResponse
