#!/usr/bin/env bash
# `npm test`: the whole suite — type check, dependency rules, build, then unit, integration (SQLite and PostgreSQL)
# and browser tests in one Vitest run; then, for a full run, the unit and integration tests again on Node 24 LTS
# (scripts/node24.mjs installs it from npm on first use). Extra arguments go to Vitest (e.g. `npm test -- --project
# unit`) and skip the second runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-test-secret-not-for-production}"
bash scripts/ensure-chromium.sh
# tests/e2e/nginx.test.ts runs deploy/nginx/toolbox.conf in Debian's nginx.
bash scripts/ensure-debian.sh /usr/sbin/nginx nginx
echo "> tsc --noEmit"
npx tsc --noEmit
echo "> dependency rules (.dependency-cruiser.cjs)"
npm run --silent lint:deps
node scripts/build-if-stale.mjs
npx vitest run "$@"
if [ "$#" -eq 0 ] && [ "$(node -p 'process.versions.node.split(".")[0]')" != 24 ]; then
  echo "> unit and integration tests on Node 24 LTS"
  node scripts/node24.mjs node_modules/vitest/vitest.mjs run --project unit --project integration
fi
