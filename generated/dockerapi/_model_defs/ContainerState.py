# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerState`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    Health: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerState(DockerModel):
        """The run state of a container, as inspect_container reports it.

        Fields not in every API version: `Health`: API >= 1.39."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerState"

        status: (
            Literal["created", "running", "paused", "restarting", "removing", "exited", "dead"] | str | None
        ) = Field(
            default=None,
            alias="Status",
            description='The state in one word, "created", "running", "paused", "restarting", "removing", "exited" or "dead".',
        )

        running: bool | None = Field(
            default=None,
            alias="Running",
            description="Whether the container runs; a paused container still counts as running.",
        )

        paused: bool | None = Field(
            default=None,
            alias="Paused",
            description="Whether the container\u0027s processes are frozen by pause().",
        )

        restarting: bool | None = Field(
            default=None,
            alias="Restarting",
            description="Whether the restart policy is about to start the container again.",
        )

        oom_killed: bool | None = Field(
            default=None,
            alias="OOMKilled",
            description="Whether a process was killed for lack of memory since the container last started.",
        )

        dead: bool | None = Field(
            default=None,
            alias="Dead",
            description="Whether the container is dead, a state left by a failed removal.",
        )

        pid: int | None = Field(
            default=None,
            alias="Pid",
            description="The host PID of the container\u0027s main process; 0 when it is not running.",
        )

        exit_code: int | None = Field(
            default=None,
            alias="ExitCode",
            description="The exit code of the last run; meaningful once the container has stopped.",
        )

        error: str | None = Field(
            default=None, alias="Error", description="The error of the last failed start, if any; else empty."
        )

        started_at: str | None = Field(
            default=None,
            alias="StartedAt",
            description='When the container last started, RFC 3339; "0001-01-01T00:00:00Z" if it never did.',
        )

        finished_at: str | None = Field(
            default=None,
            alias="FinishedAt",
            description='When the container last stopped, RFC 3339; "0001-01-01T00:00:00Z" if it never did.',
        )

        health: Health | None = Field(
            default=None,
            alias="Health",
            description="The health-check status and recent results; absent without a health check. API \u003e= 1.39.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Health": ((1, 39), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Health": "Health",
        }

    return ContainerState
