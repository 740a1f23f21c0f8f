# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.RestartPolicy`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class RestartPolicy(DockerModel):
        """What the daemon does when the container exits; successive restarts wait longer and longer."""

        __module__ = "dockerapi.models"
        __qualname__ = "RestartPolicy"

        name: Literal["", "no", "always", "unless-stopped", "on-failure"] | str | None = Field(
            default=None,
            alias="Name",
            description='The policy, "no" (or empty) for never, "always", "unless-stopped" (always, unless stopped by hand), or "on-failure" (only after a non-zero exit code).',
        )

        maximum_retry_count: int | None = Field(
            default=None,
            alias="MaximumRetryCount",
            description='With "on-failure", how many restarts are attempted before giving up.',
        )

    return RestartPolicy
