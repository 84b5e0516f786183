#!/usr/bin/env bash
# All benchmarks, one command: medians over several runs, ratios against baselines measured in
# the same run; each also records its figures in bench/results.json. Arguments go to every
# benchmark (--runs=N changes the number of runs). apply-vs-compose comes last: it is the longest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prepare.sh
npx tsc -p tsconfig.bench.json
for bench in validate noop-reconcile memory drift-repair job-schedule webhook-latency apply-vs-compose; do
  echo "== bench/$bench"
  node "dist-bench/bench/$bench.js" "$@"
done
