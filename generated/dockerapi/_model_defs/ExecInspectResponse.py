# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ExecInspectResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ProcessConfig: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ExecInspectResponse(DockerModel):
        """The state of an exec instance, as exec_inspect reports it.

        Fields not in every API version: `CanRemove`: API >= 1.36.; `DetachKeys`: API >= 1.36.; `Pid`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "ExecInspectResponse"

        can_remove: bool | None = Field(
            default=None,
            alias="CanRemove",
            description="Whether the daemon may discard the instance\u0027s record (its command has ended). API \u003e= 1.36.",
        )

        detach_keys: str | None = Field(
            default=None,
            alias="DetachKeys",
            description="The key sequence set to detach from the instance; empty when none was given. API \u003e= 1.36.",
        )

        id: str | None = Field(default=None, alias="ID", description="The exec instance\u0027s ID.")

        running: bool | None = Field(
            default=None, alias="Running", description="Whether the command is still running."
        )

        exit_code: int | None = Field(
            default=None,
            alias="ExitCode",
            description="The command\u0027s exit code once it has ended; None while it runs or before it starts.",
        )

        process_config: ProcessConfig | None = Field(
            default=None,
            alias="ProcessConfig",
            description="The command line, user and TTY the instance runs with.",
        )

        open_stdin: bool | None = Field(
            default=None, alias="OpenStdin", description="Whether the instance\u0027s stdin is connected."
        )

        open_stderr: bool | None = Field(
            default=None, alias="OpenStderr", description="Whether the instance\u0027s stderr is captured."
        )

        open_stdout: bool | None = Field(
            default=None, alias="OpenStdout", description="Whether the instance\u0027s stdout is captured."
        )

        container_id: str | None = Field(
            default=None, alias="ContainerID", description="The ID of the container the command runs in."
        )

        pid: int | None = Field(
            default=None,
            alias="Pid",
            description="The host PID of the command\u0027s process; 0 before it starts. API \u003e= 1.25.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "CanRemove": ((1, 36), None),
            "DetachKeys": ((1, 36), None),
            "Pid": ((1, 25), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "ProcessConfig": "ProcessConfig",
        }

    return ExecInspectResponse
