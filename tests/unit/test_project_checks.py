"""Project-wide checks that run with the tests: generated code current, catalog current, coverage, types, lint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from codegen.catalog import load

ROOT = Path(__file__).resolve().parents[2]
SWAGGER = ROOT.parent / "shared" / "moby-api"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)


def test_generated_files_match_the_catalog() -> None:
    done = run("-m", "codegen", "generate", "--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_committed_catalog_matches_a_fresh_import_of_the_swagger_files() -> None:
    if not SWAGGER.is_dir():
        pytest.skip(f"SKIPPED: {SWAGGER} not found, so the committed spec/imported was not re-imported")
    done = run("-m", "codegen", "import", str(SWAGGER), "--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_operation_of_the_newest_api_has_a_method() -> None:
    current = [op for op in load().operations.values() if not op.get("until")]  # the newest API's operations
    done = run("-m", "codegen", "coverage")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"\n{len(current)} operations, " in done.stdout


def test_package_is_mypy_strict_clean() -> None:
    done = run("-m", "mypy", "--strict", "generated/dockerapi")
    assert done.returncode == 0, done.stdout


def test_ruff_is_clean() -> None:
    done = run("-m", "ruff", "check", "generated/dockerapi", "codegen")
    assert done.returncode == 0, done.stdout
