"""The object API is typed for its users: mypy --strict and pyright agree on what each call returns
(`run()` overloads by detach/stream, typed attrs, awaitables on the async face), and both report the
mistakes of tests/typing/objects_errors.py."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_pyright import pyright

HERE = Path(__file__).resolve().parents[1] / "typing"

# line of tests/typing/objects_code.py -> the type mypy reveals there
EXPECTED = {
    13: "bytes",
    15: "dockerapi.objects.containers.Container",
    17: "dockerapi._objects.RunOutput",
    22: "dockerapi.models.ContainerInspectResponse",
    23: "str | None",
    24: "dockerapi.models.ContainerState | None",
    26: "list[dockerapi.objects.containers.Container]",
    29: "int | None",
    30: "dockerapi._streams.OutputStream[bytes]",
    31: "dockerapi.objects.images.Image | None",
    32: "list[str]",
    33: "dockerapi.models.SystemInfo",
    38: "dockerapi.objects.containers.AsyncContainer",
    39: "dockerapi.objects.images.AsyncImage | None",
    40: "list[dockerapi.objects.containers.AsyncContainer]",
    44: "dockerapi._objects.AsyncRunOutput",
    49: "dockerapi.classic.models.containers.Container",
    50: "dict[str, Any]",
    51: "bytes",
    52: "dockerapi.classic.client.DockerClient",
}
ERROR_LINES = {9, 10, 11, 13, 14, 15}


def _mypy(*paths: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary",
                           *map(str, paths)], capture_output=True, text=True, cwd=HERE)
    return done.stdout


@pytest.fixture(scope="module")
def mypy_output() -> str:
    return _mypy(HERE / "objects_code.py", HERE / "objects_errors.py")


def test_mypy_reveals_precise_types(mypy_output: str) -> None:
    revealed = {int(m.group(1)): m.group(2).replace("builtins.", "")
                for m in re.finditer(r"objects_code\.py:(\d+): note: Revealed type is \"(.+)\"", mypy_output)}
    for line, expected in EXPECTED.items():
        assert revealed.get(line) == expected, (line, revealed.get(line))
    assert "ExecResult" in revealed[28]
    assert not [line for line in mypy_output.splitlines() if "objects_code.py" in line and ": error:" in line]


def test_mypy_reports_the_mistakes(mypy_output: str) -> None:
    lines = {int(m.group(1)) for m in re.finditer(r"objects_errors\.py:(\d+): error:", mypy_output)}
    assert lines == ERROR_LINES


def test_pyright_agrees() -> None:
    report = pyright(str(HERE / "objects_code.py"), str(HERE / "objects_errors.py"))
    code = [d for d in report["generalDiagnostics"] if Path(d["file"]).name == "objects_code.py"]
    problems = [f"{d['range']['start']['line'] + 1}: {d['message']}" for d in code if d["severity"] != "information"]
    assert problems == []
    revealed = {d["range"]["start"]["line"] + 1: d["message"] for d in code}
    assert revealed[13].endswith('is "bytes"')
    assert revealed[15].endswith('is "Container"')
    assert revealed[17].endswith('is "RunOutput"')  # an iterator of bytes that is also a context manager
    assert revealed[38].endswith('is "AsyncContainer"')
    assert not [m for m in revealed.values() if "Unknown" in m]
    errors = {d["range"]["start"]["line"] + 1 for d in report["generalDiagnostics"]
              if Path(d["file"]).name == "objects_errors.py" and d["severity"] == "error"}
    assert errors == ERROR_LINES
