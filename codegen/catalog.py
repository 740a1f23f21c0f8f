"""Load spec/ (imported facts + hand-written api/), merge them, and validate the result.

Every error names the file, the entry and what is wrong, so a maintainer can fix the catalog
without reading the generator.
"""

from __future__ import annotations

import argparse
import ast
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import yamlfile

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"
MIN_VERSION = (1, 24)
LOCATIONS = {"path", "query", "header", "body-field", "body", "control", "filter", "helper"}
RETURN_KINDS = {
    "model", "list", "none", "bool", "text", "bytes", "json", "scalar", "json_progress", "json_lines",
    "multiplexed", "raw_stream", "tar_with_stat", "hijack", "stat",
}
ERROR_NAMES = {"ok", "APIError", "NotFound", "ImageNotFound", "Conflict", "NotModified"}


# Keys the loader reads, per kind of entry ("note" is a comment wherever it stands). Anything else is
# refused, so that a misspelt key fails loudly instead of being ignored.
_KEYS = {
    "operation": {"method", "summary", "positional", "params", "extra", "returns", "errors", "prepare", "hook",
                  "stream_timeout", "unversioned", "content_type", "deprecated", "body", "since", "untested", "note"},
    "param": {"name", "type", "default", "convert", "hide", "hidden", "value", "fixed", "json", "advice",
              "auth_from", "auth_required", "config_default", "send_default", "since", "until", "implied", "note"},
    "extra": {"name", "in", "wire", "key", "type", "default", "since", "until", "convert", "json", "advice",
              "value", "auth_from", "auth_required", "send_default", "helper", "content_type", "sets", "required", "note"},
    "returns": {"kind", "model", "pick", "default", "tty_probe", "stat_header", "header", "adapter", "type",
                "raw_if", "protocol", "tty_from", "tty_field", "live_field", "backlog_if", "stream_error", "note"},
    "body": {"name", "type", "default", "convert", "note"},
    "composite": {"method", "uses", "summary", "positional", "params", "returns", "errors", "raises",
                  "deprecated", "note"},
    "helper": {"model", "summary", "positional", "params", "finish", "note"},
    "helper_param": {"name", "field", "type", "convert", "default", "since", "until", "advice", "note"},
}


def _check_keys(raw: Any, kind: str, where: str, entry: str) -> None:
    if isinstance(raw, dict):
        unknown = sorted(set(raw) - _KEYS[kind])
        if unknown:
            raise CatalogError(where, entry, f"unknown {kind} key(s) {unknown} (see spec/README.md)")


class CatalogError(Exception):
    def __init__(self, where: str, entry: str, message: str) -> None:
        super().__init__(f"{where}: {entry}: {message}")


def parse_version(text: Any, where: str, entry: str) -> tuple[int, int] | None:
    if text is None:
        return None
    match = re.fullmatch(r"1\.(\d+)", str(text))
    if not match:
        raise CatalogError(where, entry, f"version {text!r} is not of the form 1.NN")
    return (1, int(match.group(1)))


# Acronyms a plain CamelCase split would cut into letters (`ExecIDs` -> `exec_i_ds`): rewritten as one
# word first, so they read `exec_ids`, `enable_ipv6`, `io_maximum_iops`, `selinux_context`.
_ACRONYMS = re.compile(r"IPv(?=[46])|SELinux|IOps|[A-Z]{2,}s(?=[A-Z]|$)")


