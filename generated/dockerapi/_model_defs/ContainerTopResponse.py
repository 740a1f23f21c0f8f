# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerTopResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerTopResponse(DockerModel):
        """The process table of a container, as `ps` printed it."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerTopResponse"

        titles: list[str] | None = Field(
            default=None,
            alias="Titles",
            description='The column headings, e.g. ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"].',
        )

        processes: list[list[str]] | None = Field(
            default=None,
            alias="Processes",
            description="One row per process, its values ordered like Titles.",
        )

    return ContainerTopResponse
