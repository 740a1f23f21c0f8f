# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    PluginConfigArgs: Any,
    PluginConfigInterface: Any,
    PluginConfigLinux: Any,
    PluginConfigNetwork: Any,
    PluginConfigRootfs: Any,
    PluginConfigUser: Any,
    PluginEnv: Any,
    PluginMount: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginConfig(DockerModel):
        """A plugin's manifest (its config.json).

        Fields not in every API version: `WorkDir`: API >= 1.25.; `Linux`: API >= 1.25.; `PropagatedMount`: API >= 1.25.; `IpcHost`: API >= 1.29.; `PidHost`: API >= 1.29.; `rootfs`: API >= 1.25.; `DockerVersion`: API >= 1.29. Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginConfig"

        description: str | None = Field(
            default=None, alias="Description", description="What the plugin does, in a sentence."
        )

        documentation: str | None = Field(
            default=None, alias="Documentation", description="Link to the plugin\u0027s documentation."
        )

        interface: PluginConfigInterface | None = Field(
            default=None,
            alias="Interface",
            description="The plugin\u0027s API: what it provides and the socket it listens on.",
        )

        entrypoint: list[str] | None = Field(
            default=None,
            alias="Entrypoint",
            description="The command that starts the plugin inside its root filesystem.",
        )

        work_dir: str | None = Field(
            default=None, alias="WorkDir", description="Directory the entrypoint starts in. API \u003e= 1.25."
        )

        user: PluginConfigUser | None = Field(
            default=None, alias="User", description="The user and group the plugin runs as."
        )

        network: PluginConfigNetwork | None = Field(
            default=None, alias="Network", description="The network the plugin runs in."
        )

        linux: PluginConfigLinux | None = Field(
            default=None,
            alias="Linux",
            description="Linux capabilities and devices the plugin needs. API \u003e= 1.25.",
        )

        propagated_mount: str | None = Field(
            default=None,
            alias="PropagatedMount",
            description="Path inside the plugin whose mounts are shared with the host (for volume plugins). API \u003e= 1.25.",
        )

        ipc_host: bool | None = Field(
            default=None,
            alias="IpcHost",
            description="Whether the plugin uses the host\u0027s IPC namespace. API \u003e= 1.29.",
        )

        pid_host: bool | None = Field(
            default=None,
            alias="PidHost",
            description="Whether the plugin uses the host\u0027s PID namespace. API \u003e= 1.29.",
        )

        mounts: list[PluginMount] | None = Field(
            default=None, alias="Mounts", description="The mounts the plugin asks for."
        )

        env: list[PluginEnv] | None = Field(
            default=None,
            alias="Env",
            description="The environment variables the plugin declares, with defaults.",
        )

        args: PluginConfigArgs | None = Field(
            default=None, alias="Args", description="The arguments the plugin declares for its entrypoint."
        )

        rootfs: PluginConfigRootfs | None = Field(
            default=None,
            alias="rootfs",
            description="The layers of the plugin\u0027s root filesystem. API \u003e= 1.25.",
        )

        docker_version: str | None = Field(
            default=None,
            alias="DockerVersion",
            description="Version of Docker the plugin was made with; dropped from newer API versions. API \u003e= 1.29. Not in API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "WorkDir": ((1, 25), None),
            "Linux": ((1, 25), None),
            "PropagatedMount": ((1, 25), None),
            "IpcHost": ((1, 29), None),
            "PidHost": ((1, 29), None),
            "rootfs": ((1, 25), None),
            "DockerVersion": ((1, 29), (1, 52)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Interface": "PluginConfigInterface",
            "User": "PluginConfigUser",
            "Network": "PluginConfigNetwork",
            "Linux": "PluginConfigLinux",
            "Mounts": "PluginMount",
            "Env": "PluginEnv",
            "Args": "PluginConfigArgs",
            "rootfs": "PluginConfigRootfs",
        }

    return PluginConfig
