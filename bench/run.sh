#!/usr/bin/env bash
# Benchmark: organisation created over HTTP -> present in matchmaking's directory, next to the raw
# kafkajs produce -> consume floor on the same broker, at the same steady rate and count.
# Prints figures only; not part of the pass/fail suite.
#
#   npm run bench                      # 50/s for 30 s
#   BENCH_RATE=100 BENCH_SECONDS=20 npm run bench
#
# Environment (defaults in brackets): BENCH_RATE [50], BENCH_SECONDS [30], BENCH_WARMUP_SECONDS [3],
# BENCH_DRAIN_TIMEOUT_MS [300000], BENCH_SKIP_BUILD=1 (reuse dist/out-tsc), KAFKA_BROKERS [127.0.0.1:9092],
# MONGODB_URI [mongodb://127.0.0.1:27017], BENCH_KEEP_DATA=1 (keep the run's databases).
# Results are appended to bench/results/results.jsonl (gitignored); service logs go to .local/logs/bench/.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

export BENCH_RATE="${BENCH_RATE:-50}"
export BENCH_SECONDS="${BENCH_SECONDS:-30}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
export MONGODB_URI="${MONGODB_URI:-mongodb://127.0.0.1:27017}"
# The floor sends the same number of messages at the same rate as the platform run.
export BENCH_EVENTS="$(( BENCH_RATE * BENCH_SECONDS ))"

bash deploy/local/stack.sh up
if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
  echo "[bench] npm run build" >&2
  npm run --silent build
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "[bench] floor: raw kafkajs produce -> consume, ${BENCH_EVENTS} messages at ${BENCH_RATE}/s" >&2
node -r ./scripts/register-paths.js dist/out-tsc/bench/kafka-floor.bench.js | tee "$work/floor.txt"

echo "[bench] platform: POST /organisations -> matchmaking directory, ${BENCH_EVENTS} organisations at ${BENCH_RATE}/s" >&2
BENCH_JSON_OUT="$work/platform.json" node -r ./scripts/register-paths.js dist/out-tsc/bench/membership-to-directory.bench.js

node -r ./scripts/register-paths.js dist/out-tsc/bench/compare-results.js "$work/floor.txt" "$work/platform.json"
