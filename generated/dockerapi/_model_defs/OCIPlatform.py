# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.OCIPlatform`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class OCIPlatform(DockerModel):
        """The platform an image or manifest is built for, in OCI terms.

        Fields not in every API version: `architecture`: API >= 1.40.; `os`: API >= 1.40.; `os.version`: API >= 1.40.; `os.features`: API >= 1.40.; `variant`: API >= 1.40.; `Features`: API >= 1.30. Not in API >= 1.40.; `OSFeatures`: API >= 1.30. Not in API >= 1.40.; `OSVersion`: API >= 1.30. Not in API >= 1.40."""

        __module__ = "dockerapi.models"
        __qualname__ = "OCIPlatform"

        architecture: str | None = Field(
            default=None,
            alias="architecture",
            description='The CPU architecture, e.g. "amd64" or "arm64". API \u003e= 1.40.',
        )

        os: str | None = Field(
            default=None,
            alias="os",
            description='The operating system, e.g. "linux" or "windows". API \u003e= 1.40.',
        )

        os_version: str | None = Field(
            default=None,
            alias="os.version",
            description='The operating system version, mostly for Windows, e.g. "10.0.20348.1". API \u003e= 1.40.',
        )

        os_features: list[str] | None = Field(
            default=None,
            alias="os.features",
            description='OS features the image needs, e.g. ["win32k"] on Windows. API \u003e= 1.40.',
        )

        variant: str | None = Field(
            default=None,
            alias="variant",
            description='The CPU variant, e.g. "v7" for ARMv7 or "v8" for arm64. API \u003e= 1.40.',
        )

        features: list[str] | None = Field(
            default=None,
            alias="Features",
            description="CPU features the image needs (the spelling of API versions before 1.40). API \u003e= 1.30. Not in API \u003e= 1.40.",
        )

        os_features_: list[str] | None = Field(
            default=None,
            alias="OSFeatures",
            description="OS features the image needs (the spelling of API versions before 1.40). API \u003e= 1.30. Not in API \u003e= 1.40.",
        )

        os_version_: str | None = Field(
            default=None,
            alias="OSVersion",
            description="The operating system version (the spelling of API versions before 1.40). API \u003e= 1.30. Not in API \u003e= 1.40.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "architecture": ((1, 40), None),
            "os": ((1, 40), None),
            "os.version": ((1, 40), None),
            "os.features": ((1, 40), None),
            "variant": ((1, 40), None),
            "Features": ((1, 30), (1, 40)),
            "OSFeatures": ((1, 30), (1, 40)),
            "OSVersion": ((1, 30), (1, 40)),
        }

    return OCIPlatform
