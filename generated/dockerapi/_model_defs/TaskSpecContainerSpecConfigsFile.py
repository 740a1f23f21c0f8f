# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecConfigsFile`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecConfigsFile(DockerModel):
        """The file through which a config reaches a container.

        Fields not in every API version: `Name`: API >= 1.30.; `UID`: API >= 1.30.; `GID`: API >= 1.30.; `Mode`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecConfigsFile"

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The file\u0027s path in the container, e.g. "/etc/app/app.conf". API \u003e= 1.30.',
        )

        uid: str | None = Field(
            default=None,
            alias="UID",
            description='The file\u0027s owner, as a numeric user ID in a string, e.g. "0". API \u003e= 1.30.',
        )

        gid: str | None = Field(
            default=None,
            alias="GID",
            description='The file\u0027s group, as a numeric group ID in a string, e.g. "0". API \u003e= 1.30.',
        )

        mode: int | None = Field(
            default=None,
            alias="Mode",
            description="The file\u0027s permission bits as an int, e.g. 0o444 (292). API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 30), None),
            "UID": ((1, 30), None),
            "GID": ((1, 30), None),
            "Mode": ((1, 30), None),
        }

    return TaskSpecContainerSpecConfigsFile
