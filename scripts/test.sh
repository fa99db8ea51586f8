#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, type-check and unit tests of every project, then the
# integration tests (real Kafka + FerretDB), then the cross-service end-to-end and fault scenarios.
#
# Where Kafka and MongoDB come from (libs/testing/src/test-environment.ts decides the same way):
#   KAFKA_BROKERS + MONGODB_URI set  -> used as they are;
#   a Docker engine is reachable      -> testcontainers, started per test run;
#   otherwise                         -> the local stack (deploy/local/stack.sh), started here once
#                                        for the whole run and stopped again if this script started it.
set -euo pipefail
cd "$(dirname "$0")/.."
# The pinned Node.js LTS (.nvmrc) first on PATH, installed from the npm registry if missing.
. scripts/use-pinned-node.sh

export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE="${NX_SKIP_NX_CACHE:-${CI:-}}"
parallel="${TEST_PARALLEL:-2}"

[ -d node_modules ] || npm ci --no-audit --no-fund
node scripts/check-runtime-pin.mjs

started_stack=""
cleanup() { if [ -n "$started_stack" ]; then deploy/local/stack.sh down || true; fi; }
trap cleanup EXIT

docker_reachable() { command -v docker >/dev/null && timeout 5 docker info >/dev/null 2>&1; }

if [ -z "${KAFKA_BROKERS:-}" ] || [ -z "${MONGODB_URI:-}" ]; then
  if docker_reachable; then
    echo "[test] Docker engine reachable: integration tests use testcontainers"
  else
    # Stop it again at the end only if nothing of it ran before: if one part was running (say
    # FerretDB had died), someone else is using the stack and `up` merely repairs it.
    if ! deploy/local/stack.sh status 2>/dev/null | grep -q ' running '; then started_stack=yes; fi
    deploy/local/stack.sh up
    export KAFKA_BROKERS="127.0.0.1:${KAFKA_PORT:-9092}" MONGODB_URI="mongodb://127.0.0.1:${FERRETDB_PORT:-27017}"
  fi
fi

# The fuzz run's tool (schemathesis from PyPI into a cached venv): installed up front so that a
# machine without Python fails here, not twenty minutes in, in the end-to-end step.
fuzz_tool="$(test/fuzz/schemathesis-env.sh)" # an assignment, so that set -e sees a failure
echo "[test] fuzz tools: $fuzz_tool"
# Likewise the console's browser (Debian's chromium package).
CHROMIUM_PATH="$(scripts/ensure-chromium.sh)"
export CHROMIUM_PATH

# Jaeger, the trace viewer of the tracing scenario (ADR 15): built from the Go module proxy on a new
# machine (minutes of CPU, cached in ~/.cache/icn-platform afterwards), in the background while the
# lint and unit tests run; waited for before the end-to-end step.
jaeger_log="$(mktemp)"
deploy/local/stack.sh provision jaeger > "$jaeger_log" 2>&1 &
jaeger_build=$!
# Mailpit, the SMTP server the mail tests read messages back from (integration and end-to-end),
# the same way: built from the Go module proxy in the background, waited for before the integration step.
mailpit_log="$(mktemp)"
deploy/local/stack.sh provision mailpit > "$mailpit_log" 2>&1 &
mailpit_build=$!

echo "[test] lint, type-check, unit tests"
npx nx run-many -t lint typecheck test --parallel="$parallel" --outputStyle=stream

echo "[test] build (the end-to-end tests run the compiled services as separate processes)"
npm run build --silent
node apps/console/scripts/check-bundle-budget.mjs

if ! wait "$mailpit_build"; then cat "$mailpit_log" >&2; echo "[test] building Mailpit failed" >&2; exit 1; fi
echo "[test] integration tests"
npx nx run-many -t integration --parallel=1 --outputStyle=stream

if ! wait "$jaeger_build"; then cat "$jaeger_log" >&2; echo "[test] building Jaeger failed" >&2; exit 1; fi
echo "[test] end-to-end and fault scenarios"
# The webhook outage scenario waits five minutes for a receiver to come back and uses little CPU
# meanwhile: it runs beside the others instead of adding its length to the run.
outage_log="$(mktemp)"
npx nx run e2e:webhook-outage --outputStyle=stream > "$outage_log" 2>&1 &
outage_run=$!
npx nx run e2e:e2e --outputStyle=stream
if ! wait "$outage_run"; then cat "$outage_log"; echo "[test] the webhook outage scenario failed" >&2; exit 1; fi
cat "$outage_log"

echo "[test] the console in a real browser"
npx nx run e2e:console --outputStyle=stream
