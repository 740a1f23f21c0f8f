# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerWaitResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ContainerWaitExitError: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerWaitResponse(DockerModel):
        """What wait returns once the container has stopped.

        Fields not in every API version: `Error`: API >= 1.34."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerWaitResponse"

        status_code: int | None = Field(
            default=None, alias="StatusCode", description="The container\u0027s exit code."
        )

        error: ContainerWaitExitError | None = Field(
            default=None, alias="Error", description="Set when waiting itself failed. API \u003e= 1.34."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Error": ((1, 34), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Error": "ContainerWaitExitError",
        }

    return ContainerWaitResponse
