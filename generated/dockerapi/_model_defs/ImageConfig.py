# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageConfig`, made on first use by `_model_classes.load()`.

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

    class ImageConfig(DockerModel):
        """The defaults an image gives the containers made from it (from its Dockerfile or commit).

        Fields not in every API version: `ArgsEscaped`: API >= 1.25.; `Shell`: API >= 1.25.; `AttachStderr`: Not in API >= 1.50.; `AttachStdin`: Not in API >= 1.50.; `AttachStdout`: Not in API >= 1.50.; `Domainname`: Not in API >= 1.50.; `Hostname`: Not in API >= 1.50.; `Image`: Not in API >= 1.50.; `MacAddress`: Not in API >= 1.50.; `NetworkDisabled`: Not in API >= 1.50.; `OpenStdin`: Not in API >= 1.50.; `StdinOnce`: Not in API >= 1.50.; `StopTimeout`: API >= 1.25. Not in API >= 1.50.; `Tty`: Not in API >= 1.50."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageConfig"

        user: str | None = Field(
            default=None,
            alias="User",
            description='User (name or UID, optionally with group) the command runs as, e.g. "nobody" or "1000:1000".',
        )

        exposed_ports: dict[str, dict[str, Any] | None] | None = Field(
            default=None,
            alias="ExposedPorts",
            description='The ports the image declares, keys such as "80/tcp" or "53/udp" with empty values.',
        )

        env: list[str] | None = Field(
            default=None, alias="Env", description='Environment variables, as "NAME=value" strings.'
        )

        cmd: list[str] | None = Field(
            default=None,
            alias="Cmd",
            description="The default command, or the default arguments to the entrypoint.",
        )

        healthcheck: HealthConfig | None = Field(
            default=None,
            alias="Healthcheck",
            description="The test the daemon runs to decide whether a container is healthy.",
        )

        args_escaped: bool | None = Field(
            default=None,
            alias="ArgsEscaped",
            description="Windows only; whether the command line is already escaped. API \u003e= 1.25.",
        )

        volumes: dict[str, dict[str, Any] | None] | None = Field(
            default=None,
            alias="Volumes",
            description='Paths inside the container that get a volume, keys such as "/data" with empty values.',
        )

        working_dir: str | None = Field(
            default=None, alias="WorkingDir", description="Directory the command starts in."
        )

        entrypoint: list[str] | None = Field(
            default=None,
            alias="Entrypoint",
            description="The program run when a container starts; Cmd is appended to it as arguments.",
        )

        on_build: list[str] | None = Field(
            default=None,
            alias="OnBuild",
            description="Instructions run when another image is built FROM this one.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="The image\u0027s labels, name to value."
        )

        stop_signal: str | None = Field(
            default=None,
            alias="StopSignal",
            description='Signal sent to stop a container, e.g. "SIGTERM" or "SIGQUIT".',
        )

        shell: list[str] | None = Field(
            default=None,
            alias="Shell",
            description='The shell used for the shell form of RUN, CMD and ENTRYPOINT, e.g. ["/bin/sh", "-c"]. API \u003e= 1.25.',
        )

        attach_stderr: bool | None = Field(
            default=None,
            alias="AttachStderr",
            description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        attach_stdin: bool | None = Field(
            default=None,
            alias="AttachStdin",
            description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        attach_stdout: bool | None = Field(
            default=None,
            alias="AttachStdout",
            description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        domainname: str | None = Field(
            default=None,
            alias="Domainname",
            description="Container-only setting, always empty in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        hostname: str | None = Field(
            default=None,
            alias="Hostname",
            description="Container-only setting, always empty in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        image: str | None = Field(
            default=None,
            alias="Image",
            description="Container-only setting, always empty in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        mac_address: str | None = Field(
            default=None,
            alias="MacAddress",
            description="Container-only setting, always empty in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        network_disabled: bool | None = Field(
            default=None,
            alias="NetworkDisabled",
            description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        open_stdin: bool | None = Field(
            default=None,
            alias="OpenStdin",
            description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        stdin_once: bool | None = Field(
            default=None,
            alias="StdinOnce",
            description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        stop_timeout: int | None = Field(
            default=None,
            alias="StopTimeout",
            description="Container-only setting, unset in an image; dropped from newer API versions. API \u003e= 1.25. Not in API \u003e= 1.50.",
        )

        tty: bool | None = Field(
            default=None,
            alias="Tty",
            description="Container-only setting, always false in an image; dropped from newer API versions. Not in API \u003e= 1.50.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ArgsEscaped": ((1, 25), None),
            "Shell": ((1, 25), None),
            "AttachStderr": (None, (1, 50)),
            "AttachStdin": (None, (1, 50)),
            "AttachStdout": (None, (1, 50)),
            "Domainname": (None, (1, 50)),
            "Hostname": (None, (1, 50)),
            "Image": (None, (1, 50)),
            "MacAddress": (None, (1, 50)),
            "NetworkDisabled": (None, (1, 50)),
            "OpenStdin": (None, (1, 50)),
            "StdinOnce": (None, (1, 50)),
            "StopTimeout": ((1, 25), (1, 50)),
            "Tty": (None, (1, 50)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Healthcheck": "HealthConfig",
        }

    return ImageConfig
