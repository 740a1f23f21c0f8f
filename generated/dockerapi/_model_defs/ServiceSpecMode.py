# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceSpecMode`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ServiceSpecModeReplicated: Any,
    ServiceSpecModeReplicatedJob: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceSpecMode(DockerModel):
        """How a service's tasks are scheduled; exactly one key is set.

        Fields not in every API version: `Global`: API >= 1.25.; `ReplicatedJob`: API >= 1.41.; `GlobalJob`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceSpecMode"

        replicated: ServiceSpecModeReplicated | None = Field(
            default=None,
            alias="Replicated",
            description="Run a fixed number of tasks, spread over the nodes.",
        )

        global_: dict[str, Any] | None = Field(
            default=None,
            alias="Global",
            description="Run one task on every node that fits the constraints; the value is an empty dict. API \u003e= 1.25.",
        )

        replicated_job: ServiceSpecModeReplicatedJob | None = Field(
            default=None,
            alias="ReplicatedJob",
            description="Run tasks to completion, a given number in all, a few at a time. API \u003e= 1.41.",
        )

        global_job: dict[str, Any] | None = Field(
            default=None,
            alias="GlobalJob",
            description="Run one task to completion on every node that fits; the value is an empty dict. API \u003e= 1.41.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Global": ((1, 25), None),
            "ReplicatedJob": ((1, 41), None),
            "GlobalJob": ((1, 41), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Replicated": "ServiceSpecModeReplicated",
            "ReplicatedJob": "ServiceSpecModeReplicatedJob",
        }

    return ServiceSpecMode
