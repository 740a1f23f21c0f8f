# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecPrivilegesCredentialSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecPrivilegesCredentialSpec(DockerModel):
        """Where a Windows container's credential spec comes from; set exactly one field.

        Fields not in every API version: `Config`: API >= 1.40.; `File`: API >= 1.30.; `Registry`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecPrivilegesCredentialSpec"

        config: str | None = Field(
            default=None,
            alias="Config",
            description="The ID of a swarm config holding the credential spec (the config must also be listed in Configs with Runtime). API \u003e= 1.40.",
        )

        file: str | None = Field(
            default=None,
            alias="File",
            description='A file in the engine\u0027s CredentialSpecs directory, e.g. "spec.json". API \u003e= 1.30.',
        )

        registry: str | None = Field(
            default=None,
            alias="Registry",
            description="A value name under the engine\u0027s CredentialSpecs registry key. API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Config": ((1, 40), None),
            "File": ((1, 30), None),
            "Registry": ((1, 30), None),
        }

    return TaskSpecContainerSpecPrivilegesCredentialSpec
