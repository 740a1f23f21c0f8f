# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmSpecTaskDefaultsLogDriver`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmSpecTaskDefaultsLogDriver(DockerModel):
        """The default log driver of a swarm's tasks."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmSpecTaskDefaultsLogDriver"

        name: str | None = Field(
            default=None, alias="Name", description='The log driver, e.g. "json-file" or "journald".'
        )

        options: dict[str, str | None] | None = Field(
            default=None,
            alias="Options",
            description='Options for the log driver, as strings, e.g. {"max-size": "10m"}.',
        )

    return SwarmSpecTaskDefaultsLogDriver
