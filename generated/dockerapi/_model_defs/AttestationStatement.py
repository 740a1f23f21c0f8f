# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.AttestationStatement`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    OCIDescriptor: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class AttestationStatement(DockerModel):
        """One in-toto attestation (provenance, SBOM...) stored with an image.

        Fields not in every API version: `Descriptor`: API >= 1.55.; `PredicateType`: API >= 1.55.; `Statement`: API >= 1.55."""

        __module__ = "dockerapi.models"
        __qualname__ = "AttestationStatement"

        descriptor: OCIDescriptor | None = Field(
            default=None,
            alias="Descriptor",
            description="OCI descriptor of the statement blob. API \u003e= 1.55.",
        )

        predicate_type: str | None = Field(
            default=None,
            alias="PredicateType",
            description='URI naming the kind of statement, e.g. "https://slsa.dev/provenance/v0.2". API \u003e= 1.55.',
        )

        statement: dict[str, Any] | None = Field(
            default=None,
            alias="Statement",
            description="The whole in-toto statement as JSON; only with image_attestations(statement=True). API \u003e= 1.55.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Descriptor": ((1, 55), None),
            "PredicateType": ((1, 55), None),
            "Statement": ((1, 55), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Descriptor": "OCIDescriptor",
        }

    return AttestationStatement
