# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Identity`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    BuildIdentity: Any,
    PullIdentity: Any,
    SignatureIdentity: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Identity(DockerModel):
        """The verified origin of an image, which retagging cannot change.

        Fields not in every API version: `Signature`: API >= 1.53.; `Pull`: API >= 1.53.; `Build`: API >= 1.53."""

        __module__ = "dockerapi.models"
        __qualname__ = "Identity"

        signature: list[SignatureIdentity] | None = Field(
            default=None,
            alias="Signature",
            description="The image\u0027s signatures that the daemon verified. API \u003e= 1.53.",
        )

        pull: list[PullIdentity] | None = Field(
            default=None,
            alias="Pull",
            description="The repositories the image was pulled from (the original one when pulled through a mirror) or pushed to. API \u003e= 1.53.",
        )

        build: list[BuildIdentity] | None = Field(
            default=None, alias="Build", description="The builds that produced the image. API \u003e= 1.53."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Signature": ((1, 53), None),
            "Pull": ((1, 53), None),
            "Build": ((1, 53), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Signature": "SignatureIdentity",
            "Pull": "PullIdentity",
            "Build": "BuildIdentity",
        }

    return Identity
