# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.DistributionInspect`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    OCIDescriptor: Any,
    OCIPlatform: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class DistributionInspect(DockerModel):
        """An image as its registry describes it, from inspect_distribution.

        Fields not in every API version: `Descriptor`: API >= 1.30.; `Platforms`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "DistributionInspect"

        descriptor: OCIDescriptor | None = Field(
            default=None,
            alias="Descriptor",
            description="OCI descriptor of the manifest or index the reference points at (media type, digest, size). API \u003e= 1.30.",
        )

        platforms: list[OCIPlatform] | None = Field(
            default=None,
            alias="Platforms",
            description="The platforms (OS, architecture, variant) the image is published for. API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Descriptor": ((1, 30), None),
            "Platforms": ((1, 30), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Descriptor": "OCIDescriptor",
            "Platforms": "OCIPlatform",
        }

    return DistributionInspect
