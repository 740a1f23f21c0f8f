"""The object API (`spec/objects/`): load and check it, and build what the object templates render.

An object method is declared once: either a `call` (one method of the low-level client, with the
object's id bound to one of its parameters; its signature, types, overloads and docstring are that
method's, minus the bound parameter) or a `plan` (a function of `_object_plans.py` that both I/O
halves run, with its parameters declared here). The generator renders each declaration for the
three faces: typed sync (`dockerapi.DockerClient`), typed async (`dockerapi.AsyncDockerClient`) and
docker-py's (`dockerapi.classic.DockerClient`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import docstrings
from . import types as T
from .catalog import PACKAGE, ROOT, CatalogError, MethodDoc, _defined_functions, _read, _rel

SPEC_OBJECTS = ROOT / "spec" / "objects"
PLANS_MODULE = "_object_plans"
# `keywords_from: [types.ContainerSpec]`: the keywords of a builder of dockerapi.types (read, not imported)
BUILDERS_MODULE = "types"
BUILDER_PREFIX = "types."

_KEYS = {
    "object": {"summary", "id_field", "inspect", "bind_value", "summary_model", "properties", "methods", "repr",
               "load_on_access", "fields", "note"},
    "collection": {"object", "attribute", "summary", "methods", "note"},
    "property": {"reader", "plan", "type", "doc", "note"},
    "call": {"call", "bind", "fill", "rename", "result", "wrap", "then", "params", "summary", "note"},
    "plan": {"plan", "summary", "description", "uses", "positional", "params", "keywords_from", "keywords_except",
             "returns", "overloads", "note"},
    "plan_param": {"name", "type", "default", "doc", "note"},
    "client": {"summary", "methods", "singletons", "note"},
}


def _check_keys(raw: Any, kind: str, where: str, entry: str) -> None:
    if isinstance(raw, dict):
        unknown = sorted(set(raw) - _KEYS[kind])
        if unknown:
            raise CatalogError(where, entry, f"unknown {kind} key(s) {unknown} (see spec/README.md)")


@dataclass
class PropertySpec:
    name: str
    type: str
    doc: str
    reader: str | None = None  # a pure function of the attrs
    plan: str | None = None  # a plan: the property reads the daemon (awaited on the async face)


@dataclass
class MemberSpec:
    """One method of an object, a collection or the client."""

    name: str
    call: str | None = None
    bind: str | None = None  # the call's parameter that the object's key fills
    fill: dict[str, str] = field(default_factory=dict)  # call parameter -> the object's property that fills it
    rename: dict[str, str] = field(default_factory=dict)  # call parameter -> this method's name for it
    result: str | None = None  # the answer names a new object by id: return it (fetched through its collection)
    wrap: str | None = None  # the answer is the object's description: return it as that object
    then: str | None = None  # "reload": read the object again after the call
    only: list[str] | None = None  # the call's parameters to expose (default: all)
    plan: str | None = None
    summary: str = ""
    description: str = ""
    uses: list[str] = field(default_factory=list)
    positional: list[str] = field(default_factory=list)
    params: list[dict[str, Any]] = field(default_factory=list)
    keywords_from: list[str] = field(default_factory=list)
    keywords_except: list[str] = field(default_factory=list)
    returns: str | dict[str, str] = "None"  # one type, or one per flavor: {typed: ..., classic: ...}
    overloads: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ObjectSpec:
    name: str
    module: str
    summary: str
    id_field: str
    inspect: str
    bind_value: str  # "id", "name" (plugins) or "none" (the swarm)
    summary_model: str | None
    properties: list[PropertySpec]
    methods: list[MemberSpec]
    repr: str | None = None  # a reader giving the text inside `<Kind: ...>` (default: the short id)
    load_on_access: bool = False  # the client's attribute reads the object when it is taken (blocking faces)
    # what the object knows besides its attrs (RegistryData.image_name): name -> {type, doc}
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class CollectionSpec:
    name: str
    module: str
    object: str
    attribute: str
    summary: str
    methods: list[MemberSpec]


@dataclass
class ClientSpec:
    summary: str
    methods: list[MemberSpec]
    singletons: dict[str, str]  # attribute -> object (client.swarm)


@dataclass
class ObjectCatalog:
    objects: dict[str, ObjectSpec]
    collections: dict[str, CollectionSpec]
    client: ClientSpec
    modules: list[str]


def _member(name: str, raw: dict[str, Any], where: str, entry: str) -> MemberSpec:
    if "call" in raw:
        _check_keys(raw, "call", where, entry)
        return MemberSpec(name=name, call=raw["call"], bind=raw.get("bind"), fill=dict(raw.get("fill") or {}),
                          rename=dict(raw.get("rename") or {}),
                          result=raw.get("result"), wrap=raw.get("wrap"), then=raw.get("then"),
                          only=raw.get("params"), summary=str(raw.get("summary", "")))
    if "plan" not in raw:
        raise CatalogError(where, entry, "needs `call:` (one low-level method) or `plan:` (a plan of _object_plans.py)")
    _check_keys(raw, "plan", where, entry)
    for param in raw.get("params") or []:
        _check_keys(param, "plan_param", where, f"{entry}.{param.get('name', '?')}")
    return MemberSpec(
        name=name, plan=raw["plan"], summary=str(raw.get("summary", "")).strip(),
        description=str(raw.get("description", "")).strip(), uses=list(raw.get("uses") or []),
        positional=list(raw.get("positional") or []), params=list(raw.get("params") or []),
        keywords_from=list(raw.get("keywords_from") or []), keywords_except=list(raw.get("keywords_except") or []),
        returns=(dict(raw["returns"]) if isinstance(raw.get("returns"), dict) else str(raw.get("returns", "None"))),
        overloads=list(raw.get("overloads") or []),
    )


def load(spec_dir: Path = SPEC_OBJECTS) -> ObjectCatalog:
    objects: dict[str, ObjectSpec] = {}
    collections: dict[str, CollectionSpec] = {}
    client = ClientSpec(summary="", methods=[], singletons={})
    modules: list[str] = []
    for path in sorted(spec_dir.glob("*.yaml")):
        where = _rel(path)
        data = _read(path) or {}
        if path.stem == "client":
            raw = data.get("client") or {}
            _check_keys(raw, "client", where, "client")
            client = ClientSpec(
                summary=str(raw.get("summary", "")),
                methods=[_member(n, m, where, f"client.{n}") for n, m in (raw.get("methods") or {}).items()],
                singletons=dict(raw.get("singletons") or {}))
            continue
        modules.append(path.stem)
        for name, raw in (data.get("objects") or {}).items():
            _check_keys(raw, "object", where, name)
            if name in objects:
                raise CatalogError(where, name, "object defined twice")
            props = []
            for pname, praw in (raw.get("properties") or {}).items():
                _check_keys(praw, "property", where, f"{name}.{pname}")
                if bool(praw.get("reader")) == bool(praw.get("plan")):
                    raise CatalogError(where, f"{name}.{pname}", "a property needs exactly one of `reader:` or `plan:`")
                props.append(PropertySpec(name=pname, type=str(praw["type"]), doc=str(praw.get("doc", "")).strip(),
                                          reader=praw.get("reader"), plan=praw.get("plan")))
            objects[name] = ObjectSpec(
                name=name, module=path.stem, summary=str(raw.get("summary", "")).strip(),
                id_field=str(raw.get("id_field", "Id")), inspect=str(raw["inspect"]),
                bind_value=str(raw.get("bind_value", "id")), summary_model=raw.get("summary_model"),
                properties=props, repr=raw.get("repr"), load_on_access=bool(raw.get("load_on_access", False)),
                fields=dict(raw.get("fields") or {}),
                methods=[_member(n, m, where, f"{name}.{n}") for n, m in (raw.get("methods") or {}).items()])
        for name, raw in (data.get("collections") or {}).items():
            _check_keys(raw, "collection", where, name)
            collections[name] = CollectionSpec(
                name=name, module=path.stem, object=str(raw["object"]), attribute=str(raw["attribute"]),
                summary=str(raw.get("summary", "")).strip(),
                methods=[_member(n, m, where, f"{name}.{n}") for n, m in (raw.get("methods") or {}).items()])
    return ObjectCatalog(objects=objects, collections=collections, client=client, modules=modules)


def validate(ocat: ObjectCatalog, method_names: set[str], helper_names: set[str], model_names: set[str],
             method_params: dict[str, list[dict[str, Any]]] | None = None) -> None:
    """Refuse a declaration that names something the catalog or the plans module does not have."""
    plans = _defined_functions(PLANS_MODULE)
    builders = _defined_functions(BUILDERS_MODULE)
    problems: list[str] = []
    object_names = set(ocat.objects)
    properties = {obj.name: {p.name for p in obj.properties} for obj in ocat.objects.values()}

    def member(owner: str, m: MemberSpec, bound: bool) -> None:
        if m.call is not None:
            if m.call not in method_names:
                problems.append(f"{owner}.{m.name}: call {m.call!r} is not a method of the low-level client")
            if m.bind and not bound:
                problems.append(f"{owner}.{m.name}: `bind` only on object methods")
            for target in (m.result, m.wrap):
                if target and target not in object_names:
                    problems.append(f"{owner}.{m.name}: unknown object {target!r}")
            if m.then not in (None, "reload"):
                problems.append(f"{owner}.{m.name}: `then` can only be reload")
            if m.fill and not bound:
                problems.append(f"{owner}.{m.name}: `fill` only on object methods")
            call_params = ({p["name"] for p in method_params.get(m.call, [])} if method_params is not None else set())
            for param, prop in m.fill.items():
                if method_params is not None and param not in call_params:
                    problems.append(f"{owner}.{m.name}: fill {param!r} is not a parameter of {m.call!r}")
                if prop not in properties.get(owner, set()):
                    problems.append(f"{owner}.{m.name}: fill {param!r} from {prop!r}, which is not a property of {owner}")
        else:
            if m.plan not in plans:
                problems.append(f"{owner}.{m.name}: no plan {m.plan!r} in generated/dockerapi/{PLANS_MODULE}.py")
            for source in m.keywords_from:
                if source.startswith(BUILDER_PREFIX):
                    if source.removeprefix(BUILDER_PREFIX) not in builders:
                        problems.append(f"{owner}.{m.name}: keywords_from {source!r}: no such builder in "
                                        f"generated/dockerapi/{BUILDERS_MODULE}.py")
                elif source not in method_names and source not in helper_names:
                    problems.append(f"{owner}.{m.name}: keywords_from {source!r} is neither a method, a helper "
                                    f"nor a builder ({BUILDER_PREFIX}NAME)")

    for obj in ocat.objects.values():
        if obj.bind_value not in ("id", "name", "none") and obj.bind_value not in obj.fields:
            problems.append(f"{obj.name}: bind_value {obj.bind_value!r} is neither id, name, none nor one of its fields")
        if obj.inspect not in method_names:
            problems.append(f"{obj.name}: inspect {obj.inspect!r} is not a method of the low-level client")
        if obj.summary_model and obj.summary_model not in model_names:
            problems.append(f"{obj.name}: unknown summary_model {obj.summary_model!r}")
        if obj.repr and obj.repr not in plans:
            problems.append(f"{obj.name}: no repr reader {obj.repr!r} in generated/dockerapi/{PLANS_MODULE}.py")
        for prop in obj.properties:
            fn = prop.reader or prop.plan
            if fn not in plans:
                problems.append(f"{obj.name}.{prop.name}: no function {fn!r} in generated/dockerapi/{PLANS_MODULE}.py")
        for m in obj.methods:
            member(obj.name, m, True)
    for col in ocat.collections.values():
        if col.object not in object_names:
            problems.append(f"{col.name}: unknown object {col.object!r}")
        for m in col.methods:
            member(col.name, m, False)
    for m in ocat.client.methods:
        member("client", m, False)
    for attribute, obj_name in ocat.client.singletons.items():
        if obj_name not in object_names:
            problems.append(f"client.singletons.{attribute}: unknown object {obj_name!r}")
    if problems:
        raise CatalogError("spec/objects/", f"{len(problems)} problem(s)", "\n  " + "\n  ".join(problems))


# --- contexts for the templates -------------------------------------------------------------------------

_STREAM_TYPES = ("HijackedSocket", "JSONStream", "OutputStream", "RawStream")
# results of _objects.py that have an async twin named Async<name>
_PAIRED_RESULTS = ("ExecResult", "ImageStream", "RunOutput")
FACES = {
    # flavor, index (0 sync, 1 async), class-name prefix
    "sync": ("typed", 0, ""),
    "async": ("typed", 1, "Async"),
    "classic": ("classic", 0, ""),
}


def face_type(text: str, face: str, names: set[str]) -> str:
    """A type expression of spec/objects/ as one face writes it: object names and streams get `Async`."""
    _flavor, index, prefix = FACES[face]
    if index:
        text = re.sub(r"\bIterator\[", "AsyncIterator[", text)
        text = re.sub(rf"\b({'|'.join(_STREAM_TYPES)})\b", r"Async\1", text)
        text = re.sub(rf"\b({'|'.join(_PAIRED_RESULTS)})\b", r"Async\1", text)
    if prefix:
        text = re.sub(rf"\b({'|'.join(sorted(names))})\b", prefix + r"\1", text)
    if FACES[face][0] == "typed":
        text = re.sub(r"\btypeddicts\.", "models.", text)
    return text


_OBJECT_REF = "str | Mapping[str, Any] | DockerModel"


def _strip_bound(params: list[dict[str, Any]], bind: str | None, rename: dict[str, str],
                 only: list[str] | None, filled: dict[str, str] | None = None) -> list[dict[str, Any]]:
    out = []
    for p in params:
        if p["name"] == bind or p["name"] in (filled or {}):
            continue
        if only is not None and p["name"] not in only:
            continue
        q = dict(p)
        if q["annotation"].startswith(_OBJECT_REF):  # an id, or one of this API's objects (a Container, ...)
            q["annotation"] = q["annotation"].replace(_OBJECT_REF, _OBJECT_REF + " | DockerObject", 1)
            q["widened"] = True
        q["call_name"] = p["name"]
        q["name"] = rename.get(p["name"], p["name"])
        out.append(q)
    return out


def _bound_docstring(mc: dict[str, Any], params: list[dict[str, Any]], returns_type: str, flavor: str,
                     summary: str, indent: int = 8) -> str:
    inputs = mc["doc_inputs"]
    doc: MethodDoc | None = inputs["doc"]
    if doc is not None:
        doc = copy.copy(doc)
        doc.example = ""  # the low-level example calls the client, not the object
        if summary:
            doc.summary = summary
    call_note = f"Calls `client.api.{mc['name']}()`. {inputs['endpoint']}".strip()
    return docstrings.method_docstring(
        summary=summary or mc["summary"], doc=doc, endpoint=call_note, params=params,
        returns_type=returns_type, returns_note="", errors=inputs["errors"], indent=indent,
        uniform=not mc.get("composite"))  # a composite takes no request_timeout/extra_headers


def _call_member(m: MemberSpec, mc: dict[str, Any], face: str, names: set[str], bound_expr: str | None,
                 owner_object: ObjectSpec | None, collections_by_object: dict[str, CollectionSpec]) -> dict[str, Any]:
    flavor, index, _prefix = FACES[face]
    bind = m.bind
    if owner_object is not None and bind is None and bound_expr is not None:
        bind = mc["pos"][0]["name"] if mc["pos"] else None
    pos = _strip_bound(mc["pos"], bind, m.rename, m.only, m.fill)
    kw = _strip_bound(mc["kw"], bind, m.rename, m.only, m.fill)
    if m.result or m.wrap:
        target = m.result or m.wrap
        ret = face_type(str(target), face, names)
        returns_type = ret
    elif m.then == "reload":
        ret = returns_type = "None"  # what the call changed is in the re-read attrs
    else:
        ret = mc["returns"][flavor][index]
        returns_type = ret.replace("models.", "").replace("typeddicts.", "")
    overloads = []
    if mc.get("overload") and not (m.result or m.wrap or m.then):
        for variant in mc["overloads"]:
            overloads.append({
                "pos": _strip_bound(variant["pos"], bind, m.rename, m.only, m.fill),
                "kw": _strip_bound(variant["kw"], bind, m.rename, m.only, m.fill),
                "returns": variant["returns_by"][flavor][index],
            })
    doc = _bound_docstring(mc, pos + kw, returns_type, flavor, m.summary)
    result_collection = None
    if m.result:
        result_collection = collections_by_object[m.result].attribute
    wrap_collection = None
    wrap_list = False
    if m.wrap:
        wrap_collection = "self" if owner_object is None else f"self.client.{collections_by_object[m.wrap].attribute}"
        wrap_list = mc["returns"]["typed"][0].startswith("list[")
        if wrap_list:
            ret = f"list[{ret}]"
            returns_type = ret
    # the low-level overloads (and its narrower id type) are for callers: the forwarding call itself goes
    # through an untyped reference, and the result is cast to what this method's own annotation says
    loose = bool(overloads) or any(p.get("widened") for p in pos + kw)
    return {
        "name": m.name, "kind": "call", "call": mc["name"], "pos": pos, "kw": kw, "ret": ret, "doc": doc,
        "loose": loose,
        "bind": bind, "bound_expr": bound_expr, "overloads": overloads,
        "fill": [(param, f"self.{prop}") for param, prop in m.fill.items()], "result_collection": result_collection,
        "wrap_collection": wrap_collection, "wrap_list": wrap_list, "reload": m.then == "reload",
        "uniform": not mc.get("composite"),  # composites take no request_timeout/extra_headers
    }


def _builder_entries(name: str) -> list[dict[str, Any]]:
    """The keywords of a builder of dockerapi.types, as its signature gives them (read with ast)."""
    import ast

    tree = ast.parse((PACKAGE / f"{BUILDERS_MODULE}.py").read_text())
    function = next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == name)
    arguments = function.args
    positional = arguments.posonlyargs + arguments.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    pairs = list(zip(positional, defaults, strict=True)) + list(zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True))
    out = []
    for arg, default in pairs:
        annotation = ast.unparse(arg.annotation) if arg.annotation is not None else "Any"
        out.append({"name": arg.arg, "annotation": annotation, "has_default": default is not None,
                    "default_repr": ast.unparse(default) if default is not None else "None",
                    "text": f"Goes to `dockerapi.types.{name}({arg.arg}=...)`.", "fallback": ""})
    return out


def _keyword_entries(source: str, methods_by_name: dict[str, dict[str, Any]],
                     helpers_by_name: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    if source.startswith(BUILDER_PREFIX):
        return _builder_entries(source.removeprefix(BUILDER_PREFIX))
    if source in methods_by_name:
        mc = methods_by_name[source]
        return [dict(p) for p in mc["pos"] + mc["kw"]]
    helper = helpers_by_name[source]
    texts = {d["name"]: d for d in helper["documented"]}
    out = []
    for p in helper["params"]:
        if p["name"] == "version":
            continue
        doc = texts.get(p["name"], {"text": "", "fallback": ""})
        out.append({"name": p["name"], "annotation": p["annotation"], "has_default": True,
                    "default_repr": repr(p["default"]), "text": doc["text"], "fallback": doc["fallback"]})
    return out


def _plan_member(m: MemberSpec, face: str, names: set[str], model_names: set[str],
                 methods_by_name: dict[str, dict[str, Any]], helpers_by_name: dict[str, dict[str, Any]],
                 errors: dict[int, str]) -> dict[str, Any]:
    flavor, index, _prefix = FACES[face]
    declared = []
    for raw in m.params:
        written = str(raw.get("type", "any"))
        if any(re.search(rf"\b{n}\b", written) for n in names):
            annotation = face_type(written, face, names)  # names an object of this API: no model mapping
        else:
            annotation = face_type(T.param_annotation(written, models=model_names), face, names)
        if flavor == "classic":
            annotation = annotation.replace("models.", "typeddicts.")
        has_default = "default" in raw
        declared.append({"name": raw["name"], "annotation": annotation, "has_default": has_default,
                         "default_repr": repr(raw.get("default")), "text": docstrings.param_text(
                             str(raw.get("doc", "")), default=raw.get("default"), has_default=has_default,
                             since=None, until=None, advice=None), "fallback": ""})
    seen = {p["name"] for p in declared} | set(m.keywords_except)
    gathered = []
    for source in m.keywords_from:
        for entry in _keyword_entries(source, methods_by_name, helpers_by_name):
            if entry["name"] in seen or entry["name"] in ("request_timeout", "extra_headers"):
                continue
            seen.add(entry["name"])
            if not entry["has_default"]:
                entry = {**entry, "has_default": True, "default_repr": "None"}
                if "None" not in entry["annotation"]:
                    entry["annotation"] += " | None"
            if flavor == "typed":
                entry["annotation"] = entry["annotation"].replace("typeddicts.", "models.")
            entry["source"] = source
            gathered.append(entry)
    by_name = {p["name"]: p for p in declared}
    pos = [by_name[n] for n in m.positional]
    kw = [p for p in declared if p["name"] not in m.positional] + gathered
    kw.sort(key=lambda p: p["has_default"])
    ret = face_type(m.returns[flavor] if isinstance(m.returns, dict) else m.returns, face, names)
    overloads = []
    # an overload may hold for some flavors only (`faces: [typed]`)
    face_overloads = [o for o in m.overloads if flavor in (o.get("faces") or (flavor,))]
    flags = [p for p in declared if any(p["name"] in (o.get("when") or {}) for o in face_overloads)]
    flag_names = [p["name"] for p in flags]
    for variant in face_overloads:
        when = variant.get("when") or {}
        # the parameters before the first flag stay positional; the flags become keyword-only
        first_flag = next((i for i, p in enumerate(pos) if p["name"] in flag_names), len(pos))
        vpos = [{**p, "default_repr": "..."} for p in pos[:first_flag]]
        rest = [{**p, "default_repr": "..."} for p in pos[first_flag:] + kw if p["name"] not in flag_names]
        vflags = []
        for p in flags:
            if p["name"] in when:
                value = when[p["name"]]
                vflags.append({**p, "annotation": f"Literal[{value!r}]", "has_default": False, "default_repr": "..."})
            else:
                # the other flags: False (their default) in a variant that names none of them
                others_named = any(q in when for q in flag_names)
                value_ann = "Literal[False]" if not when or others_named else p["annotation"]
                vflags.append({**p, "annotation": value_ann, "default_repr": "..."})
        tail = sorted(vflags + rest, key=lambda p: p["has_default"])
        overloads.append({"pos": vpos, "kw": tail, "returns": face_type(str(variant["returns"]), face, names)})
    doc = MethodDoc(summary=m.summary, description=m.description)
    uses = ", ".join(f"`{u}()`" for u in m.uses)
    docstring = docstrings.method_docstring(
        summary=m.summary, doc=doc, endpoint=f"Calls {uses} of `client.api`." if uses else "",
        params=pos + kw, returns_type=ret, returns_note="", errors=errors)
    declared_args = [p for p in pos + kw if "source" not in p]
    by_source: dict[str, list[str]] = {}
    for p in gathered:
        by_source.setdefault(p["source"], []).append(p["name"])
    return {"name": m.name, "kind": "plan", "plan": m.plan, "pos": pos, "kw": kw, "ret": ret, "doc": docstring,
            "overloads": overloads, "uniform": False, "declared_args": declared_args,
            "by_source": sorted(by_source.items())}


def _plan_errors(m: MemberSpec, methods_by_name: dict[str, dict[str, Any]]) -> dict[int, str]:
    errors: dict[int, str] = {}
    for use in m.uses:
        if use in methods_by_name:
            for status, name in methods_by_name[use]["doc_inputs"]["errors"].items():
                errors.setdefault(status, name)
    return errors


def render_context(ocat: ObjectCatalog, methods: list[dict[str, Any]], helpers: list[dict[str, Any]],
                   model_names: set[str]) -> dict[str, Any]:
    """Per face and module: the classes to render (objects and collections), and the client."""
    methods_by_name = {m["name"]: m for m in methods}
    helpers_by_name = {h["name"]: h for h in helpers}
    names = set(ocat.objects) | set(ocat.collections)
    collections_by_object = {c.object: c for c in ocat.collections.values()}
    # an object no collection lists belongs to the one collection of its module (RegistryData: images)
    owners: dict[str, CollectionSpec] = {}
    for obj in ocat.objects.values():
        if obj.name not in collections_by_object:
            module_collections = [c for c in ocat.collections.values() if c.module == obj.module]
            if len(module_collections) == 1:
                owners[obj.name] = module_collections[0]
    faces: dict[str, Any] = {}
    for face in FACES:
        flavor, index, prefix = FACES[face]
        modules: dict[str, list[dict[str, Any]]] = {mod: [] for mod in ocat.modules}

        def members(specs: list[MemberSpec], obj: ObjectSpec | None, bound_expr: str | None, owner: str | None,
                    face: str = face) -> list[dict[str, Any]]:
            out = []
            for m in specs:
                if m.call is not None:
                    out.append(_call_member(m, methods_by_name[m.call], face, names, bound_expr, obj,
                                            collections_by_object))
                else:
                    member = _plan_member(m, face, names, model_names, methods_by_name, helpers_by_name,
                                          _plan_errors(m, methods_by_name))
                    # what a failure inside the plan is prefixed with: the method as the caller wrote it
                    member["public"] = f"{owner}.{m.name}" if owner else m.name
                    out.append(member)
            return out

        for obj in ocat.objects.values():
            inspect = methods_by_name[obj.inspect]
            # id, name, none, or a field (RegistryData: image_name)
            bound_expr = None if obj.bind_value == "none" else f"self.{obj.bind_value}"
            attrs_type = ("dict[str, Any]" if flavor == "classic"
                          else inspect["returns"]["typed"][index])
            collection = collections_by_object.get(obj.name) or owners.get(obj.name)
            modules[obj.module].append({
                "kind": "object", "name": prefix + obj.name, "plain_name": obj.name, "summary": obj.summary,
                "id_field": obj.id_field, "inspect": obj.inspect, "bound_expr": bound_expr,
                "attrs_type": attrs_type,
                "summary_type": (f"models.{obj.summary_model} | None" if flavor == "typed" and obj.summary_model
                                 else None),
                "collection_type": prefix + collection.name if collection else None,
                "repr": obj.repr,
                "fields": [{"name": n, "type": face_type(str(f["type"]), face, names), "doc": str(f.get("doc", ""))}
                           for n, f in obj.fields.items()],
                "properties": [{"name": p.name, "reader": p.reader, "plan": p.plan,
                                "type": face_type(p.type, face, names), "doc": p.doc} for p in obj.properties],
                "methods": members(obj.methods, obj, bound_expr, obj.name),
            })
        for col in ocat.collections.values():
            obj = ocat.objects[col.object]
            modules[col.module].append({
                "kind": "collection", "name": prefix + col.name, "plain_name": col.name, "summary": col.summary,
                "object": prefix + col.object, "attribute": col.attribute,
                "kinds": sorted(prefix + o for o, c in owners.items() if c is col),
                "methods": members(col.methods, None, None, col.attribute),
            })
        client_members = members(ocat.client.methods, None, None, None)
        faces[face] = {
            "modules": modules, "client_methods": client_members,
            "collections": [{"attribute": c.attribute, "class": prefix + c.name, "module": c.module,
                             "doc": c.summary} for c in ocat.collections.values()],
            "singletons": [{"attribute": attr, "class": prefix + obj, "module": ocat.objects[obj].module,
                            "doc": ocat.objects[obj].summary,
                            "load": ocat.objects[obj].load_on_access and face != "async"}
                           for attr, obj in ocat.client.singletons.items()],
        }
    return faces



# --- files -----------------------------------------------------------------------------------------------

_TYPING = ("IO", "Any", "ClassVar", "Literal", "cast", "overload")
_ABC = ("AsyncIterator", "Awaitable", "Iterable", "Iterator", "Mapping")


def _imports(body: str, *, up: str, models_from: str, models_name: str, runtime: list[str],
             checking: list[str]) -> str:
    """The import block a rendered module needs: only the names its body uses (ruff refuses the rest)."""
    code = re.sub(r'"""[\s\S]*?"""', '""""""', body)
    lines = []
    abc = [n for n in _ABC if re.search(rf"\b{n}\b", code)]
    if abc:
        lines.append(f"from collections.abc import {', '.join(abc)}")
    if re.search(r"\bdatetime\b", code):
        lines.append("from datetime import datetime")
    typing_names = [n for n in _TYPING if re.search(rf"\b{n}\b", code)]
    needs_checking = bool(checking) or bool(re.search(rf"(?<![.\w])({models_name}|models)\.|\bDockerModel\b", code))
    typing_imports = sorted((["TYPE_CHECKING"] if needs_checking else []) + typing_names,
                            key=lambda n: (not n.isupper(), not n[0].isupper(), n))
    if typing_imports:
        lines.append(f"from typing import {', '.join(typing_imports)}")
    lines.append("")
    lines.extend(runtime)
    streams = sorted({m for m in re.findall(r"\b((?:Async)?(?:HijackedSocket|JSONStream|OutputStream|RawStream))\b",
                                            code)})
    block = list(checking)
    if re.search(rf"(?<![.\w]){models_name}\.", code):
        block.append(f"from {models_from} import {models_name}")
    if models_name != "models" and re.search(r"(?<![.\w])models\.", code):
        block.append(f"from {up} import models")  # bodies a classic method also takes as models
    if re.search(r"\bDockerModel\b", code):
        block.append(f"from {up}_model_base import DockerModel")
    if streams:
        block.append(f"from {up}_streams import {', '.join(streams)}")
    if re.search(r"\bExitStatus\b", code):
        block.append(f"from {up}_adapters import ExitStatus")
    if block:
        lines.append("")
        lines.append("if TYPE_CHECKING:")
        lines.extend("    " + line for line in sorted(block, key=_isort_key))
    return "\n".join(lines)


def _isort_key(line: str) -> tuple[int, str]:
    # ruff's isort: `from .` relative depth first (deeper first), then module name
    module = line.split()[1]
    depth = len(module) - len(module.lstrip("."))
    return (-depth, module.lstrip(".").lower())


def render_files(env: Any, header: str, ocat: ObjectCatalog, faces: dict[str, Any], package: Path,
                 names: set[str]) -> dict[Path, str]:
    files: dict[Path, str] = {}
    layouts = {
        "typed": {"dir": package / "objects", "up": "..", "models_from": "..", "models_name": "models",
                  "client_module": ".._docker_client", "faces": ("sync", "async")},
        "classic": {"dir": package / "classic" / "models", "up": "...", "models_from": "..", "models_name": "typeddicts",
                    "client_module": "..client", "faces": ("classic",)},
    }
    all_classes_by_module: dict[str, dict[str, list[str]]] = {}
    for flavor, layout in layouts.items():
        # every class of every module first: a module imports the classes of others it names
        all_classes_by_module[flavor] = {
            module: [cls["name"] for face in layout["faces"] for cls in faces[face]["modules"][module]]
            for module in ocat.modules}
        for module in ocat.modules:
            rendered_classes = []
            for face in layout["faces"]:
                for cls in faces[face]["modules"][module]:
                    is_async = face == "async"
                    rendered_classes.append({**cls, "is_async": is_async,
                                             "client_class": "AsyncDockerClient" if is_async else "DockerClient"})
            doc = (f"The `{module}` objects and their collection"
                   + (", sync and async side by side" if flavor == "typed" else ", as docker-py 7.2 has them")
                   + "; generated from spec/objects/" + module + ".yaml.")
            template = env.get_template("objects.py.j2")
            context = {"classes": rendered_classes, "typed": flavor == "typed"}
            body = template.render(header="", doc="", imports="", **context)
            own = {c["name"] for c in rendered_classes}
            checking = []
            for other, other_names in all_classes_by_module[flavor].items():
                used = [n for n in other_names if n not in own and re.search(rf"\b{n}\b",
                                                                             re.sub(r'"""[\s\S]*?"""', "", body))]
                if used and other != module:
                    checking.append(f"from .{other} import {', '.join(sorted(used))}")
            clients = [n for n in ("AsyncDockerClient", "DockerClient") if re.search(rf"\b{n}\b", body)]
            if clients:
                checking.append(f"from {layout['client_module']} import {', '.join(clients)}")
            runtime = []
            if "_plans." in body:
                runtime.append(f"from {layout['up']} import _object_plans as _plans")
            bases = [n for n in ("DockerObject", "ObjectCollection") if re.search(rf"\b{n}\b", body)]
            results = [n for n in _PAIRED_RESULTS + tuple("Async" + r for r in _PAIRED_RESULTS) if re.search(rf"\b{n}\b",
                                                                                  re.sub(r'"""[\s\S]*?"""', "", body))]
            if bases or results:
                runtime.append(f"from {layout['up']}_objects import {', '.join(sorted(bases + results))}")
            imports = _imports(body, up=layout["up"], models_from=layout["models_from"],
                               models_name=layout["models_name"], runtime=runtime, checking=checking)
            files[layout["dir"] / f"{module}.py"] = template.render(header=header, doc=doc, imports=imports, **context)
        exported = [(m, n) for m, ns in all_classes_by_module[flavor].items() for n in ns]
        init_doc = ("The typed object API: objects and collections of `dockerapi.DockerClient` (sync) and "
                    "`dockerapi.AsyncDockerClient` (async), one module per kind." if flavor == "typed" else
                    "docker-py's `docker.models`: the objects and collections of `dockerapi.classic.DockerClient`.")
        lines = [header, f'"""{init_doc}"""', ""]
        for module, class_names in all_classes_by_module[flavor].items():
            lines.append(f"from .{module} import {', '.join(sorted(class_names))}")
        lines.append("")
        lines.append("__all__ = [" + ", ".join(f'"{n}"' for _m, n in exported) + "]")
        files[layout["dir"] / "__init__.py"] = "\n".join(lines) + "\n"
    # the object clients
    for flavor, target, api_module, up, faces_of in (
        ("typed", package / "_docker_client.py", "._client", ".", (("sync", "Client"), ("async", "AsyncClient"))),
        ("classic", package / "classic" / "client.py", "._client", "..", (("classic", "Client"),)),
    ):
        classes = []
        objects_pkg = ".objects" if flavor == "typed" else ".models"
        for face, api_class in faces_of:
            is_async = face == "async"
            data = faces[face]
            classes.append({
                "name": ("Async" if is_async else "") + "DockerClient", "is_async": is_async, "api_class": api_class,
                "base": "AsyncDockerClientBase" if is_async else "SyncDockerClientBase",
                "doc": _client_doc(flavor, is_async),
                "collections": data["collections"], "singletons": data["singletons"],
                "methods": data["client_methods"], "typed": flavor == "typed",
            })
        template = env.get_template("docker_client.py.j2")
        body = template.render(header="", doc="", imports="", classes=classes, objects_pkg=objects_pkg)
        runtime = [f"from {up}_objects import {', '.join(sorted({c['base'] for c in classes}))}"]
        api_classes = sorted({c["api_class"] for c in classes})
        runtime.append(f"from {api_module} import {', '.join(api_classes)}")
        by_module: dict[str, list[str]] = {}
        for cls in classes:
            for item in cls["collections"] + cls["singletons"]:
                by_module.setdefault(item["module"], []).append(item["class"])
        checking = [f"from {objects_pkg}.{module} import {', '.join(sorted(set(by_module[module])))}"
                    for module in sorted(by_module)]
        runtime.sort(key=lambda line: _isort_key(line))
        imports = _imports(body, up=up, models_from=".",
                           models_name="models" if flavor == "typed" else "typeddicts", runtime=runtime,
                           checking=checking)
        doc = ("`DockerClient` and `AsyncDockerClient`: the object API, typed." if flavor == "typed" else
               "docker-py's `docker.client`: `DockerClient`, the object API with docker-py 7.2's results.")
        files[target] = template.render(header=header, doc=doc, imports=imports, classes=classes,
                                        objects_pkg=objects_pkg)
    return files


def render_pages(ocat: ObjectCatalog, docs: Path, header: str) -> dict[Path, str]:
    """docs/objects/: a reference page per kind of object (its collection and class) and one for the client."""
    pages: dict[Path, str] = {}
    marker = "<!-- " + header.lstrip("# ") + " -->"
    for module in ocat.modules:
        objs = [o for o in ocat.objects.values() if o.module == module]
        cols = [c for c in ocat.collections.values() if c.module == module]
        title = ", ".join([f"`client.{c.attribute}`" for c in cols] + [f"`{o.name}`" for o in objs])
        lines = [marker, f"# {module.capitalize()}: {title}", ""]
        lines.append(
            f"The typed object API of `dockerapi.DockerClient`. `dockerapi.AsyncDockerClient` has the same classes "
            f"with `Async` in front ({', '.join(f'`Async{o.name}`' for o in objs)}), every call that talks to the "
            f"daemon awaited; `dockerapi.classic.DockerClient` has the same members with docker-py 7.2's results "
            f"(`attrs` as plain dicts), in `dockerapi.classic.models.{module}`.")
        lines.append("")
        for cls in [c.name for c in cols] + [o.name for o in objs]:
            lines += [f"::: dockerapi.objects.{module}.{cls}", "    options:", "      show_root_heading: true",
                      "      show_root_full_path: false", ""]
        pages[docs / "objects" / f"{module}.md"] = "\n".join(lines).rstrip("\n") + "\n"
    return pages


def _client_doc(flavor: str, is_async: bool) -> str:
    if flavor == "classic":
        return ("docker-py 7.2's `DockerClient`: `containers`, `images`, ... and the daemon-wide calls; `api` is the "
                "classic low-level client. Results are the daemon's JSON in plain dicts (`attrs`).")
    if is_async:
        return ("The object API for asyncio: the same collections and objects as `DockerClient`, every call that "
                "talks to the daemon awaited; `api` is an `AsyncClient`.")
    return ("The object API: `client.containers.run(...)`, `client.images.pull(...)`, objects with typed `attrs`; "
            "`api` is the low-level `Client`. Close it, or use it in a `with` block.")
