"""Docstrings of the generated methods and models, composed from the catalog.

The prose is written once in `spec/api/docs/` (methods) and `spec/fields/` (models); the facts around it
(default, API versions, advice for a refused keyword, the errors a status maps to, the result type)
come from the catalog, so they cannot drift from what the code does. Google style, so an IDE and
mkdocstrings both read the sections.
"""

from __future__ import annotations

import textwrap
from typing import Any

from .catalog import MIN_VERSION, MethodDoc

WIDTH = 100

# What each exception of the error map means, in the words a caller needs.
_ERROR_MEANING = {
    "NotFound": "no such object (the daemon answered {status})",
    "ImageNotFound": "no such image (the daemon answered {status})",
    "Conflict": "the object's state forbids this, e.g. in use, running, or a name taken (the daemon answered {status})",
    "NotModified": "nothing to do, the object is already in that state (the daemon answered {status})",
    "APIError": "the daemon refused the request (status {status}); the message says why",
}
_ALWAYS_RAISED = [
    ("APIError", "any other error status; `status_code` and `explanation` carry what the daemon said"),
    ("InvalidVersion", "the call or a keyword given is not in the API version this client uses (before sending)"),
    ("InvalidArgument", "an argument of the wrong type or form (before sending)"),
    ("DockerConnectionError", "the daemon cannot be reached or the connection broke"),
]

# The keywords every operation method takes besides its own, described here once for all of them.
UNIFORM_PARAMS = [
    {"name": "request_timeout",
     "text": "Seconds this call may wait for bytes (the answer's head, each read of its body, even on a follow "
             "stream), in place of the client's `timeout`. Default: None, the client's."},
    {"name": "extra_headers",
     "text": "HTTP headers added to this request; they replace any header of the same name the client would "
             "send. Default: None."},
]


def version_text(version: tuple[int, int] | None) -> str:
    return f"{version[0]}.{version[1]}" if version else ""


def gate_text(since: tuple[int, int] | None, until: tuple[int, int] | None) -> str:
    """`API >= 1.35.`, `Removed in API 1.44.`, or both; nothing for what every supported version has."""
    parts = []
    if since and since > MIN_VERSION:
        parts.append(f"API >= {version_text(since)}.")
    if until:
        parts.append(f"Not in API >= {version_text(until)}.")
    return " ".join(parts)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def _wrap(text: str, indent: int) -> list[str]:
    return textwrap.wrap(text, width=WIDTH - indent, break_long_words=False, break_on_hyphens=False) or [""]


def param_text(text: str, *, default: Any, has_default: bool, since: tuple[int, int] | None,
               until: tuple[int, int] | None, advice: str | None) -> str:
    """The description of one parameter, with its default, versions and advice appended."""
    parts = [_sentence(text)] if text else []
    if has_default and default is not None and default != "":
        parts.append(f"Default: `{default!r}`.")
    gate = gate_text(since, until)
    if gate:
        parts.append(gate)
    if advice:
        parts.append(_sentence(advice[0].upper() + advice[1:]))
    return " ".join(parts)


def method_docstring(*, summary: str, doc: MethodDoc | None, endpoint: str, params: list[dict[str, Any]],
                     returns_type: str, returns_note: str, errors: dict[int, str], extra_raises: bool = True,
                     raises_override: list[tuple[str, str]] | None = None, indent: int = 8,
                     uniform: bool = False) -> str:
    """The whole docstring body (without the quotes), each line after the first indented by `indent`;
    `uniform`: the method also takes the keywords of `UNIFORM_PARAMS` (an operation method does)."""
    if uniform:
        params = [*params, *({"name": p["name"], "text": p["text"], "fallback": ""} for p in UNIFORM_PARAMS)]
    pad = " " * indent
    lines: list[str] = []
    lines.append(_sentence(doc.summary if doc and doc.summary else summary))  # one line, as IDEs show it
    if doc and doc.description:
        lines.append("")
        lines.extend(_wrap(doc.description, indent))
    if endpoint:
        lines.append("")
        lines.extend(_wrap(endpoint, indent))
    if params:
        lines.append("")
        lines.append("Args:")
        for param in params:
            text = param["text"] or param["fallback"]
            wrapped = _wrap(f"{param['name']}: {text}", indent + 8)
            lines.append("    " + wrapped[0])
            lines.extend("        " + line for line in wrapped[1:])
    note = doc.returns if doc and doc.returns else returns_note
    if returns_type != "None" or note:
        lines.append("")
        lines.append("Returns:")
        wrapped = _wrap(f"{returns_type}: {_sentence(note)}" if note else returns_type, indent + 8)
        lines.append("    " + wrapped[0])
        lines.extend("        " + line for line in wrapped[1:])
    raises: list[tuple[str, str]] = []
    seen: set[str] = set()
    for status, name in sorted(errors.items()):
        if name == "ok" or name in seen:
            continue
        seen.add(name)
        meaning = _ERROR_MEANING.get(name, "the daemon answered {status}").format(status=status)
        raises.append((name, meaning))
    if raises_override is not None:
        raises = list(raises_override)
    elif extra_raises:
        raises.extend((name, meaning) for name, meaning in _ALWAYS_RAISED if name not in seen)
    if raises:
        lines.append("")
        lines.append("Raises:")
        for name, meaning in raises:
            wrapped = _wrap(f"{name}: {_sentence(meaning)}", indent + 8)
            lines.append("    " + wrapped[0])
            lines.extend("        " + line for line in wrapped[1:])
    if doc and doc.example:
        lines.append("")
        lines.append("Example:")
        lines.append("    ```python")
        lines.extend(("    " + line).rstrip() for line in doc.example.splitlines())
        lines.append("    ```")
    text = "\n".join((pad + line).rstrip() if i else line for i, line in enumerate(lines))
    return text.replace("\\", "\\\\").replace('"""', r'\"\"\"') + "\n" + pad


def field_doc(text: str, since: tuple[int, int] | None, until: tuple[int, int] | None) -> str:
    gate = gate_text(since, until)
    return " ".join(part for part in (_sentence(text), gate) if part)
