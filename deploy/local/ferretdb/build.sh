#!/usr/bin/env bash
# Builds the FerretDB launcher with the two patched files of overlay/ (see README.md here): copies
# the FerretDB module from the Go module cache, replaces those files, and builds against the copy
# through a temporary go.mod (`replace`), so the committed go.mod/go.sum stay the upstream ones.
# Usage: build.sh <output binary>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$here"
go mod download github.com/FerretDB/FerretDB
src="$(go list -m -f '{{.Dir}}' github.com/FerretDB/FerretDB)"

# The patches are whole files of one FerretDB release: refuse to build on any other.
patched=(internal/backends/postgresql/query.go internal/backends/postgresql/metadata/registry.go)
while read -r sum file; do
  grep -q "^$sum  $file\$" "$here/overlay/upstream.sha256" || {
    echo "ferretdb/build.sh: $file of $(basename "$src") is not the release the patches in overlay/ were made for; redo them (README.md)" >&2
    exit 1
  }
done < <(cd "$src" && sha256sum "${patched[@]}")

cp -R "$src" "$work/FerretDB"
chmod -R u+w "$work/FerretDB"
cp "$here/overlay/query.go" "$work/FerretDB/internal/backends/postgresql/query.go"
cp "$here/overlay/registry.go" "$work/FerretDB/internal/backends/postgresql/metadata/registry.go"
cp "$here/go.mod" "$work/go.mod"
cp "$here/go.sum" "$work/go.sum"
printf '\nreplace github.com/FerretDB/FerretDB => %s\n' "$work/FerretDB" >> "$work/go.mod"
go build -trimpath -modfile "$work/go.mod" -o "$out" .