def snake(name: str) -> str:
    name = name.replace("-", "_").replace(".", "_")
    name = _ACRONYMS.sub(lambda m: m.group(0).capitalize(), name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = name.lower()
    if keyword.iskeyword(name):
        name += "_"
    return name


@dataclass
class FieldSpec:
    wire: str
    type: str
    enum: list[str] | None = None
    nullable: bool = False
    required: bool = False
    since: tuple[int, int] | None = None
    until: tuple[int, int] | None = None


@dataclass
class ModelSpec:
    name: str
    fields: list[FieldSpec] = field(default_factory=list)
    alias: str | None = None  # a named type that is not a class
    enum: list[str] | None = None
    source: str = ""


@dataclass
class ParamSpec:
    name: str
    wire: str
    location: str
    type: str
    required: bool = False
    default: Any = None
    since: tuple[int, int] | None = None
    until: tuple[int, int] | None = None
    convert: str | None = None
    json: bool = False
    constant: bool = False
    value: Any = None
    advice: str | None = None
    implied: Any = None  # past `until`, the value the daemon acts on anyway: given then, it is not sent, not refused
    auth_from: str | None = None
    auth_required: bool = False  # with auth_from: no credentials found sends an empty auth document
    config_default: str | None = None  # a key of the client config file whose value is sent when none is given
    model: str | None = None
    send_default: bool = True
    helper: str | None = None  # location "helper": the body helper that builds the field from such params
    version_alias: bool = False  # another parameter of the same name serves the other API versions
    sets: dict[str, Any] | None = None  # when true, these other keywords take these values (`latest` → limit=1)
    empty: Any = None  # a whole body sent when the caller gives none (a mutable default in the catalog)
    content_type: str | None = None


@dataclass
class ReturnsSpec:
    kind: str
    model: str | None = None
    pick: str | None = None
    pick_default: Any = None
    tty_probe: str | None = None
    stat_header: str | None = None
    raw_if: str | None = None  # when this argument is true the body is returned as bytes, unparsed
    protocol: str | None = None  # kind hijack: "websocket" upgrades with a WebSocket handshake (else raw tcp)
    tty_from: str | None = None  # multiplexed: "sniff" decides raw (TTY) or framed from the first bytes
    tty_field: str | None = None  # with tty_probe: the dotted path of the TTY flag in the probe's answer
    live_field: str | None = None  # with tty_probe: the flag in its answer that says the output can still grow
    backlog_if: str | None = None  # with live_field: an argument that, true and collected, asks for the backlog only
    stream_error: str | None = None  # json_progress: the error class an error inside the collected output raises
    adapter: str | None = None
    type: str | None = None  # an explicit annotation


@dataclass
class MethodSpec:
    name: str
    op_id: str
    area: str
    verb: str
    path: str
    since: tuple[int, int]
    until: tuple[int, int] | None
    summary: str
    params: list[ParamSpec]
    positional: list[str]
    returns: ReturnsSpec
    errors: dict[int, str]
    content_type: str | None = None
    deprecated: bool = False
    prepare: str | None = None
    stream_timeout: bool = False
    unversioned: bool = False  # sent without the /vX.Y prefix
    hook: str | None = None  # a named after-call hook (`remember_credentials`)
    untested: str | None = None  # why no integration test calls this method (shown by `codegen coverage`)


@dataclass
class CompositeSpec:
    name: str
    area: str
    summary: str
    params: list[ParamSpec]
    positional: list[str]
    returns: ReturnsSpec
    uses: list[str]
    deprecated: bool = False


@dataclass
class HelperSpec:
    name: str
    model: str
    summary: str
    params: list[ParamSpec]
    positional: list[str] = field(default_factory=list)
    finish: str | None = None  # a named function in _preparers that completes the body (`attach_body_defaults`)


@dataclass
class MethodDoc:
    """The prose of one method (spec/api/docs/): the generator adds defaults, gates, types and errors."""

    summary: str
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)
    returns: str = ""
    example: str = ""
    source: str = ""


@dataclass
class ModelDoc:
    """What a model and each of its fields (by wire name) stand for (spec/fields/)."""

    description: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    source: str = ""


@dataclass
class Catalog:
    newest: tuple[int, int]
    models: dict[str, ModelSpec]
    methods: list[MethodSpec]
    composites: list[CompositeSpec]
    helpers: list[HelperSpec]
    operations: dict[str, dict[str, Any]]
    method_docs: dict[str, MethodDoc] = field(default_factory=dict)
    model_docs: dict[str, ModelDoc] = field(default_factory=dict)


