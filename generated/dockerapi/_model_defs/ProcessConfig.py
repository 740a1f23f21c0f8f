# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ProcessConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ProcessConfig(DockerModel):
        """The process an exec instance runs."""

        __module__ = "dockerapi.models"
        __qualname__ = "ProcessConfig"

        privileged: bool | None = Field(
            default=None, alias="privileged", description="Whether it runs with extended privileges."
        )

        user: str | None = Field(
            default=None,
            alias="user",
            description="The user it runs as; empty means the container\u0027s user.",
        )

        tty: bool | None = Field(default=None, alias="tty", description="Whether it has a pseudo-terminal.")

        entrypoint: str | None = Field(
            default=None, alias="entrypoint", description="The program, the first word of the command."
        )

        arguments: list[str] | None = Field(
            default=None, alias="arguments", description="The arguments after the program."
        )

    return ProcessConfig
