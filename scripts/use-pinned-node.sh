# Sourced (not run) by the scripts that build, test or run the platform: puts the Node.js release
# pinned in .nvmrc first on PATH, so every script, test and service runs on the same supported LTS
# line whatever Node the machine has. The binary comes from the npm registry's `node-linux-<arch>`
# package (the official build, packaged by the Node.js project's `node` package), installed once
# into the cache and reused: no download site but the registry. npm and npx keep working: they are
# scripts run by the first `node` on PATH.
#
#   . scripts/use-pinned-node.sh
#
# ICN_USE_SYSTEM_NODE=1 skips it (a machine whose Node is already the pinned one needs nothing).

icn_use_pinned_node() {
  local repo version arch cache dir
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  version="$(tr -d ' \n' < "$repo/.nvmrc")"
  [ "${ICN_USE_SYSTEM_NODE:-}" = "1" ] && return 0
  [ "$(node --version 2>/dev/null)" = "v$version" ] && return 0
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "[node] no Node.js package for $(uname -m); install Node.js $version yourself" >&2; return 1 ;;
  esac
  cache="${ICN_CACHE_DIR:-$HOME/.cache/icn-platform}"
  dir="$cache/node-v$version-linux-$arch"
  if [ ! -x "$dir/node_modules/node-linux-$arch/bin/node" ]; then
    echo "[node] installing Node.js $version (node-linux-$arch from the npm registry) into $dir" >&2
    mkdir -p "$dir"
    # Its own prefix, so it never touches the project's node_modules or lockfile.
    (npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node-linux-$arch@$version" >&2) || return 1
  fi
  export PATH="$dir/node_modules/node-linux-$arch/bin:$PATH"
  hash -r
  [ "$(node --version)" = "v$version" ] || { echo "[node] expected Node.js v$version, found $(node --version)" >&2; return 1; }
}

icn_use_pinned_node || { echo "[node] could not provide the pinned Node.js" >&2; exit 1; }
