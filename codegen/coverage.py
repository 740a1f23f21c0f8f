"""`python -m codegen coverage [--json] [--swagger FOLDER] [--method NAME]`

Lists every operation of the newest imported catalog (spec/imported/operations/*.yaml) — or,
with a swagger FOLDER, of the newest swagger file there — with its Python method name (from
spec/api/*.yaml `operations: OPID: method:`; "(derived)" when spec/api/ has no entry and the
method is the snake_cased operationId), its `since`, and the integration tests that call it, by
pytest node id (`tests/integration/AREA/test_x.py::test_y`), those in the area's own folder (the
`AREAS` of `tests/integration/*/__init__.py`) first.  Exits 1 if an operation of the swagger is
missing from the imported catalog, or if a method has neither a real-daemon test nor an
`untested:` reason in spec/api/; a missing api entry alone does not fail.
"""
from __future__ import annotations

import ast
import glob
import json
import os
import re
import sys

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.path.join(REPO, "spec")
TESTS = os.path.join(REPO, "tests", "integration")


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


def load_described(spec_dir: str = SPEC) -> set[str]:
    """The operationIds that spec/api/*.yaml describes (the others get a derived method)."""
    described: set[str] = set()
    for path in _yaml_files(os.path.join(spec_dir, "api", "*.yaml")):
        with open(path, encoding="utf-8") as fh:
            described.update((yaml.safe_load(fh) or {}).get("operations") or {})
    return described


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


def _functions(tree: ast.Module) -> dict[str, ast.AST]:
    """Top-level functions (tests, helpers, fixtures), test methods as `Class::name`, and module-level
    assignments (a table of calls a test refers to), by the name a test uses to reach them."""
    out: dict[str, ast.AST] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out[node.name] = node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    out[f"{node.name}::{item.name}"] = item
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node
    return out


def _uses(node: ast.AST) -> tuple[set[str], set[str]]:
    """(names called as `.name(...)`, other names referred to) inside *node*, decorators included."""
    calls, names = set(), set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute):
            calls.add(sub.func.attr)
        elif isinstance(sub, ast.Name):
            names.add(sub.id)
        elif isinstance(sub, ast.arg):
            names.add(sub.arg)  # a fixture a test asks for
    return calls, names


def _is_test(name: str) -> bool:
    last = name.rsplit("::", 1)[-1]
    return last.startswith("test") and (name == last or name.split("::")[0].startswith("Test"))


def tested_by(names: list[str], tests_dir: str = TESTS) -> dict[str, list[str]]:
    """Method name -> the integration tests that call it, as `path::function` (pytest's node ids).

    A test calls a method when its body (or its decorators) has `.name(...)`, or when a helper, a fixture
    or a module-level table it uses does (followed through further helpers, and through the fixtures of
    the conftest.py files above it).
    """
    wanted = set(names)
    found: dict[str, set[str]] = {name: set() for name in names}
    shared: dict[str, dict[str, tuple[set[str], set[str]]]] = {}  # folder -> conftest functions

    def parse(path: str) -> dict[str, tuple[set[str], set[str]]]:
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename=path)
        return {name: _uses(node) for name, node in _functions(tree).items()}

    def conftests(folder: str) -> dict[str, tuple[set[str], set[str]]]:
        if folder not in shared:
            parent = os.path.dirname(folder)
            above = conftests(parent) if folder.startswith(tests_dir) and folder != tests_dir else {}
            here = os.path.join(folder, "conftest.py")
            shared[folder] = {**above, **(parse(here) if os.path.exists(here) else {})}
        return shared[folder]

    root = os.path.dirname(os.path.dirname(os.path.abspath(tests_dir)))  # node ids start at tests/
    for path in sorted(glob.glob(os.path.join(tests_dir, "**", "test_*.py"), recursive=True)):
        local = parse(path)
        scope = {**conftests(os.path.dirname(path)), **local}
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        for name in local:
            if not _is_test(name):
                continue
            calls, seen, todo = set(), {name}, [name]
            while todo:  # the test, then whatever helpers, fixtures and tables it reaches
                own_calls, refs = scope[todo.pop()]
                calls |= own_calls
                for ref in refs:
                    if ref in scope and ref not in seen:
                        seen.add(ref)
                        todo.append(ref)
            for method in calls & wanted:
                found[method].add(f"{rel}::{name}")
    return {name: sorted(tests) for name, tests in found.items()}


