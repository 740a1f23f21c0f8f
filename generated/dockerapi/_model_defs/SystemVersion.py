# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SystemVersion`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    SystemVersionComponents: Any,
    SystemVersionPlatform: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SystemVersion(DockerModel):
        """The versions of the daemon and its parts, from version().

        Fields not in every API version: `Platform`: API >= 1.35.; `Components`: API >= 1.35.; `MinAPIVersion`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "SystemVersion"

        platform: SystemVersionPlatform | None = Field(
            default=None,
            alias="Platform",
            description='The product name of the engine, e.g. "Docker Engine - Community". API \u003e= 1.35.',
        )

        components: list[SystemVersionComponents] | None = Field(
            default=None,
            alias="Components",
            description="Each part of the engine (Engine, containerd, runc, docker-init...) with its version. API \u003e= 1.35.",
        )

        version: str | None = Field(
            default=None, alias="Version", description='The engine\u0027s version, e.g. "28.5.2".'
        )

        api_version: str | None = Field(
            default=None,
            alias="ApiVersion",
            description='The newest Engine API version the daemon speaks, e.g. "1.51".',
        )

        min_api_version: str | None = Field(
            default=None,
            alias="MinAPIVersion",
            description='The oldest Engine API version the daemon still accepts, e.g. "1.24". API \u003e= 1.25.',
        )

        git_commit: str | None = Field(
            default=None, alias="GitCommit", description="The source commit the engine was built from."
        )

        go_version: str | None = Field(
            default=None,
            alias="GoVersion",
            description='The Go release the engine was built with, e.g. "go1.24.7".',
        )

        os: str | None = Field(
            default=None, alias="Os", description='The daemon\u0027s operating system, e.g. "linux".'
        )

        arch: str | None = Field(
            default=None, alias="Arch", description='The daemon\u0027s CPU architecture, e.g. "amd64".'
        )

        kernel_version: str | None = Field(
            default=None,
            alias="KernelVersion",
            description='The host\u0027s kernel version, e.g. "6.1.0-18-amd64".',
        )

        experimental: bool | None = Field(
            default=None, alias="Experimental", description="Whether experimental features are on."
        )

        build_time: str | None = Field(
            default=None, alias="BuildTime", description="When the engine binary was built."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Platform": ((1, 35), None),
            "Components": ((1, 35), None),
            "MinAPIVersion": ((1, 25), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Platform": "SystemVersionPlatform",
            "Components": "SystemVersionComponents",
        }

    return SystemVersion
