# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Topology`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Topology(DockerModel):
        """A location in a storage plugin's topology, e.g. a region or a rack.

        Fields not in every API version: `Segments`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "Topology"

        segments: dict[str, str | None] | None = Field(
            default=None,
            alias="Segments",
            description='The location as key-value pairs, e.g. {"region": "eu-1", "zone": "b"}. API \u003e= 1.42.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Segments": ((1, 42), None),
        }

    return Topology
