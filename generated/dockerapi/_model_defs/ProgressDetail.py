# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ProgressDetail`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ProgressDetail(DockerModel):
        """Progress of one layer, in bytes.

        Fields not in every API version: `current`: API >= 1.36.; `total`: API >= 1.36.; `code`: Not in API >= 1.36.; `message`: Not in API >= 1.36."""

        __module__ = "dockerapi.models"
        __qualname__ = "ProgressDetail"

        current: int | None = Field(
            default=None, alias="current", description="Bytes done so far. API \u003e= 1.36."
        )

        total: int | None = Field(
            default=None,
            alias="total",
            description="Bytes in all; absent or 0 when unknown. API \u003e= 1.36.",
        )

        code: int | None = Field(
            default=None,
            alias="code",
            description="An error code, in old daemons\u0027 messages. Not in API \u003e= 1.36.",
        )

        message: int | None = Field(
            default=None,
            alias="message",
            description="An error message, in old daemons\u0027 messages. Not in API \u003e= 1.36.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "current": ((1, 36), None),
            "total": ((1, 36), None),
            "code": (None, (1, 36)),
            "message": (None, (1, 36)),
        }

    return ProgressDetail
