# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Address`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Address(DockerModel):
        """An IP address with its prefix length.

        Fields not in every API version: `Addr`: API >= 1.32.; `PrefixLen`: API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "Address"

        addr: str | None = Field(
            default=None, alias="Addr", description='The address, e.g. "172.17.0.5". API \u003e= 1.32.'
        )

        prefix_len: int | None = Field(
            default=None,
            alias="PrefixLen",
            description="The prefix length of its network, e.g. 16. API \u003e= 1.32.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Addr": ((1, 32), None),
            "PrefixLen": ((1, 32), None),
        }

    return Address
