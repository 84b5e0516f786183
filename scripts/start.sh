#!/usr/bin/env bash
# berth's embedded default: serve the example resources from this folder on the local Docker engine.
# Installs dependencies and a Docker engine when missing (on Debian, as root).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/prepare.sh
# The same memory settings as the container image (see Dockerfile).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec node --max-semi-space-size=2 bin/berth.js serve --watch "${BERTH_WATCH:-examples/resources}" "$@"
