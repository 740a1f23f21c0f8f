# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.HostConfigLogConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class HostConfigLogConfig(DockerModel):
        """Which logging driver records the container's output, with its options."""

        __module__ = "dockerapi.models"
        __qualname__ = "HostConfigLogConfig"

        type: (
            Literal[
                "local",
                "json-file",
                "syslog",
                "journald",
                "gelf",
                "fluentd",
                "awslogs",
                "splunk",
                "etwlogs",
                "none",
            ]
            | str
            | None
        ) = Field(
            default=None,
            alias="Type",
            description='The driver, e.g. "json-file", "local", "journald", "syslog" or "none".',
        )

        config: dict[str, str | None] | None = Field(
            default=None,
            alias="Config",
            description='Driver options as strings, e.g. {"max-size": "10m", "max-file": "3"}.',
        )

    return HostConfigLogConfig
