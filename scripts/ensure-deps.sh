#!/usr/bin/env bash
# Installs what Pacer's commands need on a fresh Debian machine with Node and npm: the npm packages
# (from the lockfile) and Debian's Chromium with a CJK font. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "pacer: need root to run: $*" >&2; exit 1; fi
}

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# Without a CJK font, Chinese renders as boxes in screenshots.
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "pacer: installing from Debian: ${need_apt[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need_apt[@]}" fontconfig >/dev/null
fi

# Install exactly the lockfile (`npm ci`) when node_modules is missing or older than it. The lockfile lists every
# platform's optional packages (rollup's, esbuild's, Biome's binaries), so it installs the same on any machine.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "pacer: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
# WXT's generated types (.wxt/) are needed by tsc and vitest.
[ -f .wxt/tsconfig.json ] || npx wxt prepare >/dev/null
