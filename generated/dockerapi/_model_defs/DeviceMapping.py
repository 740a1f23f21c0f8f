# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.DeviceMapping`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class DeviceMapping(DockerModel):
        """A host device made available inside the container."""

        __module__ = "dockerapi.models"
        __qualname__ = "DeviceMapping"

        path_on_host: str | None = Field(
            default=None, alias="PathOnHost", description='Path of the device on the host, e.g. "/dev/fuse".'
        )

        path_in_container: str | None = Field(
            default=None,
            alias="PathInContainer",
            description="Path at which the device appears in the container.",
        )

        cgroup_permissions: str | None = Field(
            default=None,
            alias="CgroupPermissions",
            description='Allowed access, a combination of r (read), w (write) and m (mknod), e.g. "rwm".',
        )

    return DeviceMapping
