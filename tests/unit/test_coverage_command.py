"""`python -m codegen coverage` names the tests (pytest node ids) that call each method."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from codegen import coverage

ROOT = Path(__file__).resolve().parents[2]

CONFTEST = '''
import pytest

@pytest.fixture
def made(client):
    return client.create_container("busybox")
'''

TESTS = '''
import pytest

CALLS = [lambda c: c.kill("x")]

def _start_it(client, container):
    client.start(container)

def unused_helper(client):
    client.remove_container("x")

def test_direct(client):
    assert client.inspect_container("x")

def test_through_a_helper(client, made):
    _start_it(client, made)

@pytest.mark.parametrize("call", CALLS)
def test_through_a_table(client, call):
    call(client)

class TestGrouped:
    def test_in_a_class(self, client):
        client.stop("x")

    def helper(self, client):
        client.pause("x")
'''


def test_tests_are_named_by_node_id_through_helpers_fixtures_and_tables(tmp_path: Path) -> None:
    folder = tmp_path / "tests" / "integration"
    (folder / "area").mkdir(parents=True)
    (folder / "conftest.py").write_text(textwrap.dedent(CONFTEST))
    (folder / "area" / "test_things.py").write_text(textwrap.dedent(TESTS))
    names = ["inspect_container", "start", "create_container", "kill", "stop", "remove_container", "pause", "logs"]
    found = coverage.tested_by(names, str(folder))
    node = "tests/integration/area/test_things.py::"
    assert found == {
        "inspect_container": [node + "test_direct"],
        "start": [node + "test_through_a_helper"],
        "create_container": [node + "test_through_a_helper"],  # through the conftest fixture `made`
        "kill": [node + "test_through_a_table"],
        "stop": [node + "TestGrouped::test_in_a_class"],
        "remove_container": [],  # only a helper no test uses calls it
        "pause": [],             # a method of the class that is not a test
        "logs": [],
    }


def test_the_command_lists_tests_that_exist() -> None:
    done = subprocess.run([sys.executable, "-m", "codegen", "coverage", "--json", "--method", "inspect_container"],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = json.loads(done.stdout)["operations"]
    assert [r["method"] for r in rows] == ["inspect_container"]
    assert rows[0]["tests"]
    for node_id in rows[0]["tests"]:
        path, name = node_id.split("::", 1)
        tree = ast.parse((ROOT / path).read_text())
        defined = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        assert name.split("::")[-1] in defined, node_id
        assert "inspect_container(" in ast.unparse(tree), node_id


@pytest.fixture(scope="module")
def rows() -> dict[str, dict]:
    """The coverage of every operation of the real catalog and tests, by operationId."""
    return {row["operation"]: row for row in coverage.collect()["operations"]}


def test_every_catalog_area_has_one_integration_test_folder(rows: dict[str, dict]) -> None:
    areas = {row["area"] for row in rows.values()}
    folders = coverage.area_folders()
    assert areas - set(folders) == set(), "declare them in AREAS of a tests/integration/*/__init__.py"
    for prefix in folders.values():
        assert (ROOT / prefix).is_dir(), prefix


def test_the_tests_of_an_operations_own_area_come_first(rows: dict[str, dict]) -> None:
    exec_inspect = rows["ExecInspect"]
    assert exec_inspect["test_folder"] == "tests/integration/exec/"
    home = [test.startswith("tests/integration/exec/") for test in exec_inspect["tests"]]
    assert home[0] and home == sorted(home, reverse=True), exec_inspect["tests"]  # exec/'s, then the others
    assert not all(home)  # there are others (streams/, compat/), so the order was really put to the test


def test_an_area_in_two_folders_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "tests" / "integration"
    for name in ("one", "two"):
        (folder / name).mkdir(parents=True)
        (folder / name / "__init__.py").write_text('AREAS = ("volume",)\n')
    with pytest.raises(SystemExit, match="area 'volume' is already in tests/integration/one/"):
        coverage.area_folders(str(folder))
