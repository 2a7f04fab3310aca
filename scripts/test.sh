#!/usr/bin/env bash
# `npm test`: the whole suite — type check, dependency rules, build, then unit, integration (SQLite and PostgreSQL)
# and browser tests in one Vitest run. Extra arguments go to Vitest (e.g. `npm test -- --project unit`).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-test-secret-not-for-production}"
bash scripts/ensure-chromium.sh
echo "> tsc --noEmit"
npx tsc --noEmit
echo "> dependency rules (.dependency-cruiser.cjs)"
npm run --silent lint:deps
node scripts/build-if-stale.mjs
npx vitest run "$@"
