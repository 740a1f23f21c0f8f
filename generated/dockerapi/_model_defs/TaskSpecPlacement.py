# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecPlacement`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Platform: Any,
    TaskSpecPlacementPreferences: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecPlacement(DockerModel):
        """Where a service's tasks may or should run.

        Fields not in every API version: `Preferences`: API >= 1.28.; `MaxReplicas`: API >= 1.40.; `Platforms`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecPlacement"

        constraints: list[str] | None = Field(
            default=None,
            alias="Constraints",
            description='Rules every chosen node must meet, using == or !=, e.g. ["node.role==worker", "node.labels.zone!=a"].',
        )

        preferences: list[TaskSpecPlacementPreferences] | None = Field(
            default=None,
            alias="Preferences",
            description="Soft rules for spreading tasks evenly, applied in order of precedence. API \u003e= 1.28.",
        )

        max_replicas: int | None = Field(
            default=None,
            alias="MaxReplicas",
            description="The most tasks of the service one node may run; 0 means no limit. API \u003e= 1.40.",
        )

        platforms: list[Platform] | None = Field(
            default=None,
            alias="Platforms",
            description="The platforms the image runs on; tasks go only to matching nodes (no filter when empty). API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Preferences": ((1, 28), None),
            "MaxReplicas": ((1, 40), None),
            "Platforms": ((1, 30), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Preferences": "TaskSpecPlacementPreferences",
            "Platforms": "Platform",
        }

    return TaskSpecPlacement
