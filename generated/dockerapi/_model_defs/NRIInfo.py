# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NRIInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NRIInfo(DockerModel):
        """Node Resource Interface details.

        Fields not in every API version: `Info`: API >= 1.53."""

        __module__ = "dockerapi.models"
        __qualname__ = "NRIInfo"

        info: list[list[str]] | None = Field(
            default=None,
            alias="Info",
            description="Details of NRI, as [label, value] pairs whose format may change. API \u003e= 1.53.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Info": ((1, 53), None),
        }

    return NRIInfo
