# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerExecRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerExecRequest(DockerModel):
        """The body of exec_create, describing a command to run in a running container.

        Fields not in every API version: `ConsoleSize`: API >= 1.42.; `Env`: API >= 1.25.; `WorkingDir`: API >= 1.35."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerExecRequest"

        attach_stdin: bool | None = Field(
            default=None, alias="AttachStdin", description="Whether the command\u0027s stdin is attached."
        )

        attach_stdout: bool | None = Field(
            default=None, alias="AttachStdout", description="Whether the command\u0027s stdout is attached."
        )

        attach_stderr: bool | None = Field(
            default=None, alias="AttachStderr", description="Whether the command\u0027s stderr is attached."
        )

        console_size: list[int] | None = Field(
            default=None,
            alias="ConsoleSize",
            description="Initial terminal size as [height, width] in characters. API \u003e= 1.42.",
        )

        detach_keys: str | None = Field(
            default=None,
            alias="DetachKeys",
            description='Key sequence that detaches from the command, e.g. "ctrl-p,ctrl-q".',
        )

        tty: bool | None = Field(
            default=None, alias="Tty", description="Whether the command gets a pseudo-terminal."
        )

        env: list[str] | None = Field(
            default=None,
            alias="Env",
            description='Extra environment variables as "NAME=value" strings. API \u003e= 1.25.',
        )

        cmd: list[str] | None = Field(default=None, alias="Cmd", description="The command and its arguments.")

        privileged: bool | None = Field(
            default=None, alias="Privileged", description="Whether the command runs with extended privileges."
        )

        user: str | None = Field(
            default=None,
            alias="User",
            description='User to run as, a name or UID optionally followed by ":group" or ":GID"; empty means the container\u0027s user.',
        )

        working_dir: str | None = Field(
            default=None,
            alias="WorkingDir",
            description="Directory in which the command starts; empty means the container\u0027s working directory. API \u003e= 1.35.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ConsoleSize": ((1, 42), None),
            "Env": ((1, 25), None),
            "WorkingDir": ((1, 35), None),
        }

    return ContainerExecRequest
