"""Loading the Engine API swagger files and normalising their schemas.

Only the standard library and PyYAML are used.  A "version" is a string such
as "1.41"; :func:`load_folder` returns the swagger documents of a folder in
ascending version order.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from .. import yamlfile
from ..yamlfile import InputError

VERBS = ("get", "head", "post", "put", "delete", "patch")
_FILE_RE = re.compile(r"^v(\d+)\.(\d+)\.ya?ml$")


def version_key(v: str) -> tuple[int, int]:
    major, minor = v.split(".")
    return int(major), int(minor)


def norm_path(path: str) -> str:
    """`/containers/{id}/json` -> `/containers/{}/json` (path parameter names vary)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def op_key(verb: str, path: str) -> str:
    return f"{verb.upper()} {norm_path(path)}"


@dataclass
class Operation:
    key: str            # "GET /containers/{}/json": stable across versions
    op_id: str
    verb: str           # upper case
    path: str           # as written in this version
    tag: str
    raw: dict


@dataclass
class Swagger:
    version: str
    doc: dict
    definitions: dict = field(default_factory=dict)
    operations: dict = field(default_factory=dict)  # key -> Operation

    # -- schema helpers -------------------------------------------------
    def ref_name(self, schema: dict) -> str | None:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if ref and ref.startswith("#/definitions/"):
            return ref[len("#/definitions/"):]
        return None

    def resolve(self, schema: dict) -> tuple[str | None, dict]:
        """Follow `$ref` (and a one-element `allOf: [$ref]`) to the definition.

        Returns (definition name or None, schema).  A missing target yields {}.
        """
        name = None
        seen = set()
        while isinstance(schema, dict):
            r = self.ref_name(schema)
            if r is None:
                parts = schema.get("allOf")
                if parts and len(parts) == 1 and not schema.get("properties"):
                    schema = parts[0]
                    continue
                break
            if r in seen:
                break
            seen.add(r)
            name = r
            schema = self.definitions.get(r, {})
        return name, schema if isinstance(schema, dict) else {}

    def merged(self, schema: dict) -> dict:
        """A schema with `$ref` resolved and `allOf` parts merged into one object schema."""
        _, schema = self.resolve(schema)
        if "allOf" not in schema:
            return schema
        out: dict = {}
        props: dict = {}
        required: list = []
        for part in list(schema["allOf"]) + [{k: v for k, v in schema.items() if k != "allOf"}]:
            part = self.merged(part)
            for k, v in part.items():
                if k == "properties":
                    for pk, pv in v.items():
                        props.setdefault(pk, pv)
                elif k == "required":
                    required += [r for r in v if r not in required]
                else:
                    out.setdefault(k, v)
        if props:
            out["properties"] = props
            out.setdefault("type", "object")
        if required:
            out["required"] = required
        return out


_DEFINITIONS = "#/definitions/"


def dangling_refs(doc: dict) -> list[tuple[tuple, str]]:
    """[(where, ref)] of every `$ref` that names no definition of *doc* (or points outside it)."""
    names = set(doc.get("definitions") or {})
    out: list[tuple[tuple, str]] = []
    stack: list[tuple[tuple, object]] = [((), doc)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not (ref.startswith(_DEFINITIONS) and ref[len(_DEFINITIONS):] in names):
                out.append((where + ("$ref",), ref))
            stack.extend((where + (k,), v) for k, v in node.items() if k != "$ref")
        elif isinstance(node, list):
            stack.extend((where + (i,), v) for i, v in enumerate(node))
    return sorted(out, key=lambda t: [str(k) for k in t[0]])


def check(doc, path: str) -> None:
    """Refuse what the importer cannot read faithfully, naming the file and the place."""
    if not isinstance(doc.get("paths"), dict):
        raise InputError(path, "no `paths:` mapping (is this a Swagger 2.0 file of the Engine API?)", 1, 1)
    bad = dangling_refs(doc)
    if bad:
        where, ref = bad[0]
        line, column = yamlfile.position(path, where)
        more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
        what = "names no definition" if ref.startswith(_DEFINITIONS) else "is not a local #/definitions/ reference"
        raise InputError(path, f"$ref {ref!r} at {'.'.join(map(str, where[:-1]))} {what}{more}", line, column)


def load_file(path: str, version: str) -> Swagger:
    doc = yamlfile.load(path)
    check(doc, path)
    sw = Swagger(version=version, doc=doc, definitions=doc.get("definitions") or {})
    for path_, item in (doc.get("paths") or {}).items():
        shared = item.get("parameters") or []
        for verb, raw in item.items():
            if verb not in VERBS:
                continue
            if shared:
                raw = dict(raw)
                names = {(p.get("in"), p.get("name")) for p in raw.get("parameters") or []}
                raw["parameters"] = list(raw.get("parameters") or []) + [
                    p for p in shared if (p.get("in"), p.get("name")) not in names]
            key = op_key(verb, path_)
            tags = raw.get("tags") or ["system"]
            sw.operations[key] = Operation(key=key, op_id=raw.get("operationId") or key,
                                           verb=verb.upper(), path=path_, tag=tags[0].lower(), raw=raw)
    return sw


def find_versions(folder: str) -> list[tuple[str, str]]:
    """[(version, file path)] of the swagger files in *folder*, oldest first."""
    found = []
    for name in os.listdir(folder):
        m = _FILE_RE.match(name)
        if m:
            found.append((f"{m.group(1)}.{m.group(2)}", os.path.join(folder, name)))
    found.sort(key=lambda t: version_key(t[0]))
    return found


def load_folder(folder: str) -> list[Swagger]:
    return [load_file(p, v) for v, p in find_versions(folder)]
