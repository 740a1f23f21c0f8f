# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ProgressMessage`, made on first use by `_model_classes.load()`.

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

    class ProgressMessage(DockerModel):
        """One line of a progress stream (pull, push, build, load, import, plugin install); which fields are set depends on the operation."""

        __module__ = "dockerapi.models"
        __qualname__ = "ProgressMessage"

        status: str | None = Field(
            default=None,
            alias="status",
            description='What is happening, e.g. "Downloading", "Pull complete", or the final digest line.',
        )

        id: str | None = Field(
            default=None, alias="id", description="The layer (short ID) or tag the line is about."
        )

        progress: str | None = Field(
            default=None,
            alias="progress",
            description='A text progress bar, e.g. "[=====\u003e ] 1.2MB/3.4MB".',
        )

        progress_detail: ProgressDetail | None = Field(
            default=None, alias="progressDetail", description="The numbers behind the progress bar."
        )

        stream: str | None = Field(
            default=None,
            alias="stream",
            description="A chunk of build log text (build output), including its newline.",
        )

        error: str | None = Field(
            default=None, alias="error", description="An error message; the operation failed."
        )

        error_detail: ErrorDetail | None = Field(
            default=None, alias="errorDetail", description="The same error with its code."
        )

        aux: Any = Field(
            default=None,
            alias="aux",
            description='Structured extra data, e.g. {"ID": "sha256:..."} for a built image or {"Tag", "Digest", "Size"} after a push.',
        )

        from_: str | None = Field(
            default=None, alias="from", description="The object the line is about, in some older messages."
        )

        time: int | None = Field(
            default=None,
            alias="time",
            description="When the line was written, in Unix seconds (older messages).",
        )

        time_nano: int | None = Field(
            default=None,
            alias="timeNano",
            description="When the line was written, in Unix nanoseconds (older messages).",
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "progressDetail": "ProgressDetail",
            "errorDetail": "ErrorDetail",
        }

    return ProgressMessage
