# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SecretSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    Driver: Any,
    EndpointSpec: Any,
    TaskSpec: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SecretSpec(DockerModel):
        """The settings of a secret, given to create_secret and update_secret.

        Fields not in every API version: `Driver`: API >= 1.31.; `Templating`: API >= 1.37.; `EndpointSpec`: Not in API >= 1.30.; `Mode`: Not in API >= 1.30.; `Networks`: Not in API >= 1.30.; `RollbackConfig`: API >= 1.28. Not in API >= 1.30.; `TaskTemplate`: Not in API >= 1.30.; `UpdateConfig`: Not in API >= 1.30."""

        __module__ = "dockerapi.models"
        __qualname__ = "SecretSpec"

        name: str | None = Field(
            default=None, alias="Name", description="The secret\u0027s name, unique in the swarm."
        )

        labels: dict[str, str | None] | None = Field(
            default=None,
            alias="Labels",
            description="User metadata, as label to value; the only part that update_secret may change.",
        )

        data: str | None = Field(
            default=None,
            alias="Data",
            description="The secret\u0027s content, base64-encoded; sent on creation, never returned.",
        )

        driver: Driver | None = Field(
            default=None,
            alias="Driver",
            description="A secret store plugin that provides the value instead of the swarm. API \u003e= 1.31.",
        )

        templating: Driver | None = Field(
            default=None,
            alias="Templating",
            description='A templating driver (e.g. "golang") that expands the data for each task. API \u003e= 1.37.',
        )

        endpoint_spec: EndpointSpec | None = Field(
            default=None,
            alias="EndpointSpec",
            description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.",
        )

        mode: Any = Field(
            default=None,
            alias="Mode",
            description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.",
        )

        networks: list[Any] | None = Field(
            default=None,
            alias="Networks",
            description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.",
        )

        rollback_config: Any = Field(
            default=None,
            alias="RollbackConfig",
            description="A service field the API descriptions before 1.30 listed here; secrets do not have it. API \u003e= 1.28. Not in API \u003e= 1.30.",
        )

        task_template: TaskSpec | None = Field(
            default=None,
            alias="TaskTemplate",
            description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.",
        )

        update_config: Any = Field(
            default=None,
            alias="UpdateConfig",
            description="A service field the API descriptions before 1.30 listed here; secrets do not have it. Not in API \u003e= 1.30.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "Driver": ((1, 31), None),
            "Templating": ((1, 37), None),
            "EndpointSpec": (None, (1, 30)),
            "Mode": (None, (1, 30)),
            "Networks": (None, (1, 30)),
            "RollbackConfig": ((1, 28), (1, 30)),
            "TaskTemplate": (None, (1, 30)),
            "UpdateConfig": (None, (1, 30)),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Driver": "Driver",
            "Templating": "Driver",
            "EndpointSpec": "EndpointSpec",
            "TaskTemplate": "TaskSpec",
        }

    return SecretSpec
