# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TLSInfo`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TLSInfo(DockerModel):
        """The root CA of a swarm and the issuer of its nodes' TLS certificates.

        Fields not in every API version: `TrustRoot`: API >= 1.30.; `CertIssuerSubject`: API >= 1.30.; `CertIssuerPublicKey`: API >= 1.30.; `CAConfig`: API >= 1.30. Not in API >= 1.32.; `Dispatcher`: API >= 1.30. Not in API >= 1.32.; `EncryptionConfig`: API >= 1.30. Not in API >= 1.32.; `Labels`: API >= 1.30. Not in API >= 1.32.; `Name`: API >= 1.30. Not in API >= 1.32.; `Orchestration`: API >= 1.30. Not in API >= 1.32.; `Raft`: API >= 1.30. Not in API >= 1.32.; `TaskDefaults`: API >= 1.30. Not in API >= 1.32."""

        __module__ = "dockerapi.models"
        __qualname__ = "TLSInfo"

        trust_root: str | None = Field(
            default=None,
            alias="TrustRoot",
            description="The root CA certificate(s) in PEM form, used to check node certificates. API \u003e= 1.30.",
        )

        cert_issuer_subject: str | None = Field(
            default=None,
            alias="CertIssuerSubject",
            description="The issuer\u0027s raw subject, URL-safe base64 encoded. API \u003e= 1.30.",
        )

        cert_issuer_public_key: str | None = Field(
            default=None,
            alias="CertIssuerPublicKey",
            description="The issuer\u0027s raw public key, URL-safe base64 encoded. API \u003e= 1.30.",
        )

        ca_config: Any = Field(
            default=None,
            alias="CAConfig",
            description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.",
        )

        dispatcher: Any = Field(
            default=None,
            alias="Dispatcher",
            description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.",
        )

        encryption_config: Any = Field(
            default=None,
            alias="EncryptionConfig",
            description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None,
            alias="Labels",
            description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.",
        )

        name: str | None = Field(
            default=None,
            alias="Name",
            description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.",
        )

        orchestration: Any = Field(
            default=None,
            alias="Orchestration",
            description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.",
        )

        raft: Any = Field(
            default=None,
            alias="Raft",
            description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.",
        )

        task_defaults: Any = Field(
            default=None,
            alias="TaskDefaults",
            description="A swarm setting that the 1.30 and 1.31 API descriptions listed here; daemons do not send it. API \u003e= 1.30. Not in API \u003e= 1.32.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "TrustRoot": ((1, 30), None),
            "CertIssuerSubject": ((1, 30), None),
            "CertIssuerPublicKey": ((1, 30), None),
            "CAConfig": ((1, 30), (1, 32)),
            "Dispatcher": ((1, 30), (1, 32)),
            "EncryptionConfig": ((1, 30), (1, 32)),
            "Labels": ((1, 30), (1, 32)),
            "Name": ((1, 30), (1, 32)),
            "Orchestration": ((1, 30), (1, 32)),
            "Raft": ((1, 30), (1, 32)),
            "TaskDefaults": ((1, 30), (1, 32)),
        }

    return TLSInfo
