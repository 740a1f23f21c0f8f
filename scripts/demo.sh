#!/usr/bin/env bash
# The project's main job on a fresh machine: install what is missing, start the harness's Docker
# daemon, and run examples/demo.py against it (connect, negotiate, run busybox, stream logs, clean up).
#
# Interpreter, as scripts/test.sh picks it: $PYTHON, else the active virtualenv's python, else python3;
# a Debian system python (PEP 668 "externally managed") gets a .venv in the repository instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/servers.sh install

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  if [ -n "${VIRTUAL_ENV:-}" ]; then PY=$VIRTUAL_ENV/bin/python; else PY=python3; fi
fi
if ! "$PY" -c 'import os, sys, sysconfig; sys.exit(sys.prefix == sys.base_prefix and os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")))'; then
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  PY=$PWD/.venv/bin/python
fi
# the demo needs only the package itself (httpx, pydantic)
"$PY" -m pip install -q --disable-pip-version-check -e .
bash scripts/servers.sh up
exec "$PY" examples/demo.py "$@"
