"""Build a request body model from keyword arguments, by a generated keyword → field table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._model_lookup import resolve_model
from ._operation import Gate, Version, parse_version

__all__ = ["build_body"]

FieldRow = tuple[str, str, "Callable[[Any], Any] | None", "Version | None", "Version | None", "str | None"]


def build_body(helper: str, model_name: str, table: tuple[FieldRow, ...], values: dict[str, Any],
               version: str | None, finish: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]] | None = None,
               ) -> Any:
    wanted = parse_version(version) if version else None
    body: dict[str, Any] = {}
    for name, wire, convert, since, until, advice in table:
        value = values.get(name)
        if value is None:
            continue
        if wanted is not None:
            Gate(since, until).check(wanted, f"{helper}(): '{name}'", advice, using="asked for")
        if convert is not None:
            value = convert(value)
            if value is None:
                continue
        target = body
        keys = wire.split(".")
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = value
    if finish is not None:
        body = finish(values, body)
    return resolve_model(model_name).model_validate(body)
