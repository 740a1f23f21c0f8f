"""Version gates by structural diff of successive swagger files.

Every version is flattened into a set of *paths* (tuples):

* ``("op", KEY)`` for an operation (KEY = "VERB /normalised/path"),
* ``("op", KEY, "param", IN, NAME)`` for a path/query/header parameter,
* ``("op", KEY, "body", F1, F2, ...)`` for request-body fields, following ``$ref``
  (so a field deep inside a referenced definition is found by its location,
  whatever the definition is called in that version),
* ``("op", KEY, "resp", F1, ...)`` for success-response fields,
* ``("def", NAME, F1, ...)`` for each definition's own fields (not following
  ``$ref``), which dates fields of definitions no operation uses.

``[]`` stands for array items and ``{}`` for map values.  A thing's ``since``
is the first version whose set holds one of its candidate paths; its
``until`` is the first version after that which no longer does (if it is
still absent in the newest version).
"""
from __future__ import annotations

from .swagger import Swagger

MAX_DEPTH = 30


def schema_paths(sw: Swagger, schema, prefix: tuple, out: set, follow: bool = True,
                 stack: tuple = (), depth: int = 0, on_ref=None) -> None:
    """Add the field paths under *schema* to *out*; call on_ref(name, prefix) at each `$ref`."""
    if depth > MAX_DEPTH or not isinstance(schema, dict):
        return
    name, s = sw.resolve(schema)
    if name is not None:
        if on_ref is not None:
            on_ref(name, prefix)
        if not follow and depth > 0:
            return
        if name in stack:
            return
        stack = stack + (name,)
    s = sw.merged(s)
    for k, sub in (s.get("properties") or {}).items():
        p = prefix + (k,)
        out.add(p)
        schema_paths(sw, sub, p, out, follow, stack, depth + 1, on_ref)
    items = s.get("items")
    if isinstance(items, dict):
        schema_paths(sw, items, prefix + ("[]",), out, follow, stack, depth + 1, on_ref)
    extra = s.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        schema_paths(sw, extra, prefix + ("{}",), out, follow, stack, depth + 1, on_ref)


def success_responses(raw: dict) -> list[tuple[int, dict]]:
    out = []
    for status, resp in (raw.get("responses") or {}).items():
        try:
            code = int(status)
        except (TypeError, ValueError):
            continue
        if 100 <= code < 300:
            out.append((code, resp or {}))
    out.sort(key=lambda t: (t[0] == 101, t[0]))  # prefer 2xx over 101
    return out


def body_param(raw: dict) -> dict | None:
    for p in raw.get("parameters") or []:
        if p.get("in") == "body":
            return p
    return None


def version_paths(sw: Swagger, on_ref=None) -> set:
    out: set = set()
    for key, op in sw.operations.items():
        base = ("op", key)
        out.add(base)
        for p in op.raw.get("parameters") or []:
            if p.get("in") in ("path", "query", "header"):
                out.add(base + ("param", p["in"], p.get("name")))
        bp = body_param(op.raw)
        if bp is not None:
            out.add(base + ("body",))
            schema_paths(sw, bp.get("schema") or {}, base + ("body",), out, on_ref=on_ref)
        for _, resp in success_responses(op.raw):
            if isinstance(resp.get("schema"), dict):
                out.add(base + ("resp",))
                schema_paths(sw, resp["schema"], base + ("resp",), out, on_ref=on_ref)
    for name, schema in sw.definitions.items():
        out.add(("def", name))
        schema_paths(sw, schema, ("def", name), out, follow=False)
    return out


class Index:
    """The path sets of all versions, oldest first."""

    def __init__(self, swaggers: list[Swagger]):
        self.versions = [sw.version for sw in swaggers]
        self.sets = [version_paths(sw) for sw in swaggers]

    def presence(self, candidates) -> list[bool]:
        cands = list(candidates)
        return [any(c in s for c in cands) for s in self.sets]

    def gate(self, candidates) -> tuple[str | None, str | None]:
        """(since, until) of a thing known by any of *candidates*; (None, None) if never seen."""
        pres = self.presence(candidates)
        if not any(pres):
            return None, None
        first = pres.index(True)
        last = len(pres) - 1 - pres[::-1].index(True)
        until = self.versions[last + 1] if last + 1 < len(pres) else None
        return self.versions[first], until
