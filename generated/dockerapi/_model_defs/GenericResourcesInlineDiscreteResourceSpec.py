# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.GenericResourcesInlineDiscreteResourceSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class GenericResourcesInlineDiscreteResourceSpec(DockerModel):
        """A counted generic resource.

        Fields not in every API version: `Kind`: API >= 1.32.; `Value`: API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "GenericResourcesInlineDiscreteResourceSpec"

        kind: str | None = Field(
            default=None, alias="Kind", description='The kind of resource, e.g. "SSD". API \u003e= 1.32.'
        )

        value: int | None = Field(
            default=None, alias="Value", description="How many units. API \u003e= 1.32."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Kind": ((1, 32), None),
            "Value": ((1, 32), None),
        }

    return GenericResourcesInlineDiscreteResourceSpec
