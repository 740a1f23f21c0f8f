# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecSecrets`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    TaskSpecContainerSpecSecretsFile: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecSecrets(DockerModel):
        """One swarm secret exposed to a service's containers.

        Fields not in every API version: `File`: API >= 1.27.; `SecretID`: API >= 1.27.; `SecretName`: API >= 1.27."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecSecrets"

        file: TaskSpecContainerSpecSecretsFile | None = Field(
            default=None,
            alias="File",
            description="Where and how the secret appears as a file. API \u003e= 1.27.",
        )

        secret_id: str | None = Field(
            default=None, alias="SecretID", description="The secret\u0027s ID. API \u003e= 1.27."
        )

        secret_name: str | None = Field(
            default=None,
            alias="SecretName",
            description="The secret\u0027s name, for display; the ID is what counts. API \u003e= 1.27.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "File": ((1, 27), None),
            "SecretID": ((1, 27), None),
            "SecretName": ((1, 27), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "File": "TaskSpecContainerSpecSecretsFile",
        }

    return TaskSpecContainerSpecSecrets
