# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecContainerSpecConfigs`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    TaskSpecContainerSpecConfigsFile: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecContainerSpecConfigs(DockerModel):
        """One swarm config exposed to a service's containers.

        Fields not in every API version: `File`: API >= 1.30.; `Runtime`: API >= 1.40.; `ConfigID`: API >= 1.30.; `ConfigName`: API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecContainerSpecConfigs"

        file: TaskSpecContainerSpecConfigsFile | None = Field(
            default=None,
            alias="File",
            description="Where and how the config appears as a file; excludes Runtime. API \u003e= 1.30.",
        )

        runtime: dict[str, Any] | None = Field(
            default=None,
            alias="Runtime",
            description="Use the config without mounting it (e.g. as a Windows credential spec); an empty dict; excludes File. API \u003e= 1.40.",
        )

        config_id: str | None = Field(
            default=None, alias="ConfigID", description="The config\u0027s ID. API \u003e= 1.30."
        )

        config_name: str | None = Field(
            default=None,
            alias="ConfigName",
            description="The config\u0027s name, for display; the ID is what counts. API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "File": ((1, 30), None),
            "Runtime": ((1, 40), None),
            "ConfigID": ((1, 30), None),
            "ConfigName": ((1, 30), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "File": "TaskSpecContainerSpecConfigsFile",
        }

    return TaskSpecContainerSpecConfigs
