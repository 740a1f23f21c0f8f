# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkCreateResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkCreateResponse(DockerModel):
        """What create_network returns."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkCreateResponse"

        id: str | None = Field(default=None, alias="Id", description="The new network\u0027s ID.")

        warning: str | None = Field(
            default=None, alias="Warning", description="A note from the daemon about the creation, or empty."
        )

    return NetworkCreateResponse
