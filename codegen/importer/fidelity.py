"""`python -m codegen fidelity FOLDER`: cross-check every imported gate against independent sources.

The importer dates things by diffing swagger files, which says when a thing was *documented*. This
command compares each gate of spec/imported/ (operations, query/header parameters, body fields, model
fields) with:

* changelog: every bullet of FOLDER/CHANGELOG.md that says something is new (an endpoint, a parameter, a
  field), matched by endpoint and name, or by a dotted `Model.Field`;
* docker-py: the version checks of the installed docker-py (`minimum_version` decorators and
  `version_lt`/`version_gte` guards), read as facts with `ast` (no code is used);
* go-client: the version checks of moby's Go client, when its source is on disk (else skipped, saying so);
* datamodel-code-generator: its reading of each swagger file's definitions (first version whose class
  has the field; the field's type in the newest file), a second opinion on our own schema reading.

It writes spec/imported/gate-fidelity.md: per source, the gates checked, agreeing, and disagreeing;
disagreements already settled by spec/overrides.yaml; and the remaining ones. Resolve a disagreement
with an override entry (with `source:`) and re-import; `python -m codegen import` keeps this report.
"""
from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field

import yaml

from .changelog import cl_norm_path
from .changelog import load as load_changelog
from .swagger import find_versions, norm_path, version_key

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
IMPORTED = os.path.join(REPO, "spec", "imported")
REPORT = "gate-fidelity.md"
OLDEST = "1.24"

# A bullet that announces something new (not a change to something that exists).
_ADDED = re.compile(r"\b(new|added|adds|add|introduc\w*|now (accepts?|takes|returns?|supports?|includes?|has|have|"
                    r"reports?|shows?|lists?|exposes?|contains?|allows?|provides?)|support for|is now available)\b", re.I)
# Field names too common to match on the name alone: they need `Model.Field` in the bullet.
_GENERIC = {"ID", "Id", "Name", "Type", "Status", "State", "Labels", "Options", "Driver", "Config", "Spec",
            "Version", "Mode", "Value", "Source", "Target", "Created", "Message", "Data", "Path", "Size",
            "Image", "Index", "Err", "Error", "Info", "Count", "Annotations", "Platform", "Kind", "Scope"}


def vkey(v: str) -> tuple[int, int]:
    return version_key(v)


@dataclass
class Gate:
    kind: str          # operation | param | field
    key: tuple         # ("ContainerCreate",) | ("ContainerList", "all") | ("HostConfig", "Init")
    since: str
    until: str | None
    source: str        # gate_source
    where: str = ""    # "query" | "header" | "body-field" for params

    @property
    def label(self) -> str:
        if self.kind == "operation":
            return f"operation {self.key[0]}"
        if self.kind == "param":
            return f"{self.where} {self.key[0]}.{self.key[1]}"
        return f"field {self.key[0]}.{self.key[1]}"


@dataclass
class Claim:
    source: str        # changelog | docker-py | datamodel-code-generator | go-client
    gate: Gate
    since: str         # the version the source gives
    cite: str


@dataclass
class Result:
    checked: dict = field(default_factory=lambda: defaultdict(int))
    agree: dict = field(default_factory=lambda: defaultdict(int))
    claims: list = field(default_factory=list)      # disagreeing claims
    notes: list = field(default_factory=list)


# -- the catalog's gates ----------------------------------------------------------------------------

