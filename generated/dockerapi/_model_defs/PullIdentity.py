# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PullIdentity`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PullIdentity(DockerModel):
        """A repository an image was pulled from.

        Fields not in every API version: `Repository`: API >= 1.53."""

        __module__ = "dockerapi.models"
        __qualname__ = "PullIdentity"

        repository: str | None = Field(
            default=None,
            alias="Repository",
            description='The repository, e.g. "docker.io/library/busybox". API \u003e= 1.53.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Repository": ((1, 53), None),
        }

    return PullIdentity
