#!/usr/bin/env bash
# Run the whole test suite on this machine, setting up whatever is missing first:
#   bash scripts/test.sh [--down] [pytest args...]
#
# 1. system packages (scripts/servers.sh install) unless they are already there  [needs root]
# 2. this project, editable, with the dev extra, unless already installed in the chosen interpreter
# 3. scripts/servers.sh up (does nothing for servers already up and healthy)    [needs root]
# 4. python -m pytest tests [pytest args...]
#
# The servers stay up afterwards, so reruns take seconds; --down stops them after the run
# (scripts/servers.sh down does the same at any time). The exit status is pytest's.
#
# Interpreter: $PYTHON, else the active virtualenv's python, else python3; a Debian system python
# (PEP 668 "externally managed") gets a .venv in the repository instead.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

down_after=0
args=()
for a in "$@"; do
  if [ "$a" = --down ]; then down_after=1; else args+=("$a"); fi
done

log() { printf '[test.sh %(%T)T] %s\n' -1 "$*" >&2; }

pick_python() {
  local py=${PYTHON:-}
  if [ -z "$py" ]; then
    if [ -n "${VIRTUAL_ENV:-}" ]; then py=$VIRTUAL_ENV/bin/python; else py=python3; fi
  fi
  if "$py" -c 'import os, sys, sysconfig; sys.exit(sys.prefix == sys.base_prefix and os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")))'; then
    echo "$py"
  else
    [ -x "$ROOT/.venv/bin/python" ] || "$py" -m venv "$ROOT/.venv" >&2
    echo "$ROOT/.venv/bin/python"
  fi
}

# exit 0 when the project and every runtime + dev requirement of pyproject.toml are installed
project_installed() {
  "$1" - <<'EOF'
import importlib.metadata as md
import re
import sys

try:
    import tomllib
except ImportError:  # Python 3.10
    tomllib = None
try:
    from packaging.requirements import Requirement
except ImportError:
    try:
        from pip._vendor.packaging.requirements import Requirement
    except ImportError:
        Requirement = None

try:
    md.distribution("dockerapi")
except md.PackageNotFoundError:
    sys.exit(1)
if tomllib is None:
    sys.exit(0)
with open("pyproject.toml", "rb") as f:
    project = tomllib.load(f)["project"]
reqs = list(project.get("dependencies", [])) + list(project.get("optional-dependencies", {}).get("dev", []))
for spec in reqs:
    if Requirement is not None:
        req = Requirement(spec)
        name, specifier = req.name, req.specifier
    else:
        name, specifier = re.split(r"[\s<>=!~\[;]", spec, maxsplit=1)[0], None
    try:
        version = md.version(name)
    except md.PackageNotFoundError:
        sys.exit(1)
    if specifier is not None and not specifier.contains(version, prereleases=True):
        sys.exit(1)
EOF
}

PY=$(pick_python)

if [ "$(id -u)" = 0 ]; then
  if ! bash scripts/servers.sh installed; then
    log "installing system packages (scripts/servers.sh install)"
    bash scripts/servers.sh install
  fi
else
  log "not root: cannot install or start the test servers; tests needing them will skip (or fail under CI)"
fi

if ! project_installed "$PY"; then
  log "installing the project: $PY -m pip install -e '.[dev]'"
  "$PY" -m pip install -q -e '.[dev]'
fi

if [ "$(id -u)" = 0 ]; then
  bash scripts/servers.sh up
fi

status=0
"$PY" -m pytest tests "${args[@]}" || status=$?

if [ "$down_after" = 1 ] && [ "$(id -u)" = 0 ]; then
  bash scripts/servers.sh down || true
fi
exit "$status"
