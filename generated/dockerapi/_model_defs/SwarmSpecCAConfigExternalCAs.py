# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmSpecCAConfigExternalCAs`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmSpecCAConfigExternalCAs(DockerModel):
        """One external certificate authority.

        Fields not in every API version: `CACert`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmSpecCAConfigExternalCAs"

        protocol: Literal["cfssl"] | str | None = Field(
            default=None,
            alias="Protocol",
            description='The protocol used to talk to the CA; "cfssl" is the one supported.',
        )

        url: str | None = Field(default=None, alias="URL", description="Where the CA can be reached.")

        options: dict[str, str | None] | None = Field(
            default=None, alias="Options", description="Options for the CA\u0027s protocol, as strings."
        )

        ca_cert: str | None = Field(
            default=None,
            alias="CACert",
            description="The root certificate (PEM) the external CA\u0027s certificates chain to; the swarm\u0027s root when empty. API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "CACert": ((1, 30), None),
        }

    return SwarmSpecCAConfigExternalCAs
