# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make(
    HealthConfig: Any,
    Mount: Any,
    TaskSpecContainerSpecConfigs: Any,
    TaskSpecContainerSpecDNSConfig: Any,
    TaskSpecContainerSpecPrivileges: Any,
    TaskSpecContainerSpecSecrets: Any,
    TaskSpecContainerSpecUlimits: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpec(DockerModel):
        """The container each task of a service runs.

        Fields not in every API version: `Hostname`: API >= 1.27.; `Groups`: API >= 1.27.; `Privileges`: API >= 1.29.; `TTY`: API >= 1.25.; `OpenStdin`: API >= 1.27.; `ReadOnly`: API >= 1.27.; `StopSignal`: API >= 1.28.; `HealthCheck`: API >= 1.27.; `Hosts`: API >= 1.27.; `DNSConfig`: API >= 1.25.; `Secrets`: API >= 1.27.; `OomScoreAdj`: API >= 1.46.; `Configs`: API >= 1.30.; `Isolation`: API >= 1.35.; `Init`: API >= 1.38.; `Sysctls`: API >= 1.40.; `CapabilityAdd`: API >= 1.41.; `CapabilityDrop`: API >= 1.41.; `Ulimits`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpec"

        image: str | None = Field(
            default=None,
            alias="Image",
            description='The image to run, e.g. "nginx:alpine", possibly pinned by digest.',
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="Labels for the containers, as label to value."
        )

        command: list[str] | None = Field(
            default=None,
            alias="Command",
            description="The command to run, replacing the image\u0027s entrypoint, as a list of strings.",
        )

        args: list[str] | None = Field(
            default=None,
            alias="Args",
            description="Arguments for the command, replacing the image\u0027s CMD.",
        )

        hostname: str | None = Field(
            default=None,
            alias="Hostname",
            description='The container\u0027s host name; may be a template such as "{{.Task.Name}}". API \u003e= 1.27.',
        )

        env: list[str] | None = Field(
            default=None, alias="Env", description='Environment variables, as "NAME=value" strings.'
        )

        dir: str | None = Field(
            default=None, alias="Dir", description="The working directory inside the container."
        )

        user: str | None = Field(
            default=None,
            alias="User",
            description='The user (name or UID, with an optional ":group") the process runs as.',
        )

        groups: list[str] | None = Field(
            default=None, alias="Groups", description="Extra groups the process belongs to. API \u003e= 1.27."
        )

        privileges: TaskSpecContainerSpecPrivileges | None = Field(
            default=None,
            alias="Privileges",
            description="Security options (SELinux, seccomp, AppArmor, credential spec, no-new-privileges). API \u003e= 1.29.",
        )

        tty: bool | None = Field(
            default=None,
            alias="TTY",
            description="Whether the container gets a pseudo-terminal. API \u003e= 1.25.",
        )

        open_stdin: bool | None = Field(
            default=None,
            alias="OpenStdin",
            description="Whether standard input is kept open. API \u003e= 1.27.",
        )

        read_only: bool | None = Field(
            default=None,
            alias="ReadOnly",
            description="Mount the container\u0027s root filesystem read-only. API \u003e= 1.27.",
        )

        mounts: list[Mount] | None = Field(
            default=None,
            alias="Mounts",
            description="Volumes, bind mounts and tmpfs mounts for the container.",
        )

        stop_signal: str | None = Field(
            default=None,
            alias="StopSignal",
            description='The signal that stops the container, e.g. "SIGTERM". API \u003e= 1.28.',
        )

        stop_grace_period: int | None = Field(
            default=None,
            alias="StopGracePeriod",
            description="How long to wait after the stop signal before killing the container, in nanoseconds.",
        )

        health_check: HealthConfig | None = Field(
            default=None,
            alias="HealthCheck",
            description="The health check to run in the container, overriding the image\u0027s. API \u003e= 1.27.",
        )

        hosts: list[str] | None = Field(
            default=None,
            alias="Hosts",
            description='Extra /etc/hosts entries, each "IP host [alias...]". API \u003e= 1.27.',
        )

        dns_config: TaskSpecContainerSpecDNSConfig | None = Field(
            default=None,
            alias="DNSConfig",
            description="Name servers, search domains and resolver options for /etc/resolv.conf. API \u003e= 1.25.",
        )

        secrets: list[TaskSpecContainerSpecSecrets] | None = Field(
            default=None,
            alias="Secrets",
            description="The swarm secrets to expose to the container as files. API \u003e= 1.27.",
        )

        oom_score_adj: int | None = Field(
            default=None,
            alias="OomScoreAdj",
            description="The container\u0027s out-of-memory score adjustment (-1000 to 1000; higher is killed first). API \u003e= 1.46.",
        )

        configs: list[TaskSpecContainerSpecConfigs] | None = Field(
            default=None,
            alias="Configs",
            description="The swarm configs to expose to the container as files. API \u003e= 1.30.",
        )

        isolation: Literal["default", "process", "hyperv", ""] | str | None = Field(
            default=None,
            alias="Isolation",
            description='The isolation technology on Windows, "default", "process" or "hyperv". API \u003e= 1.35.',
        )

        init: bool | None = Field(
            default=None,
            alias="Init",
            description="Run an init process as PID 1 that forwards signals and reaps zombies; the daemon\u0027s default when unset. API \u003e= 1.38.",
        )

        sysctls: dict[str, str | None] | None = Field(
            default=None,
            alias="Sysctls",
            description='Namespaced kernel parameters to set, e.g. {"net.ipv4.ip_forward": "1"}. API \u003e= 1.40.',
        )

        capability_add: list[str] | None = Field(
            default=None,
            alias="CapabilityAdd",
            description='Extra kernel capabilities granted on top of the defaults, e.g. ["CAP_NET_ADMIN"]. API \u003e= 1.41.',
        )

        capability_drop: list[str] | None = Field(
            default=None,
            alias="CapabilityDrop",
            description="Kernel capabilities taken away from the defaults. API \u003e= 1.41.",
        )

        ulimits: list[TaskSpecContainerSpecUlimits] | None = Field(
            default=None,
            alias="Ulimits",
            description='Resource limits for the processes, e.g. [{"Name": "nofile", "Soft": 4096, "Hard": 8192}]. API \u003e= 1.41.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Hostname": ((1, 27), None),
            "Groups": ((1, 27), None),
            "Privileges": ((1, 29), None),
            "TTY": ((1, 25), None),
            "OpenStdin": ((1, 27), None),
            "ReadOnly": ((1, 27), None),
            "StopSignal": ((1, 28), None),
            "HealthCheck": ((1, 27), None),
            "Hosts": ((1, 27), None),
            "DNSConfig": ((1, 25), None),
            "Secrets": ((1, 27), None),
            "OomScoreAdj": ((1, 46), None),
            "Configs": ((1, 30), None),
            "Isolation": ((1, 35), None),
            "Init": ((1, 38), None),
            "Sysctls": ((1, 40), None),
            "CapabilityAdd": ((1, 41), None),
            "CapabilityDrop": ((1, 41), None),
            "Ulimits": ((1, 41), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Privileges": "TaskSpecContainerSpecPrivileges",
            "Mounts": "Mount",
            "HealthCheck": "HealthConfig",
            "DNSConfig": "TaskSpecContainerSpecDNSConfig",
            "Secrets": "TaskSpecContainerSpecSecrets",
            "Configs": "TaskSpecContainerSpecConfigs",
            "Ulimits": "TaskSpecContainerSpecUlimits",
        }

    return TaskSpecContainerSpec
