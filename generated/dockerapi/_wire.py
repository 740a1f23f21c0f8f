"""What the core needs to know about models, without importing pydantic (it costs ~150 ms at import).

`WireModel` is a virtual base: every generated model registers as one, so the core can recognise a
model and turn it into JSON before `dockerapi.models` (and pydantic) have been imported at all.
"""

from __future__ import annotations

import abc
from typing import Any

__all__ = ["WireModel", "to_wire"]


class WireModel(abc.ABC):
    """Anything that turns itself into the JSON the daemon speaks."""

    @abc.abstractmethod
    def to_wire(self) -> Any: ...


def to_wire(value: Any) -> Any:
    """The JSON form of a model, a list or dict of models, or a plain value."""
    if isinstance(value, WireModel):
        return value.to_wire()
    if isinstance(value, list):
        return [to_wire(item) for item in value]
    if isinstance(value, dict):
        return {key: to_wire(item) for key, item in value.items()}
    dump = getattr(value, "model_dump", None)  # another pydantic model the caller built
    if dump is not None:
        return dump(by_alias=True, exclude_unset=True, mode="json")
    return value