def _read(path: Path) -> Any:
    """A spec file's mapping; a YAML syntax error is one `file:line:col: message` line (InputError)."""
    return yamlfile.load(str(path), loader=yaml.SafeLoader)


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def _load_models(path: Path, models: dict[str, ModelSpec]) -> None:
    where = _rel(path)
    for name, body in (_read(path).get("models") or {}).items():
        if name in models:
            raise CatalogError(where, name, "model defined twice")
        model = ModelSpec(name=name, source=where)
        base = body.get("extends")
        if base is not None:
            if base not in models:
                raise CatalogError(where, name, f"extends unknown model {base!r}")
            known = {raw["wire"] for raw in body.get("fields") or []}
            model.fields.extend(f for f in models[base].fields if f.wire not in known)
        if "type" in body and "fields" not in body:
            model.alias = str(body["type"])
            model.enum = body.get("enum")
        for raw in body.get("fields") or []:
            model.fields.append(
                FieldSpec(
                    wire=raw["wire"],
                    type=str(raw.get("type", "any")),
                    enum=raw.get("enum"),
                    nullable=bool(raw.get("nullable", False)),
                    required=bool(raw.get("required", False)),
                    since=parse_version(raw.get("since"), where, f"{name}.{raw['wire']}"),
                    until=parse_version(raw.get("until"), where, f"{name}.{raw['wire']}"),
                )
            )
        models[name] = model


def _returns(raw: dict[str, Any] | None, where: str, entry: str) -> ReturnsSpec:
    raw = raw or {"kind": "none"}
    kind = raw.get("kind", "none")
    if kind not in RETURN_KINDS:
        raise CatalogError(where, entry, f"unknown return kind {kind!r} (one of {sorted(RETURN_KINDS)})")
    return ReturnsSpec(
        kind=kind, model=raw.get("model"), pick=raw.get("pick"), pick_default=raw.get("default"),
        tty_probe=raw.get("tty_probe"), stat_header=raw.get("stat_header", raw.get("header")),
        raw_if=raw.get("raw_if"), protocol=raw.get("protocol"), tty_from=raw.get("tty_from"),
        tty_field=raw.get("tty_field"), live_field=raw.get("live_field"), adapter=raw.get("adapter"),
        backlog_if=raw.get("backlog_if"), stream_error=raw.get("stream_error"),
        type=raw.get("type"),
    )


def _extra_param(raw: dict[str, Any], where: str, entry: str) -> ParamSpec:
    location = raw.get("in", "control")
    if location not in LOCATIONS:
        raise CatalogError(where, entry, f"parameter {raw.get('name')!r}: unknown location {location!r}")
    wire = raw.get("key") if location == "filter" else raw.get("wire", raw["name"])
    return ParamSpec(
        name=raw["name"], wire=wire or raw["name"], location=location, type=str(raw.get("type", "any")),
        helper=raw.get("helper"), content_type=raw.get("content_type"), sets=raw.get("sets"),
        default=raw.get("default"), since=parse_version(raw.get("since"), where, entry),
        until=parse_version(raw.get("until"), where, entry), convert=raw.get("convert"),
        json=bool(raw.get("json", False)), advice=raw.get("advice"), required=bool(raw.get("required", False)),
        constant="value" in raw, value=raw.get("value"), auth_from=raw.get("auth_from"),
        auth_required=bool(raw.get("auth_required", False)),
        send_default=bool(raw.get("send_default", True)),
    )


def _mark_version_aliases(params: list[ParamSpec]) -> None:
    """One Python keyword may stand for wire names that follow each other in time (`name` → `remote`)."""
    for i, first in enumerate(params):
        for second in params[i + 1:]:
            if first.name != second.name or first.constant or second.constant:
                continue
            a = (first.since or MIN_VERSION, first.until or (99, 0))
            b = (second.since or MIN_VERSION, second.until or (99, 0))
            if a[1] <= b[0] or b[1] <= a[0]:
                first.version_alias = second.version_alias = True


def _normalise(over: dict[str, Any]) -> dict[str, Any]:
    """Accept the spelled-out synonyms `hidden:` and `fixed:` for `hide:` and `value:`."""
    over = dict(over)
    if "hidden" in over:
        over["hide"] = over.pop("hidden")
    if "fixed" in over:
        over["value"] = over.pop("fixed")
    return over


def _helper_target(param: ParamSpec, op: dict[str, Any], overrides: dict[str, Any], hand: dict[str, Any],
                   models: dict[str, ModelSpec], where: str, entry: str) -> str:
    """The body field a `helper` parameter builds: the hidden body field of the helper's model type."""
    helper_models = _HELPER_MODELS.get(param.helper or "")
    for raw in op.get("params") or []:
        matches = raw["in"] == "body-field" and (helper_models is None or raw.get("type") == helper_models)
        if matches and _normalise(overrides.get(raw["wire"]) or {}).get("hide"):
            return str(raw["wire"])
    raise CatalogError(where, entry, f"parameter {param.name!r}: no hidden body field for helper {param.helper!r}")


