#!/usr/bin/env bash
# Benchmark of matchmaking's in-memory ranking (issue 4, point 8), which needs no Kafka or MongoDB,
# then organisation event -> in rankings over Kafka with the compiled matchmaking process (local stack).
# Prints figures only; not part of the pass/fail suite.
#
#   npm run bench:matching
#   BENCH_MATCHING_ORGANISATIONS=200000 npm run bench:matching
#
# Environment (defaults in brackets): BENCH_MATCHING_ORGANISATIONS [100000], BENCH_MATCHING_QUERIES [500]
# (opportunities ranked, and organisations ranked for), BENCH_MATCHING_OPPORTUNITIES [5000] (held open),
# BENCH_MATCHING_UPSERTS [1000], BENCH_MATCHING_LIMIT [20], BENCH_MATCHING_SEED [20260301],
# ICN_DIST_DIR [.local/bench-matching-dist] (its own build, so other builds cannot change it mid-run),
# BENCH_SKIP_BUILD=1 (reuse it and dist/out-tsc). Event -> ranking: BENCH_MATCHING_EVENTS [1] (0 skips it),
# BENCH_EVENT_ORGANISATIONS [300], BENCH_EVENT_RATE [5]/s, BENCH_EVENT_WARMUP [20], BENCH_EVENT_POLL_MS [10],
# BENCH_EVENT_TIMEOUT_MS [30000], KAFKA_BROKERS, MONGODB_URI, BENCH_KEEP_DATA=1.
# Results are appended to bench/results/results.jsonl (gitignored).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
. "$repo/scripts/use-pinned-node.sh" # the pinned Node.js LTS (.nvmrc)

export ICN_DIST_DIR="${ICN_DIST_DIR:-.local/bench-matching-dist}"

if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
  echo "[bench] tsc -p bench/tsconfig.matching.json --outDir $ICN_DIST_DIR" >&2
  npx tsc -p bench/tsconfig.matching.json --outDir "$ICN_DIST_DIR"
fi

# --expose-gc: memory is read after a full collection, so it is what the index holds, not garbage.
node --expose-gc -r ./scripts/register-paths.js "$ICN_DIST_DIR/bench/matchmaking-ranking.bench.js"

# Organisation event -> present in rankings, over Kafka with the real matchmaking process. Needs the
# local stack and the full build (the service runs from dist/out-tsc). BENCH_MATCHING_EVENTS=0 skips it.
if [[ "${BENCH_MATCHING_EVENTS:-1}" == "1" ]]; then
  export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
  export MONGODB_URI="${MONGODB_URI:-mongodb://127.0.0.1:27017}"
  source bench/support/stack-if-needed.sh
  if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
    echo "[bench] npm run build" >&2
    npm run --silent build
  fi
  ICN_DIST_DIR=dist/out-tsc node -r ./scripts/register-paths.js dist/out-tsc/bench/matchmaking-event-to-ranking.bench.js
fi
