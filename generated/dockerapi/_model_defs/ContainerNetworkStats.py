# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The run-time definition of `dockerapi.models.ContainerNetworkStats`, made on first use by `_model_classes.load()`.

No `from __future__ import annotations`: the annotations are evaluated as the class body runs, so that pydantic
has objects to read instead of strings to compile and evaluate (a millisecond a class).
"""

from typing import ClassVar

from pydantic import Field

from .._model_base import DockerModel


def make() -> type[DockerModel]:
    """The class; the models its fields name come as stand-ins (`_model_lazy`)."""

    class ContainerNetworkStats(DockerModel):
        """Traffic counters of one network interface of a container.

        Fields not in every API version: `rx_bytes`: API >= 1.48.; `rx_packets`: API >= 1.48.; `rx_errors`: API >= 1.48.; `rx_dropped`: API >= 1.48.; `tx_bytes`: API >= 1.48.; `tx_packets`: API >= 1.48.; `tx_errors`: API >= 1.48.; `tx_dropped`: API >= 1.48.; `endpoint_id`: API >= 1.48.; `instance_id`: API >= 1.48."""

        __module__ = "dockerapi.models"
        __qualname__ = "ContainerNetworkStats"

        rx_bytes: int | None = Field(
            default=None, alias="rx_bytes", description="Bytes received. API \u003e= 1.48."
        )

        rx_packets: int | None = Field(
            default=None, alias="rx_packets", description="Packets received. API \u003e= 1.48."
        )

        rx_errors: int | None = Field(
            default=None,
            alias="rx_errors",
            description="Receive errors (Linux; 0 on Windows). API \u003e= 1.48.",
        )

        rx_dropped: int | None = Field(
            default=None, alias="rx_dropped", description="Incoming packets dropped. API \u003e= 1.48."
        )

        tx_bytes: int | None = Field(
            default=None, alias="tx_bytes", description="Bytes sent. API \u003e= 1.48."
        )

        tx_packets: int | None = Field(
            default=None, alias="tx_packets", description="Packets sent. API \u003e= 1.48."
        )

        tx_errors: int | None = Field(
            default=None,
            alias="tx_errors",
            description="Send errors (Linux; 0 on Windows). API \u003e= 1.48.",
        )

        tx_dropped: int | None = Field(
            default=None, alias="tx_dropped", description="Outgoing packets dropped. API \u003e= 1.48."
        )

        endpoint_id: str | None = Field(
            default=None,
            alias="endpoint_id",
            description="The network endpoint\u0027s ID (Windows only). API \u003e= 1.48.",
        )

        instance_id: str | None = Field(
            default=None,
            alias="instance_id",
            description="The interface instance\u0027s ID (Windows only). API \u003e= 1.48.",
        )

        __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {
            "rx_bytes": ((1, 48), None),
            "rx_packets": ((1, 48), None),
            "rx_errors": ((1, 48), None),
            "rx_dropped": ((1, 48), None),
            "tx_bytes": ((1, 48), None),
            "tx_packets": ((1, 48), None),
            "tx_errors": ((1, 48), None),
            "tx_dropped": ((1, 48), None),
            "endpoint_id": ((1, 48), None),
            "instance_id": ((1, 48), None),
        }

    return ContainerNetworkStats
