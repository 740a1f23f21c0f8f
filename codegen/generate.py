"""Render the package's endpoint surface from the catalog.

`python -m codegen generate` writes the generated modules of `generated/dockerapi/` and `docs/api.md`;
`--check` renders into memory and fails on any difference from what is committed.
"""

from __future__ import annotations

import argparse
import difflib
import keyword
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2

from . import docstrings, objects
from . import types as T
from .catalog import MIN_VERSION, Catalog, CompositeSpec, MethodDoc, MethodSpec, ParamSpec, load, snake

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "dockerapi"
MODEL_DEFS = PACKAGE / "_model_defs"  # one generated module per model class
HEADER = "# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit."
# fields whose value is a credential: kept out of a model's repr (README: passwords never appear in one)
_SECRET_FIELDS = frozenset({"password", "identitytoken", "registrytoken"})

# Attribute names a model cannot use as-is: they would shadow pydantic or the dict view.
_RESERVED = {
    "copy", "dict", "json", "keys", "items", "values", "get", "schema", "validate", "construct", "fields",
    "model_config", "model_fields", "to_wire", "parse_obj", "parse_raw", "schema_json", "update_forward_refs",
    "from_orm", "register", "model_dump", "model_validate", "model_construct", "copy_", "Config",
}


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
    )
    env.filters["pyrepr"] = repr
    env.filters["docstr"] = _docstring_safe
    return env


def _docstring_safe(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _version_text(version: tuple[int, int] | None) -> str | None:
    return f"{version[0]}.{version[1]}" if version else None


def _model_context(catalog: Catalog) -> dict[str, Any]:
    classes = []
    aliases = []
    for name in sorted(catalog.models):
        model = catalog.models[name]
        if model.alias is not None:
            continue
        docs = catalog.model_docs.get(name)
        used: set[str] = set()
        fields = []
        gates = []
        nested = []
        depends: set[str] = set()  # the classes and named types its annotations name: made before it
        for fld in model.fields:
            attr = snake(fld.wire) or "field"
            if attr[0].isdigit():
                attr = "f_" + attr
            if attr in _RESERVED or attr.startswith("model_") or keyword.iskeyword(attr):
                attr += "_"
            while attr in used:
                attr += "_"
            used.add(attr)
            text = docs.fields.get(fld.wire, "") if docs else ""
            fields.append({"attr": attr, "wire": fld.wire, "annotation": T.model_field_annotation(fld.type, fld.enum),
                           "shape": repr(_field_shape(fld.type, fld.enum, catalog)),
                           "doc": docstrings.field_doc(text, fld.since, fld.until) if text else "",
                           "secret": fld.wire.lower() in _SECRET_FIELDS})
            if (fld.since and fld.since > MIN_VERSION) or fld.until:
                since = fld.since if fld.since and fld.since > MIN_VERSION else None
                gates.append((fld.wire, (since, fld.until)))
            named = [r for r in T.referenced_models(fld.type) if r in catalog.models]
            depends.update(r for r in named if r != name)
            refs = [r for r in named if catalog.models[r].alias is None]
            if refs:
                nested.append((fld.wire, refs[0]))
        description = docs.description if docs and docs.description else f"The Engine API's `{name}` object."
        gate_notes = [f"`{wire}`: {docstrings.gate_text(*gate)}" for wire, gate in gates]
        doc = _docstring_safe(description + ("\n\n    Fields not in every API version: " + "; ".join(gate_notes)
                                             if gate_notes else ""))
        classes.append({"name": name, "fields": fields, "gates": gates, "nested": nested, "doc": doc,
                        "depends": sorted(depends)})
    alias_names = {name for name, m in catalog.models.items() if m.alias is not None}
    for name in sorted(alias_names):
        model = catalog.models[name]
        if model.enum:
            annotation = "Literal[" + ", ".join(repr(v) for v in model.enum) + "] | str"
        else:
            annotation = T.model_field_annotation(model.alias or "any").removesuffix(" | None")
        aliases.append({"name": name, "annotation": annotation,
                        "depends": sorted({r for r in T.referenced_models(model.alias or "any")
                                           if r in catalog.models and r != name})})
    # Aliases may refer to each other and to classes: emit them after the classes they need.
    return {"classes": classes, "aliases": _order_aliases(aliases, alias_names)}


_SHAPE_SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool", "any": "any", "Any": "any",
                  "timestamp": "str"}


