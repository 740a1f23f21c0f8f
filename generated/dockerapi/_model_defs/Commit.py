# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Commit`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Commit(DockerModel):
        """The build of a component (containerd, runc, init).

        Fields not in every API version: `ID`: API >= 1.32.; `Expected`: API >= 1.32. Not in API >= 1.49."""

        __module__ = "dockerapi.models"
        __qualname__ = "Commit"

        id: str | None = Field(
            default=None,
            alias="ID",
            description="The build\u0027s commit ID or version string. API \u003e= 1.32.",
        )

        expected: str | None = Field(
            default=None,
            alias="Expected",
            description="The commit the daemon was built against; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.49.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ID": ((1, 32), None),
            "Expected": ((1, 32), (1, 49)),
        }

    return Commit
