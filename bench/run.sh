#!/usr/bin/env bash
# Benchmark: organisation created over HTTP -> present in matchmaking's directory, next to the raw
# kafkajs produce -> consume floor measured in the same run at the same rate and count.
# Prints figures only; not part of the pass/fail suite.
#
#   npm run bench                                           # every case: 3 rates x 2 replica counts x 2 stores
#   BENCH_RATES=10 BENCH_MEMBERSHIP_REPLICAS=3 BENCH_STORES=100k npm run bench   # one case
#
# Environment (defaults in brackets):
#   BENCH_RATES [10,50,100] creates per second; BENCH_MEMBERSHIP_REPLICAS [1,3] membership processes on one
#   database, requests round-robin; BENCH_STORES [empty,100k] (100k: BENCH_SEED_ORGANISATIONS [100000]
#   organisations seeded directly in membership's and matchmaking's databases, BENCH_SEED_BATCH [1000]);
#   BENCH_SECONDS [15] measured per case, BENCH_WARMUP_SECONDS [3], BENCH_DRAIN_TIMEOUT_MS [300000];
#   KAFKA_BROKERS [127.0.0.1:9092], MONGODB_URI [mongodb://127.0.0.1:27017], BENCH_KEEP_DATA=1 (keep the
#   run's databases and groups); ICN_DIST_DIR [.local/bench-dist] (the build the services and the benchmark
#   run from: its own directory, so another build of dist/out-tsc cannot change it mid-run), BENCH_SKIP_BUILD=1.
# Results are appended to bench/results/results.jsonl (gitignored); service logs go to .local/logs/bench/.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
. "$repo/scripts/use-pinned-node.sh" # the pinned Node.js LTS (.nvmrc)

export ICN_DIST_DIR="${ICN_DIST_DIR:-.local/bench-dist}"

source bench/support/stack-bench-setup.sh

echo "[bench] HTTP create -> in directory: rates ${BENCH_RATES:-10,50,100}/s, membership replicas ${BENCH_MEMBERSHIP_REPLICAS:-1,3}, stores ${BENCH_STORES:-empty,100k}, ${BENCH_SECONDS:-15} s per case" >&2
node -r ./scripts/register-paths.js "$ICN_DIST_DIR/bench/membership-to-directory.bench.js"
