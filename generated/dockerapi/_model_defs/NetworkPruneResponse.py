# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.NetworkPruneResponse`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class NetworkPruneResponse(DockerModel):
        """What prune_networks returns.

        Fields not in every API version: `NetworksDeleted`: API >= 1.26.; `VolumesDeleted`: API >= 1.25. Not in API >= 1.26."""

        __module__ = "dockerapi.models"
        __qualname__ = "NetworkPruneResponse"

        networks_deleted: list[str] | None = Field(
            default=None,
            alias="NetworksDeleted",
            description="The names of the networks that were removed. API \u003e= 1.26.",
        )

        volumes_deleted: list[str] | None = Field(
            default=None,
            alias="VolumesDeleted",
            description="A name the 1.25 API description gave this list by mistake (it held the deleted networks); daemons send NetworksDeleted. API \u003e= 1.25. Not in API \u003e= 1.26.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "NetworksDeleted": ((1, 26), None),
            "VolumesDeleted": ((1, 25), (1, 26)),
        }

    return NetworkPruneResponse
