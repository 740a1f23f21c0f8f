# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginConfigUser`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginConfigUser(DockerModel):
        """The user a plugin runs as.

        Fields not in every API version: `UID`: API >= 1.25.; `GID`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginConfigUser"

        uid: int | None = Field(default=None, alias="UID", description="Numeric user ID. API \u003e= 1.25.")

        gid: int | None = Field(default=None, alias="GID", description="Numeric group ID. API \u003e= 1.25.")

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "UID": ((1, 25), None),
            "GID": ((1, 25), None),
        }

    return PluginConfigUser
