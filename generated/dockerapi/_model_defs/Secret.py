# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Secret`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ObjectVersion: Any,
    SecretSpec: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Secret(DockerModel):
        """A swarm secret's metadata; the secret's data is never returned."""

        __module__ = "dockerapi.models"
        __qualname__ = "Secret"

        id: str | None = Field(default=None, alias="ID", description="The secret\u0027s ID.")

        version: ObjectVersion | None = Field(
            default=None, alias="Version", description="The secret\u0027s version, to pass to update_secret."
        )

        created_at: str | None = Field(
            default=None, alias="CreatedAt", description="When the secret was created."
        )

        updated_at: str | None = Field(
            default=None, alias="UpdatedAt", description="When the secret\u0027s labels last changed."
        )

        spec: SecretSpec | None = Field(
            default=None,
            alias="Spec",
            description="The secret\u0027s name, labels and drivers (without the data).",
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "Version": "ObjectVersion",
            "Spec": "SecretSpec",
        }

    return Secret
