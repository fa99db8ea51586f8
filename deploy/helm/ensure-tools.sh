#!/usr/bin/env bash
# Installs, once, the tools that check the Helm chart offline, and prints where they are as
# shell assignments (HELM=…, PROMTOOL=…, KUBE_VALIDATE_PYTHON=…). Everything comes from package
# registries and is cached under $ICN_CACHE_DIR (default ~/.cache/icn-platform):
#   helm      helm.sh/helm/v4/cmd/helm, built from the Go module proxy
#   promtool  github.com/prometheus/prometheus/cmd/promtool, built from the Go module proxy
#   kubernetes-validate (PyPI) in a virtualenv: the JSON schemas of Kubernetes' own kinds
# A fresh machine builds the two Go tools once (minutes: see deploy/helm/README.md); later runs
# find them. The versions are pinned here; a new pin builds into a new path, never over the old.
set -euo pipefail

HELM_VERSION=v4.3.2
PROMTOOL_VERSION=v0.316.0
KUBERNETES_VALIDATE_VERSION=1.37.0

cache="${ICN_CACHE_DIR:-$HOME/.cache/icn-platform}"
mkdir -p "$cache"

go_tool() { # name module version
  local name="$1" module="$2" version="$3" dir="$cache/go-tools/$1-$3"
  if [ ! -x "$dir/$name" ]; then
    command -v go >/dev/null || { echo "ensure-tools: Go is needed to build $name ($module@$version)" >&2; exit 1; }
    echo "ensure-tools: building $name $version from the Go module proxy (once)…" >&2
    local started=$SECONDS
    GOBIN="$dir" GOFLAGS=-buildvcs=false go install -trimpath -ldflags='-s -w' "$module@$version" >&2
    echo "ensure-tools: $name built in $((SECONDS - started)) s" >&2
  fi
  printf '%s\n' "$dir/$name"
}

helm="$(go_tool helm helm.sh/helm/v4/cmd/helm "$HELM_VERSION")"
promtool="$(go_tool promtool github.com/prometheus/prometheus/cmd/promtool "$PROMTOOL_VERSION")"

venv="$cache/kubernetes-validate-$KUBERNETES_VALIDATE_VERSION"
if ! "$venv/bin/python" -c "import kubernetes_validate" 2>/dev/null; then
  echo "ensure-tools: installing kubernetes-validate $KUBERNETES_VALIDATE_VERSION from PyPI (once)…" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" >&2
fi

printf 'HELM=%q\nPROMTOOL=%q\nKUBE_VALIDATE_PYTHON=%q\nKUBERNETES_VERSION=%q\n' "$helm" "$promtool" "$venv/bin/python" "$KUBERNETES_VALIDATE_VERSION"
