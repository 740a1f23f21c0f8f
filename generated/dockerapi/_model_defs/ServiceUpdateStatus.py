# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceUpdateStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceUpdateStatus(DockerModel):
        """The progress of a service's latest update or rollback.

        Fields not in every API version: `CompletedAt`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceUpdateStatus"

        state: Literal["updating", "paused", "completed"] | str | None = Field(
            default=None,
            alias="State",
            description='Where the update stands, e.g. "updating", "paused" or "completed" (rollback states also occur).',
        )

        started_at: str | None = Field(
            default=None, alias="StartedAt", description="When the update started."
        )

        completed_at: str | None = Field(
            default=None, alias="CompletedAt", description="When the update finished. API \u003e= 1.25."
        )

        message: str | None = Field(
            default=None, alias="Message", description="A human-readable note on the update\u0027s progress."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "CompletedAt": ((1, 25), None),
        }

    return ServiceUpdateStatus
