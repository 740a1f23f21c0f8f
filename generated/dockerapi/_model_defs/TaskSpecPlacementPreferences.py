# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecPlacementPreferences`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    TaskSpecPlacementPreferencesSpread: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecPlacementPreferences(DockerModel):
        """One placement preference.

        Fields not in every API version: `Spread`: API >= 1.28."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecPlacementPreferences"

        spread: TaskSpecPlacementPreferencesSpread | None = Field(
            default=None,
            alias="Spread",
            description="Spread tasks evenly over the values of a node label or attribute. API \u003e= 1.28.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Spread": ((1, 28), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Spread": "TaskSpecPlacementPreferencesSpread",
        }

    return TaskSpecPlacementPreferences
