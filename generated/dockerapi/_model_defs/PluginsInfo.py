# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.PluginsInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class PluginsInfo(DockerModel):
        """The plugins available to the daemon, by kind, as info() reports them.

        Fields not in every API version: `Authorization`: API >= 1.32.; `Log`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "PluginsInfo"

        volume: list[str] | None = Field(
            default=None, alias="Volume", description='Volume drivers, e.g. ["local"].'
        )

        network: list[str] | None = Field(
            default=None, alias="Network", description='Network drivers, e.g. ["bridge", "host", "overlay"].'
        )

        authorization: list[str] | None = Field(
            default=None, alias="Authorization", description="Authorization plugins in use. API \u003e= 1.32."
        )

        log: list[str] | None = Field(
            default=None,
            alias="Log",
            description='Logging drivers, e.g. ["json-file", "journald", "syslog"]. API \u003e= 1.30.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Authorization": ((1, 32), None),
            "Log": ((1, 30), None),
        }

    return PluginsInfo
