# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerCreateResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerCreateResponse(DockerModel):
        """What create_container answers."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerCreateResponse"

        id: str | None = Field(
            default=None,
            alias="Id",
            description="The new container\u0027s full ID, 64 hexadecimal characters.",
        )

        warnings: list[str] | None = Field(
            default=None,
            alias="Warnings",
            description="Notes from the daemon about the settings, e.g. a limit the kernel does not support; often empty.",
        )

    return ContainerCreateResponse