def _field_shape(text: str, enum: list[str] | None, catalog: Catalog) -> Any:
    """A field's type as `_model_lazy` reads it (see its docstring): the same type as the field's annotation
    (T.model_field_annotation), named models and named types spelled out."""
    if enum:
        return ("n", ("e", tuple(enum)))
    shape = _union_shape(T.parse(text), catalog, nullable_values=True)
    return shape if shape == "any" or shape[0] == "n" else ("n", shape)


def _union_shape(union: list[T.TypeNode], catalog: Catalog, nullable_values: bool) -> Any:
    members: list[Any] = []
    nullable = False
    for node in union:
        if node.name == "None":
            nullable = True
            continue
        if node.name in _SHAPE_SCALARS:
            shape: Any = _SHAPE_SCALARS[node.name]
        elif node.name == "list":
            shape = ("l", _union_shape(node.args[0], catalog, nullable_values))
        elif node.name == "dict":
            value = _union_shape(node.args[1], catalog, nullable_values)
            if nullable_values and value != "any" and value[0] != "n":
                value = ("n", value)
            shape = ("d", value)
        elif node.name in catalog.models and catalog.models[node.name].alias is None:
            shape = ("m", node.name)
        elif node.name in catalog.models:  # a named type: what it names (its annotation drops the outer None)
            named = catalog.models[node.name]
            shape = ("e", tuple(named.enum)) if named.enum else \
                _union_shape(T.parse(named.alias or "any"), catalog, nullable_values)
            if not isinstance(shape, str) and shape[0] == "n":
                shape = shape[1]
        else:
            raise ValueError(f"no run-time shape for the type {node.name!r} (codegen/generate.py _union_shape)")
        if shape not in members:
            members.append(shape)
    if "any" in members:
        return "any"
    one = members[0] if len(members) == 1 else ("u", *members)
    return ("n", one) if nullable else one


def _order_aliases(aliases: list[dict[str, Any]], names: set[str]) -> list[dict[str, Any]]:
    by_name = {a["name"]: a for a in aliases}
    ordered: list[dict[str, Any]] = []
    done: set[str] = set()

    def visit(name: str, stack: tuple[str, ...] = ()) -> None:
        if name in done or name in stack:
            return
        for ref in T.referenced_models(by_name[name]["annotation"].replace("Literal", "any")):
            if ref in by_name:
                visit(ref, stack + (name,))
        done.add(name)
        ordered.append(by_name[name])

    for alias in aliases:
        visit(alias["name"])
    return ordered


def _param_fallback(param: ParamSpec) -> str:
    """Where the value goes, for a parameter spec/api/docs/ does not describe yet."""
    if param.location == "control":
        return "client-side option"
    if param.location in ("query", "header", "body-field", "path"):
        return f"sent as {param.location} `{param.wire}`"
    return f"sent as `{param.wire}`"


