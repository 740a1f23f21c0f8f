# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecPlacementPreferencesSpread`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecPlacementPreferencesSpread(DockerModel):
        """A spread preference.

        Fields not in every API version: `SpreadDescriptor`: API >= 1.28."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecPlacementPreferencesSpread"

        spread_descriptor: str | None = Field(
            default=None,
            alias="SpreadDescriptor",
            description='The label or attribute to spread over, e.g. "node.labels.datacenter". API \u003e= 1.28.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "SpreadDescriptor": ((1, 28), None),
        }

    return TaskSpecPlacementPreferencesSpread
