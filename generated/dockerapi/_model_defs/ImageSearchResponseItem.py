# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ImageSearchResponseItem`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ImageSearchResponseItem(DockerModel):
        """One Docker Hub repository found by search()."""

        __module__ = "dockerapi.models"
        __qualname__ = "ImageSearchResponseItem"

        description: str | None = Field(
            default=None, alias="description", description="The repository\u0027s short description."
        )

        is_official: bool | None = Field(
            default=None,
            alias="is_official",
            description="Whether this is one of Docker\u0027s official images.",
        )

        is_automated: bool | None = Field(
            default=None,
            alias="is_automated",
            description="Whether the image was set up as an automated build (always false on current Docker Hub).",
        )

        name: str | None = Field(
            default=None, alias="name", description='The repository name, e.g. "nginx" or "bitnami/nginx".'
        )

        star_count: int | None = Field(
            default=None, alias="star_count", description="How many stars the repository has on Docker Hub."
        )

    return ImageSearchResponseItem
