"""Swagger schemas -> the catalog's type language and models (spec/README.md "Types").

:class:`ModelBuilder` converts the newest swagger's definitions and the inline
objects it meets (request bodies, responses, nested objects) into models.
Naming of inline objects:

* an inline request body is ``<OperationId>Request`` (its array items: ``...RequestItem``),
* an inline success response is ``<OperationId>Response`` (array items: ``...ResponseItem``),
* an inline object in field ``F`` of model ``M`` (directly, or as the items /
  map values of ``F``) is ``M`` + PascalCase(``F``), e.g. ``ContainerStateHealth``.

A name already taken by a definition gets the suffix ``Inline``.  Each model
remembers where it sits (its *origin*) so that diff.py can date its fields.
"""
from __future__ import annotations

import re

from .swagger import Swagger


def pascal(name: str) -> str:
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", name) if p]
    return "".join(p[0].upper() + p[1:] for p in parts) or "Field"


_SCALARS = {"integer": "int", "number": "float", "boolean": "bool"}
_TIME_FORMATS = {"date-time", "dateTime", "datetime"}


class ModelBuilder:
    def __init__(self, sw: Swagger):
        self.sw = sw
        self.models: dict[str, dict] = {}
        # name -> ("def", defname) | ("inline", parent, relpath) | ("root", opkey, "body"|"resp", relpath)
        self.origin: dict[str, tuple] = {}
        self._inline_ids: dict[int, str] = {}

    # -- public ----------------------------------------------------------
    def build_definitions(self) -> None:
        for name in sorted(self.sw.definitions):
            self.ensure_definition(name)

    def ensure_definition(self, name: str) -> None:
        if name in self.models:
            return
        schema = self.sw.definitions.get(name) or {}
        self.origin[name] = ("def", name)
        self.models[name] = {}  # placeholder against recursion
        self.models[name] = self._model_or_alias(name, schema)

    def root_type(self, schema: dict, name: str, origin: tuple, for_field: bool = False) -> str:
        """Type of a body/response schema; inline objects become model *name*."""
        return self.type_of(schema, name, origin, for_field=for_field)

    # -- conversion ------------------------------------------------------
    def _is_object(self, s: dict) -> bool:
        return "properties" in s or ("allOf" in s and not self.sw.ref_name(s))

    def _model_or_alias(self, name: str, schema: dict) -> dict:
        s = self.sw.merged(schema)
        if "properties" in s:
            return {"fields": self._fields(name, s)}
        return {"type": self.type_of(schema, name, ("def", name), for_field=True, top=True)}

    def _fields(self, model: str, s: dict) -> list[dict]:
        required = set(s.get("required") or [])
        out = []
        for wire, sub in (s.get("properties") or {}).items():
            out.append(self.field(model, wire, sub, wire in required))
        return out

    def field(self, model: str, wire: str, sub, required: bool = False) -> dict:
        """The catalog entry of field *wire* (schema *sub*) of *model*."""
        sub = sub if isinstance(sub, dict) else {}
        f = {"wire": wire,
             "type": self.type_of(sub, model + pascal(wire), ("inline", model, (wire,)), for_field=True)}
        enum = self._enum(sub)
        if enum is not None:
            f["enum"] = enum
        if sub.get("x-nullable") is True:
            f["nullable"] = True
        if required:
            f["required"] = True
        if sub.get("deprecated") is True or sub.get("x-deprecated") is True:
            f["deprecated"] = True
        return f

    def _enum(self, sub: dict):
        if "enum" in sub:
            return list(sub["enum"])
        items = sub.get("items")
        if isinstance(items, dict) and "enum" in items and "$ref" not in items:
            return list(items["enum"])
        return None

    def _inline_model(self, name: str, schema: dict, origin: tuple) -> str:
        key = id(schema)
        if key in self._inline_ids:
            return self._inline_ids[key]
        final = name
        if final in self.sw.definitions or (final in self.models and self.origin.get(final) != origin):
            final = name + "Inline"
            n = 2
            while final in self.models and self.origin.get(final) != origin:
                final = f"{name}Inline{n}"
                n += 1
        self._inline_ids[key] = final
        self.origin[final] = origin
        self.models[final] = {}
        self.models[final] = {"fields": self._fields(final, self.sw.merged(schema))}
        return final

    def type_of(self, schema, name: str, origin: tuple, for_field: bool = False, top: bool = False) -> str:
        """The type-language spelling of *schema*.

        *name* is the name an inline object here would get; *origin* where it sits.
        """
        if not isinstance(schema, dict) or not schema:
            return "any"
        ref = self.sw.ref_name(schema)
        if ref is None and schema.get("allOf") and len(schema["allOf"]) == 1 and not schema.get("properties"):
            ref = self.sw.ref_name(schema["allOf"][0])
            if ref is None:
                return self.type_of(schema["allOf"][0], name, origin, for_field)
        if ref is not None:
            return self._ref_type(ref, for_field)
        if not top and self._is_object(schema):
            return self._inline_model(name, schema, origin)
        s = self.sw.merged(schema) if "allOf" in schema else schema
        t = s.get("type")
        if isinstance(t, list):  # some older files write `type: [array, string]`
            kinds = [k for k in t if k != "null"]
            t = kinds[0] if len(kinds) == 1 else "mixed"
        if t == "array":
            items = s.get("items") or {}
            inner = self.type_of(items, name, self._extend(origin, "[]"), for_field)
            if isinstance(items, dict) and items.get("x-nullable") is True:
                inner += " | None"
            return f"list[{inner}]"
        if t == "object" or (t is None and "additionalProperties" in s):
            extra = s.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                inner = self.type_of(extra, name, self._extend(origin, "{}"), for_field)
                if extra.get("x-nullable") is True:
                    inner += " | None"
                return f"dict[str, {inner}]"
            return "dict[str, any]"
        if t == "string":
            fmt = s.get("format")
            if fmt == "binary":
                return "bytes"
            if for_field and fmt in _TIME_FORMATS:
                return "timestamp"
            return "str"
        if t == "file":
            return "bytes"
        if t in _SCALARS:
            return _SCALARS[t]
        return "any"

    def _ref_type(self, ref: str, for_field: bool) -> str:
        if ref in self.sw.definitions:
            self.ensure_definition(ref)
            return ref
        return "any"

    @staticmethod
    def _extend(origin: tuple, step: str) -> tuple:
        if origin[0] == "inline":
            return ("inline", origin[1], origin[2] + (step,))
        if origin[0] == "root":
            return ("root", origin[1], origin[2], origin[3] + (step,))
        if origin[0] == "def":
            return ("inline", origin[1], (step,))
        return origin


