# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ClusterVolumePublishStatus`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar, Literal

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ClusterVolumePublishStatus(DockerModel):
        """The state of a cluster volume on one node.

        Fields not in every API version: `NodeID`: API >= 1.42.; `State`: API >= 1.42.; `PublishContext`: API >= 1.42."""

        __module__ = "dockerapi.models"
        __qualname__ = "ClusterVolumePublishStatus"

        node_id: str | None = Field(
            default=None,
            alias="NodeID",
            description="ID of the swarm node where the volume is published. API \u003e= 1.42.",
        )

        state: (
            Literal["pending-publish", "published", "pending-node-unpublish", "pending-controller-unpublish"]
            | str
            | None
        ) = Field(
            default=None,
            alias="State",
            description='How far publication has got, "pending-publish", "published", "pending-node-unpublish" or "pending-controller-unpublish". API \u003e= 1.42.',
        )

        publish_context: dict[str, str | None] | None = Field(
            default=None,
            alias="PublishContext",
            description="Key-value data the plugin\u0027s controller returned when it published the volume. API \u003e= 1.42.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "NodeID": ((1, 42), None),
            "State": ((1, 42), None),
            "PublishContext": ((1, 42), None),
        }

    return ClusterVolumePublishStatus
