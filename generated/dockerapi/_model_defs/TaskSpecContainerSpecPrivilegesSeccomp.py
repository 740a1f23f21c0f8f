# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecPrivilegesSeccomp`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecPrivilegesSeccomp(DockerModel):
        """The seccomp setting of a container.

        Fields not in every API version: `Mode`: API >= 1.44.; `Profile`: API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecPrivilegesSeccomp"

        mode: Literal["default", "unconfined", "custom"] | str | None = Field(
            default=None,
            alias="Mode",
            description='Which profile applies, "default", "unconfined" (none) or "custom". API \u003e= 1.44.',
        )

        profile: str | None = Field(
            default=None,
            alias="Profile",
            description='The custom profile, as JSON text; only with Mode "custom". API \u003e= 1.44.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Mode": ((1, 44), None),
            "Profile": ((1, 44), None),
        }

    return TaskSpecContainerSpecPrivilegesSeccomp
