#!/usr/bin/env bash
# CI step: build the sdist and the wheel as a package index would get them, check them with twine,
# and check that the license and the docs travel with them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-python3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$PY" -m pip install -q --disable-pip-version-check build twine
"$PY" -m build --outdir "$out" .
"$PY" -m twine check --strict "$out"/*
"$PY" - "$out" <<'PYEOF'
import sys, tarfile, zipfile
from pathlib import Path

out = Path(sys.argv[1])
wheel = zipfile.ZipFile(next(out.glob("*.whl")))
names = wheel.namelist()
assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), "LICENSE missing from the wheel"
assert "dockerapi/py.typed" in names and "dockerapi/progress.py" in names
metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
assert "License-Expression: Apache-2.0" in metadata
assert "Classifier: Programming Language :: Python :: 3.13" in metadata
sdist = tarfile.open(next(out.glob("*.tar.gz")))
top = sdist.getnames()[0].split("/")[0]
members = set(sdist.getnames())
for needed in ("LICENSE", "README.md", "pyproject.toml", "mkdocs.yml", "docs/index.md", "docs/api.md"):
    assert f"{top}/{needed}" in members, f"{needed} missing from the sdist"
print(f"wheel: {len(names)} files; sdist: {len(members)} files; LICENSE in both, docs/ in the sdist")
PYEOF
