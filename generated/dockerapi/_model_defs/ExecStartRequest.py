# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ExecStartRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ExecStartRequest(DockerModel):
        """The body of exec_start.

        Fields not in every API version: `ConsoleSize`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "ExecStartRequest"

        detach: bool | None = Field(
            default=None,
            alias="Detach",
            description="Whether to start the command without attaching to its output.",
        )

        tty: bool | None = Field(
            default=None,
            alias="Tty",
            description="Whether the command\u0027s output comes through a pseudo-terminal, unmultiplexed.",
        )

        console_size: list[int] | None = Field(
            default=None,
            alias="ConsoleSize",
            description="Initial terminal size as [height, width] in characters. API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ConsoleSize": ((1, 42), None),
        }

    return ExecStartRequest
