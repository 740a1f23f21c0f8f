"""`python -m codegen coverage [--json] [--swagger FOLDER]`

Lists every operation of the newest imported catalog (spec/imported/operations/*.yaml) — or,
with a swagger FOLDER, of the newest swagger file there — with its Python method name (from
spec/api/*.yaml `operations: OPID: method:`; a derived snake_case name marked "(derived)" when
there is none yet) and its `since`.  Exits 1 if an operation of the swagger is missing from the
imported catalog; a missing api entry alone does not fail.
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.path.join(REPO, "spec")


def derived_name(op_id: str) -> str:
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", op_id)
    return s.lower()


def _yaml_files(pattern: str) -> list[str]:
    return sorted(glob.glob(pattern))


def load_imported(spec_dir: str = SPEC) -> dict[str, dict]:
    ops: dict[str, dict] = {}
    for path in _yaml_files(os.path.join(spec_dir, "imported", "operations", "*.yaml")):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        area = os.path.splitext(os.path.basename(path))[0]
        for op_id, op in (data.get("operations") or {}).items():
            ops[op_id] = dict(op, area=area)
    return ops


def load_methods(spec_dir: str = SPEC) -> dict[str, str]:
    """operationId -> its method name(s), from the merged catalog (an operation may back several)."""
    from pathlib import Path

    from .catalog import load

    methods: dict[str, list[str]] = {}
    for method in load(Path(spec_dir)).methods:
        methods.setdefault(method.op_id, []).append(method.name)
    return {op_id: ", ".join(names) for op_id, names in methods.items()}


def load_untested(spec_dir: str = SPEC) -> dict[str, str]:
    """Method name -> the catalog's reason why no integration test calls it (`untested:`)."""
    reasons: dict[str, str] = {}
    for path in _yaml_files(os.path.join(spec_dir, "api", "*.yaml")):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        for entry in (data.get("operations") or {}).values():
            for method in entry.get("methods", [entry]) if isinstance(entry, dict) else []:
                if isinstance(method, dict) and method.get("untested"):
                    reasons[method["method"]] = str(method["untested"])
    return reasons


def tested_by(names: list[str], tests_dir: str = os.path.join(REPO, "tests", "integration")) -> dict[str, list[str]]:
    """Method name -> the integration test files that call it (`.name(`)."""
    found: dict[str, list[str]] = {name: [] for name in names}
    for path in _yaml_files(os.path.join(tests_dir, "test_*.py")):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        for name in names:
            if re.search(rf"\.{re.escape(name)}\(", text):
                found[name].append(os.path.basename(path))
    return found


def collect(folder: str | None = None, spec_dir: str = SPEC) -> dict:
    imported = load_imported(spec_dir)
    methods = load_methods(spec_dir)
    untested = load_untested(spec_dir)
    calls = tested_by([name for names in methods.values() for name in names.split(", ")])
    rows, missing = [], []
    if folder:
        from .importer.swagger import find_versions, load_file
        versions = find_versions(folder)
        if not versions:
            raise SystemExit(f"no v1.NN.yaml files in {folder}")
        sw = load_file(versions[-1][1], versions[-1][0])
        wanted = [(op.op_id, op.verb, op.path, op.tag) for op in sw.operations.values()]
    else:
        wanted = [(k, v["verb"], v["path"], v["area"]) for k, v in imported.items() if not v.get("until")]
    for op_id, verb, path, area in wanted:
        op = imported.get(op_id)
        row = {"operation": op_id, "area": area, "verb": verb, "path": path,
               "method": methods.get(op_id) or derived_name(op_id),
               "derived": op_id not in methods,
               "since": op.get("since") if op else None,
               "missing": op is None}
        names = row["method"].split(", ")
        row["tests"] = sorted({f for name in names for f in calls.get(name, [])})
        row["untested"] = "; ".join(f"{n}: {untested[n]}" for n in names if n in untested and not calls.get(n))
        if op is None:
            missing.append(op_id)
        rows.append(row)
    rows.sort(key=lambda r: (r["area"], r["operation"]))
    return {"operations": rows, "total": len(rows), "missing": missing,
            "derived": sum(1 for r in rows if r["derived"]),
            "without_test": [r["operation"] for r in rows if not r["tests"] and not r["untested"]]}


def main(args) -> int:
    folder = getattr(args, "swagger", None) or getattr(args, "folder", None)
    result = collect(folder)
    if getattr(args, "json", False):
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        for r in result["operations"]:
            mark = " (derived)" if r["derived"] else ""
            since = r["since"] or "MISSING"
            tests = f"{len(r['tests'])} test file(s)" if r["tests"] else f"untested: {r['untested'] or 'NO TEST'}"
            print(f"{r['area']:<13} {r['operation']:<28} {r['verb']:<6} {r['path']:<42} "
                  f"{r['method']}{mark}  since {since}  {tests}")
        print(f"{result['total']} operations, {result['total'] - result['derived']} with an api/ method, "
              f"{result['derived']} derived, {len(result['missing'])} missing from spec/imported, "
              f"{len(result['without_test'])} without a real-daemon test or a recorded reason")
        for m in result["missing"]:
            print(f"MISSING: {m}", file=sys.stderr)
        for m in result["without_test"]:
            print(f"NO TEST: {m}", file=sys.stderr)
    return 1 if result["missing"] or result["without_test"] else 0
