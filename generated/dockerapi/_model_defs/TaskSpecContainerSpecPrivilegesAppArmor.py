# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecPrivilegesAppArmor`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecPrivilegesAppArmor(DockerModel):
        """The AppArmor setting of a container.

        Fields not in every API version: `Mode`: API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecPrivilegesAppArmor"

        mode: Literal["default", "disabled"] | str | None = Field(
            default=None,
            alias="Mode",
            description='Whether the default AppArmor profile applies, "default" or "disabled". API \u003e= 1.44.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Mode": ((1, 44), None),
        }

    return TaskSpecContainerSpecPrivilegesAppArmor