_HELPER_MODELS: dict[str, str] = {}


def _method(op_id: str, area: str, op: dict[str, Any], hand: dict[str, Any], where: str,
            models: dict[str, ModelSpec]) -> MethodSpec:
    entry = f"{op_id} ({hand.get('method', '?')})"
    _check_keys(hand, "operation", where, entry)
    _check_keys(hand.get("returns"), "returns", where, entry)
    _check_keys(hand.get("body"), "body", where, entry)
    for raw_extra in hand.get("extra") or []:
        _check_keys(raw_extra, "extra", where, f"{entry}.{raw_extra.get('name', '?')}")
    overrides: dict[str, Any] = hand.get("params") or {}
    for wire_name, over_raw in overrides.items():
        _check_keys(over_raw, "param", where, f"{entry}.{wire_name}")
    known_wires = {p["wire"] for p in op.get("params") or []}
    body = op.get("body") or {}
    if body.get("type") is not None or (body and not body.get("model")):
        known_wires.add("body")
    for wire in overrides:
        if wire not in known_wires:
            raise CatalogError(where, entry, f"params: {wire!r} is not a parameter of {op_id}")
    params: list[ParamSpec] = []
    whole_body = hand.get("body")  # the body as one parameter instead of one per field
    for raw in op.get("params") or []:
        over = _normalise(overrides.get(raw["wire"]) or {})
        if over.get("hide") or (whole_body and raw["in"] == "body-field" and raw["wire"] not in overrides):
            continue
        model_name = raw["type"] if raw["type"] in models and models[raw["type"]].alias is None else None
        param = ParamSpec(
            name=over.get("name", snake(raw["wire"])),
            wire=raw["wire"],
            location=raw["in"],
            type=str(over.get("type", raw.get("type", "any"))),
            required=bool(raw.get("required", False)) if "default" not in over else False,
            default=over.get("default"),
            since=parse_version(over.get("since", raw.get("since")), where, entry),
            until=parse_version(over.get("until", raw.get("until")), where, entry),
            convert=over.get("convert"),
            json=bool(over.get("json", raw.get("json", False))),
            constant="value" in over,
            value=over.get("value"),
            advice=over.get("advice"),
            implied=over.get("implied"),
            auth_from=over.get("auth_from"),
            auth_required=bool(over.get("auth_required", False)),
            config_default=over.get("config_default"),
            model=model_name,
            send_default=bool(over.get("send_default", True)),
        )
        if param.since is not None and param.since <= MIN_VERSION:
            param.since = None
        params.append(param)
    extra_body = any(raw.get("in") == "body" for raw in hand.get("extra") or []) or bool(whole_body)
    if body and not extra_body and (body.get("type") is not None or not body.get("model")):
        over = _normalise(overrides.get("body") or {})
        if not over.get("hide"):
            params.append(ParamSpec(
                name=over.get("name", "data"), wire="body", location="body",
                type=str(over.get("type", body.get("type", "bytes"))), required=bool(body.get("required")),
                default=over.get("default"), convert=over.get("convert"),
            ))
    if whole_body:
        body_model = body.get("model")
        default = whole_body.get("default")
        params.append(ParamSpec(
            name=whole_body.get("name", "data"), wire="body", location="body",
            type=str(whole_body.get("type", body_model or "any")), required=bool(body.get("required")),
            default=None if isinstance(default, (dict, list)) else default,
            empty=default if isinstance(default, (dict, list)) else None, convert=whole_body.get("convert"),
            model=body_model if body_model in models and models[body_model].alias is None else None,
        ))
    for raw in hand.get("extra") or []:
        params.append(_extra_param(raw, where, entry))
    for param in params:
        if isinstance(param.default, (dict, list)):
            raise CatalogError(where, f"{entry}.{param.name}", "a mutable default ({} or []) would be shared "
                               "between calls: use null (and, for a whole body, the body's `default:`)")
        if param.location == "helper":
            target = _helper_target(param, op, overrides, hand, models, where, entry)
            param.wire = target
    _mark_version_aliases(params)
    names = [p.name for p in params if not p.constant]
    duplicates = {n for n in names if names.count(n) > 1
                  and not all(p.version_alias for p in params if p.name == n)}
    if duplicates:
        raise CatalogError(where, entry, f"duplicate parameter names {sorted(duplicates)}")
    for param in params:
        if param.location == "path" and param.constant is False and not param.name:
            raise CatalogError(where, entry, f"path parameter {param.wire} has no value source")
    path_wires = set(re.findall(r"{(\w+)}", op["path"]))
    given = {p.wire for p in params if p.location == "path"}
    if path_wires - given:
        raise CatalogError(where, entry, f"path parameter(s) {sorted(path_wires - given)} have no value source")
    positional = list(hand.get("positional") or [p.name for p in params if p.location == "path"])
    for name in positional:
        if name not in names:
            raise CatalogError(where, entry, f"positional: {name!r} is not a parameter")
    errors = {int(code): str(name) for code, name in (hand.get("errors") or {}).items()}
    for code, name in errors.items():
        if name not in ERROR_NAMES:
            raise CatalogError(where, entry, f"errors: {code}: unknown error {name!r}")
    stream_error = (hand.get("returns") or {}).get("stream_error") if isinstance(hand.get("returns"), dict) else None
    if stream_error is not None and stream_error not in ("StreamError", "BuildError"):
        raise CatalogError(where, entry, f"returns.stream_error: {stream_error!r} is not StreamError or BuildError")
    content_type = body.get("content_type") if body else None
    for param in params:
        if param.location == "body" and param.content_type:
            content_type = param.content_type
    if content_type is None and (op.get("consumes") or []):
        content_type = op["consumes"][0]
    return MethodSpec(
        name=hand["method"],
        op_id=op_id,
        area=area,
        verb=op["verb"],
        path=op["path"],
        since=parse_version(hand.get("since", op.get("since")), where, entry) or MIN_VERSION,
        until=parse_version(op.get("until"), where, entry),
        summary=str(hand.get("summary") or op_id),
        params=params,
        positional=positional,
        returns=_returns(hand.get("returns"), where, entry),
        errors=errors,
        content_type=hand.get("content_type", content_type),
        deprecated=bool(hand.get("deprecated", op.get("deprecated", False))),
        prepare=hand.get("prepare"),
        stream_timeout=bool(hand.get("stream_timeout", False)),
        unversioned=bool(hand.get("unversioned", False)),
        hook=hand.get("hook"),
        untested=hand.get("untested"),
    )


