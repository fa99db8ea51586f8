#!/usr/bin/env bash
# Prints the path of a schemathesis executable installed from test/fuzz/requirements.txt, creating
# it first if needed: a venv under the cache dir (as deploy/local/stack.sh caches Kafka and FerretDB),
# keyed by the requirements file and the Python version, so a change to either installs afresh and
# a machine that already has it starts in no time. Needs python3 (>= 3.10) with venv; PyPI the
# first time. Everything but the path goes to stderr.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache_dir="${ICN_CACHE_DIR:-$HOME/.cache/icn-platform}"
python="${PYTHON:-python3}"

command -v "$python" >/dev/null || { echo "[fuzz] $python not found: the fuzz run needs Python >= 3.10 with venv" >&2; exit 1; }
key="$( { cat "$here/requirements.txt"; "$python" --version; } | sha256sum | cut -c1-16)"
venv="$cache_dir/schemathesis-$key"

# The marker is written last, so an interrupted install is never taken for a complete one.
if [ ! -f "$venv/.installed" ]; then
  echo "[fuzz] installing schemathesis into $venv" >&2
  rm -rf "$venv"
  mkdir -p "$cache_dir"
  "$python" -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$here/requirements.txt" >&2
  "$venv/bin/pip" check >&2
  touch "$venv/.installed"
fi
echo "$venv/bin/schemathesis"
