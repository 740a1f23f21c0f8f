"""Assemble the imported catalog: operations per tag, models, gates, report."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .diff import Index, body_param, schemas_at, success_responses, version_paths
from .swagger import Swagger, version_key
from .types import ModelBuilder, OldTypes

OLDEST_DOCUMENTED = "1.24"   # the markdown reference the oldest swagger is checked against
_JSON_HINT = re.compile(r"\bJSON\b|map\[")
_STREAM_TYPES = ("application/octet-stream", "application/x-tar", "application/vnd.docker.raw-stream",
                 "application/vnd.docker.multiplexed-stream", "application/x-json-stream",
                 "application/jsonl", "text/plain")


@dataclass
class Report:
    counts: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)
    earlier: list = field(default_factory=list)    # changelog names an earlier version than the diff
    later: list = field(default_factory=list)      # changelog mentions only later versions
    overrides_unused: list = field(default_factory=list)
    json_params: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    removed: list = field(default_factory=list)    # "what: since .. until" of items gone from the newest


class Importer:
    def __init__(self, swaggers: list[Swagger], md=None, cl=None, overrides: list | None = None):
        if not swaggers:
            raise ValueError("no swagger files")
        self.swaggers = swaggers
        self.newest = swaggers[-1]
        self.oldest = swaggers[0]
        self.md = md
        self.cl = cl
        self.overrides = overrides or []
        self._used_overrides: set = set()
        self.index = Index(swaggers)
        self.report = Report()
        self.ref_anchors: dict = defaultdict(set)
        version_paths(self.newest, on_ref=lambda name, prefix: self.ref_anchors[name].add(prefix))
        self.mb = ModelBuilder(self.newest)
        self._anchor_cache: dict = {}
        self._old_types: dict = {}

    # -- gates -----------------------------------------------------------
    def _override(self, **match):
        for i, o in enumerate(self.overrides):
            if all(o.get(k) == v for k, v in match.items()) and \
                    all(k in match for k in ("operation", "param", "model", "field", "in") if k in o):
                self._used_overrides.add(i)
                return o
        return None

    def _gate(self, candidates, present_in_md, changelog_bullets, what: str, override: dict | None):
        """Decide (since, until, gate_source) for one item."""
        since, until = self.index.gate(candidates)
        if since is None:
            since = self.newest.version
            self.report.warnings.append(f"{what}: not found by diff; dated {since}")
        if since == self.oldest.version:
            if self.md is not None and present_in_md():
                since = OLDEST_DOCUMENTED
            source = "markdown" if self.md is not None else "diff"
        else:
            source = "diff"
        bullets = changelog_bullets() if self.cl is not None else []
        versions = sorted({b.version for b in bullets}, key=version_key)
        if since in versions and source == "diff":
            source = "changelog"
        elif versions and since not in versions and not (since == OLDEST_DOCUMENTED and
                                                         version_key(versions[0]) <= version_key(since)):
            earlier = [b for b in bullets if version_key(b.version) < version_key(since)]
            entry = {"item": what, "diff": since,
                     "changelog": sorted({b.version for b in (earlier or bullets)}, key=version_key),
                     "source": [b.cite() for b in sorted({b.digest: b for b in (earlier or bullets)}.values(),
                                                         key=lambda b: (version_key(b.version), b.digest))][:3]}
            if override is not None:
                entry["override"] = override.get("since", override.get("until"))
            if earlier:
                self.report.earlier.append(entry)
            elif what.startswith(("query", "operation")):
                self.report.later.append(entry)
        if override is not None:
            if "since" in override:
                since = override["since"]
            if "until" in override:
                until = override["until"]
            source = "override"
        self.report.sources[source] += 1
        return since, until, source

    def _apply_gate(self, entry: dict, since, until, source, with_since: bool = True, what: str = ""):
        if with_since:
            entry["since"] = since
        if until:
            entry["until"] = until
            if what:
                self.report.removed.append(f"{what}: since {since}, until {until} ({source})")
        entry["gate_source"] = source

    # -- items the newest swagger no longer has ------------------------------
    def removed_fields(self, anchors, current, owner: str) -> list[dict]:
        """Fields under the paths *anchors* in some older version but not in *current*.

        A model that operations use is matched by those uses only (an older
        definition of the same name may be another thing: v1.25's `Config` is a
        container config); a name that differs from a current field only in case
        is a spelling fix, not a removal (the daemon's JSON decoding ignores case).
        Sorted by wire name; each typed from the last version that had it (with
        the newest swagger's models, see types.OldTypes) and without `required`
        (a field that is gone can be required of no caller).
        """
        anchors = sorted({a for a in anchors if a[0] == "op"} or set(anchors))
        folded = {w.lower() for w in current}
        last: dict = {}
        for i, names in enumerate(self.index.children(anchors)):
            for wire in names:
                if wire.lower() not in folded:
                    last[wire] = i
        out = []
        for wire in sorted(last):
            sw = self.swaggers[last[wire]]
            sub = next((x for a in anchors for x in schemas_at(sw, a + (wire,))), {})
            if sw.version not in self._old_types:
                self._old_types[sw.version] = OldTypes(sw, self.mb)
            out.append(self._old_types[sw.version].field(owner, wire, sub))
        return out

    # -- anchors for model fields ------------------------------------------
    def anchors(self, model: str) -> set:
        if model in self._anchor_cache:
            return self._anchor_cache[model]
        self._anchor_cache[model] = set()
        o = self.mb.origin[model]
        if o[0] == "def":
            out = {("def", model)} | self.ref_anchors.get(model, set())
        elif o[0] == "inline":
            out = {a + o[2] for a in self.anchors(o[1])}
        else:  # root
            out = {("op", o[1], o[2]) + o[3]}
        self._anchor_cache[model] = out
        return out

    # -- operations ----------------------------------------------------------
    def _param_type(self, p: dict) -> str:
        t = p.get("type")
        if t == "array":
            items = p.get("items") or {}
            return f"list[{self._param_type(items)}]"
        return {"integer": "int", "number": "float", "boolean": "bool", "file": "bytes"}.get(t, "str")

    def _history(self, key: str):
        return [(sw.version, sw.operations[key]) for sw in self.swaggers if key in sw.operations]

    def _wire_params(self, key: str) -> list[dict]:
        """Path/query/header parameters of *key* in newest order, plus dropped ones."""
        hist = self._history(key)
        order: list[tuple] = []
        raw_by: dict = {}
        for _, op in reversed(hist):  # newest first
            prev = None
            for p in op.raw.get("parameters") or []:
                if p.get("in") not in ("path", "query", "header"):
                    continue
                if p["in"] == "path" and op is not hist[-1][1]:
                    continue  # path parameter names vary; the newest spelling wins
                k = (p["in"], p.get("name"))
                if k not in raw_by:
                    raw_by[k] = p
                    pos = order.index(prev) + 1 if prev in order else len(order)
                    order.insert(pos, k)
                prev = k
        return [raw_by[k] for k in order]

    def operation(self, key: str) -> dict:
        hist = self._history(key)
        last_version, op = hist[-1]
        raw = op.raw
        opid = op.op_id
        since, until, source = self._gate(
            [("op", key)], lambda: self.md.has_operation(key),
            lambda: [b for b in self.cl.endpoint_mentions(key)
                     if re.search(r"\bnew\b|\badded\b|\bintroduc", b.text, re.I)],
            f"operation {opid} ({key})", self._override(operation=opid))
        entry: dict = {"verb": op.verb, "path": op.path, "since": since}
        if until:
            entry["until"] = until
        if raw.get("deprecated"):
            entry["deprecated"] = True
        entry["gate_source"] = source
        doc = self.newest.doc
        entry["produces"] = list(raw.get("produces") or doc.get("produces") or [])
        entry["consumes"] = list(raw.get("consumes") or doc.get("consumes") or [])
        self.report.counts["operations"] += 1

        params = []
        for p in self._wire_params(key):
            pe: dict = {"wire": p.get("name"), "in": p["in"], "type": self._param_type(p)}
            if p.get("required"):
                pe["required"] = True
            if "default" in p:
                pe["default"] = p["default"]
            if "enum" in p:
                pe["enum"] = list(p["enum"])
            elif isinstance(p.get("items"), dict) and "enum" in p["items"]:
                pe["enum"] = list(p["items"]["enum"])
            if p["in"] == "query" and _JSON_HINT.search(p.get("description") or ""):
                pe["json"] = True
                self.report.json_params.append(f"{opid}?{p.get('name')}")
            if p.get("deprecated"):
                pe["deprecated"] = True
            if p["in"] != "path":
                name = p.get("name")
                what = f"{p['in']} parameter {opid}?{name}" if p["in"] == "query" else \
                    f"{p['in']} parameter {opid} {name}"
                s, u, src = self._gate(
                    [("op", key, "param", p["in"], name)],
                    lambda: self.md.has_param(key, name),
                    lambda: self.cl.mentions(key, name),
                    what, self._override(operation=opid, param=name))
                self._apply_gate(pe, s, u, src, what=what)
            params.append(pe)
            self.report.counts["params"] += 1

        bp = body_param(raw)
        if bp is not None:
            schema = bp.get("schema") or {}
            resolved = self.newest.merged(schema)
            body: dict = {}
            if self.newest.ref_name(schema) or "properties" in resolved or "allOf" in schema:
                t = self.mb.root_type(schema, opid + "Request", ("root", key, "body", ()))
                if t in self.mb.models and "fields" in self.mb.models[t]:
                    body["model"] = t
                else:
                    body["type"] = t
            else:
                t = self.mb.root_type(schema, opid + "RequestItem", ("root", key, "body", ()))
                body["type"] = t
                if t == "bytes" or resolved.get("type") == "string":
                    body["type"] = "bytes"
                    ct = [c for c in entry["consumes"] if c != "application/json"] or entry["consumes"]
                    if ct:
                        body["content_type"] = ct[0]
            body["required"] = bool(bp.get("required"))
            if "model" in body:
                current = self.mb.models[body["model"]]["fields"]
                gone = self.removed_fields([("op", key, "body")], [f["wire"] for f in current],
                                           body["model"])
                for f in current + gone:
                    pe = {"wire": f["wire"], "in": "body-field", "type": f["type"]}
                    if f.get("required"):
                        pe["required"] = True
                    name = f["wire"]
                    s, u, src = self._gate(
                        [("op", key, "body", name)],
                        lambda: self.md.has_body_field(key, name),
                        lambda: self.cl.mentions(key, name),
                        f"body field {opid}.{name}", self._override(operation=opid, param=name))
                    self._apply_gate(pe, s, u, src, what=f"body field {opid}.{name}")
                    params.append(pe)
                    self.report.counts["params"] += 1
                    self.report.counts["body_fields"] += 1
            entry["params"] = params
            entry["body"] = body
        else:
            entry["params"] = params
        if not entry["params"]:
            del entry["params"]

        resp = success_responses(raw)
        if resp:
            status, r = resp[0]
            re_: dict = {"status": status}
            schema = r.get("schema")
            streamish = any(c in _STREAM_TYPES and c != "text/plain" for c in entry["produces"])
            if isinstance(schema, dict) and schema:
                base = opid + "Response"
                is_arr = self.newest.merged(schema).get("type") == "array" and not self.newest.ref_name(schema)
                t = self.mb.root_type(schema, base + ("Item" if is_arr else ""),
                                      ("root", key, "resp", ()), for_field=True)
                re_["type"] = t
            elif streamish:
                re_["type"] = "bytes"
            if r.get("headers"):
                re_["headers"] = sorted(r["headers"])
            entry["response"] = re_
        # 304 ("already started/stopped") is no error to the daemon, but the client treats it apart
        errors = sorted(int(s) for s in (raw.get("responses") or {})
                        if str(s).isdigit() and (int(s) >= 400 or int(s) == 304))
        if errors:
            entry["errors"] = errors
        return entry

    # -- whole catalog -------------------------------------------------------
    def run(self) -> tuple[dict, dict]:
        all_keys: list[str] = list(self.newest.operations)
        for sw in reversed(self.swaggers[:-1]):
            for k in sw.operations:
                if k not in all_keys:
                    all_keys.append(k)
        by_tag: dict = defaultdict(dict)
        for key in all_keys:
            op = self._history(key)[-1][1]
            by_tag[op.tag][op.op_id] = self.operation(key)
        self.mb.build_definitions()
        models = {}
        for name in sorted(self.mb.models):
            m = self.mb.models[name]
            if "fields" not in m:
                models[name] = {"type": m["type"]}
                self.report.counts["aliases"] += 1
                continue
            fields = []
            anchors = self.anchors(name)
            gone = self.removed_fields(anchors, [f["wire"] for f in m["fields"]], name)
            for f in m["fields"] + gone:
                f = dict(f)
                wire = f["wire"]
                cands = [a + (wire,) for a in anchors]
                opkeys = sorted({a[1] for a in anchors if a[0] == "op"})
                s, u, src = self._gate(
                    cands, lambda: self.md.has_field(wire),
                    lambda: [b for k in opkeys for b in self.cl.mentions(k, wire)],
                    f"field {name}.{wire}", self._override(model=name, field=wire))
                self._apply_gate(f, s, u, src, what=f"field {name}.{wire}")
                fields.append(f)
                self.report.counts["fields"] += 1
            models[name] = {"fields": fields}
            self.report.counts["models"] += 1
        for i, o in enumerate(self.overrides):
            if i not in self._used_overrides:
                self.report.overrides_unused.append(o)
        return dict(by_tag), models