def _param_gate(method: MethodSpec | CompositeSpec, name: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The API versions that have keyword `name`: the union over its wire names (version aliases)."""
    specs = [p for p in method.params if p.name == name and not p.constant]
    sinces = [p.since for p in specs]
    untils = [p.until for p in specs]
    since = None if any(v is None for v in sinces) else min(v for v in sinces if v is not None)
    until = None if any(v is None for v in untils) else max(v for v in untils if v is not None)
    return since, until


_FLAGGED_KINDS = {"json_progress", "json_lines", "multiplexed"}
_FLAGS = ("stream", "decode", "demux", "socket")
_PAIR = "tuple[bytes | None, bytes | None]"


def _flagged_return(kind: str, flags: dict[str, bool], index: int, model: str | None = None) -> str:
    """The result type of a streaming-capable method for one combination of its flags; `model`: the catalog
    model of the one document a json_lines method collects (stats(stream=False))."""
    prefix = "Async" if index else ""
    if flags.get("socket"):
        return f"{prefix}HijackedSocket"
    stream, decode, demux = flags.get("stream", False), flags.get("decode", False), flags.get("demux", False)
    if kind == "multiplexed":
        item = _PAIR if demux else "bytes"
        return f"{prefix}OutputStream[{item}]" if stream else item
    document = "dict[str, Any]" if decode else "str"
    if stream:
        return f"{prefix}JSONStream[{document}]"
    if kind == "json_lines":
        return f"models.{model}" if model else "dict[str, Any]"
    return "list[dict[str, Any]]" if decode else "str"


def _flag_defaults(method: MethodSpec | CompositeSpec) -> dict[str, bool]:
    return {p.name: bool(p.default) for p in method.params if p.name in _FLAGS and p.location == "control"}


def _return_annotation(method: MethodSpec | CompositeSpec) -> tuple[str, str]:
    r = method.returns
    if r.type:
        return r.type, r.type
    if r.kind == "model" and r.model and not r.model.isidentifier():
        rendered = T.param_annotation(r.model, models=set()).replace(" | Mapping[str, Any]", "")
        return rendered, rendered
    simple = {
        "none": "None", "bool": "bool", "text": "str", "bytes": "bytes", "json": "Any", "scalar": "Any",
        "stat": "dict[str, Any] | None",
    }
    if r.kind in simple:
        return simple[r.kind], simple[r.kind]
    if r.kind == "model":
        return f"models.{r.model}", f"models.{r.model}"
    if r.kind == "list":
        return f"list[models.{r.model}]", f"list[models.{r.model}]"
    if r.kind == "raw_stream":
        return "RawStream", "AsyncRawStream"
    if r.kind == "tar_with_stat":
        return "tuple[RawStream, dict[str, Any] | None]", "tuple[AsyncRawStream, dict[str, Any] | None]"
    if r.kind == "hijack":
        return "HijackedSocket", "AsyncHijackedSocket"
    defaults = _flag_defaults(method)
    if "stream" not in defaults:
        defaults["stream"] = True  # always a stream (events)
    unions = []
    for index in (0, 1):
        seen: list[str] = []
        for combo in _combinations(defaults):
            text = _flagged_return(r.kind, combo, index, r.model)
            if text not in seen:
                seen.append(text)
        unions.append(" | ".join(seen))
    return unions[0], unions[1]


def _combinations(defaults: dict[str, bool]) -> list[dict[str, bool]]:
    combos: list[dict[str, bool]] = [{}]
    for name in defaults:
        combos = [{**c, name: value} for c in combos for value in (True, False)]
    return combos


def _overload_variants(pos: list[dict[str, Any]], kw: list[dict[str, Any]],
                       method: MethodSpec | CompositeSpec) -> list[dict[str, Any]]:
    """Stub signatures, one per combination of the flags: flags keyword-only, defaults elided."""
    defaults = _flag_defaults(method)
    first_flag = next((i for i, p in enumerate(pos) if p["name"] in defaults), len(pos))
    head = [{**p, "default_repr": "..."} for p in pos[:first_flag]]
    rest = [{**p, "default_repr": "..."} for p in pos[first_flag:] + kw if p["name"] not in defaults]
    variants = []
    for combo in _combinations(defaults):
        flags = [{"name": name, "annotation": f"Literal[{value}]", "has_default": value == defaults[name],
                  "default_repr": "..."} for name, value in combo.items()]
        tail = sorted(flags + rest, key=lambda p: p["has_default"])
        variants.append({"pos": head, "kw": tail, "composite": getattr(method, "uses", None) is not None,
                         "returns": [_flagged_return(method.returns.kind, combo, i, method.returns.model)
                                     for i in (0, 1)]})
    return variants


def _param_entry(method: MethodSpec | CompositeSpec, p: ParamSpec, annotation: str, has_default: bool,
                 doc: MethodDoc | None) -> dict[str, Any]:
    since, until = _param_gate(method, p.name)
    if since is not None and since <= getattr(method, "since", MIN_VERSION):
        since = None  # as old as the method itself: the method's own gate says it
    text = doc.params.get(p.name, "") if doc else ""
    return {
        "name": p.name, "annotation": annotation, "has_default": has_default, "default_repr": repr(p.default),
        "text": docstrings.param_text(text, default=p.default, has_default=has_default, since=since, until=until,
                                      advice=p.advice) if text else "",
        "fallback": docstrings.param_text(_param_fallback(p), default=p.default, has_default=has_default,
                                          since=since, until=until, advice=p.advice),
    }


def _classic(annotation: str) -> str:
    """A typed result annotation as the classic client returns it: the TypedDict of the same name."""
    return re.sub(r"\bmodels\.", "typeddicts.", annotation)


def _returns_type(method: MethodSpec | CompositeSpec, annotation: str) -> str:
    r = method.returns
    if r.kind == "model" and r.model and r.model.isidentifier() and not r.type:
        return r.model
    if r.kind == "list" and r.model and not r.type:
        return f"list[{r.model}]"
    return annotation.replace("models.", "")


def _finish_method(ctx: dict[str, Any], method: MethodSpec | CompositeSpec, doc: MethodDoc | None,
                   errors: dict[int, str], endpoint: str) -> dict[str, Any]:
    """Add the two faces' return annotations and docstrings to a method's context."""
    typed = ctx["ret"]
    classic = (_classic(typed[0]), _classic(typed[1]))
    ctx["doc_inputs"] = {"doc": doc, "errors": errors, "endpoint": endpoint, "spec": method}
    ctx["returns"] = {"typed": typed, "classic": classic}
    documented = ctx["pos"] + ctx["kw"]
    ctx["docs"] = {}
    for flavor, faces in (("typed", typed), ("classic", classic)):
        returns_type = _returns_type(method, faces[0])
        if flavor == "classic" and method.returns.kind in ("model", "list") and method.returns.model:
            returns_type = returns_type.replace(method.returns.model, f"dict ({method.returns.model} keys)") \
                if method.returns.model.isidentifier() else returns_type
        ctx["docs"][flavor] = docstrings.method_docstring(
            summary=ctx["summary"], doc=doc, endpoint=endpoint, params=documented, returns_type=returns_type,
            returns_note="", errors=errors, uniform=not isinstance(method, CompositeSpec),
        )
    if ctx.get("overload"):
        for variant in ctx["overloads"]:
            variant["returns_by"] = {"typed": variant["returns"],
                                     "classic": [_classic(r) for r in variant["returns"]]}
    return ctx


def _method_context(catalog: Catalog) -> list[dict[str, Any]]:
    model_names = set(catalog.models)
    by_op = {m.op_id: m for m in catalog.methods}
    out = []
    for method in sorted(catalog.methods, key=lambda m: m.name):
        doc = catalog.method_docs.get(method.name)
        params: list[dict[str, Any]] = []
        for p in method.params:
            if p.constant or any(q["name"] == p.name for q in params):
                continue  # a constant, or the later wire name of a keyword already listed
            annotation = T.param_annotation(p.type, models=model_names, body=p.location == "body")
            if p.convert == "resource_id":  # an id, a dict with "Id", or a model of the object
                annotation = "str | Mapping[str, Any] | DockerModel"
            has_default = not (p.required and p.default is None) or p.location == "control"
            if has_default and p.default is None and "None" not in annotation and annotation != "Any":
                annotation += " | None"
            params.append(_param_entry(method, p, annotation, has_default, doc))
        by_name = {p["name"]: p for p in params}
        pos = [by_name[n] for n in method.positional if n in by_name]
        # A positional parameter after one with a default needs a default too: keep the rest keyword-only.
        cut = len(pos)
        for i, p in enumerate(pos):
            if i and pos[i - 1]["has_default"] and not p["has_default"]:
                cut = i
                break
        pos = pos[:cut]
        kw = [p for p in params if p not in pos]
        kw.sort(key=lambda p: p["has_default"])  # required keyword-only first reads better
        overload = method.returns.kind in _FLAGGED_KINDS and bool(_flag_defaults(method))
        endpoint = (f"Endpoint: `{method.verb} {method.path}`, API >= {_version_text(method.since)}"
                    + (f" and < {_version_text(method.until)}" if method.until else "")
                    + (" (deprecated)" if method.deprecated else "") + ".")
        ctx = {
            "name": method.name, "area": method.area, "op_id": method.op_id, "verb": method.verb,
            "path": method.path, "since": _version_text(method.since),
            "summary": method.summary.strip().rstrip(".") + ".", "endpoint": endpoint,
            "pos": pos, "kw": kw, "all": params,
            "ret": _return_annotation(method), "overload": overload, "composite": False,
        }
        if overload:
            ctx["overloads"] = _overload_variants(pos, kw, method)
        out.append(_finish_method(ctx, method, doc, method.errors, endpoint))
    for comp in catalog.composites:
        doc = catalog.method_docs.get(comp.name)
        params = []
        for p in comp.params:
            annotation = T.param_annotation(p.type, models=model_names)
            if p.convert == "resource_id":
                annotation = "str | Mapping[str, Any] | DockerModel"
            has_default = not p.required
            if has_default and p.default is None and "None" not in annotation and annotation != "Any":
                annotation += " | None"
            params.append(_param_entry(comp, p, annotation, has_default, doc))
        by_name = {p["name"]: p for p in params}
        pos = [by_name[n] for n in comp.positional if n in by_name]
        kw = [p for p in params if p not in pos]
        kw.sort(key=lambda p: p["has_default"])
        uses = ", ".join(f"`{by_op[u].name}()`" if u in by_op else u for u in comp.uses)
        endpoint = (f"Built on {uses}." if uses else "") + (" Deprecated." if comp.deprecated else "")
        errors: dict[int, str] = {}
        for use in comp.uses:
            if use in by_op:
                for status, name in by_op[use].errors.items():
                    errors.setdefault(status, name)
        ctx = {
            "name": comp.name, "area": comp.area, "summary": comp.summary.strip().rstrip(".") + ".",
            "endpoint": endpoint, "since": "",
            "pos": pos, "kw": kw, "all": params, "ret": _return_annotation(comp),
            "overload": False, "composite": True,
        }
        out.append(_finish_method(ctx, comp, doc, errors, endpoint.strip()))
    out.sort(key=lambda m: m["name"])
    return out


def _operations_context(catalog: Catalog) -> list[dict[str, Any]]:
    model_names = set(catalog.models)
    by_op = {m.op_id: m for m in catalog.methods}
    probes = {m.returns.tty_probe for m in catalog.methods if m.returns.tty_probe}
    ordered = sorted(catalog.methods, key=lambda m: (m.op_id not in probes, m.name))
    out = []
    for method in ordered:
        params = []
        for p in method.params:
            params.append({
                "name": p.name, "wire": p.wire, "location": p.location, "since": p.since, "until": p.until,
                "default": p.default, "convert": p.convert, "json": p.json, "constant": p.constant,
                "value": p.value, "advice": p.advice, "implied": p.implied, "model": p.model, "auth_from": p.auth_from,
                "auth_required": p.auth_required,
                "config_default": p.config_default,
                "send_default": p.send_default, "helper": p.helper, "version_alias": p.version_alias, "sets": p.sets,
                "empty": p.empty,
                "check": "" if p.convert or p.location in ("body", "helper") else T.runtime_check(p.type, models=model_names),
            })
        out.append({
            "name": method.name, "op_id": method.op_id, "verb": method.verb, "path": method.path,
            "since": method.since, "until": method.until, "params": params, "returns": method.returns,
            "probe_method": by_op[method.returns.tty_probe].name if method.returns.tty_probe else None,
            "errors": method.errors, "content_type": method.content_type, "stream_timeout": method.stream_timeout,
            "unversioned": method.unversioned,
            "deprecated": method.deprecated, "prepare": method.prepare, "hook": method.hook,
        })
    return out


_FLAVORS = {
    "typed": {
        "package": PACKAGE, "up": "..", "results": "pydantic models of `dockerapi.models`",
        "sync_doc": "A blocking client for the Docker Engine API. Thread-safe; close it, or use it in a `with` block.\n\n"
                    "    Connect with an address, `Client(\"unix:///var/run/docker.sock\")`, `Client(\"tcp://host:2375\")` or\n"
                    "    `Client(\"ssh://user@host\")`; with none it reads $DOCKER_HOST (`dockerapi.from_env()` also\n"
                    "    reads the TLS variables and docker contexts). Every argument is described on `__init__`.\n    ",
        "async_doc": "An asyncio client for the Docker Engine API, method for method the same as `Client`, awaited.",
    },
    "classic": {
        "package": PACKAGE / "classic", "up": "...", "results": "plain dicts and lists (`dockerapi.classic.typeddicts`)",
        "sync_doc": "The classic client: the seed's API, results as the daemon's JSON in plain dicts and lists. "
                    "Thread-safe; close it, or use it in a `with` block.\n\n"
                    "    Connect with an address, `Client(\"unix:///var/run/docker.sock\")`, `Client(\"tcp://host:2375\")` or\n"
                    "    `Client(\"ssh://user@host\")`; with none it reads $DOCKER_HOST (`dockerapi.from_env()` also\n"
                    "    reads the TLS variables and docker contexts). Every argument is described on `__init__`.\n    ",
        "async_doc": "The classic client for asyncio: method for method the same as the classic `Client`, awaited.",
    },
}
_HELPER_AREA = "helpers"


def _class_prefix(area: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[_-]", area))


def _area_imports(body: str, flavor: str, up: str) -> str:
    """The import block an area module needs: only the names its rendered body uses (ruff refuses the rest)."""
    body = re.sub(r'"""[\s\S]*?"""', '""""""', body)  # docstrings name things ("IO", "datetime") code does not use
    typing_names = [n for n in ("IO", "Any", "Literal", "cast", "overload") if re.search(rf"\b{n}\b", body)]
    lines = []
    abc = [n for n in ("Iterable", "Mapping") if re.search(rf"\b{n}\b", body)]
    if abc:
        lines.append(f"from collections.abc import {', '.join(abc)}")
    if re.search(r"\bdatetime\b", body):
        lines.append("from datetime import datetime")
    results = sorted({m for m in re.findall(r"\b(Async)?(HijackedSocket|JSONStream|OutputStream|RawStream)\b", body)
                      for m in ["".join(m)]})
    needs_checking = bool(results) or bool(re.search(r"\bmodels\.|\bDockerModel\b|\btypeddicts\.", body))
    # ruff's isort order: constants, then classes, then functions
    typing_imports = sorted((["TYPE_CHECKING"] if needs_checking else []) + typing_names,
                            key=lambda n: (not n.isupper(), not n[0].isupper(), n))
    if typing_imports:
        lines.append(f"from typing import {', '.join(typing_imports)}")
    lines.append("")
    # ruff's isort order: by the first name imported (`_catalog` sorts before `_helpers` and `_lib`)
    if "_ops." in body:
        lines.append(f"from {up} import _catalog as _ops")
    local = [name for name in ("_helpers", "_lib") if re.search(rf"\b{name}\.", body)]
    if local:
        lines.append(f"from {up} import {', '.join(local)}")
    if re.search(r"\bExitStatus\b", body):
        lines.append(f"from {up}_adapters import ExitStatus")
    lines.append(f"from {up}_base_client import AsyncAPIClient, SyncAPIClient")
    if needs_checking:
        lines.append("")
        lines.append("if TYPE_CHECKING:")
        if re.search(r"\bmodels\.", body):
            lines.append(f"    from {up} import models")
        if re.search(r"\bDockerModel\b", body):
            lines.append(f"    from {up}_model_base import DockerModel")
        # the stream classes name results in annotations only: their module loads with the first stream
        if results:
            lines.append(f"    from {up}_streams import {', '.join(results)}")
        if re.search(r"\btypeddicts\.", body):
            lines.append("    from .. import typeddicts")
    return "\n".join(lines)


def render(catalog: Catalog) -> dict[Path, str]:
    env = _env()
    files: dict[Path, str] = {}
    model_context = _model_context(catalog)
    files[PACKAGE / "models.py"] = env.get_template("models.py.j2").render(header=HEADER, **model_context)
    files[PACKAGE / "models.pyi"] = env.get_template("models.pyi.j2").render(header=HEADER, **model_context)
    files[PACKAGE / "_model_classes.py"] = env.get_template("model_classes.py.j2").render(
        header=HEADER, **model_context)
    definition = env.get_template("model_def.py.j2")
    files[MODEL_DEFS / "__init__.py"] = f'{HEADER}\n"""One module a class of `dockerapi.models`: see `_model_classes`."""\n'
    for model in model_context["classes"]:
        files[MODEL_DEFS / f"{model['name']}.py"] = definition.render(header=HEADER, model=model)
    files[PACKAGE / "classic" / "typeddicts.py"] = env.get_template("typeddicts.py.j2").render(
        header=HEADER, **_typeddict_context(catalog, model_context))
    operations = _operations_context(catalog)
    uses_datetime = any("datetime" in p["check"] for m in operations for p in m["params"])
    files[PACKAGE / "_catalog.py"] = env.get_template("catalog.py.j2").render(
        header=HEADER, methods=operations, uses_datetime=uses_datetime)
    methods = _method_context(catalog)
    helpers = _helpers_context(catalog)
    areas = sorted({m["area"] for m in methods} | {_HELPER_AREA})
    for flavor, face in _FLAVORS.items():
        area_entries = []
        for area in areas:
            prefix = _class_prefix(area)
            classes = [
                {"name": f"{prefix}Methods", "base": "SyncAPIClient", "prefix": "", "await": "", "index": 0,
                 "helper_version": "self.api_version",
                 "doc": f"The {area} methods of `Client`."},
                {"name": f"Async{prefix}Methods", "base": "AsyncAPIClient", "prefix": "async ", "await": "await ",
                 "index": 1, "helper_version": "await self.negotiate()",
                 "doc": f"The {area} methods of `AsyncClient`."},
            ]
            area_methods = [m for m in methods if m["area"] == area]
            area_helpers = helpers if area == _HELPER_AREA else []
            doc = (f"The `{area}` methods of both clients; results are {face['results']}."
                   if area != _HELPER_AREA else
                   "Body helpers of both clients (`create_host_config` & co.): keyword tables checked against "
                   "the client's API version.")
            template = env.get_template("area.py.j2")
            body = template.render(header="", doc="", imports="", classes=classes, methods=area_methods,
                                   helpers=area_helpers, flavor=flavor)
            text = template.render(header=HEADER, doc=doc, imports=_area_imports(body, flavor, face["up"]),
                                   classes=classes, methods=area_methods, helpers=area_helpers, flavor=flavor)
            files[face["package"] / "_api" / f"{area}.py"] = text
            area_entries.append({"module": area, "sync_class": classes[0]["name"], "async_class": classes[1]["name"]})
        files[face["package"] / "_api" / "__init__.py"] = (
            f"{HEADER}\n\"\"\"One module per catalog area; `Client` and `AsyncClient` combine them.\"\"\"\n")
        client_doc = ("`Client` and `AsyncClient`: every area's methods in one flat class, the same names and "
                      f"parameters in both; results are {face['results']}.")
        files[face["package"] / "_client.py"] = env.get_template("client.py.j2").render(
            header=HEADER, doc=client_doc, areas=area_entries, api_package="_api",
            sync_doc=face["sync_doc"], async_doc=face["async_doc"], plain=flavor == "classic")
    errors = sorted(re.findall(r"^class (\w+)\(", (PACKAGE / "_errors.py").read_text(), re.MULTILINE))
    files[PACKAGE / "classic" / "__init__.py"] = env.get_template("classic_init.py.j2").render(
        header=HEADER, errors=errors)
    files[PACKAGE / "_version.py"] = env.get_template("version.py.j2").render(
        header=HEADER, newest=catalog.newest, oldest=MIN_VERSION)
    files[PACKAGE / "_helpers.py"] = env.get_template("helpers.py.j2").render(
        header=HEADER, helpers=helpers)
    ocat = objects.load()
    objects.validate(ocat, {m["name"] for m in methods}, {h["name"] for h in helpers}, set(catalog.models),
                     {m["name"]: m["pos"] + m["kw"] for m in methods})
    faces = objects.render_context(ocat, methods, helpers, set(catalog.models))
    files.update(objects.render_files(env, HEADER, ocat, faces, PACKAGE, set(ocat.objects)))
    files.update(objects.render_pages(ocat, ROOT / "docs", HEADER))
    files[ROOT / "docs" / "api.md"] = env.get_template("api.md.j2").render(
        methods=methods, catalog=catalog, models=sorted(catalog.models), version=_version_text)
    return files


def _typeddict_context(catalog: Catalog, context: dict[str, Any]) -> dict[str, Any]:
    """The TypedDicts of classic/typeddicts.py, from the models' context (names, docs, aliases) already built."""
    classes = []
    for model in context["classes"]:
        specs = {f.wire: f for f in catalog.models[model["name"]].fields}
        fields = []
        for fld in model["fields"]:
            spec = specs[fld["wire"]]
            annotation = T.typeddict_annotation(spec.type, spec.enum, spec.nullable)
            fields.append({"wire": fld["wire"], "annotation": annotation, "doc": _docstring_safe(fld["doc"])})
        functional = any(not f["wire"].isidentifier() or keyword.iskeyword(f["wire"]) for f in fields)
        classes.append({"name": model["name"], "fields": fields, "doc": model["doc"], "functional": functional})
    return {"classes": classes, "aliases": context["aliases"]}


def _helpers_context(catalog: Catalog) -> list[dict[str, Any]]:
    model_names = set(catalog.models)
    out = []
    for helper in catalog.helpers:
        params = []
        # A positional keyword is required when it has no default and may not be None, or when a required
        # one follows it (Python allows no optional positional before a required one).
        required_names: set[str] = set()
        later_required = False
        for name in reversed(helper.positional):
            spec = next(p for p in helper.params if p.name == name)
            if spec.default is None and ("None" not in spec.type or later_required):
                required_names.add(name)
                later_required = True
        for p in helper.params:
            annotation = T.param_annotation(p.type, models=model_names)
            required = p.name in required_names
            if not required and p.default is None and "None" not in annotation and annotation != "Any":
                annotation += " | None"
            params.append({"name": p.name, "wire": p.wire, "annotation": annotation, "convert": p.convert,
                           "since": p.since, "until": p.until, "default": p.default, "required": required,
                           "positional": p.name in helper.positional, "advice": p.advice})
        params.sort(key=lambda p: (not p["positional"], helper.positional.index(p["name"]) if p["positional"] else 0))
        doc = catalog.method_docs.get(helper.name)
        documented = []
        for param in params:
            if param["name"] == "version":
                continue
            text = doc.params.get(param["name"], "") if doc else ""
            gate = {"default": param["default"], "has_default": not param["required"], "since": param["since"],
                    "until": param["until"], "advice": param["advice"]}
            documented.append({
                "name": param["name"],
                "text": docstrings.param_text(text, **gate) if text else "",
                "fallback": docstrings.param_text(f"sets `{param['wire']}`" if param["wire"] else "", **gate),
            })
        summary = helper.summary.strip() or helper.name
        raises = [("InvalidVersion", "a keyword given is not in the API version this client uses"),
                  ("InvalidArgument", "a value of the wrong type or form")]
        docs = {
            flavor: docstrings.method_docstring(
                summary=summary, doc=doc, endpoint="", params=documented,
                returns_type=helper.model if flavor == "typed" else f"dict ({helper.model} keys)",
                returns_note="", errors={}, raises_override=raises)
            for flavor in ("typed", "classic")
        }
        standalone = docstrings.method_docstring(
            summary=summary, doc=doc, endpoint="", params=documented, returns_type=helper.model, returns_note="",
            errors={}, raises_override=raises, indent=4)
        out.append({"name": helper.name, "model": helper.model, "summary": helper.summary.strip(), "params": params,
                    "documented": documented,
                    "finish": helper.finish, "docs": docs, "standalone_doc": standalone,
                    "has_version": any(p.name == "version" for p in helper.params),
                    "fields": [p for p in params if p["wire"]]})
    return out


def _format(files: dict[Path, str]) -> dict[Path, str]:
    """ruff-format the Python files (ruff is pinned in the dev extra, so the output is stable)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for target, text in files.items():
            if target.suffix != ".py":
                continue
            scratch = Path(tmp) / f"{len(paths)}_{target.name}"  # several areas share a file name
            scratch.write_text(text)
            paths[target] = scratch
        done = subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--line-length", "110", *map(str, paths.values())],
            cwd=tmp, capture_output=True, text=True,
        )
        if done.returncode != 0:
            raise SystemExit(f"ruff could not format the generated code:\n{done.stdout}{done.stderr}")
        return {target: (paths[target].read_text() if target in paths else text) for target, text in files.items()}


def main(args: argparse.Namespace | None = None) -> int:
    check = bool(getattr(args, "check", False))
    files = _format(render(load()))
    stale = []
    # a definition whose model left the catalog: removed (generate) or reported (--check)
    for path in sorted(set(MODEL_DEFS.glob("*.py")) - set(files)):
        stale.append(path)
        if not check:
            path.unlink()
    for path, text in sorted(files.items()):
        current = path.read_text() if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if check:
            diff = difflib.unified_diff((current or "").splitlines(), text.splitlines(), str(path), "regenerated",
                                        lineterm="", n=1)
            print("\n".join(list(diff)[:40]))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    rel = [str(p.relative_to(ROOT)) for p in stale]
    if check:
        if stale:
            print(f"generated files are stale: {', '.join(rel)}; run `python -m codegen generate`", file=sys.stderr)
            return 1
        print(f"generated files are current ({len(files)} files)")
        return 0
    print(f"wrote {len(rel)} file(s): {', '.join(rel) or 'none changed'}")
    return 0
