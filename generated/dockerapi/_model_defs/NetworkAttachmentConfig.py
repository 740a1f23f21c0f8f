# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkAttachmentConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkAttachmentConfig(DockerModel):
        """A network a service's tasks join.

        Fields not in every API version: `DriverOpts`: API >= 1.39."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkAttachmentConfig"

        target: str | None = Field(default=None, alias="Target", description="The network\u0027s name or ID.")

        aliases: list[str] | None = Field(
            default=None,
            alias="Aliases",
            description="Additional DNS names under which the service\u0027s tasks can be reached on this network.",
        )

        driver_opts: dict[str, str | None] | None = Field(
            default=None,
            alias="DriverOpts",
            description="Options for the network driver for this attachment, as strings. API \u003e= 1.39.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "DriverOpts": ((1, 39), None),
        }

    return NetworkAttachmentConfig