def _default_hand(op_id: str, op: dict[str, Any]) -> dict[str, Any]:
    """What a method gets when api/ says nothing about its operation."""
    response = op.get("response") or {}
    rtype = response.get("type")
    if not rtype:
        returns = {"kind": "none"}
    elif rtype.startswith("list[") and rtype[5:-1][:1].isupper():
        returns = {"kind": "list", "model": rtype[5:-1]}
    elif rtype[:1].isupper():
        returns = {"kind": "model", "model": rtype}
    elif rtype == "bytes":
        returns = {"kind": "bytes"}
    else:
        returns = {"kind": "json"}
    return {"method": snake(op_id), "returns": returns}


def load(spec_dir: Path = SPEC) -> Catalog:
    models: dict[str, ModelSpec] = {}
    imported = spec_dir / "imported"
    _load_models(imported / "models.yaml", models)
    declared_newest = parse_version(_read(imported / "models.yaml").get("newest"), "spec/imported/models.yaml", "newest")
    messages = spec_dir / "api" / "messages.yaml"
    if messages.exists():
        _load_models(messages, models)
    operations: dict[str, dict[str, Any]] = {}
    areas: dict[str, str] = {}
    newest = MIN_VERSION
    for path in sorted((imported / "operations").glob("*.yaml")):
        data = _read(path)
        newest_text = data.get("newest")
        if newest_text:
            newest = max(newest, parse_version(newest_text, _rel(path), "newest") or MIN_VERSION)
        for op_id, op in (data.get("operations") or {}).items():
            if op_id in operations:
                raise CatalogError(_rel(path), op_id, "operation defined twice")
            operations[op_id] = op
            areas[op_id] = path.stem
            for key in ("since", "until"):
                if op.get(key) is not None:
                    newest = max(newest, parse_version(op[key], _rel(path), op_id) or MIN_VERSION)
            for param in op.get("params") or []:
                for key in ("since", "until"):
                    if param.get(key) is not None:
                        newest = max(newest, parse_version(param[key], _rel(path), op_id) or MIN_VERSION)
    if declared_newest is not None:
        newest = max(newest, declared_newest)
    hand_ops: dict[str, list[tuple[dict[str, Any], str]]] = {}
    composites: list[CompositeSpec] = []
    for path in sorted((spec_dir / "api").glob("*.yaml")):
        if path.name in ("messages.yaml", "helpers.yaml"):
            continue
        where = _rel(path)
        data = _read(path)
        for op_id, hand in (data.get("operations") or {}).items():
            if op_id not in operations:
                raise CatalogError(where, op_id, "no such operation in spec/imported")
            entries = hand.get("methods") if isinstance(hand, dict) and "methods" in hand else [hand]
            hand_ops.setdefault(op_id, []).extend((entry, where) for entry in entries)
        for raw in data.get("composites") or []:
            entry = raw.get("method", "?")
            _check_keys(raw, "composite", where, entry)
            _check_keys(raw.get("returns"), "returns", where, entry)
            for raw_param in raw.get("params") or []:
                _check_keys(raw_param, "extra", where, f"{entry}.{raw_param.get('name', '?')}")
            params = [_extra_param({"in": "control", "required": "default" not in p, **p}, where, entry)
                      for p in raw.get("params") or []]
            composites.append(CompositeSpec(
                name=raw["method"], area=path.stem, summary=str(raw.get("summary", "")), params=params,
                positional=list(raw.get("positional") or []),
                returns=_returns(raw["returns"] if isinstance(raw.get("returns"), dict)
                                 else {"kind": "json", "type": raw.get("returns", "Any")}, where, entry),
                uses=list(raw.get("uses") or []), deprecated=bool(raw.get("deprecated", False)),
            ))
    helper_file = spec_dir / "api" / "helpers.yaml"
    if helper_file.exists():
        for name, raw in (_read(helper_file).get("helpers") or {}).items():
            _HELPER_MODELS[name] = raw["model"]
    methods: list[MethodSpec] = []
    problems: list[str] = []
    for op_id in sorted(operations):
        op = operations[op_id]
        for hand, where in hand_ops.get(op_id) or [(_default_hand(op_id, op), "spec/api (default)")]:
            try:
                methods.append(_method(op_id, areas[op_id], op, hand, where, models))
            except CatalogError as exc:
                problems.append(str(exc))
    if problems:
        raise CatalogError("spec/", f"{len(problems)} problem(s)", "\n  " + "\n  ".join(problems))
    helpers: list[HelperSpec] = []
    if helper_file.exists():
        where = _rel(helper_file)
        for name, raw in (_read(helper_file).get("helpers") or {}).items():
            _check_keys(raw, "helper", where, name)
            for raw_param in raw.get("params") or []:
                _check_keys(raw_param, "helper_param", where, f"{name}.{raw_param.get('name', '?')}")
            if raw["model"] not in models:
                raise CatalogError(where, name, f"unknown model {raw['model']!r}")
            params = []
            for p in raw.get("params") or []:
                params.append(ParamSpec(
                    name=p["name"], wire=p.get("field") or "", location="body-field", advice=p.get("advice"),
                    type=str(p.get("type", "any")), default=p.get("default"), convert=p.get("convert"),
                    since=parse_version(p.get("since"), where, name), until=parse_version(p.get("until"), where, name),
                ))
            helpers.append(HelperSpec(name=name, model=raw["model"], summary=str(raw.get("summary", "")), params=params,
                                      positional=list(raw.get("positional") or []), finish=raw.get("finish")))
    catalog = Catalog(newest=newest, models=models, methods=methods, composites=composites, helpers=helpers,
                      operations=operations)
    validate(catalog)
    _load_docs(spec_dir, catalog)  # after validate: an endpoint problem is reported before stale prose
    return catalog


