# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ConfigSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Driver: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ConfigSpec(DockerModel):
        """The settings of a config, given to create_config and update_config.

        Fields not in every API version: `Name`: API >= 1.30.; `Labels`: API >= 1.30.; `Data`: API >= 1.30.; `Templating`: API >= 1.37."""

        __module__ = "dockerapi.models"
        __qualname__ = "ConfigSpec"

        name: str | None = Field(
            default=None,
            alias="Name",
            description="The config\u0027s name, unique in the swarm. API \u003e= 1.30.",
        )

        labels: dict[str, str | None] | None = Field(
            default=None,
            alias="Labels",
            description="User metadata, as label to value; the only part that update_config may change. API \u003e= 1.30.",
        )

        data: str | None = Field(
            default=None,
            alias="Data",
            description="The config\u0027s content, base64-encoded. API \u003e= 1.30.",
        )

        templating: Driver | None = Field(
            default=None,
            alias="Templating",
            description='A templating driver (e.g. "golang") that expands the data for each task. API \u003e= 1.37.',
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 30), None),
            "Labels": ((1, 30), None),
            "Data": ((1, 30), None),
            "Templating": ((1, 37), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Templating": "Driver",
        }

    return ConfigSpec
