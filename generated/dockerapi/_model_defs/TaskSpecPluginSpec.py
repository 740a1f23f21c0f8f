# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.TaskSpecPluginSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    PluginPrivilege: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class TaskSpecPluginSpec(DockerModel):
        """A plugin a task installs when the task's Runtime is "plugin".

        Fields not in every API version: `Name`: API >= 1.31.; `Remote`: API >= 1.31.; `Disabled`: API >= 1.31.; `PluginPrivilege`: API >= 1.31."""

        __module__ = "dockerapi.models"
        __qualname__ = "TaskSpecPluginSpec"

        name: str | None = Field(
            default=None,
            alias="Name",
            description="The name (alias) the plugin is installed under. API \u003e= 1.31.",
        )

        remote: str | None = Field(
            default=None, alias="Remote", description="The plugin\u0027s image reference. API \u003e= 1.31."
        )

        disabled: bool | None = Field(
            default=None,
            alias="Disabled",
            description="Leave the plugin disabled once installed. API \u003e= 1.31.",
        )

        plugin_privilege: list[PluginPrivilege] | None = Field(
            default=None,
            alias="PluginPrivilege",
            description="The privileges granted to the plugin. API \u003e= 1.31.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Name": ((1, 31), None),
            "Remote": ((1, 31), None),
            "Disabled": ((1, 31), None),
            "PluginPrivilege": ((1, 31), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "PluginPrivilege": "PluginPrivilege",
        }

    return TaskSpecPluginSpec
