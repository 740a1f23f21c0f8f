# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    NetworkAttachmentConfig: Any,
    TaskSpecContainerSpec: Any,
    TaskSpecLogDriver: Any,
    TaskSpecNetworkAttachmentSpec: Any,
    TaskSpecPlacement: Any,
    TaskSpecPluginSpec: Any,
    TaskSpecResources: Any,
    TaskSpecRestartPolicy: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpec(DockerModel):
        """What each task of a service runs; a service's TaskTemplate.

        Fields not in every API version: `PluginSpec`: API >= 1.31.; `NetworkAttachmentSpec`: API >= 1.38.; `ForceUpdate`: API >= 1.25.; `Runtime`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpec"

        plugin_spec: TaskSpecPluginSpec | None = Field(
            default=None,
            alias="PluginSpec",
            description='The plugin to install when Runtime is "plugin"; excludes ContainerSpec. API \u003e= 1.31.',
        )

        container_spec: TaskSpecContainerSpec | None = Field(
            default=None,
            alias="ContainerSpec",
            description='The container to run when Runtime is "container" (the usual case).',
        )

        network_attachment_spec: TaskSpecNetworkAttachmentSpec | None = Field(
            default=None,
            alias="NetworkAttachmentSpec",
            description='Set by the swarm for a plain container attached to a swarm network (Runtime "attachment"); not for users. API \u003e= 1.38.',
        )

        resources: TaskSpecResources | None = Field(
            default=None,
            alias="Resources",
            description="CPU, memory and other limits and reservations for each task.",
        )

        restart_policy: TaskSpecRestartPolicy | None = Field(
            default=None,
            alias="RestartPolicy",
            description="When and how often the swarm restarts a task\u0027s container.",
        )

        placement: TaskSpecPlacement | None = Field(
            default=None, alias="Placement", description="On which nodes tasks may or should run."
        )

        force_update: int | None = Field(
            default=None,
            alias="ForceUpdate",
            description="A counter; changing it redeploys the tasks even when nothing else changed. API \u003e= 1.25.",
        )

        runtime: str | None = Field(
            default=None,
            alias="Runtime",
            description='What kind of task this is, "container", "plugin" or "attachment". API \u003e= 1.30.',
        )

        networks: list[NetworkAttachmentConfig] | None = Field(
            default=None, alias="Networks", description="The networks the tasks join."
        )

        log_driver: TaskSpecLogDriver | None = Field(
            default=None,
            alias="LogDriver",
            description="The log driver for the tasks; the swarm\u0027s default, then the engine\u0027s, when unset.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "PluginSpec": ((1, 31), None),
            "NetworkAttachmentSpec": ((1, 38), None),
            "ForceUpdate": ((1, 25), None),
            "Runtime": ((1, 30), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "PluginSpec": "TaskSpecPluginSpec",
            "ContainerSpec": "TaskSpecContainerSpec",
            "NetworkAttachmentSpec": "TaskSpecNetworkAttachmentSpec",
            "Resources": "TaskSpecResources",
            "RestartPolicy": "TaskSpecRestartPolicy",
            "Placement": "TaskSpecPlacement",
            "Networks": "NetworkAttachmentConfig",
            "LogDriver": "TaskSpecLogDriver",
        }

    return TaskSpec
