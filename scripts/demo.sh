#!/usr/bin/env bash
# The project's main job on a fresh machine: install what is missing, start the harness's Docker
# daemon, and run examples/demo.py against it (connect, negotiate, run busybox, stream logs, clean up).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/servers.sh install
python3 -m pip install -q -e '.[dev]'
bash scripts/servers.sh up
exec python3 examples/demo.py "$@"