def load_gates(imported: str = IMPORTED):
    ops, gates = {}, []
    for name in sorted(os.listdir(os.path.join(imported, "operations"))):
        with open(os.path.join(imported, "operations", name), encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        for op_id, op in (data.get("operations") or {}).items():
            ops[op_id] = op
            gates.append(Gate("operation", (op_id,), op["since"], op.get("until"), op.get("gate_source", "")))
            for p in op.get("params") or []:
                if p["in"] != "path":
                    gates.append(Gate("param", (op_id, p["wire"]), p.get("since", op["since"]), p.get("until"),
                                      p.get("gate_source", ""), p["in"]))
    with open(os.path.join(imported, "models.yaml"), encoding="utf-8") as fh:
        models = (yaml.safe_load(fh) or {}).get("models") or {}
    for name, model in models.items():
        for f in model.get("fields") or []:
            gates.append(Gate("field", (name, f["wire"]), f.get("since", OLDEST), f.get("until"),
                              f.get("gate_source", "")))
    return ops, models, gates


def imported_digest(imported: str = IMPORTED) -> str:
    """A digest of the imported catalog (not this report): tells whether the report is current."""
    h = hashlib.sha256()
    for root, _, names in sorted(os.walk(imported)):
        for n in sorted(names):
            if n.endswith(".yaml"):
                with open(os.path.join(root, n), "rb") as fh:
                    h.update(n.encode() + fh.read())
    return h.hexdigest()[:16]


def _model_users(ops: dict, models: dict) -> dict:
    """Model name -> the operation keys ("VERB /path") whose body or response reaches it."""
    refs = {name: set(re.findall(r"[A-Z][A-Za-z0-9]*", " ".join(f["type"] for f in m.get("fields") or [])
                                 + " " + m.get("type", "")))
            for name, m in models.items()}
    users: dict = defaultdict(set)
    for op in ops.values():
        key = f"{op['verb']} {norm_path(op['path'])}"
        roots = {(op.get("body") or {}).get("model"), (op.get("response") or {}).get("type", "")}
        todo = [r for t in roots if t for r in re.findall(r"[A-Z][A-Za-z0-9]*", t)]
        seen = set()
        while todo:
            m = todo.pop()
            if m in seen or m not in models:
                continue
            seen.add(m)
            users[m].add(key)
            todo.extend(refs.get(m, ()))
    return users


def _clamp(v: str) -> str:
    return v if vkey(v) >= vkey(OLDEST) else OLDEST


def _compare(result: Result, source: str, gate: Gate, claimed: str, cite: str) -> None:
    result.checked[source] += 1
    if vkey(_clamp(claimed)) == vkey(gate.since):
        result.agree[source] += 1
    else:
        result.claims.append(Claim(source, gate, _clamp(claimed), cite))


# -- source 1: the changelog's explicit lines ----------------------------------------------------

def check_changelog(folder: str, ops: dict, models: dict, gates: list, result: Result) -> None:
    cl = load_changelog(folder)
    if cl is None:
        result.notes.append("changelog: no CHANGELOG.md in the folder; skipped")
        return
    bullets = [b for b in cl.bullets if _ADDED.search(b.text)]
    dotted: dict = defaultdict(list)
    by_name: dict = defaultdict(list)
    for b in bullets:
        for tok in re.findall(r"`([^`]+)`", b.text):
            tok = tok.strip()
            parts = re.split(r"[.\[\]]+", tok)
            parts = [p for p in parts if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_\-]*", p)]
            for a, c in zip(parts, parts[1:], strict=False):
                dotted[(a, c)].append(b)
            if parts:  # `HostConfig.Init` names Init (in HostConfig), not HostConfig
                by_name[parts[-1]].append(b)
        for _, p in re.findall(r"`(?:(GET|POST|PUT|DELETE|HEAD)\s+)?(/[^`\s]*)`", b.text):
            for n in cl_norm_path(p)[1]:
                by_name[n].append(b)
    users = _model_users(ops, models)
    op_key = {op_id: f"{op['verb']} {norm_path(op['path'])}" for op_id, op in ops.items()}

    def mentions(b, key: str) -> bool:
        verb, _, path = key.partition(" ")
        return (verb, path) in b.endpoints or (None, path) in b.endpoints

    for g in gates:
        found = []
        if g.kind == "operation":
            key = op_key[g.key[0]]
            found = [b for b in bullets if mentions(b, key)
                     and re.search(r"\bnew\b|\badded\b|\bintroduc", b.text, re.I)
                     and re.match(r"\s*(\*\*)?(`[^`]*`\s*(,|and)?\s*)*`(GET|POST|PUT|DELETE|HEAD)?\s*/", b.text)]
            # only bullets that start with the endpoint: "`GET /x` is a new endpoint"; not "see `GET /x`"
            found = [b for b in found if re.search(r"new endpoint|\bendpoint\b.*\b(added|new)\b|\bis new\b|"
                                                   r"\b(new|added)\b", b.text.split("\n")[0], re.I)]
        elif g.kind == "param":
            op_id, wire = g.key
            found = [b for b in by_name.get(wire, []) if mentions(b, op_key[op_id])]
        else:
            model, wire = g.key
            found = list(dotted.get((model, wire), []))
            if wire not in _GENERIC:
                found += [b for b in by_name.get(wire, []) if any(mentions(b, k) for k in users.get(model, ()))]
        if not found:
            continue
        first = min(found, key=lambda b: vkey(b.version))
        _compare(result, "changelog", g, first.version, first.cite())


# -- source 2: docker-py's version checks --------------------------------------------------------

# docker-py classes (docker/types) whose dict keys are the fields of a catalog model of another name.
DOCKER_PY_MODELS = {"EndpointConfig": "EndpointSettings", "ContainerSpec": "TaskSpecContainerSpec",
                    "TaskTemplate": "TaskSpec", "UpdateConfig": "ServiceSpecUpdateConfig",
                    "RestartPolicy": "TaskSpecRestartPolicy", "Resources": "TaskSpecResources",
                    "Placement": "TaskSpecPlacement", "ContainerConfig": "ContainerConfig",
                    "HostConfig": "HostConfig", "SwarmSpec": "SwarmSpec", "EndpointSpec": "EndpointSpec",
                    "DriverConfig": "Driver", "Mount": "Mount", "Healthcheck": "HealthConfig"}


def docker_py_facts() -> tuple[list[dict], str]:
    """[{module, cls, func, version, kind, keys, names, line}] from the installed docker-py, and its version."""
    try:
        import docker  # noqa: F401  (only to find the installed source)
    except ImportError:
        return [], ""
    import docker as pkg
    root = os.path.dirname(pkg.__file__)
    facts: list[dict] = []
    for sub in ("api", "types"):
        for name in sorted(os.listdir(os.path.join(root, sub))):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, sub, name)
            with open(path, encoding="utf-8") as fh:
                tree = ast.parse(fh.read())
            for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)] + [tree]:
                body = cls.body
                cname = cls.name if isinstance(cls, ast.ClassDef) else ""
                for fn in [n for n in body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]:
                    _scan_function(f"docker/{sub}/{name}", cname, fn, facts)
    return facts, getattr(pkg, "__version__", "")


