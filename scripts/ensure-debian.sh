#!/usr/bin/env bash
# Installs Debian packages whose program is missing: ensure-debian.sh <program-path> <package> [<program-path> <package> …]
# Used for the browser tests (chromium), the nginx test and the page benchmark (wrk, nginx); nothing is downloaded from elsewhere.
set -euo pipefail
missing=()
while [ $# -ge 2 ]; do
  [ -x "$1" ] || missing+=("$2")
  shift 2
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian's ${missing[*]}…"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Cannot install ${missing[*]} without root. Run: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
