# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmSpecOrchestration`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmSpecOrchestration(DockerModel):
        """Orchestration settings of a swarm."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmSpecOrchestration"

        task_history_retention_limit: int | None = Field(
            default=None,
            alias="TaskHistoryRetentionLimit",
            description="How many finished tasks to keep per task slot, for history.",
        )

    return SwarmSpecOrchestration
