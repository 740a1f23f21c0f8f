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

Things the newest version no longer has are found with :meth:`Index.children`
(the names right under a model's paths, per version) and typed from the last
version that had them via :func:`schemas_at`.
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
        self._children: list | None = None

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

    def children(self, prefixes) -> list[set]:
        """Per version, the field names directly under any of the paths *prefixes*."""
        if self._children is None:
            self._children = []
            for paths in self.sets:
                by_parent: dict = {}
                for p in paths:
                    if len(p) > 2 and p[-1] not in ("[]", "{}"):
                        by_parent.setdefault(p[:-1], set()).add(p[-1])
                self._children.append(by_parent)
        prefixes = list(prefixes)
        return [set().union(*(m.get(p, ()) for p in prefixes)) for m in self._children]


def schemas_at(sw: Swagger, path: tuple) -> list[dict]:
    """The schemas found at *path* (a path of :func:`version_paths`) in *sw*, following `$ref`."""
    if path[0] == "def":
        cur = [sw.definitions[path[1]]] if path[1] in sw.definitions else []
        rest = path[2:]
    elif path[0] == "op" and len(path) > 2 and path[2] in ("body", "resp") and path[1] in sw.operations:
        raw = sw.operations[path[1]].raw
        if path[2] == "body":
            bp = body_param(raw)
            cur = [bp.get("schema")] if bp is not None else []
        else:
            cur = [r.get("schema") for _, r in success_responses(raw)]
        rest = path[3:]
    else:
        return []
    cur = [c for c in cur if isinstance(c, dict)]
    for step in rest:
        nxt = []
        for c in cur:
            m = sw.merged(c)
            if step == "[]":
                sub = m.get("items")
            elif step == "{}":
                sub = m.get("additionalProperties")
            else:
                sub = (m.get("properties") or {}).get(step)
            if isinstance(sub, dict):
                nxt.append(sub)
        cur = nxt
    return cur
