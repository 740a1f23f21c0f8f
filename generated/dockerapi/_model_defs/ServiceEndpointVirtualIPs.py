# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceEndpointVirtualIPs`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceEndpointVirtualIPs(DockerModel):
        """A service's virtual IP on one network."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceEndpointVirtualIPs"

        network_id: str | None = Field(default=None, alias="NetworkID", description="The network\u0027s ID.")

        addr: str | None = Field(
            default=None, alias="Addr", description='The virtual IP with prefix length, e.g. "10.0.0.2/24".'
        )

    return ServiceEndpointVirtualIPs
