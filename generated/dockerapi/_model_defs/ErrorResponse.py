# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ErrorResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ErrorResponse(DockerModel):
        """The JSON body the daemon sends with an error status."""

        __module__ = "dockerapi.models"
        __qualname__ = "ErrorResponse"

        message: str | None = Field(
            default=None, alias="message", description="The daemon\u0027s error message."
        )

    return ErrorResponse
