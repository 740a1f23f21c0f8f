# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.GenericResourcesInline`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    GenericResourcesInlineDiscreteResourceSpec: Any,
    GenericResourcesInlineNamedResourceSpec: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class GenericResourcesInline(DockerModel):
        """One user-defined resource, either a named one or a counted one.

        Fields not in every API version: `NamedResourceSpec`: API >= 1.32.; `DiscreteResourceSpec`: API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "GenericResourcesInline"

        named_resource_spec: GenericResourcesInlineNamedResourceSpec | None = Field(
            default=None,
            alias="NamedResourceSpec",
            description="A resource identified by name, e.g. one particular GPU. API \u003e= 1.32.",
        )

        discrete_resource_spec: GenericResourcesInlineDiscreteResourceSpec | None = Field(
            default=None,
            alias="DiscreteResourceSpec",
            description="A resource given as a quantity, e.g. 3 SSDs. API \u003e= 1.32.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "NamedResourceSpec": ((1, 32), None),
            "DiscreteResourceSpec": ((1, 32), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "NamedResourceSpec": "GenericResourcesInlineNamedResourceSpec",
            "DiscreteResourceSpec": "GenericResourcesInlineDiscreteResourceSpec",
        }

    return GenericResourcesInline
