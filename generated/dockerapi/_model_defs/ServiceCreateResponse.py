# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceCreateResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceCreateResponse(DockerModel):
        """What create_service returns.

        Fields not in every API version: `Warnings`: API >= 1.25.; `Warning`: Not in API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceCreateResponse"

        id: str | None = Field(default=None, alias="ID", description="The new service\u0027s ID.")

        warnings: list[str] | None = Field(
            default=None,
            alias="Warnings",
            description="Notes from the daemon, e.g. that the image could not be checked against the registry. API \u003e= 1.25.",
        )

        warning: str | None = Field(
            default=None,
            alias="Warning",
            description="A single note, the form older daemons use. Not in API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Warnings": ((1, 25), None),
            "Warning": (None, (1, 44)),
        }

    return ServiceCreateResponse
