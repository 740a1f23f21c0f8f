#!/usr/bin/env bash
# CI step: the unit tests on the other supported interpreters (3.10, 3.12, 3.13; the main run uses the
# default 3.11). Each gets its own venv under .venvs/ with the project (editable) and the dev extra; the
# interpreters run side by side (mostly pip waiting on the network, then one pytest each), and their
# logs are printed one after the other. The project checks (ruff, mypy, codegen --check: independent of
# the interpreter, run on 3.11) are left out to keep the step short. A missing interpreter fails.
#   bash scripts/ci-pythons.sh [VERSION...]     (default: 3.10 3.12 3.13)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(3.10 3.12 3.13)
export PIP_DISABLE_PIP_VERSION_CHECK=1
unset PYTHONPATH  # test what each venv installed

find_python() {  # VERSION -> that interpreter: pyenv's, else pythonX.Y on PATH
  local v=$1 candidate
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$v".*/bin/python "$(command -v "python$v" || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

run_one() {  # VERSION: venv, install, unit tests
  local v=$1 py venv=.venvs/py$1 t=$SECONDS
  py=$(find_python "$v") || { echo "Python $v not found (pyenv or python$v on PATH)"; return 1; }
  [ -x "$venv/bin/python" ] || "$py" -m venv "$venv" || return 1
  "$venv/bin/python" -m pip install -q -e '.[dev]' 2>&1 | grep -v "is ignored: it is neither" || true
  echo "$("$venv/bin/python" --version), install ${v}: $((SECONDS - t))s"
  "$venv/bin/python" -m pytest tests/unit -q -p no:cacheprovider --deselect tests/unit/test_project_checks.py
}

mkdir -p .venvs
declare -A pids
for v in "${versions[@]}"; do
  run_one "$v" >".venvs/py$v.log" 2>&1 &
  pids[$v]=$!
done
status=0
for v in "${versions[@]}"; do
  if wait "${pids[$v]}"; then result=passed; else result=FAILED; status=1; fi
  echo "---- Python $v: $result (log .venvs/py$v.log)" >&2
  grep -v '^\.*  *\[ *[0-9]*%\]$' ".venvs/py$v.log" | tail -n 40 >&2
done
exit "$status"
