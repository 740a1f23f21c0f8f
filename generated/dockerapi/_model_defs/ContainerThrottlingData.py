# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerThrottlingData`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerThrottlingData(DockerModel):
        """CPU throttling counters of a container (Linux only).

        Fields not in every API version: `periods`: API >= 1.48.; `throttled_periods`: API >= 1.48.; `throttled_time`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerThrottlingData"

        periods: int | None = Field(
            default=None,
            alias="periods",
            description="The number of scheduling periods in which the quota applied. API \u003e= 1.48.",
        )

        throttled_periods: int | None = Field(
            default=None,
            alias="throttled_periods",
            description="The number of periods in which the container used up its quota and was held back. API \u003e= 1.48.",
        )

        throttled_time: int | None = Field(
            default=None,
            alias="throttled_time",
            description="Total time the container was held back, in nanoseconds. API \u003e= 1.48.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "periods": ((1, 48), None),
            "throttled_periods": ((1, 48), None),
            "throttled_time": ((1, 48), None),
        }

    return ContainerThrottlingData