def _version_call(node) -> tuple[str, str] | None:
    if isinstance(node, ast.Call):
        f = node.func
        fname = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        if fname in ("version_lt", "version_gte") and len(node.args) == 2 and isinstance(node.args[1], ast.Constant):
            return fname, str(node.args[1].value)
    return None


def _keys_and_names(nodes) -> tuple[set, set]:
    keys, names = set(), set()
    for n in nodes:
        for sub in ast.walk(n):
            if isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Constant) and isinstance(sub.slice.value, str):
                keys.add(sub.slice.value)
            elif isinstance(sub, ast.Compare) and isinstance(sub.left, ast.Constant) and isinstance(sub.left.value, str):
                keys.add(sub.left.value)  # 'Order' in update_config
            elif isinstance(sub, ast.Name):
                names.add(sub.id)
            elif isinstance(sub, ast.Call):
                for a in sub.args[:1]:
                    if isinstance(a, ast.Constant) and isinstance(a.value, str) and re.fullmatch(r"[a-z_]+", a.value):
                        names.add(a.value)  # host_config_version_error('init', '1.25')
    return keys, names


def _scan_function(module: str, cls: str, fn, facts: list) -> None:
    for dec in fn.decorator_list:
        if isinstance(dec, ast.Call) and getattr(dec.func, "attr", getattr(dec.func, "id", "")) == "minimum_version":
            facts.append({"module": module, "cls": cls, "func": fn.name, "version": str(dec.args[0].value),
                          "kind": "method", "keys": set(), "names": set(), "line": dec.lineno})

    def visit(stmts, parents):
        for st in stmts:
            if isinstance(st, ast.If):
                calls = [c for c in ast.walk(st.test) if _version_call(c)]
                for c in calls:
                    op, version = _version_call(c)
                    raises = any(isinstance(s, ast.Raise) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Call)
                                 and "error" in ast.dump(s.value.func).lower()) for s in st.body)
                    if (op == "version_lt") != raises:
                        continue  # a version_gte guard that raises dates a removal; a version_lt that sets a fallback
                    scope = [st] + (parents[-1:] if parents else [])
                    keys, names = _keys_and_names(scope)
                    facts.append({"module": module, "cls": cls, "func": fn.name, "version": version,
                                  "kind": "guard", "keys": keys, "names": names - {"self", "version", "utils"},
                                  "line": st.lineno})
                visit(st.body, parents + [st])
                visit(st.orelse, parents + [st])
            elif isinstance(st, (ast.For, ast.While, ast.With, ast.Try)):
                visit(getattr(st, "body", []), parents)

    visit(fn.body, [])


