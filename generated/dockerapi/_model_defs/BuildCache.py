# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.BuildCache`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class BuildCache(DockerModel):
        """One record of the build cache.

        Fields not in every API version: `ID`: API >= 1.39.; `Parents`: API >= 1.42.; `Type`: API >= 1.39.; `Description`: API >= 1.39.; `InUse`: API >= 1.39.; `Shared`: API >= 1.39.; `Size`: API >= 1.39.; `CreatedAt`: API >= 1.39.; `LastUsedAt`: API >= 1.39.; `UsageCount`: API >= 1.39.; `Parent`: API >= 1.39. Not in API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "BuildCache"

        id: str | None = Field(
            default=None, alias="ID", description="The record\u0027s ID. API \u003e= 1.39."
        )

        parents: list[str] | None = Field(
            default=None,
            alias="Parents",
            description="IDs of the records this one builds on. API \u003e= 1.42.",
        )

        type: (
            Literal[
                "internal", "frontend", "source.local", "source.git.checkout", "exec.cachemount", "regular"
            ]
            | str
            | None
        ) = Field(
            default=None,
            alias="Type",
            description='The kind of record, e.g. "regular", "source.local", "source.git.checkout", "exec.cachemount", "frontend" or "internal". API \u003e= 1.39.',
        )

        description: str | None = Field(
            default=None,
            alias="Description",
            description="The step that made the record, as BuildKit names it. API \u003e= 1.39.",
        )

        in_use: bool | None = Field(
            default=None,
            alias="InUse",
            description="Whether a running build uses the record right now. API \u003e= 1.39.",
        )

        shared: bool | None = Field(
            default=None,
            alias="Shared",
            description="Whether other records share this one\u0027s data. API \u003e= 1.39.",
        )

        size: int | None = Field(
            default=None, alias="Size", description="Disk space the record takes, in bytes. API \u003e= 1.39."
        )

        created_at: str | None = Field(
            default=None,
            alias="CreatedAt",
            description="When the record was made, as an RFC 3339 string. API \u003e= 1.39.",
        )

        last_used_at: str | None = Field(
            default=None,
            alias="LastUsedAt",
            description="When a build last used the record, as an RFC 3339 string. API \u003e= 1.39.",
        )

        usage_count: int | None = Field(
            default=None,
            alias="UsageCount",
            description="How many times builds used the record. API \u003e= 1.39.",
        )

        parent: str | None = Field(
            default=None,
            alias="Parent",
            description="ID of the single parent record; replaced by Parents in newer API versions. API \u003e= 1.39. Not in API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "ID": ((1, 39), None),
            "Parents": ((1, 42), None),
            "Type": ((1, 39), None),
            "Description": ((1, 39), None),
            "InUse": ((1, 39), None),
            "Shared": ((1, 39), None),
            "Size": ((1, 39), None),
            "CreatedAt": ((1, 39), None),
            "LastUsedAt": ((1, 39), None),
            "UsageCount": ((1, 39), None),
            "Parent": ((1, 39), (1, 42)),
        }

    return BuildCache