_DOC_KEYS = {"summary", "description", "params", "returns", "example"}


def _load_docs(spec_dir: Path, catalog: Catalog) -> None:
    """Read the prose: method docs from spec/api/docs/*.yaml, model and field docs from spec/fields/*.yaml.

    Each text is written once; a name the catalog does not have is refused (a renamed parameter or a
    removed field must not leave stale prose behind).
    """
    params: dict[str, set[str]] = {}
    for method in catalog.methods:
        params.setdefault(method.name, set()).update(p.name for p in method.params if not p.constant)
    for composite in catalog.composites:
        params.setdefault(composite.name, set()).update(p.name for p in composite.params)
    for helper in catalog.helpers:
        params.setdefault(helper.name, set()).update(p.name for p in helper.params if p.name != "version")
    for path in sorted((spec_dir / "api" / "docs").glob("*.yaml")):
        where = _rel(path)
        for name, raw in ((_read(path).get("methods")) or {}).items():
            if name not in params:
                raise CatalogError(where, name, "no method of this name")
            if not isinstance(raw, dict) or set(raw) - _DOC_KEYS:
                raise CatalogError(where, name, f"expected only the keys {sorted(_DOC_KEYS)}")
            if name in catalog.method_docs:
                raise CatalogError(where, name, f"documented twice (also in {catalog.method_docs[name].source})")
            given = dict(raw.get("params") or {})
            for param in given:
                if param not in params[name]:
                    raise CatalogError(where, f"{name}.{param}", "no such parameter")
            example = str(raw.get("example") or "")
            try:
                ast.parse(example)
            except SyntaxError as exc:
                raise CatalogError(where, f"{name}.example", f"does not parse as Python: {exc.msg} (line {exc.lineno})") from None
            catalog.method_docs[name] = MethodDoc(
                summary=_prose(raw.get("summary")), description=_prose(raw.get("description")),
                params={key: _prose(text) for key, text in given.items()}, returns=_prose(raw.get("returns")),
                example=str(raw.get("example") or "").strip("\n"), source=where,
            )
    for path in sorted((spec_dir / "fields").glob("*.yaml")):
        where = _rel(path)
        for name, raw in (_read(path) or {}).items():
            model = catalog.models.get(name)
            if model is None:
                raise CatalogError(where, name, "no model of this name")
            if not isinstance(raw, dict) or set(raw) - {"description", "fields"}:
                raise CatalogError(where, name, "expected only the keys ['description', 'fields']")
            if name in catalog.model_docs:
                raise CatalogError(where, name, f"documented twice (also in {catalog.model_docs[name].source})")
            wires = {f.wire for f in model.fields}
            given = dict(raw.get("fields") or {})
            for wire in given:
                if wire not in wires:
                    raise CatalogError(where, f"{name}.{wire}", "no such field")
            catalog.model_docs[name] = ModelDoc(
                description=_prose(raw.get("description")),
                fields={key: _prose(text) for key, text in given.items()}, source=where,
            )


