# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SystemVersionComponents`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SystemVersionComponents(DockerModel):
        """One part of the engine and its version.

        Fields not in every API version: `Name`: API >= 1.35.; `Version`: API >= 1.35.; `Details`: API >= 1.35."""

        __module__ = "dockerapi.models"
        __qualname__ = "SystemVersionComponents"

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The part\u0027s name, e.g. "Engine", "containerd" or "runc". API \u003e= 1.35.',
        )

        version: str | None = Field(
            default=None, alias="Version", description="The part\u0027s version. API \u003e= 1.35."
        )

        details: dict[str, Any] | None = Field(
            default=None,
            alias="Details",
            description="Extra facts about the part, such as its git commit; their keys vary. API \u003e= 1.35.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 35), None),
            "Version": ((1, 35), None),
            "Details": ((1, 35), None),
        }

    return SystemVersionComponents
