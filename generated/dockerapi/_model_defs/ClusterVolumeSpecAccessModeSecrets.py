# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClusterVolumeSpecAccessModeSecrets`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ClusterVolumeSpecAccessModeSecrets(DockerModel):
        """A secret passed to the storage plugin as one key-value pair.

        Fields not in every API version: `Key`: API >= 1.42.; `Secret`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClusterVolumeSpecAccessModeSecrets"

        key: str | None = Field(
            default=None,
            alias="Key",
            description="The key under which the plugin receives the value. API \u003e= 1.42.",
        )

        secret: str | None = Field(
            default=None,
            alias="Secret",
            description="The swarm secret, by name or ID, whose data becomes the value. API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Key": ((1, 42), None),
            "Secret": ((1, 42), None),
        }

    return ClusterVolumeSpecAccessModeSecrets
