#!/usr/bin/env bash
# The whole test suite: installs dependencies when missing, makes a Docker engine and the example
# images available, builds, checks types, lint, generated types and validators, that the Action's
# committed bundle matches its source, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/prepare.sh
bash scripts/ensure-test-tools.sh
node scripts/gen-types.mjs --check
node scripts/gen-validators.mjs --check
node scripts/build-action.mjs --check
npx tsc -p tsconfig.json --noEmit
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
report=$(mktemp)
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# One plain closing line that any CI reads: "N passed, N failed".
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)' "$report" || true
rm -f "$report"
exit "$status"
