# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerdInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ContainerdInfoNamespaces: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerdInfo(DockerModel):
        """The containerd instance the daemon uses.

        Fields not in every API version: `Address`: API >= 1.46.; `Namespaces`: API >= 1.46."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerdInfo"

        address: str | None = Field(
            default=None,
            alias="Address",
            description='Path of containerd\u0027s socket, e.g. "/run/containerd/containerd.sock". API \u003e= 1.46.',
        )

        namespaces: ContainerdInfoNamespaces | None = Field(
            default=None,
            alias="Namespaces",
            description="The containerd namespaces the daemon keeps to itself. API \u003e= 1.46.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Address": ((1, 46), None),
            "Namespaces": ((1, 46), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Namespaces": "ContainerdInfoNamespaces",
        }

    return ContainerdInfo
