#!/usr/bin/env bash
# Benchmark of matchmaking's in-memory ranking (issue 4, point 8). Needs no Kafka or MongoDB.
# Prints figures only; not part of the pass/fail suite.
#
#   npm run bench:matching
#   BENCH_MATCHING_ORGANISATIONS=200000 npm run bench:matching
#
# Environment (defaults in brackets): BENCH_MATCHING_ORGANISATIONS [100000], BENCH_MATCHING_QUERIES [500]
# (opportunities ranked, and organisations ranked for), BENCH_MATCHING_OPPORTUNITIES [5000] (held open),
# BENCH_MATCHING_UPSERTS [1000], BENCH_MATCHING_LIMIT [20], BENCH_MATCHING_SEED [20260301],
# ICN_DIST_DIR [.local/bench-matching-dist] (its own build, so other builds cannot change it mid-run),
# BENCH_SKIP_BUILD=1 (reuse it).
# Results are appended to bench/results/results.jsonl (gitignored).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

export ICN_DIST_DIR="${ICN_DIST_DIR:-.local/bench-matching-dist}"

if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
  echo "[bench] tsc -p bench/tsconfig.matching.json --outDir $ICN_DIST_DIR" >&2
  npx tsc -p bench/tsconfig.matching.json --outDir "$ICN_DIST_DIR"
fi

# --expose-gc: memory is read after a full collection, so it is what the index holds, not garbage.
node --expose-gc -r ./scripts/register-paths.js "$ICN_DIST_DIR/bench/matchmaking-ranking.bench.js"
