# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Runtime`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Runtime(DockerModel):
        """An OCI runtime containers can run with.

        Fields not in every API version: `path`: API >= 1.32.; `runtimeArgs`: API >= 1.32.; `status`: API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "Runtime"

        path: str | None = Field(
            default=None,
            alias="path",
            description="The runtime\u0027s program, a name looked up on PATH or a full path. API \u003e= 1.32.",
        )

        runtime_args: list[str] | None = Field(
            default=None,
            alias="runtimeArgs",
            description="Extra arguments given to the runtime each time it runs. API \u003e= 1.32.",
        )

        status: dict[str, str | None] | None = Field(
            default=None,
            alias="status",
            description="Facts the runtime reports about itself, e.g. its supported features; keys vary. API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "path": ((1, 32), None),
            "runtimeArgs": ((1, 32), None),
            "status": ((1, 44), None),
        }

    return Runtime
