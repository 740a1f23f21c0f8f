# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PushImageInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ErrorDetail: Any,
    ProgressDetail: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PushImageInfo(DockerModel):
        """One JSON message of the push progress stream.

        Fields not in every API version: `errorDetail`: API >= 1.48.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "PushImageInfo"

        error_detail: ErrorDetail | None = Field(
            default=None,
            alias="errorDetail",
            description="The error that ended the push, with a code and message. API \u003e= 1.48.",
        )

        status: str | None = Field(
            default=None,
            alias="status",
            description='A status line, e.g. "Pushing", "Pushed" or the pushed digest.',
        )

        progress_detail: ProgressDetail | None = Field(
            default=None,
            alias="progressDetail",
            description="Progress counts (current and total bytes) for the layer.",
        )

        error: str | None = Field(
            default=None,
            alias="error",
            description="The error message that ended the push, as plain text (deprecated; read errorDetail). Not in API \u003e= 1.52.",
        )

        progress: str | None = Field(
            default=None,
            alias="progress",
            description="A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "errorDetail": ((1, 48), None),
            "error": (None, (1, 52)),
            "progress": (None, (1, 52)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "errorDetail": "ErrorDetail",
            "progressDetail": "ProgressDetail",
        }

    return PushImageInfo
