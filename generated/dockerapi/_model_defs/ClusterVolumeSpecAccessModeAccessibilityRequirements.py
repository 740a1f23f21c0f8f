# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClusterVolumeSpecAccessModeAccessibilityRequirements`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Topology: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ClusterVolumeSpecAccessModeAccessibilityRequirements(DockerModel):
        """Topology requirements for where a cluster volume is provisioned.

        Fields not in every API version: `Requisite`: API >= 1.42.; `Preferred`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClusterVolumeSpecAccessModeAccessibilityRequirements"

        requisite: list[Topology] | None = Field(
            default=None,
            alias="Requisite",
            description="Topologies the volume must be reachable from; at least one of them has to be met. API \u003e= 1.42.",
        )

        preferred: list[Topology] | None = Field(
            default=None,
            alias="Preferred",
            description="Topologies the plugin should try to provision the volume in, in order of preference. API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Requisite": ((1, 42), None),
            "Preferred": ((1, 42), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Requisite": "Topology",
            "Preferred": "Topology",
        }

    return ClusterVolumeSpecAccessModeAccessibilityRequirements
