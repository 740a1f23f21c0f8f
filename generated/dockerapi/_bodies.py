"""Build a request body model from keyword arguments, by a generated keyword → field table."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ._errors import InvalidArgument
from ._model_lookup import resolve_model
from ._operation import Gate, Version, parse_version

__all__ = ["build_body", "refusal"]

_FIELD_NAME = re.compile(r"\w+").fullmatch

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
            try:
                value = convert(value)
            except InvalidArgument as exc:  # the converter says what is wrong; this says where
                raise InvalidArgument(f"{helper}(): '{name}': {exc}") from exc
            if value is None:
                continue
        target = body
        keys = wire.split(".")
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = value
    if finish is not None:
        body = finish(values, body)
    try:
        return resolve_model(model_name).model_validate(body)
    except ValueError as exc:  # pydantic's ValidationError: a keyword's value the field cannot take
        raise InvalidArgument(f"{helper}(): {refusal(exc, table)}") from exc


def refusal(exc: ValueError, table: tuple[FieldRow, ...] = ()) -> str:
    """What a model refused (its first error), named by the caller's keyword where `table` maps the field to one
    (`'cpu_quota': ...`, not `'CpuQuota'`)."""
    errors = getattr(exc, "errors", None)
    if errors is None:
        return str(exc)
    first = errors()[0]
    path = []
    for part in first["loc"]:
        if not _FIELD_NAME(str(part)):
            break  # the rest names a branch of the field's type ("literal['no','always',...]")
        path.append(str(part))
    dotted = ".".join(path)
    row = next((row for row in table if dotted == row[1] or dotted.startswith(row[1] + ".")), None)
    if row is None:
        where = f"'{dotted}'"
    else:  # the keyword, and the path inside its value when the refused field is nested
        where = f"'{row[0]}'" if dotted == row[1] else f"'{row[0]}' ({dotted})"
    return f"{where}: {first['msg']}, not {first['input']!r}"
