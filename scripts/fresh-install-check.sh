#!/usr/bin/env bash
# Install the project into brand-new virtualenvs and run the unit tests and `mypy --strict` in each:
#   bash scripts/fresh-install-check.sh [newest] [lowest]      (no argument: both, side by side)
#
#   newest  `pip install -e '.[dev]'` into an empty venv: pip picks the newest versions pyproject allows,
#           which is what a new contributor or user gets today (not what an old venv happens to hold).
#   lowest  the same, with every runtime dependency pinned to the lowest release series pyproject allows
#           (`httpx>=0.27` -> `httpx==0.27.*`), read from pyproject.toml so the floor is stated once.
#
# Each venv lives in $FRESH_DIR/<profile> (default /tmp/dockerapi-fresh) and is rebuilt from scratch on
# every run; pip's download cache is reused. The unit tests include the project checks (ruff, mypy,
# generated code current), and mypy also runs on its own so a type error is named in the summary.
# Exit status: 0 when every profile passed. Needs no test servers and no root.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY=${PYTHON:-python3}
FRESH_DIR=${FRESH_DIR:-/tmp/dockerapi-fresh}
export PIP_DISABLE_PIP_VERSION_CHECK=1
unset PYTHONPATH  # test what the venv installed, not a checkout on the path

profiles=("$@")
[ ${#profiles[@]} -gt 0 ] || profiles=(newest lowest)

log() { printf '[fresh %(%T)T] %s\n' -1 "$*" >&2; }

# pip requirement lines pinning each runtime dependency to its lowest allowed series
lowest_pins() {
  "$PY" - <<'EOF'
import re
import tomllib

with open("pyproject.toml", "rb") as f:
    deps = tomllib.load(f)["project"]["dependencies"]
for dep in deps:
    found = re.fullmatch(r"\s*([A-Za-z0-9_.-]+)\s*>=\s*([0-9]+(?:\.[0-9]+)*)\s*(?:,.*)?", dep)
    if not found:
        raise SystemExit(f"fresh-install-check: no '>=' floor to pin in dependency {dep!r}")
    name, floor = found.groups()
    major_minor = ".".join(floor.split(".")[:2])
    print(f"{name}=={major_minor}.*")
EOF
}

# one profile: build the venv, install, report versions, unit tests, mypy; exit status says pass/fail
check_profile() {
  local profile=$1 venv=$FRESH_DIR/$1 extra=()
  case $profile in
    newest) ;;
    lowest) mapfile -t extra < <(lowest_pins) || return 1
            [ ${#extra[@]} -gt 0 ] || { log "$profile: no pins read from pyproject.toml"; return 1; } ;;
    *) log "unknown profile $profile (newest, lowest)"; return 2 ;;
  esac
  log "$profile: fresh venv $venv ${extra[*]}"
  rm -rf "$venv" && "$PY" -m venv "$venv" || return 1
  local vpy=$venv/bin/python
  "$vpy" -m pip install -q -e ".[dev]" "${extra[@]}" || { log "$profile: pip install FAILED"; return 1; }
  log "$profile: installed $("$vpy" -c '
import importlib.metadata as md
print(", ".join(f"{n} {md.version(n)}" for n in ("pydantic", "pydantic-core", "httpx", "mypy", "pytest")))')"
  # the project must come from this checkout, not from some other copy
  "$vpy" -c 'import dockerapi, sys; sys.exit(not dockerapi.__file__.startswith(sys.argv[1]))' "$ROOT/generated" \
    || { log "$profile: dockerapi is not imported from $ROOT/generated"; return 1; }
  local status=0
  MYPY_CACHE_DIR=$venv/.mypy_cache "$vpy" -m mypy --strict generated/dockerapi \
    || { log "$profile: mypy --strict FAILED"; status=1; }
  MYPY_CACHE_DIR=$venv/.mypy_cache "$vpy" -m pytest tests/unit -q -p no:cacheprovider \
    || { log "$profile: unit tests FAILED"; status=1; }
  return "$status"
}

mkdir -p "$FRESH_DIR"
declare -A pids
for profile in "${profiles[@]}"; do
  # side by side: each profile is mostly pip waiting on I/O and one pytest process
  check_profile "$profile" >"$FRESH_DIR/$profile.log" 2>&1 &
  pids[$profile]=$!
done
failed=()
for profile in "${profiles[@]}"; do
  if wait "${pids[$profile]}"; then result=passed; else result=FAILED; failed+=("$profile"); fi
  log "---- $profile ($result), log $FRESH_DIR/$profile.log"
  grep '^\[fresh ' "$FRESH_DIR/$profile.log" >&2
  if [ "$result" = passed ]; then tail -n 2 "$FRESH_DIR/$profile.log" >&2; else tail -n 60 "$FRESH_DIR/$profile.log" >&2; fi
done
if [ ${#failed[@]} -gt 0 ]; then
  log "FAILED: ${failed[*]}"
  exit 1
fi
log "all passed: ${profiles[*]}"
