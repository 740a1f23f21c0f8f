"""The base of every generated model.

Models follow Docker's open schema: unknown fields are kept, unknown enum values and nulls are
accepted, nothing is checked against ID patterns. Each model is also a read-only
`collections.abc.Mapping` of the JSON the daemon sent, as the classic API's dicts were:
`container["Id"]`, `container.get("Warnings")`, `"Id" in container`, `container.keys()`,
`dict(container)` all speak wire names, with nested values as JSON that is read-only too (`ReadOnlyDict`,
`ReadOnlyList`: a `dict` and a `list` that refuse mutation, since a change would be lost); `to_wire()` gives
a plain, mutable copy.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from ._auth import _SECRET_FIELDS as _SECRET_NAMES  # the credential names, lower case
from ._model_lazy import materialize_all
from ._wire import WireModel, to_wire

__all__ = ["DockerModel", "ReadOnlyDict", "ReadOnlyList", "to_wire"]

_MASK = "***"  # what str() shows in place of a credential (repr() leaves the field out)


def _refuse(self: Any, *args: Any, **kwargs: Any) -> Any:
    raise TypeError(
        f"a value read from a model is read-only ({type(self).__name__}); "
        "model.to_wire() gives a mutable copy of the JSON"
    )


class ReadOnlyDict(dict[str, Any]):
    """A JSON object read through a model's Mapping view: a `dict` (json.dumps, isinstance and == work as
    for the daemon's JSON) that refuses mutation. `dict(value)`, `copy.copy` and `copy.deepcopy` give a
    plain dict."""

    __slots__ = ()
    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> dict[str, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        import copy

        return {key: copy.deepcopy(value, memo) for key, value in self.items()}

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self),))  # unpickles as a plain dict


class ReadOnlyList(list[Any]):
    """A JSON array read through a model's Mapping view: a `list` that refuses mutation (`list(value)`,
    `copy.copy` and `copy.deepcopy` give a plain list)."""

    __slots__ = ()
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = extend = insert = remove = pop = clear = sort = reverse = _refuse

    def __copy__(self) -> list[Any]:
        return list(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> list[Any]:
        import copy

        return [copy.deepcopy(value, memo) for value in self]

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))


def _read_only(value: Any) -> Any:
    """JSON (as to_wire() gives it) made read-only all the way down; scalars are not even looked into."""
    kind = type(value)
    if kind is dict:
        return ReadOnlyDict({key: _read_only(item) if type(item) in _CONTAINERS else item
                             for key, item in value.items()})
    if kind is list:
        return ReadOnlyList([_read_only(item) if type(item) in _CONTAINERS else item for item in value])
    return value


_CONTAINERS = frozenset({dict, list})


def _masked(value: Any) -> Any:
    """The JSON of a value with every credential field of every model in it replaced by `_MASK`."""
    if isinstance(value, DockerModel):
        secret = value.__secret_fields__
        fields_set = value.model_fields_set
        shown: dict[str, Any] = {}
        for wire, attr in value.__wire_to_attr__.items():
            if attr in fields_set:
                item = getattr(value, attr)
                shown[wire] = _MASK if wire in secret and item is not None else _masked(item)
        for key, item in (value.__pydantic_extra__ or {}).items():
            shown[key] = _MASK if key.lower() in _SECRET_NAMES and item is not None else _masked(item)
        return shown
    if isinstance(value, list):
        return [_masked(item) for item in value]
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    return to_wire(value)



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
    # wire names of the credential fields (generated with repr=False): masked in str() too
    __secret_fields__: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__wire_to_attr__ = {
            (info.alias or name): name for name, info in cls.model_fields.items()
        }
        cls.__secret_fields__ = frozenset(
            (info.alias or name) for name, info in cls.model_fields.items() if not info.repr
        )

    def to_wire(self) -> dict[str, Any]:
        """The JSON object this model stands for: what the daemon sent, or what will be sent."""
        return self.model_dump(by_alias=True, exclude_unset=True, mode="json")

    def __str__(self) -> str:
        # print(), f-strings, %s and logging show the daemon's JSON, as the classic API's dicts did, with
        # credentials masked (repr() stays the model's, without them); to_wire() and dict() still hold them.
        return str(_masked(self))

    def __format__(self, format_spec: str) -> str:
        return format(str(self), format_spec)

    def __repr_args__(self) -> Any:
        # pydantic's repr leaves out the fields generated with repr=False; an unknown key named like a
        # credential (AuthConfig's identitytoken, which the catalog's model lacks) is left out too
        materialize_all(self)  # repr() shows nested models as models, whether or not they were read
        for name, value in super().__repr_args__():
            if name is None or name.lower() not in _SECRET_NAMES:
                yield name, value

    # --- the Mapping ABC's abstract methods (keys/items/values/get are its mixins) --------------
    def __getitem__(self, key: str) -> Any:
        attr = self.__wire_to_attr__.get(key)
        if attr is not None and attr in self.model_fields_set:
            return _read_only(to_wire(getattr(self, attr)))
        extra = self.__pydantic_extra__
        if extra is not None and key in extra:
            return _read_only(to_wire(extra[key]))
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
