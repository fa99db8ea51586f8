#!/usr/bin/env bash
# Builds the Jaeger v2 all-in-one binary (the OpenTelemetry Collector with Jaeger's storage, query
# API and UI; OTLP on 4317/4318, UI and query API on 16686) from the Go module proxy, inside
# Jaeger's own module so its go.mod `replace` directives and go.sum apply — `go install
# …/cmd/jaeger@version` refuses a module with replace directives. The version is pinned here.
# Usage: build.sh <output binary>
set -euo pipefail
JAEGER_VERSION="${JAEGER_VERSION:-v1.75.0}"
out="$1"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

cd "$work"
src="$(go mod download -json "github.com/jaegertracing/jaeger@$JAEGER_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p')"
[ -n "$src" ] && [ -f "$src/go.mod" ] || { echo "jaeger/build.sh: github.com/jaegertracing/jaeger@$JAEGER_VERSION not in the module cache" >&2; exit 1; }
cp -R "$src" "$work/jaeger"
chmod -R u+w "$work/jaeger"
cd "$work/jaeger"
# Without the `ui` build tag Jaeger embeds a placeholder page instead of the UI's assets, which
# are built by npm in Jaeger's repository and are not part of the Go module; the query API that
# the tests and the trace links use is complete either way.
CGO_ENABLED=0 go build -trimpath -o "$out" ./cmd/jaeger
