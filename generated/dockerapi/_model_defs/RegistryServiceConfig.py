# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.RegistryServiceConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    IndexInfo: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class RegistryServiceConfig(DockerModel):
        """The daemon's registry settings.

        Fields not in every API version: `Mirrors`: API >= 1.32.; `AllowNondistributableArtifactsCIDRs`: API >= 1.32. Not in API >= 1.49.; `AllowNondistributableArtifactsHostnames`: API >= 1.32. Not in API >= 1.49."""

        __module__ = "dockerapi.models"
        __qualname__ = "RegistryServiceConfig"

        insecure_registry_cidrs: list[str] | None = Field(
            default=None,
            alias="InsecureRegistryCIDRs",
            description="Address ranges (CIDR) of registries reached without TLS or with untrusted certificates.",
        )

        index_configs: dict[str, IndexInfo | None] | None = Field(
            default=None, alias="IndexConfigs", description="Per-registry settings, by registry name."
        )

        mirrors: list[str] | None = Field(
            default=None,
            alias="Mirrors",
            description="Mirror URLs tried before Docker Hub. API \u003e= 1.32.",
        )

        allow_nondistributable_artifacts_cidrs: list[str] | None = Field(
            default=None,
            alias="AllowNondistributableArtifactsCIDRs",
            description="Address ranges of registries foreign layers may be pushed to; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.49.",
        )

        allow_nondistributable_artifacts_hostnames: list[str] | None = Field(
            default=None,
            alias="AllowNondistributableArtifactsHostnames",
            description="Registry host names foreign layers may be pushed to; dropped from newer API versions. API \u003e= 1.32. Not in API \u003e= 1.49.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Mirrors": ((1, 32), None),
            "AllowNondistributableArtifactsCIDRs": ((1, 32), (1, 49)),
            "AllowNondistributableArtifactsHostnames": ((1, 32), (1, 49)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "IndexConfigs": "IndexInfo",
        }

    return RegistryServiceConfig
