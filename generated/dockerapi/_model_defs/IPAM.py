# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.IPAM`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    IPAMConfig: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class IPAM(DockerModel):
        """The IP address management of a network, the driver plus its address pools."""

        __module__ = "dockerapi.models"
        __qualname__ = "IPAM"

        driver: str | None = Field(
            default=None, alias="Driver", description='The IPAM driver, "default" unless a plugin is used.'
        )

        config: list[IPAMConfig] | None = Field(
            default=None,
            alias="Config",
            description="The address pools, each with a subnet and optionally a range, a gateway and reserved addresses.",
        )

        options: dict[str, str | None] | None = Field(
            default=None, alias="Options", description="Options for the IPAM driver, as strings."
        )
        __wire_models__: ClassVar[dict[str, str]] = {
            "Config": "IPAMConfig",
        }

    return IPAM
