# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ServiceCreateRequest`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    EndpointSpec: Any,
    NetworkAttachmentConfig: Any,
    ServiceSpecMode: Any,
    ServiceSpecRollbackConfig: Any,
    ServiceSpecUpdateConfig: Any,
    TaskSpec: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ServiceCreateRequest(DockerModel):
        """The body of create_service, a service specification.

        Fields not in every API version: `RollbackConfig`: API >= 1.28."""

        __module__ = "dockerapi.models"
        __qualname__ = "ServiceCreateRequest"

        name: str | None = Field(default=None, alias="Name", description="The service\u0027s name.")

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="Metadata labels."
        )

        task_template: TaskSpec | None = Field(
            default=None,
            alias="TaskTemplate",
            description="What each task runs (container, resources, placement, restart policy, networks).",
        )

        mode: ServiceSpecMode | None = Field(
            default=None,
            alias="Mode",
            description="Replicated with a number of replicas, global (one task per node), or a job mode.",
        )

        update_config: ServiceSpecUpdateConfig | None = Field(
            default=None,
            alias="UpdateConfig",
            description="How the tasks are replaced when the service is updated.",
        )

        rollback_config: ServiceSpecRollbackConfig | None = Field(
            default=None,
            alias="RollbackConfig",
            description="How the tasks are replaced when an update is rolled back. API \u003e= 1.28.",
        )

        networks: list[NetworkAttachmentConfig] | None = Field(
            default=None,
            alias="Networks",
            description="Networks to attach; deprecated in favour of the task template\u0027s Networks.",
        )

        endpoint_spec: EndpointSpec | None = Field(
            default=None,
            alias="EndpointSpec",
            description="How the service is reached, virtual IP or DNS round-robin, and its published ports.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "RollbackConfig": ((1, 28), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "TaskTemplate": "TaskSpec",
            "Mode": "ServiceSpecMode",
            "UpdateConfig": "ServiceSpecUpdateConfig",
            "RollbackConfig": "ServiceSpecRollbackConfig",
            "Networks": "NetworkAttachmentConfig",
            "EndpointSpec": "EndpointSpec",
        }

    return ServiceCreateRequest
