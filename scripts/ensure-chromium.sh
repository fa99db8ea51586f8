#!/usr/bin/env bash
# The browser of the console's tests: Debian's chromium package, installed when missing (never a
# browser downloaded by a test tool — this machine reaches only package registries). Prints its path.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$path" ]; then
  echo "[chromium] not found at $path: installing Debian's chromium package" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq >&2 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq >&2 || true
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
  else
    echo "[chromium] cannot install it without root: run 'apt-get install chromium' or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi
"$path" --version >&2
echo "$path"
