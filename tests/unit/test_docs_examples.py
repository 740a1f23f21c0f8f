"""The documentation's examples pass `mypy --strict`, as the README says code using the package does.

Every fenced Python block of README.md and docs/ that is a program of its own (it starts with an import) is
checked; fragments that continue an earlier block are not. An example that fails here would fail in a user's
editor the same way: a None-able field read without a check, a missing import.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _programs() -> dict[str, str]:
    found = {}
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            code = match.group(1)
            if code.lstrip().startswith(("import ", "from ")):
                line = text.count("\n", 0, match.start()) + 2
                found[f"{doc.relative_to(ROOT)}:{line}"] = code
    return found


def test_the_documentation_examples_pass_mypy_strict(tmp_path: Path) -> None:
    programs = _programs()
    assert len(programs) >= 15  # README's quickstarts, the object API's, the reference pages'
    where = {}
    for index, (origin, code) in enumerate(programs.items()):
        name = f"example_{index:03d}.py"
        (tmp_path / name).write_text(code, encoding="utf-8")
        where[name] = origin
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary", *sorted(where)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    errors = [re.sub(r"^(example_\d+\.py):(\d+)",
                     lambda m: f"{where[m.group(1)]} (+{int(m.group(2)) - 1})", line)
              for line in done.stdout.splitlines() if ": error:" in line]
    assert errors == [], "\n".join(errors)
    assert done.returncode == 0, done.stdout + done.stderr
