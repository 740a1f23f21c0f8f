"""The base of every generated model.

Models follow Docker's open schema: unknown fields are kept, unknown enum values and nulls are
accepted, nothing is checked against ID patterns. Each model is also a read-only
`collections.abc.Mapping` of the JSON the daemon sent, as the classic API's dicts were:
`container["Id"]`, `container.get("Warnings")`, `"Id" in container`, `container.keys()`,
`dict(container)` all speak wire names, with nested values as plain JSON.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from ._model_lazy import materialize_all
from ._wire import WireModel, to_wire

__all__ = ["DockerModel", "to_wire"]


class DockerModel(BaseModel, Mapping[str, Any]):
    """A pydantic model of an Engine API object that also reads as a `Mapping` of its wire JSON.

    Attributes (`info.state.status`) are typed; the Mapping side (`info["State"]["Status"]`) gives
    what the daemon sent, keyed by wire name. `keys()`, `items()`, `values()`, `get()`, `in`,
    `len()` and iteration are the `Mapping` ABC's and cover the fields that were set, in
    declaration order, then the fields the catalog does not know. A model equals a plain mapping
    with the same JSON; two models compare as pydantic compares them (same class, same values).
    """

    # annotated as BaseModel declares it: an unannotated override leaves every subclass's type
    # "partially unknown" to pyright (--verifytypes), i.e. to every editor using Pylance
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,  # a class's validator is built when first used, not when the class is made
        protected_namespaces=(),
        arbitrary_types_allowed=True,
    )

    # wire name -> attribute name; filled once per class by __pydantic_init_subclass__
    __wire_to_attr__: ClassVar[dict[str, str]] = {}
    # wire name -> (since, until) of fields that do not exist in every supported version
    __gates__: ClassVar[dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]] = {}

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__wire_to_attr__ = {
            (info.alias or name): name for name, info in cls.model_fields.items()
        }

    def to_wire(self) -> dict[str, Any]:
        """The JSON object this model stands for: what the daemon sent, or what will be sent."""
        return self.model_dump(by_alias=True, exclude_unset=True, mode="json")

    def __repr_args__(self) -> Any:
        materialize_all(self)  # repr() shows nested models as models, whether or not they were read
        return super().__repr_args__()

    def __str__(self) -> str:
        # print() shows the daemon's JSON, as the classic API's dicts did; repr() stays the model's.
        return str(self.to_wire())

    # --- the Mapping ABC's abstract methods (keys/items/values/get are its mixins) --------------
    def __getitem__(self, key: str) -> Any:
        attr = self.__wire_to_attr__.get(key)
        if attr is not None and attr in self.model_fields_set:
            return to_wire(getattr(self, attr))
        extra = self.__pydantic_extra__
        if extra is not None and key in extra:
            return to_wire(extra[key])
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:  # type: ignore[override]
        # the Mapping's keys, not BaseModel's (name, value) pairs: dict(model) is the daemon's JSON
        fields_set = self.model_fields_set
        for wire, attr in self.__wire_to_attr__.items():
            if attr in fields_set:
                yield wire
        if self.__pydantic_extra__:
            yield from self.__pydantic_extra__

    def __len__(self) -> int:
        fields_set = self.model_fields_set
        known = sum(1 for attr in self.__wire_to_attr__.values() if attr in fields_set)
        return known + len(self.__pydantic_extra__ or ())

    # --- overrides: cheaper than the mixin, or where BaseModel comes first in the MRO ----------
    def __contains__(self, key: object) -> bool:
        # no conversion of the value, unlike the mixin's `self[key]`
        if not isinstance(key, str):
            return False
        attr = self.__wire_to_attr__.get(key)
        if attr is not None:
            return attr in self.model_fields_set
        extra = self.__pydantic_extra__
        return extra is not None and key in extra

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BaseModel):
            # nested models not read yet are kept as checked JSON (_model_lazy): make them, then compare
            materialize_all(self)
            materialize_all(other)
            return super().__eq__(other)
        if isinstance(other, Mapping):
            return self.to_wire() == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


WireModel.register(DockerModel)
