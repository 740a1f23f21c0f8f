"""The base of every generated model.

Models follow Docker's open schema: unknown fields are kept, unknown enum values and nulls are
accepted, nothing is checked against ID patterns. They can also be read like the dicts the classic
API returned: `container["Id"]`, `container.get("Warnings")`, `"Id" in container`, `dict(container)`
give exactly the JSON the daemon sent (wire names, nested values as plain JSON).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from ._wire import WireModel, to_wire

__all__ = ["DockerModel", "to_wire"]


class DockerModel(BaseModel):
    # annotated as BaseModel declares it: an unannotated override leaves every subclass's type
    # "partially unknown" to pyright (--verifytypes), i.e. to every editor using Pylance
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,  # 280 models: build each on first use, not at import
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

    # --- the classic API's dict view, by wire name -------------------------------------------
    def to_wire(self) -> dict[str, Any]:
        """The JSON object this model stands for: what the daemon sent, or what will be sent."""
        return self.model_dump(by_alias=True, exclude_unset=True, mode="json")

    def __str__(self) -> str:
        # print() shows the daemon's JSON, as the classic API's dicts did; repr() stays the model's.
        return str(self.to_wire())

    def keys(self) -> list[str]:
        fields_set = self.model_fields_set
        # declaration order (as to_wire() gives), then the fields the catalog does not know
        names = [wire for wire, attr in self.__wire_to_attr__.items() if attr in fields_set]
        if self.__pydantic_extra__:
            names.extend(self.__pydantic_extra__)
        return names

    def __getitem__(self, key: str) -> Any:
        attr = self.__wire_to_attr__.get(key)
        if attr is not None and attr in self.model_fields_set:
            return to_wire(getattr(self, attr))
        extra = self.__pydantic_extra__
        if extra is not None and key in extra:
            return to_wire(extra[key])
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        attr = self.__wire_to_attr__.get(key)
        if attr is not None:
            return attr in self.model_fields_set
        return bool(self.__pydantic_extra__) and key in self.__pydantic_extra__  # type: ignore[operator]

    def __iter__(self) -> Iterator[str]:  # type: ignore[override]
        # like a dict: iterating gives the wire keys, so dict(model) is the daemon's JSON
        return iter(self.keys())

    def items(self) -> list[tuple[str, Any]]:
        return [(key, self[key]) for key in self.keys()]

    def values(self) -> list[Any]:
        return [self[key] for key in self.keys()]

    def __len__(self) -> int:
        return len(self.keys())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping) and not isinstance(other, BaseModel):
            return self.to_wire() == dict(other)
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]


WireModel.register(DockerModel)
