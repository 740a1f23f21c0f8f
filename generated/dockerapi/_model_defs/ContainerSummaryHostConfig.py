# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerSummaryHostConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerSummaryHostConfig(DockerModel):
        """The part of a container's host settings that containers() reports.

        Fields not in every API version: `Annotations`: API >= 1.46."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerSummaryHostConfig"

        network_mode: str | None = Field(
            default=None,
            alias="NetworkMode",
            description='The network mode, e.g. "bridge", "host", "none", "container:\u003cid\u003e" or a network name.',
        )

        annotations: dict[str, str | None] | None = Field(
            default=None,
            alias="Annotations",
            description="Key/value annotations handed to the OCI runtime. API \u003e= 1.46.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Annotations": ((1, 46), None),
        }

    return ContainerSummaryHostConfig
