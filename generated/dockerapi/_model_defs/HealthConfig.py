# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.HealthConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class HealthConfig(DockerModel):
        """How the daemon checks that a container is healthy; durations are in nanoseconds and 0 inherits the image's value.

        Fields not in every API version: `StartPeriod`: API >= 1.29.; `StartInterval`: API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "HealthConfig"

        test: list[str] | None = Field(
            default=None,
            alias="Test",
            description='The check, [] to inherit the image\u0027s, ["NONE"] to disable it, ["CMD", arg, ...] to run a program, or ["CMD-SHELL", "command"] to run through the shell; exit code 0 means healthy.',
        )

        interval: int | None = Field(
            default=None,
            alias="Interval",
            description="Time between checks in nanoseconds (at least 1000000, i.e. 1 ms, when not 0).",
        )

        timeout: int | None = Field(
            default=None,
            alias="Timeout",
            description="Time a check may run before it counts as failed, in nanoseconds (at least 1 ms when not 0).",
        )

        retries: int | None = Field(
            default=None,
            alias="Retries",
            description="Consecutive failures after which the container is reported unhealthy.",
        )

        start_period: int | None = Field(
            default=None,
            alias="StartPeriod",
            description="Start-up grace period in nanoseconds during which failures do not count. API \u003e= 1.29.",
        )

        start_interval: int | None = Field(
            default=None,
            alias="StartInterval",
            description="Time between checks during the start period, in nanoseconds. API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "StartPeriod": ((1, 29), None),
            "StartInterval": ((1, 44), None),
        }

    return HealthConfig
