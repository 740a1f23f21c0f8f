# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmSpec`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import Any, ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make(
    SwarmSpecCAConfig: Any,
    SwarmSpecDispatcher: Any,
    SwarmSpecEncryptionConfig: Any,
    SwarmSpecOrchestration: Any,
    SwarmSpecRaft: Any,
    SwarmSpecTaskDefaults: Any,
) -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmSpec(DockerModel):
        """The settings of a swarm, given to init_swarm and update_swarm.

        Fields not in every API version: `EncryptionConfig`: API >= 1.25."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmSpec"

        name: str | None = Field(
            default=None, alias="Name", description='The swarm\u0027s name, "default" unless set.'
        )

        labels: dict[str, str | None] | None = Field(
            default=None, alias="Labels", description="User metadata, as label to value."
        )

        orchestration: SwarmSpecOrchestration | None = Field(
            default=None, alias="Orchestration", description="How many old tasks are kept."
        )

        raft: SwarmSpecRaft | None = Field(
            default=None,
            alias="Raft",
            description="Tuning of the managers\u0027 consensus log (snapshots, election and heartbeat ticks).",
        )

        dispatcher: SwarmSpecDispatcher | None = Field(
            default=None, alias="Dispatcher", description="How often nodes report to the managers."
        )

        ca_config: SwarmSpecCAConfig | None = Field(
            default=None,
            alias="CAConfig",
            description="How node certificates are issued and how long they last.",
        )

        encryption_config: SwarmSpecEncryptionConfig | None = Field(
            default=None,
            alias="EncryptionConfig",
            description="Whether managers lock their keys at rest. API \u003e= 1.25.",
        )

        task_defaults: SwarmSpecTaskDefaults | None = Field(
            default=None, alias="TaskDefaults", description="Defaults for every task, such as the log driver."
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "EncryptionConfig": ((1, 25), None),
        }
        __wire_models__: ClassVar[dict[str, str]] = {
            "Orchestration": "SwarmSpecOrchestration",
            "Raft": "SwarmSpecRaft",
            "Dispatcher": "SwarmSpecDispatcher",
            "CAConfig": "SwarmSpecCAConfig",
            "EncryptionConfig": "SwarmSpecEncryptionConfig",
            "TaskDefaults": "SwarmSpecTaskDefaults",
        }

    return SwarmSpec
