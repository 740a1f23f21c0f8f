# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    HealthConfig: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerConfig(DockerModel):
        """The host-independent configuration of a container (what create_container takes outside host_config).

        Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerConfig"

        hostname: str | None = Field(
            default=None, alias="Hostname", description="The host name inside the container."
        )

        domainname: str | None = Field(
            default=None, alias="Domainname", description="The domain name inside the container."
        )

        user: str | None = Field(
            default=None,
            alias="User",
            description='The user processes run as, e.g. "nobody" or "1000:1000"; empty means the image\u0027s user.',
        )

        attach_stdin: bool | None = Field(
            default=None, alias="AttachStdin", description="Whether stdin is marked for attaching."
        )

        attach_stdout: bool | None = Field(
            default=None, alias="AttachStdout", description="Whether stdout is marked for attaching."
        )

        attach_stderr: bool | None = Field(
            default=None, alias="AttachStderr", description="Whether stderr is marked for attaching."
        )

        exposed_ports: dict[str, dict[str, Any] | None] | None = Field(
            default=None,
            alias="ExposedPorts",
            description='The exposed ports as keys such as "80/tcp", each with an empty dict as value.',
        )

        tty: bool | None = Field(
            default=None, alias="Tty", description="Whether the container has a pseudo-terminal."
        )

        open_stdin: bool | None = Field(
            default=None,
            alias="OpenStdin",
            description="Whether stdin is kept open without an attached client.",
        )

        stdin_once: bool | None = Field(
            default=None,
            alias="StdinOnce",
            description="Whether stdin closes after the first attached client detaches.",
        )

        env: list[str] | None = Field(
            default=None, alias="Env", description='The environment as "KEY=value" strings.'
        )

        cmd: list[str] | None = Field(
            default=None, alias="Cmd", description="The command as a list of arguments."
        )

        healthcheck: HealthConfig | None = Field(
            default=None,
            alias="Healthcheck",
            description="The health check the container runs; durations in nanoseconds.",
        )

        args_escaped: bool | None = Field(
            default=None,
            alias="ArgsEscaped",
            description="Windows only; whether the command line is already escaped. API \u003e= 1.25.",
        )

        image: str | None = Field(
            default=None,
            alias="Image",
            description='The image as it was given at creation, e.g. "busybox:latest".',
        )

        volumes: dict[str, dict[str, Any] | None] | None = Field(
            default=None,
            alias="Volumes",
            description="Paths inside the container that hold volumes, each with an empty dict as value.",
        )

        working_dir: str | None = Field(
            default=None, alias="WorkingDir", description="The directory commands start in."
        )

        entrypoint: list[str] | None = Field(
            default=None, alias="Entrypoint", description="The entrypoint as a list of arguments."
        )

        network_disabled: bool | None = Field(
            default=None,
            alias="NetworkDisabled",
            description="Whether the container was created without networking.",
        )

        on_build: list[str] | None = Field(
            default=None,
            alias="OnBuild",
            description="ONBUILD instructions carried from the image\u0027s Dockerfile.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None,
            alias="Labels",
            description="The container\u0027s labels, name to value (the image\u0027s included).",
        )

        stop_signal: str | None = Field(
            default=None, alias="StopSignal", description='The signal stop() sends first, e.g. "SIGTERM".'
        )

        stop_timeout: int | None = Field(
            default=None,
            alias="StopTimeout",
            description="Seconds stop() waits before killing; absent means the daemon\u0027s default. API \u003e= 1.25.",
        )

        shell: list[str] | None = Field(
            default=None,
            alias="Shell",
            description='The shell for shell-form commands, e.g. ["/bin/sh", "-c"]. API \u003e= 1.25.',
        )

        mac_address: str | None = Field(
            default=None,
            alias="MacAddress",
            description="The MAC address on the default network (older API versions; now per network). Not in API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ArgsEscaped": ((1, 25), None),
            "StopTimeout": ((1, 25), None),
            "Shell": ((1, 25), None),
            "MacAddress": (None, (1, 52)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Healthcheck": "HealthConfig",
        }

    return ContainerConfig
