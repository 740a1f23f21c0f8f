# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Driver`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Driver(DockerModel):
        """A driver named with its options, e.g. a secret store or a templating driver.

        Fields not in every API version: `Name`: API >= 1.31.; `Options`: API >= 1.31."""

        __module__ = "dockerapi.models"
        __qualname__ = "Driver"

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The driver\u0027s name, e.g. "golang" for templating. API \u003e= 1.31.',
        )

        options: dict[str, str | None] | None = Field(
            default=None, alias="Options", description="Options for the driver, as strings. API \u003e= 1.31."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 31), None),
            "Options": ((1, 31), None),
        }

    return Driver
