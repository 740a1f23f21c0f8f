# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecSecretsFile`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecSecretsFile(DockerModel):
        """The file through which a secret reaches a container.

        Fields not in every API version: `Name`: API >= 1.27.; `UID`: API >= 1.27.; `GID`: API >= 1.27.; `Mode`: API >= 1.27."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecSecretsFile"

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The file\u0027s name under /run/secrets/ in the container, e.g. "db-password". API \u003e= 1.27.',
        )

        uid: str | None = Field(
            default=None,
            alias="UID",
            description='The file\u0027s owner, as a numeric user ID in a string, e.g. "0". API \u003e= 1.27.',
        )

        gid: str | None = Field(
            default=None,
            alias="GID",
            description='The file\u0027s group, as a numeric group ID in a string, e.g. "0". API \u003e= 1.27.',
        )

        mode: int | None = Field(
            default=None,
            alias="Mode",
            description="The file\u0027s permission bits as an int, e.g. 0o400 (256). API \u003e= 1.27.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 27), None),
            "UID": ((1, 27), None),
            "GID": ((1, 27), None),
            "Mode": ((1, 27), None),
        }

    return TaskSpecContainerSpecSecretsFile
