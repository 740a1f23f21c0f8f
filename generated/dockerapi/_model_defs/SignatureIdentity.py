# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SignatureIdentity`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    KnownSignerIdentity: Any,
    SignatureTimestamp: Any,
    SignatureType: Any,
    SignerIdentity: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SignatureIdentity(DockerModel):
        """One verified signature of an image.

        Fields not in every API version: `Name`: API >= 1.53.; `Timestamps`: API >= 1.53.; `KnownSigner`: API >= 1.53.; `DockerReference`: API >= 1.53.; `Signer`: API >= 1.53.; `SignatureType`: API >= 1.53.; `Error`: API >= 1.53.; `Warnings`: API >= 1.53."""

        __module__ = "dockerapi.models"
        __qualname__ = "SignatureIdentity"

        name: str | None = Field(
            default=None,
            alias="Name",
            description="A short text naming the kind of signature. API \u003e= 1.53.",
        )

        timestamps: list[SignatureTimestamp] | None = Field(
            default=None,
            alias="Timestamps",
            description="The signed timestamps verified for this signature. API \u003e= 1.53.",
        )

        known_signer: KnownSignerIdentity | None = Field(
            default=None,
            alias="KnownSigner",
            description='Identifier of a signer the daemon knows specially, e.g. "DHI" (Docker Hardened Images). API \u003e= 1.53.',
        )

        docker_reference: str | None = Field(
            default=None,
            alias="DockerReference",
            description='The image reference the signature names; only in older "hashedrecord" signatures. API \u003e= 1.53.',
        )

        signer: SignerIdentity | None = Field(
            default=None,
            alias="Signer",
            description="Details of the certificate that made the signature. API \u003e= 1.53.",
        )

        signature_type: SignatureType | None = Field(
            default=None,
            alias="SignatureType",
            description='How the signature is encoded, "bundle-v0.3" or "simplesigning-v1". API \u003e= 1.53.',
        )

        error: str | None = Field(
            default=None,
            alias="Error",
            description="Why verification failed; the other fields are empty when this is set. API \u003e= 1.53.",
        )

        warnings: list[str] | None = Field(
            default=None,
            alias="Warnings",
            description="Notes from verification that do not make it fail (e.g. cached trust roots were used offline). API \u003e= 1.53.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 53), None),
            "Timestamps": ((1, 53), None),
            "KnownSigner": ((1, 53), None),
            "DockerReference": ((1, 53), None),
            "Signer": ((1, 53), None),
            "SignatureType": ((1, 53), None),
            "Error": ((1, 53), None),
            "Warnings": ((1, 53), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Timestamps": "SignatureTimestamp",
            "Signer": "SignerIdentity",
        }

    return SignatureIdentity
