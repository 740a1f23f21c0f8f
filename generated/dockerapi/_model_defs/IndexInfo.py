# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.IndexInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class IndexInfo(DockerModel):
        """Settings of one registry."""

        __module__ = "dockerapi.models"
        __qualname__ = "IndexInfo"

        name: str | None = Field(
            default=None,
            alias="Name",
            description='The registry\u0027s name, e.g. "docker.io" or "localhost:5000".',
        )

        mirrors: list[str] | None = Field(
            default=None, alias="Mirrors", description="Mirror URLs used for this registry."
        )

        secure: bool | None = Field(
            default=None,
            alias="Secure",
            description="Whether the registry is reached with TLS and verified certificates.",
        )

        official: bool | None = Field(
            default=None, alias="Official", description="Whether this is Docker Hub."
        )

    return IndexInfo
