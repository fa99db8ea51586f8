#!/usr/bin/env bash
# Builds Mailpit (an SMTP server that captures every message and serves them through a REST API and
# a web view) from the Go module proxy. The version is pinned here; Mailpit's go.mod has no
# `replace` directives, so `go install module@version` builds it with its own go.sum.
# The web view's JavaScript and CSS (server/ui/dist) are built by npm in Mailpit's repository and
# are not part of the Go module: the page that loads is an empty shell, but the REST API
# (/api/v1/messages, /api/v1/message/<id>, …) that the tests and `npm run platform` use is complete.
# Usage: build.sh <output binary>
set -euo pipefail
MAILPIT_VERSION="${MAILPIT_VERSION:-v1.33.1}"
out="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The version stamp as Mailpit's own Dockerfile sets it (otherwise it reports "dev").
GOBIN="$work" CGO_ENABLED=0 go install -trimpath -ldflags "-X github.com/axllent/mailpit/config.Version=$MAILPIT_VERSION" \
  "github.com/axllent/mailpit@$MAILPIT_VERSION"
mv "$work/mailpit" "$out"
