# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginConfigInterface`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginConfigInterface(DockerModel):
        """What a plugin provides and how the daemon talks to it.

        Fields not in every API version: `ProtocolScheme`: API >= 1.38."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginConfigInterface"

        types: list[str] | None = Field(
            default=None,
            alias="Types",
            description='The plugin APIs it implements, e.g. "docker.volumedriver/1.0" or "docker.networkdriver/1.0".',
        )

        socket: str | None = Field(
            default=None,
            alias="Socket",
            description='Name of the unix socket the plugin listens on, e.g. "sshfs.sock".',
        )

        protocol_scheme: Literal["", "moby.plugins.http/v1"] | str | None = Field(
            default=None,
            alias="ProtocolScheme",
            description='The protocol on that socket; "moby.plugins.http/v1" or empty (the same by default). API \u003e= 1.38.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ProtocolScheme": ((1, 38), None),
        }

    return PluginConfigInterface
