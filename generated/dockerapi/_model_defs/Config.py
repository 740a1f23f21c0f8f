# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Config`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ConfigSpec: Any,
    ObjectVersion: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Config(DockerModel):
        """A swarm config, non-secret data that services can mount as files.

        Fields not in every API version: `ID`: API >= 1.30.; `Version`: API >= 1.30.; `CreatedAt`: API >= 1.30.; `UpdatedAt`: API >= 1.30.; `Spec`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "Config"

        id: str | None = Field(
            default=None, alias="ID", description="The config\u0027s ID. API \u003e= 1.30."
        )

        version: ObjectVersion | None = Field(
            default=None,
            alias="Version",
            description="The config\u0027s version, to pass to update_config. API \u003e= 1.30.",
        )

        created_at: str | None = Field(
            default=None, alias="CreatedAt", description="When the config was created. API \u003e= 1.30."
        )

        updated_at: str | None = Field(
            default=None,
            alias="UpdatedAt",
            description="When the config\u0027s labels last changed. API \u003e= 1.30.",
        )

        spec: ConfigSpec | None = Field(
            default=None,
            alias="Spec",
            description="The config\u0027s name, labels, data and templating driver. API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ID": ((1, 30), None),
            "Version": ((1, 30), None),
            "CreatedAt": ((1, 30), None),
            "UpdatedAt": ((1, 30), None),
            "Spec": ((1, 30), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Version": "ObjectVersion",
            "Spec": "ConfigSpec",
        }

    return Config
