# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.BuildInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ErrorDetail: Any,
    ImageID: Any,
    ProgressDetail: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class BuildInfo(DockerModel):
        """One JSON message of the build output stream.

        Fields not in every API version: `aux`: API >= 1.36.; `error`: Not in API >= 1.52.; `progress`: Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "BuildInfo"

        id: str | None = Field(
            default=None, alias="id", description="ID of the layer or step the message is about."
        )

        stream: str | None = Field(
            default=None,
            alias="stream",
            description="A chunk of build output text, usually ending in a newline.",
        )

        error_detail: ErrorDetail | None = Field(
            default=None,
            alias="errorDetail",
            description="The error that ended the build, with a code and message.",
        )

        status: str | None = Field(
            default=None, alias="status", description="A status line, e.g. while pulling a base image."
        )

        progress_detail: ProgressDetail | None = Field(
            default=None, alias="progressDetail", description="Progress counts for the current status."
        )

        aux: ImageID | None = Field(
            default=None,
            alias="aux",
            description="Extra data, e.g. the ID of the built image at the end. API \u003e= 1.36.",
        )

        error: str | None = Field(
            default=None,
            alias="error",
            description="The error message that ended the build, as plain text (deprecated; read errorDetail). Not in API \u003e= 1.52.",
        )

        progress: str | None = Field(
            default=None,
            alias="progress",
            description="A progress bar rendered as text (deprecated; progressDetail has the numbers). Not in API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "aux": ((1, 36), None),
            "error": (None, (1, 52)),
            "progress": (None, (1, 52)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "errorDetail": "ErrorDetail",
            "progressDetail": "ProgressDetail",
            "aux": "ImageID",
        }

    return BuildInfo
