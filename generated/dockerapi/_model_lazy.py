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

A typed result's own validator (`instance_schema`, for `_model_lookup.result_validator`) checks the JSON of small
nested models with a cheaper schema still: a typed dict keyed by wire name, with no default filled in and no set of
names per nested value, so three fewer objects to make, track and free for each (400 containers' summaries hold
~1,200). It accepts and refuses the same JSON; only its error for a nested value that is not an object is typed
`dict_type` where a model's is `model_type`, so the result validator answers an error with the exact check's
(`exact=True`).

Shapes: "str", "int", "float", "bool", "any"; ("e", values) an open enum (`Literal[...] | str`);
("m", name) a model; ("l", shape) a list; ("d", shape) a dict with str keys; ("u", shapes...) a union;
("n", shape) the shape or None.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

__all__ = ["stand_in", "install", "materialize_all", "instance_schema", "LazyField", "CHECKED"]

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


def _schema(shape: _Shape, nested: Any) -> Any:
    """The check of a field of this shape; `nested(name)` is the check of a nested model's JSON."""
    if isinstance(shape, str):
        if shape not in _SCALAR_TYPES:
            raise ValueError(f"unknown field shape {shape!r}")
        return {"type": shape}
    tag = shape[0]
    if tag == "n":
        inner = _schema(shape[1], nested)
        return inner if inner["type"] == "any" else {"type": "nullable", "schema": inner}
    if tag == "m":
        return nested(shape[1])
    if tag == "l":
        return {"type": "list", "items_schema": _schema(shape[1], nested)}
    if tag == "d":
        return {"type": "dict", "keys_schema": {"type": "str"}, "values_schema": _schema(shape[1], nested)}
    if tag == "u":
        return {"type": "union", "choices": [_schema(member, nested) for member in shape[1:]]}
    if tag == "e":
        return {"type": "union", "choices": [{"type": "literal", "expected": list(shape[1])}, {"type": "str"}]}
    raise ValueError(f"unknown field shape {shape!r}")


def _fields_schema(name: str, nested: Any) -> Any:
    """The check of the JSON of model `name`: its value is the (fields, extra, fields set) a model is made of."""
    fields = {
        attr: {"type": "model-field",
               "schema": {"type": "default", "schema": _schema(shape, nested), "default": None},
               "validation_alias": wire, "serialization_alias": wire}
        for attr, wire, shape in _shapes()[name]
    }
    return {"type": "model-fields", "fields": fields, "model_name": name, "extra_behavior": "allow"}


# The key that marks a typed dict made by `_checked_json_schema` (its one default), so that reading tells checked
# JSON from a plain dict put in a model's field without validation (model_construct, model_copy(update=...)),
# which stays as it was put. No daemon sends a key that starts with a NUL.
CHECKED = "\x00checked"


# pydantic-core checks a typed dict more slowly than a model's fields as objects grow (70 fields: 10.2 against 5.8 us,
# 15: 1.7 against 1.4), while a typed dict saves three objects per value: above this many fields the model's own
# check is the cheaper one (a typed inspect pays ~3 us more with every nested model a typed dict; 400 containers'
# summaries, whose nested models are small, ~0.4 ms less client CPU with them).
TYPED_DICT_MAX_FIELDS = 16


def _checked_json_schema(name: str) -> Any:
    """The cheaper check of a nested model's JSON, for a result's validator: a dict of the fields sent keyed by wire
    name (looked up as the model looks them up: by wire name, then by attribute name), the extra keys as sent, and
    `CHECKED`. A wire name is never left as an extra key, so the two cannot collide. A model with more fields than
    `TYPED_DICT_MAX_FIELDS` is checked with its own schema (`_model_schema`)."""
    if len(_shapes()[name]) > TYPED_DICT_MAX_FIELDS:
        return _model_schema(name)
    fields: dict[str, Any] = {
        wire: {"type": "typed-dict-field", "schema": _schema(shape, _checked_json_schema), "required": False,
               "validation_alias": wire if attr == wire else [[wire], [attr]]}
        for attr, wire, shape in _shapes()[name]
    }
    fields[CHECKED] = {"type": "typed-dict-field", "schema": {"type": "default", "schema": {"type": "any"},
                                                              "default": True}, "required": False}
    return {"type": "typed-dict", "fields": fields, "extra_behavior": "allow", "total": False}


