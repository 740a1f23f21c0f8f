# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SignatureTimestamp`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    SignatureTimestampType: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SignatureTimestamp(DockerModel):
        """A verified signed timestamp of a signature.

        Fields not in every API version: `Type`: API >= 1.53.; `URI`: API >= 1.53.; `Timestamp`: API >= 1.53."""

        __module__ = "dockerapi.models"
        __qualname__ = "SignatureTimestamp"

        type: SignatureTimestampType | None = Field(
            default=None,
            alias="Type",
            description='Where the timestamp comes from, "Tlog" (transparency log) or "TimestampAuthority". API \u003e= 1.53.',
        )

        uri: str | None = Field(
            default=None,
            alias="URI",
            description="Address of the log or authority that issued the timestamp. API \u003e= 1.53.",
        )

        timestamp: str | None = Field(
            default=None,
            alias="Timestamp",
            description="The signed time, as an RFC 3339 string. API \u003e= 1.53.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Type": ((1, 53), None),
            "URI": ((1, 53), None),
            "Timestamp": ((1, 53), None),
        }

    return SignatureTimestamp
