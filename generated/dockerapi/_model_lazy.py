"""Nested models made when first read: a result validates all of its JSON at once, but builds only itself.

A model field whose type names other models (`state: ContainerState | None`, `mounts: list[MountPoint] | None`)
is, at run time, annotated with a *stand-in* for each model it names. The stand-in's pydantic schema checks
the nested JSON exactly as the model would (every field's type, the same lax conversions, the same errors
with the same locations, e.g. `State.Pid`), with pydantic-core's `model_fields_schema`, whose result is
what a model instance is made of: (its fields, its extra fields, the names that were set). That schema is
made here from the field shapes the generator writes (`_model_classes.SHAPES`), not by pydantic's schema
generation, and no class is made for it. The field keeps that checked triple; `LazyField`, a descriptor on
the class, turns it into the model instance the first time the attribute is read (or the model is dumped,
compared or printed), making that model's class then. So `client.inspect_container(id)` checks the whole
answer, raises the same `ProtocolError` for a malformed one, and makes one class instead of thirty.

Shapes: "str", "int", "float", "bool", "any"; ("e", values) an open enum (`Literal[...] | str`);
("m", name) a model; ("l", shape) a list; ("d", shape) a dict with str keys; ("u", shapes...) a union;
("n", shape) the shape or None.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["stand_in", "install", "materialize_all", "instance_schema", "LazyField"]

_Shape = Any  # str | tuple: see the module docstring

_stand_ins: dict[str, type] = {}


def _models() -> dict[str, Any]:
    return sys.modules["dockerapi.models"].__dict__


def _shapes() -> dict[str, tuple[tuple[str, str, _Shape], ...]]:
    from ._model_classes import SHAPES

    return SHAPES


def stand_in(name: str) -> type:
    """What the annotations of a class being made name instead of the model `name` (made once)."""
    made = _stand_ins.get(name)
    if made is None:
        made = _stand_ins[name] = type(name, (), {
            "__get_pydantic_core_schema__": classmethod(lambda cls, source, handler: _model_schema(name)),
            "__module__": __name__,
            "__doc__": f"Stands for dockerapi.models.{name} in annotations until a value is read.",
        })
    return made


# The schemas below are pydantic-core's core schema dicts written out, as `pydantic_core.core_schema`'s helpers
# return them (tests/unit/test_model_lazy.py compares the two): the helpers pass every optional argument
# through a filter of Nones, and a result's models take a few thousand of them (~1.4 ms of a first inspect).
_SCALAR_TYPES = frozenset({"str", "int", "float", "bool", "any"})


def _schema(shape: _Shape) -> Any:
    if isinstance(shape, str):
        if shape not in _SCALAR_TYPES:
            raise ValueError(f"unknown field shape {shape!r}")
        return {"type": shape}
    tag = shape[0]
    if tag == "n":
        inner = _schema(shape[1])
        return inner if inner["type"] == "any" else {"type": "nullable", "schema": inner}
    if tag == "m":
        return _model_schema(shape[1])
    if tag == "l":
        return {"type": "list", "items_schema": _schema(shape[1])}
    if tag == "d":
        return {"type": "dict", "keys_schema": {"type": "str"}, "values_schema": _schema(shape[1])}
    if tag == "u":
        return {"type": "union", "choices": [_schema(member) for member in shape[1:]]}
    if tag == "e":
        return {"type": "union", "choices": [{"type": "literal", "expected": list(shape[1])}, {"type": "str"}]}
    raise ValueError(f"unknown field shape {shape!r}")


def _fields_schema(name: str) -> Any:
    """The check of the JSON of model `name`: its value is the (fields, extra, fields set) a model is made of."""
    fields = {
        attr: {"type": "model-field", "schema": {"type": "default", "schema": _schema(shape), "default": None},
               "validation_alias": wire, "serialization_alias": wire}
        for attr, wire, shape in _shapes()[name]
    }
    return {"type": "model-fields", "fields": fields, "model_name": name, "extra_behavior": "allow"}


def instance_schema(name: str, cls: Any) -> Any:
    """The check of the JSON of model `name` whose value is an instance of `cls` (its class, made): the schema
    pydantic makes for the class, without what only `model_json_schema()` reads (the fields' descriptions).

    Built straight into a pydantic-core validator, it spares a result pydantic's schema generation and the
    discovery of pydantic plugins, which imports `importlib.metadata` and reads every installed package's entry
    points (~15 ms of a first typed call with 180 packages installed). So a result's validation is not seen by
    pydantic plugins; `Model.model_validate_json()` is pydantic's own, as ever.
    """
    schema = {
        "type": "model", "cls": cls, "schema": _fields_schema(name), "custom_init": cls.__pydantic_custom_init__,
        "root_model": False,
        # by name as well as by alias: "validate_by_*" since pydantic 2.11, "populate_by_name" before it
        "config": {"title": cls.__name__, "extra_fields_behavior": "allow", "validate_by_alias": True,
                   "validate_by_name": True, "populate_by_name": True},
    }
    if cls.__pydantic_post_init__:
        schema["post_init"] = cls.__pydantic_post_init__
    return schema


def _model_schema(name: str) -> Any:
    """The check of a nested model's JSON (a stand-in's schema): its value is the (fields, extra, fields set) a
    model is made of; an instance of the model given as Python input is kept as it is."""
    checked = _fields_schema(name)
    return {
        "type": "json-or-python",
        "json_schema": checked,
        # Python input (a model's constructor, model_validate): an instance of the model is kept as it is
        "python_schema": {"type": "function-wrap", "function": {"type": "no-info", "function": _keep_instance(name)},
                          "schema": checked},
        "serialization": {"type": "function-wrap", "function": _dump(name), "schema": {"type": "any"}},
    }


def _keep_instance(name: str) -> Any:
    def validate(value: Any, handler: Any) -> Any:
        cls = _models().get(name)
        if cls is not None and isinstance(value, cls):
            return value
        return handler(value)

    return validate


def _dump(name: str) -> Any:
    def serialize(value: Any, handler: Any) -> Any:
        made = _make(name, value)
        cls = type(made)
        if not cls.__pydantic_complete__:  # pydantic-core's inference wants the class's serializer built
            cls.model_rebuild()
        return handler(made)

    return serialize


def _make(name: str, value: Any) -> Any:
    """The instance of model `name` for a checked triple (an instance is returned as it is)."""
    if type(value) is not tuple:
        return value
    from ._model_classes import load

    cls = load(name)
    fields, extra, fields_set = value
    instance = cls.__new__(cls)
    # what pydantic-core does when it validates a model (and pydantic's model_construct): the same three
    # attributes, then the post-init hook (private attributes) if the class has one
    object.__setattr__(instance, "__dict__", fields)
    object.__setattr__(instance, "__pydantic_extra__", extra)
    object.__setattr__(instance, "__pydantic_fields_set__", fields_set)
    if cls.__pydantic_post_init__:
        instance.model_post_init(None)
    else:
        object.__setattr__(instance, "__pydantic_private__", None)
    return instance


def _materialize(shape: _Shape, value: Any) -> Any:
    if value is None or isinstance(shape, str):
        return value
    tag = shape[0]
    if tag == "n":
        return _materialize(shape[1], value)
    if tag == "m":
        return _make(shape[1], value)
    if tag == "l":  # a new list only when an item was made (read again, the list is returned as it is)
        if not isinstance(value, list):
            return value
        items: list[Any] | None = None
        for index, item in enumerate(value):
            made = _materialize(shape[1], item)
            if made is not item:
                if items is None:
                    items = list(value)
                items[index] = made
        return value if items is None else items
    if tag == "d":
        if not isinstance(value, dict):
            return value
        entries: dict[str, Any] | None = None
        for key, item in value.items():
            made = _materialize(shape[1], item)
            if made is not item:
                if entries is None:
                    entries = dict(value)
                entries[key] = made
        return value if entries is None else entries
    if tag == "u":
        if type(value) is tuple:
            models = [member for member in shape[1:] if not isinstance(member, str)]
            return _materialize(models[0], value) if models else value
        return value
    return value


class LazyField:
    """A model field whose value is made into model instances the first time it is read."""

    __slots__ = ("attr", "shape")

    def __init__(self, attr: str, shape: _Shape) -> None:
        self.attr = attr
        self.shape = shape

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:  # as pydantic answers for a field read on the class (and subclasses rely on it)
            raise AttributeError(self.attr)
        values = instance.__dict__
        value = values[self.attr]
        if value is not None:
            made = _materialize(self.shape, value)
            if made is not value:
                values[self.attr] = value = made
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.attr] = value


def _names_model(shape: _Shape) -> bool:
    if isinstance(shape, str):
        return False
    if shape[0] == "m":
        return True
    if shape[0] == "e":
        return False
    return any(_names_model(member) for member in shape[1:])


def install(cls: Any, name: str) -> Any:
    """Put a `LazyField` on `cls` (the class of model `name`, just made) for each field that names a model."""
    lazy = []
    for attr, _wire, shape in _shapes()[name]:
        if _names_model(shape):
            setattr(cls, attr, LazyField(attr, shape))
            lazy.append(attr)
    cls.__lazy_fields__ = tuple(lazy)
    return cls


def materialize_all(instance: Any) -> None:
    """Make every nested model of `instance` now (for comparing and printing, which read `__dict__`)."""
    for attr in getattr(type(instance), "__lazy_fields__", ()):
        getattr(instance, attr)
