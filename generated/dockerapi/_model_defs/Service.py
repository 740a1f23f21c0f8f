# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.Service`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    ObjectVersion: Any,
    ServiceEndpoint: Any,
    ServiceJobStatus: Any,
    ServiceServiceStatus: Any,
    ServiceSpec: Any,
    ServiceUpdateStatus: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class Service(DockerModel):
        """A swarm service, as services and inspect_service describe it.

        Fields not in every API version: `UpdateStatus`: API >= 1.25.; `ServiceStatus`: API >= 1.41.; `JobStatus`: API >= 1.41."""

        __module__ = "dockerapi.models"
        __qualname__ = "Service"

        id: str | None = Field(default=None, alias="ID", description="The service\u0027s ID.")

        version: ObjectVersion | None = Field(
            default=None,
            alias="Version",
            description="The service\u0027s version, to pass to update_service.",
        )

        created_at: str | None = Field(
            default=None, alias="CreatedAt", description="When the service was created."
        )

        updated_at: str | None = Field(
            default=None, alias="UpdatedAt", description="When the service was last changed."
        )

        spec: ServiceSpec | None = Field(
            default=None,
            alias="Spec",
            description="The service\u0027s settings (task template, mode, update and rollback policy, endpoint).",
        )

        endpoint: ServiceEndpoint | None = Field(
            default=None,
            alias="Endpoint",
            description="How the service is reached, as set up by the swarm (ports and virtual IPs).",
        )

        update_status: ServiceUpdateStatus | None = Field(
            default=None,
            alias="UpdateStatus",
            description="How the latest rolling update or rollback is going; absent if there was none. API \u003e= 1.25.",
        )

        service_status: ServiceServiceStatus | None = Field(
            default=None,
            alias="ServiceStatus",
            description="Counts of the service\u0027s tasks; only present when services is called with status=True. API \u003e= 1.41.",
        )

        job_status: ServiceJobStatus | None = Field(
            default=None,
            alias="JobStatus",
            description="For a job-mode service, which run of the job this is and when it last started. API \u003e= 1.41.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "UpdateStatus": ((1, 25), None),
            "ServiceStatus": ((1, 41), None),
            "JobStatus": ((1, 41), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Version": "ObjectVersion",
            "Spec": "ServiceSpec",
            "Endpoint": "ServiceEndpoint",
            "UpdateStatus": "ServiceUpdateStatus",
            "ServiceStatus": "ServiceServiceStatus",
            "JobStatus": "ServiceJobStatus",
        }

    return Service