def check_docker_py(ops: dict, models: dict, gates: list, catalog, result: Result) -> None:
    facts, version = docker_py_facts()
    if not facts:
        result.notes.append("docker-py: not installed; skipped")
        return
    result.notes.append(f"docker-py {version}: {len(facts)} version checks read")
    by_key = {(g.kind,) + g.key: g for g in gates}
    methods = {m.name: m for m in catalog.methods}
    helper_fields = {h.name: {p.name: p.wire for p in h.params} for h in catalog.helpers}
    seen: dict = {}
    for f in facts:
        if vkey(f["version"]) <= vkey(OLDEST):
            continue
        cite = f"docker-py {version} {f['module']} {f['cls'] + '.' if f['cls'] else ''}{f['func']}: " + \
            (f"minimum_version('{f['version']}')" if f["kind"] == "method" else f"version check '{f['version']}'")
        targets = []
        if f["kind"] == "method" and f["func"] in methods:
            targets.append(("operation", methods[f["func"]].op_id))
        elif f["module"].startswith("docker/api/") and f["func"] in methods:
            m = methods[f["func"]]
            wires = {p.wire for p in m.params}
            by_python = {p.name: p.wire for p in m.params}
            for k in f["keys"]:
                if k in wires:
                    targets.append(("param", m.op_id, k))
            for n in f["names"]:
                if n in by_python and not any(t[-1] == by_python[n] for t in targets):
                    targets.append(("param", m.op_id, by_python[n]))
        elif f["module"].startswith("docker/types/") and f["func"] == "__init__":
            model = DOCKER_PY_MODELS.get(f["cls"], f["cls"])
            if model in models:
                wires = {fl["wire"] for fl in models[model].get("fields") or []}
                table = helper_fields.get("create_host_config", {}) if model == "HostConfig" else {}
                for k in f["keys"]:
                    if k in wires:
                        targets.append(("field", model, k))
                for n in f["names"]:
                    if table.get(n) in wires and ("field", model, table[n]) not in targets:
                        targets.append(("field", model, table[n]))
        for t in targets:
            g = by_key.get(t)
            if g is None or t in seen:
                continue
            seen[t] = True
            _compare(result, "docker-py", g, f["version"], cite)


# -- source 3: moby's Go client --------------------------------------------------------------------

# Where moby's Go client source may be on disk: (shown as, path).
GO_CLIENT_PLACES = (
    ("/usr/local/go/src/github.com/docker/docker/client", "/usr/local/go/src/github.com/docker/docker/client"),
    ("~/go/pkg/mod/github.com/docker/docker*/client", os.path.expanduser("~/go/pkg/mod/github.com/docker")),
    ("~/go/pkg/mod/github.com/moby/moby*/client", os.path.expanduser("~/go/pkg/mod/github.com/moby")),
    ("../shared/moby/client", os.path.join(REPO, "..", "shared", "moby", "client")),
)


def check_go_client(result: Result) -> None:
    found = [shown for shown, path in GO_CLIENT_PLACES if os.path.isdir(path)]
    if not found:
        result.notes.append("go-client: moby's Go source (client/ package) is not on this machine; this source was "
                            "skipped (looked in " + ", ".join(shown for shown, _ in GO_CLIENT_PLACES) + ")")
        return
    result.notes.append(f"go-client: source found at {found[0]} but not read: reading it is not implemented")


# -- source 4: datamodel-code-generator --------------------------------------------------------------

