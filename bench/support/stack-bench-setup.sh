#!/usr/bin/env bash
# Sourced by the benchmarks that run the services on the local stack (run.sh, run-catch-up.sh,
# run-opportunities.sh), from the repository's root, after setting ICN_DIST_DIR's default: the
# addresses' defaults, the stack if it is not running, and the benchmark's own build (its own
# directory, so another build of dist/out-tsc cannot change the code under a run).
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
export MONGODB_URI="${MONGODB_URI:-mongodb://127.0.0.1:27017}"
export KAFKAJS_NO_PARTITIONER_WARNING=1

source bench/support/stack-if-needed.sh
if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
  echo "[bench] tsc -p tsconfig.build.json --outDir $ICN_DIST_DIR" >&2
  npx tsc -p tsconfig.build.json --outDir "$ICN_DIST_DIR"
fi
