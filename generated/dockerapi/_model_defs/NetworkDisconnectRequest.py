# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkDisconnectRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkDisconnectRequest(DockerModel):
        """The body of disconnect_container_from_network."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkDisconnectRequest"

        container: str | None = Field(
            default=None, alias="Container", description="The container to disconnect, by ID or name."
        )

        force: bool | None = Field(
            default=None,
            alias="Force",
            description="Whether to force the disconnection, e.g. to clear a stale endpoint.",
        )

    return NetworkDisconnectRequest