def instance_schema(name: str, cls: Any, exact: bool = False) -> Any:
    """The check of the JSON of model `name` whose value is an instance of `cls` (its class, made): the schema
    pydantic makes for the class, without what only `model_json_schema()` reads (the fields' descriptions).

    Built straight into a pydantic-core validator, it spares a result pydantic's schema generation and the
    discovery of pydantic plugins, which imports `importlib.metadata` and reads every installed package's entry
    points (~15 ms of a first typed call with 180 packages installed). So a result's validation is not seen by
    pydantic plugins; `Model.model_validate_json()` is pydantic's own, as ever. Nested models are checked with
    `_checked_json_schema`, or, `exact`, with the stand-ins' own schema, whose errors are the model's to the letter.
    """
    nested = _model_schema if exact else _checked_json_schema
    schema = {
        "type": "model", "cls": cls, "schema": _fields_schema(name, nested),
        "custom_init": cls.__pydantic_custom_init__,
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
    checked = _fields_schema(name, _model_schema)
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


def _is_checked(value: Any) -> bool:
    """Whether `value` is a nested model's checked JSON: a (fields, extra, fields set) or a `CHECKED` dict."""
    kind = type(value)
    return kind is tuple or (kind is dict and CHECKED in value)


_names: dict[str, tuple[tuple[tuple[str, str], ...], frozenset[str], dict[str, str]]] = {}
@cache
def _core_keeps_both_names() -> bool:
    """Whether pydantic-core's check of a model keeps a field's attribute name, sent beside its wire name
    (`{"Pid": 1, "pid": 2}`), as an extra key: some of its versions do, some drop it (asked once)."""
    from pydantic_core import SchemaValidator

    field = {"type": "model-field", "schema": {"type": "default", "schema": {"type": "any"}, "default": None},
             "validation_alias": "A"}
    by_name: Any = {"validate_by_name": True, "populate_by_name": True, "validate_by_alias": True}
    check = SchemaValidator({"type": "model-fields", "fields": {"a": field}, "extra_behavior": "allow"}, by_name)
    return "a" in check.validate_json('{"A": 1, "a": 2}')[1]


def _from_checked_dict(name: str, value: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], set[str]]:
    """The (fields, extra, fields set) of a `_checked_json_schema` dict: what the model's own check gives."""
    names = _names.get(name)
    if names is None:
        pairs = tuple((attr, wire) for attr, wire, _shape in _shapes()[name])
        names = _names[name] = (pairs, frozenset(wire for _, wire in pairs) | {CHECKED},
                                {attr: wire for attr, wire in pairs if attr != wire})
    pairs, not_extra, wire_of_attr = names
    fields: dict[str, Any] = {}
    fields_set: set[str] = set()
    for attr, wire in pairs:
        if wire in value:
            fields[attr] = value[wire]
            fields_set.add(attr)
        else:
            fields[attr] = None
    extra = {key: item for key, item in value.items() if key not in not_extra}
    if extra:
        # a key that is a field's attribute name is extra only if its wire name was sent too (else it set the
        # field); whether it is then kept depends on pydantic-core's version
        if any(key in wire_of_attr for key in extra) and not _core_keeps_both_names():
            extra = {key: item for key, item in extra.items() if key not in wire_of_attr}
        fields_set.update(extra)  # as pydantic-core's check counts them: extra keys are set too
    return fields, extra, fields_set


def _make(name: str, value: Any) -> Any:
    """The instance of model `name` for its checked JSON (an instance, or a dict not checked, is returned as is)."""
    kind = type(value)
    if kind is dict:
        if CHECKED not in value:
            return value
        value = _from_checked_dict(name, value)
    elif kind is not tuple:
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
        if _is_checked(value):
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
