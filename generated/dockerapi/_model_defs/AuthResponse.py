# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.AuthResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class AuthResponse(DockerModel):
        """The daemon's answer to login()."""

        __module__ = "dockerapi.models"
        __qualname__ = "AuthResponse"

        status: str | None = Field(
            default=None, alias="Status", description='A short verdict, e.g. "Login Succeeded".'
        )

        identity_token: str | None = Field(
            default=None,
            alias="IdentityToken",
            description='A token some registries issue; give it as "identitytoken" in later auth_config instead of the password.',
            repr=False,
        )

    return AuthResponse
