# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginConfigRootfs`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginConfigRootfs(DockerModel):
        """The root filesystem of a plugin.

        Fields not in every API version: `diff_ids`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginConfigRootfs"

        type: str | None = Field(
            default=None, alias="type", description='The kind of root filesystem, normally "layers".'
        )

        diff_ids: list[str] | None = Field(
            default=None,
            alias="diff_ids",
            description="Digests of the uncompressed layers, base layer first. API \u003e= 1.25.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "diff_ids": ((1, 25), None),
        }

    return PluginConfigRootfs
