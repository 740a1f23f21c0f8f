# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.MountBindOptions`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class MountBindOptions(DockerModel):
        """Settings of a bind mount.

        Fields not in every API version: `NonRecursive`: API >= 1.40.; `CreateMountpoint`: API >= 1.42.; `ReadOnlyNonRecursive`: API >= 1.44.; `ReadOnlyForceRecursive`: API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "MountBindOptions"

        propagation: Literal["private", "rprivate", "shared", "rshared", "slave", "rslave"] | str | None = (
            Field(
                default=None,
                alias="Propagation",
                description='Mount propagation, "private", "rprivate", "shared", "rshared", "slave" or "rslave".',
            )
        )

        non_recursive: bool | None = Field(
            default=None,
            alias="NonRecursive",
            description="Whether mounts below the source are left out of the bind mount. API \u003e= 1.40.",
        )

        create_mountpoint: bool | None = Field(
            default=None,
            alias="CreateMountpoint",
            description="Whether a missing source path is created on the host. API \u003e= 1.42.",
        )

        read_only_non_recursive: bool | None = Field(
            default=None,
            alias="ReadOnlyNonRecursive",
            description="With ReadOnly, whether only the top mount is made read-only, leaving mounts below it writable. API \u003e= 1.44.",
        )

        read_only_force_recursive: bool | None = Field(
            default=None,
            alias="ReadOnlyForceRecursive",
            description="With ReadOnly, whether to fail when the mount cannot be made read-only all the way down. API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "NonRecursive": ((1, 40), None),
            "CreateMountpoint": ((1, 42), None),
            "ReadOnlyNonRecursive": ((1, 44), None),
            "ReadOnlyForceRecursive": ((1, 44), None),
        }

    return MountBindOptions
