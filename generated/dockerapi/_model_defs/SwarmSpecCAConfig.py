# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmSpecCAConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    SwarmSpecCAConfigExternalCAs: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmSpecCAConfig(DockerModel):
        """How the swarm's certificate authority issues node certificates.

        Fields not in every API version: `ExternalCAs`: API >= 1.25.; `SigningCACert`: API >= 1.30.; `SigningCAKey`: API >= 1.30.; `ForceRotate`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmSpecCAConfig"

        node_cert_expiry: int | None = Field(
            default=None,
            alias="NodeCertExpiry",
            description="How long a node certificate stays valid, in nanoseconds.",
        )

        external_cas: list[SwarmSpecCAConfigExternalCAs] | None = Field(
            default=None,
            alias="ExternalCAs",
            description="External certificate authorities that sign node certificates instead of the swarm\u0027s own. API \u003e= 1.25.",
        )

        signing_ca_cert: str | None = Field(
            default=None,
            alias="SigningCACert",
            description="The CA certificate (PEM) to sign new node certificates with, to replace the current one. API \u003e= 1.30.",
        )

        signing_ca_key: str | None = Field(
            default=None,
            alias="SigningCAKey",
            description="The private key (PEM) that goes with SigningCACert. API \u003e= 1.30.",
        )

        force_rotate: int | None = Field(
            default=None,
            alias="ForceRotate",
            description="A counter; changing it makes the swarm create a new root CA even with no other change. API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ExternalCAs": ((1, 25), None),
            "SigningCACert": ((1, 30), None),
            "SigningCAKey": ((1, 30), None),
            "ForceRotate": ((1, 30), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "ExternalCAs": "SwarmSpecCAConfigExternalCAs",
        }

    return SwarmSpecCAConfig