def _prose(text: Any) -> str:
    """One paragraph: YAML folding and stray whitespace removed."""
    return " ".join(str(text or "").split())


PACKAGE = ROOT / "generated" / "dockerapi"


def _defined_functions(module: str) -> set[str]:
    """Top-level function names of a hand-written runtime module (read, not imported)."""
    import ast

    tree = ast.parse((PACKAGE / f"{module}.py").read_text())
    return {node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def _check_named_hooks(catalog: Catalog, problems: list[str]) -> None:
    converters = _defined_functions("_convert")
    adapters = _defined_functions("_adapters")
    preparers = _defined_functions("_preparers")
    composites = _defined_functions("_lib")
    helpers = {h.name for h in catalog.helpers}
    for method in catalog.methods:
        where = f"spec/api/{method.area}.yaml"
        for param in method.params:
            if param.convert and param.convert not in converters:
                problems.append(str(CatalogError(where, f"{method.op_id}.{param.name}",
                                                 f"unknown converter {param.convert!r} (not in _convert.py)")))
            if param.helper and param.helper not in helpers:
                problems.append(str(CatalogError(where, f"{method.op_id}.{param.name}", f"unknown helper {param.helper!r}")))
        if method.returns.adapter and method.returns.adapter not in adapters:
            problems.append(str(CatalogError(where, method.op_id, f"unknown adapter {method.returns.adapter!r}")))
        if method.hook and method.hook not in adapters:
            problems.append(str(CatalogError(where, method.op_id, f"unknown hook {method.hook!r} (not in _adapters.py)")))
        if method.prepare and method.prepare not in preparers:
            problems.append(str(CatalogError(where, method.op_id, f"unknown preparer {method.prepare!r}")))
    for helper in catalog.helpers:
        if helper.finish and helper.finish not in preparers:
            problems.append(str(CatalogError("spec/api/helpers.yaml", helper.name, f"unknown finish {helper.finish!r}")))
    for composite in catalog.composites:
        if composite.name not in composites:
            problems.append(str(CatalogError(f"spec/api/{composite.area}.yaml", composite.name,
                                             "composite without a plan in _lib.py")))


def validate(catalog: Catalog) -> None:
    problems: list[str] = []
    _check_named_hooks(catalog, problems)
    seen: dict[str, str] = {}
    for method in catalog.methods:
        where = f"spec/api/{method.area}.yaml"
        if method.name in seen:
            problems.append(str(CatalogError(where, method.op_id, f"method name {method.name!r} is also used by {seen[method.name]}")))
        seen[method.name] = method.op_id
        for version in (method.since, method.until):
            if version is not None and not (MIN_VERSION <= version <= catalog.newest):
                problems.append(str(CatalogError(where, method.op_id, f"gate {version} outside 1.24-1.{catalog.newest[1]}")))
        for param in method.params:
            for version in (param.since, param.until):
                if version is not None and not (MIN_VERSION <= version <= catalog.newest):
                    problems.append(str(CatalogError(where, f"{method.op_id}.{param.name}",
                                       f"gate 1.{version[1]} outside 1.24-1.{catalog.newest[1]}")))
        if method.returns.model and method.returns.model not in catalog.models:
            problems.append(str(CatalogError(where, method.op_id, f"unknown model {method.returns.model!r}")))
        if method.returns.tty_probe and not method.returns.tty_field:
            problems.append(str(CatalogError(where, method.op_id, "tty_probe needs tty_field (where its answer says TTY)")))
        if method.returns.live_field and not method.returns.tty_probe:
            problems.append(str(CatalogError(where, method.op_id, "live_field needs tty_probe (the answer it is read from)")))
        if method.returns.backlog_if and not method.returns.live_field:
            problems.append(str(CatalogError(where, method.op_id, "backlog_if needs live_field (the probe made first)")))
        if method.returns.kind in ("stat", "tar_with_stat") and not method.returns.stat_header:
            problems.append(str(CatalogError(where, method.op_id, f"returns {method.returns.kind} needs header")))
        if method.returns.tty_probe and method.returns.tty_probe not in catalog.operations:
            problems.append(str(CatalogError(where, method.op_id, f"tty_probe: unknown operation {method.returns.tty_probe!r}")))
    for composite in catalog.composites:
        if composite.name in seen:
            problems.append(str(CatalogError(f"spec/api/{composite.area}.yaml", composite.name, "method name used twice")))
        seen[composite.name] = "composite"
    for model in catalog.models.values():
        for fld in model.fields:
            for name in _type_names(fld.type):
                if name not in catalog.models:
                    problems.append(str(CatalogError(model.source, f"{model.name}.{fld.wire}", f"unknown model reference {name!r}")))
    if problems:
        raise CatalogError("spec/", f"{len(problems)} problem(s)", "\n  " + "\n  ".join(problems))


_BUILTIN_TYPES = {"str", "int", "float", "bool", "bytes", "any", "list", "dict", "None", "timestamp", "Any", "datetime"}


def _type_names(type_text: str) -> list[str]:
    return [word for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", type_text) if word not in _BUILTIN_TYPES]


def main(args: argparse.Namespace | None = None) -> int:
    catalog = load()  # CatalogError / InputError: `python -m codegen` prints the message, exit status 2
    print(
        f"catalog OK: {len(catalog.operations)} operations, {len(catalog.methods)} methods, "
        f"{len(catalog.composites)} composites, {len(catalog.models)} models, newest API 1.{catalog.newest[1]}"
    )
    return 0
