# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecPrivilegesSELinuxContext`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecPrivilegesSELinuxContext(DockerModel):
        """SELinux labels for a container.

        Fields not in every API version: `Disable`: API >= 1.30.; `User`: API >= 1.30.; `Role`: API >= 1.30.; `Type`: API >= 1.30.; `Level`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecPrivilegesSELinuxContext"

        disable: bool | None = Field(
            default=None,
            alias="Disable",
            description="Turn off SELinux labelling for the container. API \u003e= 1.30.",
        )

        user: str | None = Field(
            default=None, alias="User", description="The SELinux user label. API \u003e= 1.30."
        )

        role: str | None = Field(
            default=None, alias="Role", description="The SELinux role label. API \u003e= 1.30."
        )

        type: str | None = Field(
            default=None, alias="Type", description="The SELinux type label. API \u003e= 1.30."
        )

        level: str | None = Field(
            default=None,
            alias="Level",
            description='The SELinux level label, e.g. "s0:c100,c200". API \u003e= 1.30.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Disable": ((1, 30), None),
            "User": ((1, 30), None),
            "Role": ((1, 30), None),
            "Type": ((1, 30), None),
            "Level": ((1, 30), None),
        }

    return TaskSpecContainerSpecPrivilegesSELinuxContext
