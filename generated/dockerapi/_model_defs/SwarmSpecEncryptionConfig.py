# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmSpecEncryptionConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmSpecEncryptionConfig(DockerModel):
        """Encryption settings of a swarm.

        Fields not in every API version: `AutoLockManagers`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmSpecEncryptionConfig"

        auto_lock_managers: bool | None = Field(
            default=None,
            alias="AutoLockManagers",
            description="Lock the managers\u0027 keys at rest, so a restarted manager needs the unlock key (unlock_swarm). API \u003e= 1.25.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "AutoLockManagers": ((1, 25), None),
        }

    return SwarmSpecEncryptionConfig
