#!/usr/bin/env bash
# All benchmarks, one command: medians over several runs, ratios against baselines measured in
# the same run. Pass --runs=N to change the number of runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prepare.sh
npx tsc -p tsconfig.bench.json
for bench in dist-bench/bench/validate.js dist-bench/bench/noop-reconcile.js dist-bench/bench/apply-vs-compose.js; do
  echo "== ${bench#dist-bench/}"
  node "$bench" "$@"
done