def area_folders(tests_dir: str = TESTS) -> dict[str, str]:
    """Catalog area -> the integration test folder that holds its tests, as a node id prefix
    (`tests/integration/containers/`), from the `AREAS = (...)` of each folder's `__init__.py`."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(tests_dir)))
    folders: dict[str, str] = {}
    for init in sorted(glob.glob(os.path.join(tests_dir, "*", "__init__.py"))):
        with open(init, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename=init)
        for node in tree.body:
            if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["AREAS"]:
                prefix = os.path.relpath(os.path.dirname(init), root).replace(os.sep, "/") + "/"
                for area in ast.literal_eval(node.value):
                    if folders.setdefault(area, prefix) != prefix:
                        raise SystemExit(f"{init}: area {area!r} is already in {folders[area]}")
    return folders


def collect(folder: str | None = None, spec_dir: str = SPEC) -> dict:
    imported = load_imported(spec_dir)
    methods = load_methods(spec_dir)
    untested = load_untested(spec_dir)
    described = load_described(spec_dir)
    calls = tested_by([name for names in methods.values() for name in names.split(", ")])
    homes = area_folders()
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
               "derived": op_id not in described,
               "since": op.get("since") if op else None,
               "missing": op is None,
               "test_folder": homes.get(area.lower())}
        names = row["method"].split(", ")
        # the tests in the area's own folder first, then the cross-cutting ones (transport/, compat/, ...)
        home = row["test_folder"] or "\0"
        row["tests"] = sorted({f for name in names for f in calls.get(name, [])},
                              key=lambda test, home=home: (not test.startswith(home), test))
        row["untested"] = "; ".join(f"{n}: {untested[n]}" for n in names if n in untested and not calls.get(n))
        if op is None:
            missing.append(op_id)
        rows.append(row)
    rows.sort(key=lambda r: (r["area"], r["operation"]))
    return {"operations": rows, "total": len(rows), "missing": missing,
            "derived": sum(1 for r in rows if r["derived"]),
            "without_test": [r["operation"] for r in rows if not r["tests"] and not r["untested"]]}


SHOWN = 3  # tests listed per method in the text output (all of them with --method or --json)


def main(args) -> int:
    folder = getattr(args, "swagger", None) or getattr(args, "folder", None)
    only = set(getattr(args, "method", None) or [])
    result = collect(folder)
    if only:
        known = {name for r in result["operations"] for name in r["method"].split(", ")}
        unknown = sorted(only - known)
        if unknown:
            print(f"error: no operation has the method(s) {', '.join(unknown)}", file=sys.stderr)
            return 2
        rows = [r for r in result["operations"] if only & set(r["method"].split(", "))]
    else:
        rows = result["operations"]
    if getattr(args, "json", False):
        print(json.dumps(dict(result, operations=rows), indent=2, sort_keys=True))
    else:
        for r in rows:
            mark = " (derived)" if r["derived"] else ""
            since = r["since"] or "MISSING"
            files = len({t.split("::")[0] for t in r["tests"]})
            tests = (f"{len(r['tests'])} test(s) in {files} file(s)" if r["tests"]
                     else f"untested: {r['untested'] or 'NO TEST'}")
            print(f"{r['area']:<13} {r['operation']:<28} {r['verb']:<6} {r['path']:<42} "
                  f"{r['method']}{mark}  since {since}  {tests}")
            shown = r["tests"] if only else r["tests"][:SHOWN]
            for test in shown:
                print(f"    {test}")
            if len(shown) < len(r["tests"]):
                print(f"    ... {len(r['tests']) - len(shown)} more (--method {r['method'].split(', ')[0]})")
        if only:
            return 0 if all(r["tests"] or r["untested"] for r in rows) else 1
        print(f"{result['total']} operations, {result['total'] - result['derived']} with an api/ method, "
              f"{result['derived']} derived, {len(result['missing'])} missing from spec/imported, "
              f"{len(result['without_test'])} without a real-daemon test or a recorded reason")
        for m in result["missing"]:
            print(f"MISSING: {m}", file=sys.stderr)
        folders = {r["operation"]: r["test_folder"] for r in result["operations"]}
        for m in result["without_test"]:
            where = f" (its tests go in {folders[m]})" if folders.get(m) else ""
            print(f"NO TEST: {m}{where}", file=sys.stderr)
    if only:
        return 0 if all(r["tests"] or r["untested"] for r in rows) else 1
    return 1 if result["missing"] or result["without_test"] else 0
