# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SecretCreateRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Driver: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SecretCreateRequest(DockerModel):
        """The body of create_secret.

        Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37."""

        __module__ = "dockerapi.models"
        __qualname__ = "SecretCreateRequest"

        name: str | None = Field(default=None, alias="Name", description="The secret\u0027s name.")

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="Metadata labels."
        )

        data: str | None = Field(
            default=None,
            alias="Data",
            description="The payload as base64 text, empty when Driver fetches it from an external store; create_secret encodes bytes or a string for you.",
        )

        driver: Driver | None = Field(
            default=None,
            alias="Driver",
            description="Secrets driver that fetches the value from an external store. API \u003e= 1.31.",
        )

        templating: Driver | None = Field(
            default=None,
            alias="Templating",
            description='Templating driver, e.g. "golang", that renders the payload as a template; unset means no templating. API \u003e= 1.37.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Driver": ((1, 31), None),
            "Templating": ((1, 37), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Driver": "Driver",
            "Templating": "Driver",
        }

    return SecretCreateRequest
