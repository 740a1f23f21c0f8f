#!/usr/bin/env bash
# CI step: the unit tests on the other supported interpreters (3.10, 3.12, 3.13; the main run uses the
# default 3.11). Each gets its own venv under .venvs/ with the project (editable) and the dev extra.
# The project checks (ruff, mypy, codegen --check: interpreter-independent, already run on 3.11) are
# left out to keep the step short. A missing interpreter fails the step.
#   bash scripts/ci-pythons.sh [VERSION...]     (default: 3.10 3.12 3.13)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(3.10 3.12 3.13)

find_python() {  # VERSION -> path of that interpreter: pyenv's, else pythonX.Y on PATH
  local v=$1 candidate
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$v".*/bin/python "$(command -v "python$v" || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

status=0
for v in "${versions[@]}"; do
  t=$SECONDS
  if ! py=$(find_python "$v"); then
    echo "[ci-pythons] Python $v not found (pyenv or python$v on PATH)" >&2
    status=1
    continue
  fi
  venv=.venvs/py$v
  [ -x "$venv/bin/python" ] || "$py" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e '.[dev]'
  echo "[ci-pythons] $("$venv/bin/python" --version): pytest tests/unit" >&2
  if ! "$venv/bin/python" -m pytest tests/unit -q -p no:cacheprovider \
      --deselect tests/unit/test_project_checks.py; then
    status=1
  fi
  echo "[ci-pythons] Python $v: $((SECONDS - t))s" >&2
done
exit "$status"
