#!/usr/bin/env bash
# `npm run bench`: every benchmark in this folder, one after the other; `npm run bench -- <name> [options]`: one of
# them (bench/<name>.ts or .sh, e.g. `npm run bench -- pages --duration 5`). Each prints its figures next to a
# baseline measured in the same run; none of them is a test and none asserts a time.
set -euo pipefail
cd "$(dirname "$0")/.."
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-bench-secret}"
if [ $# -gt 0 ]; then
  name="$1"
  shift
  if [ -f "bench/$name.ts" ]; then exec npx tsx "bench/$name.ts" "$@"; fi
  if [ -f "bench/$name.sh" ] && [ "$name" != run ]; then exec bash "bench/$name.sh" "$@"; fi
  echo "No benchmark bench/$name.ts or .sh; there are: $(cd bench && ls *.ts *.sh 2>/dev/null | grep -v '^run.sh$' | tr '\n' ' ')" >&2
  exit 2
fi
for bench in bench/*.ts; do
  echo "== $bench"
  npx tsx "$bench"
done
for bench in bench/*.sh; do
  [ "$(basename "$bench")" = run.sh ] && continue
  echo "== $bench"
  bash "$bench"
done
