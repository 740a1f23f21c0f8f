"""Reading the YAML files of spec/ and of a swagger folder, with errors a maintainer can act on.

Every refusal is one line, ``FILE:LINE:COLUMN: what is wrong`` (the form editors and terminals jump to),
raised as :class:`InputError`; ``python -m codegen`` prints it and exits with status 2 instead of showing
a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import yaml

try:  # the C loader is ~10x faster on the big swagger files
    FastLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    FastLoader = yaml.SafeLoader


class InputError(ValueError):
    """A file the generator refuses: one message naming the file and the place."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None) -> None:
        self.path, self.message, self.line, self.column = display_path(path), message, line, column
        place = self.path if line is None else f"{self.path}:{line}:{column or 1}"
        super().__init__(f"{place}: {message}")


def display_path(path: str) -> str:
    """*path* relative to the current directory when it lies below it (shorter, still clickable)."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)
    return rel if not rel.startswith("..") else str(path)


def from_yaml_error(path: str, exc: yaml.YAMLError) -> InputError:
    """The parser's complaint as one line: the mark of the problem (1-based) and its wording."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
    if mark is None:
        return InputError(path, message)
    return InputError(path, message, mark.line + 1, mark.column + 1)


def load(path: str, loader: type | None = None, mapping: bool = True) -> Any:
    """The document in *path*; a syntax error, or a top level that is not a mapping, is an InputError."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=loader or FastLoader)  # noqa: S506 (safe loaders only)
    except yaml.YAMLError as exc:
        raise from_yaml_error(path, exc) from None
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if data is None:
        return {} if mapping else None
    if mapping and not isinstance(data, dict):
        raise InputError(path, f"expected a mapping at the top level, found a {type(data).__name__}", 1, 1)
    return data


def position(path: str, keys: Sequence[str | int]) -> tuple[int | None, int | None]:
    """(line, column), 1-based, of the value at *keys* (mapping keys and list indexes) in *path*.

    Used only to place an error, so it re-reads the file with the (slower) node-keeping parser and
    gives the deepest place it could reach when the path does not go all the way.
    """
    try:
        with open(path, encoding="utf-8") as handle:
            node = yaml.compose(handle, Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return None, None
    found = node
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == str(key)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node = found = nxt
    if found is None:
        return None, None
    return found.start_mark.line + 1, found.start_mark.column + 1
