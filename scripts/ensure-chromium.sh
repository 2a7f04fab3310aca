#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser downloads here). Install it when it is missing.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
bash "$(dirname "$0")/ensure-debian.sh" "$chromium_path" chromium
