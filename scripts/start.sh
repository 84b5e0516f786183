#!/usr/bin/env bash
# berth's embedded default: serve the example resources from this folder on the local Docker engine.
# Installs dependencies and a Docker engine when missing (on Debian, as root).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/prepare.sh
exec node bin/berth.js serve --watch "${BERTH_WATCH:-examples/resources}" "$@"
