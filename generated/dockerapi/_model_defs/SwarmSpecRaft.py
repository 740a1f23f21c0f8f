# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.SwarmSpecRaft`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class SwarmSpecRaft(DockerModel):
        """Tuning of the raft log the managers share."""

        __module__ = "dockerapi.models"
        __qualname__ = "SwarmSpecRaft"

        snapshot_interval: int | None = Field(
            default=None,
            alias="SnapshotInterval",
            description="How many log entries pass between two snapshots.",
        )

        keep_old_snapshots: int | None = Field(
            default=None,
            alias="KeepOldSnapshots",
            description="How many snapshots to keep besides the current one.",
        )

        log_entries_for_slow_followers: int | None = Field(
            default=None,
            alias="LogEntriesForSlowFollowers",
            description="How many entries to keep after a snapshot so lagging managers can catch up.",
        )

        election_tick: int | None = Field(
            default=None,
            alias="ElectionTick",
            description="Ticks without a heartbeat from the leader after which a manager calls an election; must exceed HeartbeatTick.",
        )

        heartbeat_tick: int | None = Field(
            default=None,
            alias="HeartbeatTick",
            description="Ticks between two heartbeats of the leader (a tick is one second).",
        )

    return SwarmSpecRaft
