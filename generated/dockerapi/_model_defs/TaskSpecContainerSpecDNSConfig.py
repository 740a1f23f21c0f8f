# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecDNSConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecDNSConfig(DockerModel):
        """DNS settings for a service's containers.

        Fields not in every API version: `Nameservers`: API >= 1.25.; `Search`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecDNSConfig"

        nameservers: list[str] | None = Field(
            default=None,
            alias="Nameservers",
            description="IP addresses of the name servers to use. API \u003e= 1.25.",
        )

        search: list[str] | None = Field(
            default=None,
            alias="Search",
            description="Domains to search when a host name is not fully qualified. API \u003e= 1.25.",
        )

        options: list[str] | None = Field(
            default=None, alias="Options", description='Resolver options, e.g. ["ndots:2", "timeout:3"].'
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Nameservers": ((1, 25), None),
            "Search": ((1, 25), None),
        }

    return TaskSpecContainerSpecDNSConfig