def _dmcg_classes(path: str) -> dict:
    """{class: {wire: (annotation, coarse kind)}} as datamodel-code-generator reads the definitions of *path*."""
    from datamodel_code_generator import DataModelType, InputFileType, generate
    with open(path, encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    text = json.dumps(doc.get("definitions") or {}).replace("#/definitions/", "#/components/schemas/")
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": json.loads(text)}}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "models.py")
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            generate(json.dumps(spec), input_file_type=InputFileType.OpenAPI, output=__import__("pathlib").Path(out),
                     output_model_type=DataModelType.PydanticV2BaseModel, use_standard_collections=True,
                     use_union_operator=True, formatters=[])
        with open(out, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
    classes, bases, enums = {}, {}, {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        base_names = [ast.unparse(b) for b in node.bases]
        if any(b.endswith("Enum") for b in base_names):  # an enum: the kind of its values
            values = [st.value.value for st in node.body if isinstance(st, ast.Assign)
                      and isinstance(st.value, ast.Constant)]
            enums[node.name] = "int" if values and all(isinstance(v, int) for v in values) else "str"
            continue
        fields = {}
        for st in node.body:
            if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name):
                wire = st.target.id
                if isinstance(st.value, ast.Call):
                    for kw in st.value.keywords:
                        if kw.arg == "alias" and isinstance(kw.value, ast.Constant):
                            wire = kw.value.value
                fields[wire] = ast.unparse(st.annotation)
        classes[node.name] = fields
        bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]

    def all_fields(name, seen=()):
        out = {}
        for b in bases.get(name, []):
            if b in classes and b not in seen:
                out.update(all_fields(b, seen + (name,)))
        out.update(classes.get(name, {}))
        return out

    for name, fields in classes.items():  # a RootModel (a named list or map) is of its root's kind
        if set(fields) == {"root"}:
            enums[name] = _coarse(fields["root"], enums)
    return {name: {wire: (t, _coarse(t, enums)) for wire, t in all_fields(name).items()} for name in classes}


def _coarse(t: str, enums: dict | None = None) -> str:
    """The kind of a type (ours or datamodel-code-generator's): str, int, float, bool, list, dict, model, any."""
    t = re.sub(r"\s*\|\s*None|Optional\[(.*)\]", r"\1", t).strip()
    constrained = re.match(r"con(int|str|float|list|bytes)\(", t)
    if constrained:
        return {"int": "int", "str": "str", "float": "float", "list": "list", "bytes": "bytes"}[constrained.group(1)]
    if enums and t in enums:  # an enum (its values' kind) or a RootModel (its root's kind)
        return enums[t]
    t = t.replace("List[", "list[").replace("Dict[", "dict[")
    if t.startswith("list["):
        return "list"
    if t.startswith("dict["):
        return "dict"
    if t in ("str", "AwareDatetime", "datetime", "timestamp", "date", "IPv4Address", "IPv6Address", "AnyUrl",
             "IPvAnyAddress"):
        return "str"
    if t in ("int", "float", "bool", "bytes"):
        return t
    if t in ("Any", "any", "dict"):
        return "any"
    if t.startswith("Literal["):
        return "str"
    return "model"


def check_dmcg(folder: str, models: dict, gates: list, result: Result) -> None:
    try:
        import datamodel_code_generator  # noqa: F401
    except ImportError:
        result.notes.append("datamodel-code-generator: not installed (pip install -e '.[codegen]'); skipped")
        return
    versions = find_versions(folder)
    readings = []
    for v, path in versions:
        print(f"  datamodel-code-generator: v{v}", file=sys.stderr)
        readings.append((v, _dmcg_classes(path)))
    newest_v, newest = readings[-1]
    type_checked = type_agree = 0
    for g in gates:
        if g.kind != "field":
            continue
        model, wire = g.key
        if model not in newest and not any(model in r for _, r in readings):
            continue  # an inline object: datamodel-code-generator names those its own way
        first = next((v for v, r in readings if wire in r.get(model, {})), None)
        if first is None:
            continue
        if g.source == "override" or (vkey(g.since) < vkey(first) and g.source in ("markdown", "changelog")):
            # earlier than the file that first has it on purpose: a markdown date or an override's source
            result.checked["datamodel-code-generator"] += 1
            result.agree["datamodel-code-generator"] += 1
        else:
            _compare(result, "datamodel-code-generator", g, first,
                     f"datamodel-code-generator: class {model} has `{wire}` first in v{first}.yaml")
        ours = next((f for f in models.get(model, {}).get("fields") or [] if f["wire"] == wire), None)
        theirs = newest.get(model, {}).get(wire)
        if ours is not None and theirs is not None and not g.until:
            type_checked += 1
            alias = (models.get(ours["type"]) or {}).get("type")  # a named alias (MountType: an enum of str)
            a, b = _coarse(alias or ours["type"]), theirs[1]
            if a == b or "any" in (a, b):
                type_agree += 1
            else:
                result.claims.append(Claim("datamodel-code-generator (type)", g, g.since,
                                           f"our type `{ours['type']}`, datamodel-code-generator's `{theirs[0]}` "
                                           f"in v{newest_v}.yaml"))
    result.checked["datamodel-code-generator (type)"] = type_checked
    result.agree["datamodel-code-generator (type)"] = type_agree


# -- the report ----------------------------------------------------------------------------------------

def report(result: Result, gates: list, digest: str, folder_versions: list) -> str:
    out = ["<!-- Generated by `python -m codegen fidelity FOLDER`. Do not edit. -->",
           "# Gate fidelity", "",
           f"Catalog checked: spec/imported/ digest `{digest}` (swagger {folder_versions[0]} .. {folder_versions[-1]}); "
           f"{len(gates)} gates ({sum(g.kind == 'operation' for g in gates)} operations, "
           f"{sum(g.kind == 'param' for g in gates)} parameters and body fields, "
           f"{sum(g.kind == 'field' for g in gates)} model fields), "
           f"{sum(g.source == 'override' for g in gates)} set by spec/overrides.yaml.", "",
           "| source | gates checked | agree | disagree |", "| --- | --- | --- | --- |"]
    for s in sorted(result.checked):
        n = result.checked[s]
        out.append(f"| {s} | {n} | {result.agree[s]} | {n - result.agree[s]} |")
    out += ["", "## Sources", ""] + [f"- {n}" for n in result.notes]
    earlier = [c for c in result.claims if "(type)" not in c.source and vkey(c.since) < vkey(c.gate.since)]
    later = [c for c in result.claims if "(type)" not in c.source and vkey(c.since) > vkey(c.gate.since)]
    types = [c for c in result.claims if "(type)" in c.source]
    out += ["", "## A source names an earlier version than the catalog", "",
            "The catalog refuses these below its `since` although the source says the daemon has them. Settle each",
            "with an entry in spec/overrides.yaml (with `source:`) when the source is right.", ""]
    for c in sorted(earlier, key=lambda c: (c.gate.label, c.source)):
        out.append(f"- {c.gate.label}: catalog {c.gate.since} ({c.gate.source}), {c.source} {c.since}: {c.cite}")
    out += ["", "## A source names a later version than the catalog", "",
            "Mostly changes to something older (the changelog), checks added later than the daemon feature",
            "(docker-py), or a definition renamed in a later file (datamodel-code-generator reads names).", ""]
    for c in sorted(later, key=lambda c: (c.gate.label, c.source)):
        out.append(f"- {c.gate.label}: catalog {c.gate.since} ({c.gate.source}), {c.source} {c.since}: {c.cite}")
    out += ["", "## Field types that differ (coarse kinds: str, int, float, bool, list, dict, model)", ""]
    for c in sorted(types, key=lambda c: c.gate.label):
        out.append(f"- {c.gate.label}: {c.cite}")
    return "\n".join(out) + "\n"


def run(folder: str, imported: str = IMPORTED, use_dmcg: bool = True) -> int:
    from pathlib import Path

    from ..catalog import load
    if not os.path.isdir(folder):
        print(f"error: {folder} not found", file=sys.stderr)
        return 2
    ops, models, gates = load_gates(imported)
    catalog = load(Path(imported).parent)
    result = Result()
    check_changelog(folder, ops, models, gates, result)
    check_docker_py(ops, models, gates, catalog, result)
    check_go_client(result)
    if use_dmcg:
        check_dmcg(folder, models, gates, result)
    else:
        result.notes.append("datamodel-code-generator: not run (--no-dmcg)")
    text = report(result, gates, imported_digest(imported), [v for v, _ in find_versions(folder)])
    with open(os.path.join(imported, REPORT), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {os.path.join(imported, REPORT)}")
    for s in sorted(result.checked):
        print(f"  {s}: {result.checked[s]} checked, {result.checked[s] - result.agree[s]} disagree")
    return 0
