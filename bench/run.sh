#!/usr/bin/env bash
# `npm run bench`: every benchmark in this folder, one after the other. Each prints its figures next to a
# baseline measured in the same run; none of them is a test and none asserts a time.
set -euo pipefail
cd "$(dirname "$0")/.."
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-bench-secret}"
for bench in bench/*.ts; do
  echo "== $bench"
  npx tsx "$bench"
done
for bench in bench/*.sh; do
  [ "$(basename "$bench")" = run.sh ] && continue
  echo "== $bench"
  bash "$bench"
done
