#!/usr/bin/env bash
# All benchmarks, one command: medians over several runs, ratios against baselines measured in
# the same run. Pass --runs=N to change the number of runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prepare.sh
npx tsc -p tsconfig.bench.json
for bench in validate noop-reconcile drift-repair apply-vs-compose; do
  bench=dist-bench/bench/$bench.js
  echo "== ${bench#dist-bench/}"
  node "$bench" "$@"
done
