# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceUpdateResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceUpdateResponse(DockerModel):
        """What update_service returns.

        Fields not in every API version: `Warnings`: API >= 1.25.; `Deleted`: Not in API >= 1.28.; `Untagged`: Not in API >= 1.28."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceUpdateResponse"

        warnings: list[str] | None = Field(
            default=None,
            alias="Warnings",
            description="Notes from the daemon about the update, or None. API \u003e= 1.25.",
        )

        deleted: str | None = Field(
            default=None,
            alias="Deleted",
            description="A field the API descriptions before 1.28 gave this response by mistake; daemons do not send it. Not in API \u003e= 1.28.",
        )

        untagged: str | None = Field(
            default=None,
            alias="Untagged",
            description="A field the API descriptions before 1.28 gave this response by mistake; daemons do not send it. Not in API \u003e= 1.28.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Warnings": ((1, 25), None),
            "Deleted": (None, (1, 28)),
            "Untagged": (None, (1, 28)),
        }

    return ServiceUpdateResponse
