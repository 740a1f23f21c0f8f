"""pyright, the checker behind VS Code's Pylance, sees every public type and agrees with mypy on user code.

pyright comes with the dev extra (the PyPI package bundles pyright's JavaScript; it runs on the
machine's Node.js). Without it these tests skip, except under CI=true, where they fail.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "dockerapi"
TYPING = ROOT / "tests" / "typing"


def pyright(*args: str) -> dict[str, Any]:
    """pyright's --outputjson report, run against this checkout's package."""
    if importlib.util.find_spec("pyright") is None:
        message = "pyright is not installed (pip install -e '.[dev]')"
        if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes", "on"}:
            pytest.fail(f"{message}; CI must run the pyright checks", pytrace=False)
        pytest.skip(f"SKIPPED: {message}")
    env = dict(os.environ, PYRIGHT_PYTHON_IGNORE_WARNINGS="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "generated"), os.environ.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable, *args],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    try:
        report: dict[str, Any] = json.loads(done.stdout)
    except ValueError:
        pytest.fail(f"pyright gave no report (exit {done.returncode}): {done.stdout[-2000:]}{done.stderr[-2000:]}")
    return report


def test_public_api_is_fully_typed_for_pyright() -> None:
    completeness = pyright("--verifytypes", "dockerapi", "--ignoreexternal")["typeCompleteness"]
    assert Path(completeness["packageRootDirectory"]) == PACKAGE  # this checkout, not another install
    incomplete = [
        f"{symbol['name']}: {diagnostic['message']}"
        for symbol in completeness["symbols"]
        if not symbol["isTypeKnown"] or symbol["isTypeAmbiguous"]
        for diagnostic in symbol["diagnostics"]
    ]
    counts = completeness["exportedSymbolCounts"]
    assert counts["withKnownType"] > 3000  # models, both clients, helpers: the whole surface was seen
    assert (counts["withAmbiguousType"], counts["withUnknownType"]) == (0, 0), "\n".join(incomplete[:30])
    assert completeness["completenessScore"] == 1


@pytest.fixture(scope="module")
def user_code_report() -> dict[str, list[dict[str, Any]]]:
    """pyright's diagnostics per file for the user code (strict, by its own comment) and the mistakes."""
    report = pyright(str(TYPING / "user_code.py"), str(TYPING / "user_errors.py"))
    by_file: dict[str, list[dict[str, Any]]] = {"user_code.py": [], "user_errors.py": []}
    for diagnostic in report["generalDiagnostics"]:
        by_file.setdefault(Path(diagnostic["file"]).name, []).append(diagnostic)
    return by_file


def test_user_code_is_clean_under_pyright_strict(user_code_report: dict[str, list[dict[str, Any]]]) -> None:
    problems = [
        f"{d['range']['start']['line'] + 1}: {d['message']}"
        for d in user_code_report["user_code.py"] if d["severity"] != "information"
    ]
    assert problems == []


def test_pyright_sees_the_same_types_as_mypy(user_code_report: dict[str, list[dict[str, Any]]]) -> None:
    revealed = {}
    for diagnostic in user_code_report["user_code.py"]:
        match = re.fullmatch(r'Type of "(.+)" is "(.+)"', diagnostic["message"])
        if match:
            revealed[match.group(1)] = match.group(2)
    assert revealed["info"] == "ContainerInspectResponse"
    assert revealed["client.containers()"] == "list[ContainerSummary]"
    assert revealed["client.logs(container, stream=True)"] == "OutputStream[bytes]"
    assert revealed['client.pull("busybox", stream=True, decode=True)'] == "JSONStream[dict[str, Any]]"
    assert revealed["client.exec_start(exec_id, socket=True)"] == "HijackedSocket"
    assert revealed['await client.inspect_container("x")'] == "ContainerInspectResponse"
    # the Mapping side of a model
    assert revealed["info.keys()"] == "KeysView[str]"
    assert revealed["info.items()"] == "ItemsView[str, Any]"
    assert revealed["key"] == "str"
    assert not [t for t in revealed.values() if "Unknown" in t]


def test_pyright_reports_the_wrong_calls(user_code_report: dict[str, list[dict[str, Any]]]) -> None:
    lines = {d["range"]["start"]["line"] + 1 for d in user_code_report["user_errors.py"] if d["severity"] == "error"}
    assert lines == {9, 10, 11, 15, 16, 21, 23, 31, 32, 33, 34, 35, 36}  # the lines mypy reports too (tests/unit/test_typing.py)
