"""The catalog's small type language, turned into Python annotations and runtime checks."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*|\[|\]|,|\|)")


@dataclass
class TypeNode:
    name: str
    args: list[list[TypeNode]]  # each argument is a union of nodes


def parse(text: str) -> list[TypeNode]:
    tokens = _TOKEN.findall(text)
    if "".join(tokens).replace(" ", "") != text.replace(" ", ""):
        raise ValueError(f"cannot parse type {text!r}")
    union, rest = _union(tokens)
    if rest:
        raise ValueError(f"trailing tokens in type {text!r}: {rest}")
    return union


def _union(tokens: list[str]) -> tuple[list[TypeNode], list[str]]:
    nodes = []
    while True:
        node, tokens = _term(tokens)
        nodes.append(node)
        if tokens and tokens[0] == "|":
            tokens = tokens[1:]
            continue
        return nodes, tokens


def _term(tokens: list[str]) -> tuple[TypeNode, list[str]]:
    name, tokens = tokens[0], tokens[1:]
    args: list[list[TypeNode]] = []
    if tokens and tokens[0] == "[":
        tokens = tokens[1:]
        while True:
            arg, tokens = _union(tokens)
            args.append(arg)
            if tokens[0] == ",":
                tokens = tokens[1:]
                continue
            if tokens[0] == "]":
                tokens = tokens[1:]
                break
    return TypeNode(name, args), tokens


_SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool", "bytes": "bytes", "any": "Any",
            "Any": "Any", "None": "None", "timestamp": "str", "datetime": "datetime"}


def _render(union: list[TypeNode], model_ref: str, nullable_values: bool) -> str:
    parts: list[str] = []
    for node in union:
        if node.name in _SCALARS:
            parts.append(_SCALARS[node.name])
        elif node.name == "list":
            parts.append(f"list[{_render(node.args[0], model_ref, nullable_values)}]")
        elif node.name == "dict":
            value = _render(node.args[1], model_ref, nullable_values)
            if nullable_values and "None" not in value and value != "Any":
                value += " | None"
            parts.append(f"dict[{_render(node.args[0], model_ref, False)}, {value}]")
        elif node.name in ("tuple",):
            parts.append("tuple[" + ", ".join(_render(a, model_ref, nullable_values) for a in node.args) + "]")
        else:
            parts.append(model_ref.format(node.name))
    seen: list[str] = []
    for part in parts:
        if part not in seen:
            seen.append(part)
    if "Any" in seen:
        return "Any"
    return " | ".join(seen)


def model_field_annotation(text: str, enum: list[str] | None = None) -> str:
    """A response/request model field: nulls accepted anywhere, enums open."""
    if enum:
        literal = "Literal[" + ", ".join(repr(value) for value in enum) + "]"
        return f"{literal} | str | None"
    rendered = _render(parse(text), "{}", nullable_values=True)
    if rendered == "Any":
        return "Any"
    return rendered if rendered.endswith("| None") else f"{rendered} | None"


def typeddict_annotation(text: str, enum: list[str] | None = None, nullable: bool = False) -> str:
    """A classic result key: the value the daemon sends, `| None` only where the catalog says it may be null.

    (The pydantic models accept null everywhere; a TypedDict types what code reads, and
    `info["State"]["Status"]` should be a `str` to mypy, not an optional to unwrap at every step.)
    """
    if enum:
        rendered = "Literal[" + ", ".join(repr(value) for value in enum) + "] | str"
    else:
        rendered = _render(parse(text), "{}", nullable_values=False)
    if nullable and rendered != "Any" and not rendered.endswith("| None"):
        rendered += " | None"
    return rendered


def param_annotation(text: str, *, models: set[str], body: bool = False) -> str:
    """A method parameter: model-typed values may also be given as dicts; bodies as files or iterables."""
    rendered = _render(parse(text), "models.{} | Mapping[str, Any]", nullable_values=False)
    if body and rendered == "bytes":
        return "bytes | IO[bytes] | Iterable[bytes]"
    return rendered


_CHECKS = {"str": "str", "int": "int", "float": "float, int", "bool": "bool", "list": "list, tuple",
           "dict": "dict, WireModel", "datetime": "datetime"}


def runtime_check(text: str, *, models: set[str]) -> str:
    """The isinstance() tuple for a parameter, or "" when any value may be given."""
    names: list[str] = []
    for node in parse(text):
        if node.name == "None":
            continue
        if node.name in _CHECKS:
            names.extend(_CHECKS[node.name].split(", "))
        elif node.name in models:
            names.extend(["dict", "WireModel"])
        else:
            return ""
    unique = []
    for name in names:
        if name not in unique:
            unique.append(name)
    return "(" + ", ".join(unique) + ",)" if unique else ""


def referenced_models(text: str) -> list[str]:
    out: list[str] = []

    def walk(union: list[TypeNode]) -> None:
        for node in union:
            if node.name not in _SCALARS and node.name not in ("list", "dict", "tuple"):
                out.append(node.name)
            for arg in node.args:
                walk(arg)

    walk(parse(text))
    return out
