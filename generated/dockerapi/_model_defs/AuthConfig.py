# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.AuthConfig`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class AuthConfig(DockerModel):
        """Registry credentials, as sent to login or in the X-Registry-Auth header.

        Fields not in every API version: `email`: API >= 1.25. Not in API >= 1.52."""

        __module__ = "dockerapi.models"
        __qualname__ = "AuthConfig"

        username: str | None = Field(default=None, alias="username", description="The registry user name.")

        password: str | None = Field(
            default=None, alias="password", description="The password or access token.", repr=False
        )

        serveraddress: str | None = Field(
            default=None,
            alias="serveraddress",
            description='The registry\u0027s address, e.g. "registry.example.com:5000" or "https://index.docker.io/v1/".',
        )

        email: str | None = Field(
            default=None,
            alias="email",
            description="An e-mail address, which registries no longer use. API \u003e= 1.25. Not in API \u003e= 1.52.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "email": ((1, 25), (1, 52)),
        }

    return AuthConfig
