# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecPrivileges`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    TaskSpecContainerSpecPrivilegesAppArmor: Any,
    TaskSpecContainerSpecPrivilegesCredentialSpec: Any,
    TaskSpecContainerSpecPrivilegesSELinuxContext: Any,
    TaskSpecContainerSpecPrivilegesSeccomp: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecPrivileges(DockerModel):
        """Security settings applied to a service's containers.

        Fields not in every API version: `CredentialSpec`: API >= 1.29.; `SELinuxContext`: API >= 1.29.; `Seccomp`: API >= 1.44.; `AppArmor`: API >= 1.44.; `NoNewPrivileges`: API >= 1.44."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecPrivileges"

        credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | None = Field(
            default=None,
            alias="CredentialSpec",
            description="The managed service account to use (Windows only). API \u003e= 1.29.",
        )

        selinux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | None = Field(
            default=None,
            alias="SELinuxContext",
            description="The SELinux labels of the container. API \u003e= 1.29.",
        )

        seccomp: TaskSpecContainerSpecPrivilegesSeccomp | None = Field(
            default=None,
            alias="Seccomp",
            description="Which seccomp profile filters the container\u0027s system calls. API \u003e= 1.44.",
        )

        app_armor: TaskSpecContainerSpecPrivilegesAppArmor | None = Field(
            default=None,
            alias="AppArmor",
            description="Whether the AppArmor profile applies. API \u003e= 1.44.",
        )

        no_new_privileges: bool | None = Field(
            default=None,
            alias="NoNewPrivileges",
            description="Stop the processes from gaining privileges (setuid binaries and the like). API \u003e= 1.44.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "CredentialSpec": ((1, 29), None),
            "SELinuxContext": ((1, 29), None),
            "Seccomp": ((1, 44), None),
            "AppArmor": ((1, 44), None),
            "NoNewPrivileges": ((1, 44), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "CredentialSpec": "TaskSpecContainerSpecPrivilegesCredentialSpec",
            "SELinuxContext": "TaskSpecContainerSpecPrivilegesSELinuxContext",
            "Seccomp": "TaskSpecContainerSpecPrivilegesSeccomp",
            "AppArmor": "TaskSpecContainerSpecPrivilegesAppArmor",
        }

    return TaskSpecContainerSpecPrivileges
