# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerdInfoNamespaces`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerdInfoNamespaces(DockerModel):
        """The containerd namespaces the daemon uses; leave them to the daemon.

        Fields not in every API version: `Containers`: API >= 1.46.; `Plugins`: API >= 1.46."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerdInfoNamespaces"

        containers: str | None = Field(
            default=None,
            alias="Containers",
            description='Namespace of the daemon\u0027s containers, e.g. "moby". API \u003e= 1.46.',
        )

        plugins: str | None = Field(
            default=None,
            alias="Plugins",
            description='Namespace of the daemon\u0027s plugins, e.g. "plugins.moby". API \u003e= 1.46.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Containers": ((1, 46), None),
            "Plugins": ((1, 46), None),
        }

    return ContainerdInfoNamespaces
