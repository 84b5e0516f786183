#!/usr/bin/env bash
# What start, test and bench need first: dependencies, a Docker engine that answers, the example
# images, and a build. Each step does nothing when its work is already done.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensure-docker.sh
bash scripts/example-images.sh
npm run --silent build
