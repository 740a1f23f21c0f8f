# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.MountPoint`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any

from pydantic import Field

from .._model_base import DockerModel


def make(
    MountType: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class MountPoint(DockerModel):
        """One mount of a container, as inspect_container and containers() report it."""

        __module__ = "dockerapi.models"
        __qualname__ = "MountPoint"

        type: MountType | None = Field(
            default=None,
            alias="Type",
            description='The kind of mount, e.g. "bind", "volume", "tmpfs", "npipe", "image" or "cluster".',
        )

        name: str | None = Field(
            default=None,
            alias="Name",
            description="The volume\u0027s name for a volume mount; empty otherwise.",
        )

        source: str | None = Field(
            default=None,
            alias="Source",
            description="The host side, a bind source or a volume\u0027s data directory; empty for tmpfs.",
        )

        destination: str | None = Field(
            default=None, alias="Destination", description="The path inside the container."
        )

        driver: str | None = Field(
            default=None,
            alias="Driver",
            description='The volume driver, e.g. "local"; empty for other mounts.',
        )

        mode: str | None = Field(
            default=None,
            alias="Mode",
            description='The options given for the mount, comma separated, e.g. "z" or "ro".',
        )

        rw: bool | None = Field(default=None, alias="RW", description="Whether the mount is writable.")

        propagation: str | None = Field(
            default=None,
            alias="Propagation",
            description='The bind propagation mode, e.g. "rprivate" or "rshared"; empty for volumes and on Windows.',
        )

    return MountPoint
