# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerStatus(DockerModel):
        """The container that runs a task."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerStatus"

        container_id: str | None = Field(
            default=None, alias="ContainerID", description="The container\u0027s ID on its node."
        )

        pid: int | None = Field(
            default=None,
            alias="PID",
            description="The container\u0027s main process ID on the node, or 0 when it is not running.",
        )

        exit_code: int | None = Field(
            default=None, alias="ExitCode", description="The container\u0027s exit code once it has stopped."
        )

    return ContainerStatus
