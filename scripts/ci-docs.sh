#!/usr/bin/env bash
# CI step: what the reference-site tests need (tests/integration/test_docs_site.py builds the site with
# `mkdocs build --strict` and opens it in headless Chromium): Debian's chromium, and the docs extra in
# the interpreter CI uses ($PYTHON, set by .ci/run). Idempotent; needs root for apt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-python3}

if ! command -v chromium >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium
fi
"$PY" -m pip install -q -e '.[docs]'
chromium --version
"$PY" -m mkdocs --version