class OldTypes(ModelBuilder):
    """Types of an older swagger's schemas, spelled with the newest swagger's models only.

    Used for parameters and fields that the newest swagger no longer has: a
    `$ref` to a definition the newest swagger still has keeps its name; any
    other object (an older definition, an inline object) becomes the newest
    definition with exactly the same property names, or `any`.  No model is
    created from the older swagger.
    """

    def __init__(self, sw: Swagger, newest: ModelBuilder):
        super().__init__(sw)
        self.newest = newest
        self._stack: set = set()

    def _ref_type(self, ref: str, for_field: bool) -> str:
        if ref in self.newest.sw.definitions:
            self.newest.ensure_definition(ref)
            return ref
        target = self.sw.definitions.get(ref)
        if not isinstance(target, dict) or ref in self._stack:
            return "any"
        if self._is_object(target) or "properties" in target:
            return self._same_shape(target)
        self._stack.add(ref)
        try:
            return self.type_of(target, ref, ("def", ref), for_field=for_field)
        finally:
            self._stack.discard(ref)

    def _inline_model(self, name: str, schema: dict, origin: tuple) -> str:
        return self._same_shape(schema)

    def _same_shape(self, schema: dict) -> str:
        props = set(self.sw.merged(schema).get("properties") or {})
        if props:
            for name in sorted(self.newest.sw.definitions):
                d = self.newest.sw.merged(self.newest.sw.definitions[name])
                if set(d.get("properties") or {}) == props:
                    self.newest.ensure_definition(name)
                    return name
        return "any"
