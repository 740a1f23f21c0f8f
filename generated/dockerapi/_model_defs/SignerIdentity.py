# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SignerIdentity`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SignerIdentity(DockerModel):
        """The certificate that signed an image, with the build provenance claims it carries (Sigstore/Fulcio style).

        Fields not in every API version: `CertificateIssuer`: API >= 1.53.; `SubjectAlternativeName`: API >= 1.53.; `Issuer`: API >= 1.53.; `BuildSignerURI`: API >= 1.53.; `BuildSignerDigest`: API >= 1.53.; `RunnerEnvironment`: API >= 1.53.; `SourceRepositoryURI`: API >= 1.53.; `SourceRepositoryDigest`: API >= 1.53.; `SourceRepositoryRef`: API >= 1.53.; `SourceRepositoryIdentifier`: API >= 1.53.; `SourceRepositoryOwnerURI`: API >= 1.53.; `SourceRepositoryOwnerIdentifier`: API >= 1.53.; `BuildConfigURI`: API >= 1.53.; `BuildConfigDigest`: API >= 1.53.; `BuildTrigger`: API >= 1.53.; `RunInvocationURI`: API >= 1.53.; `SourceRepositoryVisibilityAtSigning`: API >= 1.53."""

        __module__ = "dockerapi.models"
        __qualname__ = "SignerIdentity"

        certificate_issuer: str | None = Field(
            default=None,
            alias="CertificateIssuer",
            description="Issuer of the signing certificate. API \u003e= 1.53.",
        )

        subject_alternative_name: str | None = Field(
            default=None,
            alias="SubjectAlternativeName",
            description="Subject alternative name of the signing certificate (an e-mail or a workflow URI). API \u003e= 1.53.",
        )

        issuer: str | None = Field(
            default=None,
            alias="Issuer",
            description="The OIDC issuer that vouched for the signer\u0027s identity. API \u003e= 1.53.",
        )

        build_signer_uri: str | None = Field(
            default=None,
            alias="BuildSignerURI",
            description="URI of the build instructions that did the signing. API \u003e= 1.53.",
        )

        build_signer_digest: str | None = Field(
            default=None,
            alias="BuildSignerDigest",
            description="Digest pinning the version of those signing instructions. API \u003e= 1.53.",
        )

        runner_environment: str | None = Field(
            default=None,
            alias="RunnerEnvironment",
            description="Whether the build ran on the platform\u0027s hosted runners or on self-hosted ones. API \u003e= 1.53.",
        )

        source_repository_uri: str | None = Field(
            default=None,
            alias="SourceRepositoryURI",
            description="URL of the source repository the build used. API \u003e= 1.53.",
        )

        source_repository_digest: str | None = Field(
            default=None,
            alias="SourceRepositoryDigest",
            description="Commit digest of the source code the build used. API \u003e= 1.53.",
        )

        source_repository_ref: str | None = Field(
            default=None,
            alias="SourceRepositoryRef",
            description='Branch or tag ref of the source the build used, e.g. "refs/heads/main". API \u003e= 1.53.',
        )

        source_repository_identifier: str | None = Field(
            default=None,
            alias="SourceRepositoryIdentifier",
            description="Stable identifier of the source repository (survives renames). API \u003e= 1.53.",
        )

        source_repository_owner_uri: str | None = Field(
            default=None,
            alias="SourceRepositoryOwnerURI",
            description="URL of the source repository\u0027s owner. API \u003e= 1.53.",
        )

        source_repository_owner_identifier: str | None = Field(
            default=None,
            alias="SourceRepositoryOwnerIdentifier",
            description="Stable identifier of the source repository\u0027s owner. API \u003e= 1.53.",
        )

        build_config_uri: str | None = Field(
            default=None,
            alias="BuildConfigURI",
            description="URI of the top-level build instructions that started the build. API \u003e= 1.53.",
        )

        build_config_digest: str | None = Field(
            default=None,
            alias="BuildConfigDigest",
            description="Digest pinning the version of those top-level instructions. API \u003e= 1.53.",
        )

        build_trigger: str | None = Field(
            default=None,
            alias="BuildTrigger",
            description='The event that started the build, e.g. "push" or "workflow_dispatch". API \u003e= 1.53.',
        )

        run_invocation_uri: str | None = Field(
            default=None,
            alias="RunInvocationURI",
            description="URI identifying the one build run. API \u003e= 1.53.",
        )

        source_repository_visibility_at_signing: str | None = Field(
            default=None,
            alias="SourceRepositoryVisibilityAtSigning",
            description="Whether the source repository was public or private when the certificate was issued. API \u003e= 1.53.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "CertificateIssuer": ((1, 53), None),
            "SubjectAlternativeName": ((1, 53), None),
            "Issuer": ((1, 53), None),
            "BuildSignerURI": ((1, 53), None),
            "BuildSignerDigest": ((1, 53), None),
            "RunnerEnvironment": ((1, 53), None),
            "SourceRepositoryURI": ((1, 53), None),
            "SourceRepositoryDigest": ((1, 53), None),
            "SourceRepositoryRef": ((1, 53), None),
            "SourceRepositoryIdentifier": ((1, 53), None),
            "SourceRepositoryOwnerURI": ((1, 53), None),
            "SourceRepositoryOwnerIdentifier": ((1, 53), None),
            "BuildConfigURI": ((1, 53), None),
            "BuildConfigDigest": ((1, 53), None),
            "BuildTrigger": ((1, 53), None),
            "RunInvocationURI": ((1, 53), None),
            "SourceRepositoryVisibilityAtSigning": ((1, 53), None),
        }

    return SignerIdentity
