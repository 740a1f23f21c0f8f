# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NodeDescription`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    EngineDescription: Any,
    Platform: Any,
    ResourceObject: Any,
    TLSInfo: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NodeDescription(DockerModel):
        """What a node reports about itself.

        Fields not in every API version: `TLSInfo`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "NodeDescription"

        hostname: str | None = Field(default=None, alias="Hostname", description="The node\u0027s host name.")

        platform: Platform | None = Field(
            default=None,
            alias="Platform",
            description="The node\u0027s operating system and CPU architecture.",
        )

        resources: ResourceObject | None = Field(
            default=None,
            alias="Resources",
            description="The CPUs, memory and generic resources the node offers.",
        )

        engine: EngineDescription | None = Field(
            default=None, alias="Engine", description="The Docker engine running on the node."
        )

        tls_info: TLSInfo | None = Field(
            default=None,
            alias="TLSInfo",
            description="The CA and certificate issuer the node trusts. API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "TLSInfo": ((1, 30), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Platform": "Platform",
            "Resources": "ResourceObject",
            "Engine": "EngineDescription",
            "TLSInfo": "TLSInfo",
        }

    return NodeDescription
