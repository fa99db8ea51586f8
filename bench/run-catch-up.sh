#!/usr/bin/env bash
# Benchmark: matchmaking's directory catching up on a backlog of membership organisation events with a
# NEW consumer group, on an empty store and on one holding 100,000 organisations (events applied per
# second until caught up; aim >= 1,000/s). Prints figures only; not part of the pass/fail suite.
#
#   npm run bench:catch-up
#   BENCH_STORES=empty BENCH_CATCHUP_EVENTS=5000 npm run bench:catch-up
#
# Environment (defaults in brackets): BENCH_CATCHUP_EVENTS [20000] OrganisationJoined events produced to
#   icn.membership.organisation.v1; BENCH_STORES [empty,100k] (100k: BENCH_SEED_ORGANISATIONS [100000]
#   seeded directly in matchmaking's directory, BENCH_SEED_BATCH [1000]); BENCH_CATCHUP_PRODUCE_BATCH [500];
#   BENCH_CATCHUP_STALL_MS [60000] (gives up when nothing new is applied for that long);
#   KAFKA_BROKERS [127.0.0.1:9092], MONGODB_URI [mongodb://127.0.0.1:27017], BENCH_KEEP_DATA=1;
#   ICN_DIST_DIR [.local/bench-dist], BENCH_SKIP_BUILD=1 (reuse it).
# Results are appended to bench/results/results.jsonl (gitignored); service logs go to .local/logs/bench/.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
. "$repo/scripts/use-pinned-node.sh" # the pinned Node.js LTS (.nvmrc)

export ICN_DIST_DIR="${ICN_DIST_DIR:-.local/bench-dist}"

source bench/support/stack-bench-setup.sh

echo "[bench] catch-up: ${BENCH_CATCHUP_EVENTS:-20000} events, stores ${BENCH_STORES:-empty,100k}" >&2
node -r ./scripts/register-paths.js "$ICN_DIST_DIR/bench/catch-up.bench.js"
