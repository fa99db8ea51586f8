#!/usr/bin/env bash
# Benchmarks of apps/opportunities (issue 3, point 7). Prints figures only; not part of the pass/fail suite.
#
#   npm run bench:opportunities                 # both: broadcast, then fan-out
#   npm run bench:opportunities -- broadcast    # or: fanout
#   BENCH_RATES=50 BENCH_SECONDS=10 npm run bench:opportunities -- broadcast
#
# broadcast: HTTP publish -> SSE receipt p50/p95/p99 at each steady rate with N matching SSE subscribers,
#   next to raw kafkajs produce -> consume at the same rate and count (measured in the same run), the
#   ratio, deliveries per second and the backlog's growth (sustained or not).
#   BENCH_RATES [10,100], BENCH_SECONDS [15], BENCH_SUBSCRIBERS [100], BENCH_WARMUP_PUBLICATIONS [5],
#   BENCH_DRAIN_TIMEOUT_MS [180000].
# fanout: concurrent SSE subscribers one replica serves while 95% of broadcasts reach all of them
#   within the target, and the service's RSS at each level.
#   BENCH_FANOUT_LEVELS [1000,2500,5000,10000], BENCH_FANOUT_SUBSCRIPTIONS [1], BENCH_FANOUT_BROADCASTS [10],
#   BENCH_FANOUT_TARGET_MS [500], BENCH_FANOUT_BROADCAST_TIMEOUT_MS [5000], BENCH_FANOUT_GAP_MS [500],
#   BENCH_FANOUT_CLIENT_PROCESSES [2], BENCH_FANOUT_CONNECT_TIMEOUT_MS [120000] (per level; then measured as is).
# Common: KAFKA_BROKERS [127.0.0.1:9092], MONGODB_URI [mongodb://127.0.0.1:27017], BENCH_KEEP_DATA=1,
#   ICN_DIST_DIR [.local/bench-opp-dist] (the build the services and benchmarks run from; its own
#   directory so other builds of dist/out-tsc cannot change it mid-run), BENCH_SKIP_BUILD=1 (reuse it).
# Results are appended to bench/results/results.jsonl (gitignored); service logs go to .local/logs/bench/.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
. "$repo/scripts/use-pinned-node.sh" # the pinned Node.js LTS (.nvmrc)

which="${1:-all}"
case "$which" in all | broadcast | fanout) ;; *) echo "usage: $0 [all|broadcast|fanout]" >&2; exit 2 ;; esac

export ICN_DIST_DIR="${ICN_DIST_DIR:-.local/bench-opp-dist}"

# 10,000 SSE connections need as many descriptors in the service and in the client processes.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if (( $(ulimit -n) < 12000 )); then echo "[bench] warning: ulimit -n is $(ulimit -n); large fan-out levels may fail" >&2; fi

source bench/support/stack-bench-setup.sh

run() { node -r ./scripts/register-paths.js "$ICN_DIST_DIR/bench/$1.bench.js"; }
if [[ "$which" == all || "$which" == broadcast ]]; then
  echo "[bench] opportunities broadcast: publish -> SSE at ${BENCH_RATES:-10,100}/s for ${BENCH_SECONDS:-15} s each, ${BENCH_SUBSCRIBERS:-100} subscribers" >&2
  run opportunities-broadcast
fi
if [[ "$which" == all || "$which" == fanout ]]; then
  echo "[bench] opportunities fan-out: levels ${BENCH_FANOUT_LEVELS:-1000,2500,5000,10000}" >&2
  run opportunities-fanout
fi
