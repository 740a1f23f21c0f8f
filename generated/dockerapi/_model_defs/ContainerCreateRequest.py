# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerCreateRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    HealthConfig: Any,
    HostConfig: Any,
    NetworkingConfig: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerCreateRequest(DockerModel):
        """The whole body of create_container, the document create_container_config builds.

        Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `StopTimeout`: API >= 1.25.; `Shell`: API >= 1.25.; `MacAddress`: Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerCreateRequest"

        hostname: str | None = Field(
            default=None, alias="Hostname", description="The container\u0027s hostname."
        )

        domainname: str | None = Field(
            default=None, alias="Domainname", description="The container\u0027s domain name."
        )

        user: str | None = Field(
            default=None,
            alias="User",
            description='User (name or UID) to run as, optionally with ":group" or ":GID"; empty means the image\u0027s user.',
        )

        attach_stdin: bool | None = Field(
            default=None, alias="AttachStdin", description="Whether stdin is attached."
        )

        attach_stdout: bool | None = Field(
            default=None, alias="AttachStdout", description="Whether stdout is attached."
        )

        attach_stderr: bool | None = Field(
            default=None, alias="AttachStderr", description="Whether stderr is attached."
        )

        exposed_ports: dict[str, dict[str, Any] | None] | None = Field(
            default=None,
            alias="ExposedPorts",
            description='Exposed ports as keys like "80/tcp" or "53/udp", each mapped to an empty object.',
        )

        tty: bool | None = Field(
            default=None,
            alias="Tty",
            description="Whether the process gets a pseudo-terminal (its output is then not multiplexed).",
        )

        open_stdin: bool | None = Field(
            default=None, alias="OpenStdin", description="Whether stdin stays open when nothing is attached."
        )

        stdin_once: bool | None = Field(
            default=None,
            alias="StdinOnce",
            description="Whether stdin is closed once the first attached client disconnects.",
        )

        env: list[str] | None = Field(
            default=None,
            alias="Env",
            description='Environment variables as "NAME=value" strings; a bare "NAME" removes the variable.',
        )

        cmd: list[str] | None = Field(default=None, alias="Cmd", description="The command and its arguments.")

        healthcheck: HealthConfig | None = Field(
            default=None, alias="Healthcheck", description="The health check, replacing the image\u0027s."
        )

        args_escaped: bool | None = Field(
            default=None,
            alias="ArgsEscaped",
            description="Whether the command is already escaped, on Windows only. API \u003e= 1.25.",
        )

        image: str | None = Field(
            default=None,
            alias="Image",
            description="The image to create the container from, by name, reference or ID.",
        )

        volumes: dict[str, dict[str, Any] | None] | None = Field(
            default=None,
            alias="Volumes",
            description="Paths inside the container declared as volumes, each mapped to an empty object.",
        )

        working_dir: str | None = Field(
            default=None, alias="WorkingDir", description="Directory in which the command starts."
        )

        entrypoint: list[str] | None = Field(
            default=None,
            alias="Entrypoint",
            description='The entrypoint and its arguments, replacing the image\u0027s; [""] resets it to none.',
        )

        network_disabled: bool | None = Field(
            default=None,
            alias="NetworkDisabled",
            description="Whether the container has no networking at all.",
        )

        on_build: list[str] | None = Field(
            default=None,
            alias="OnBuild",
            description="ONBUILD instructions recorded from the image\u0027s Dockerfile.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="Metadata labels as string keys and values."
        )

        stop_signal: str | None = Field(
            default=None,
            alias="StopSignal",
            description='Signal that stops the container, e.g. "SIGTERM", as a name or a number in a string.',
        )

        stop_timeout: int | None = Field(
            default=None,
            alias="StopTimeout",
            description="Seconds to wait after the stop signal before killing the container; unset means the daemon\u0027s default. API \u003e= 1.25.",
        )

        shell: list[str] | None = Field(
            default=None,
            alias="Shell",
            description='Shell used by the shell forms of RUN, CMD and ENTRYPOINT, e.g. ["/bin/sh", "-c"]. API \u003e= 1.25.',
        )

        host_config: HostConfig | None = Field(
            default=None, alias="HostConfig", description="The host-side settings."
        )

        networking_config: NetworkingConfig | None = Field(
            default=None, alias="NetworkingConfig", description="The networks to attach at creation."
        )

        mac_address: str | None = Field(
            default=None,
            alias="MacAddress",
            description="The container\u0027s MAC address; later APIs take it per network in EndpointSettings instead. Not in API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ArgsEscaped": ((1, 25), None),
            "StopTimeout": ((1, 25), None),
            "Shell": ((1, 25), None),
            "MacAddress": (None, (1, 52)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Healthcheck": "HealthConfig",
            "HostConfig": "HostConfig",
            "NetworkingConfig": "NetworkingConfig",
        }

    return ContainerCreateRequest
