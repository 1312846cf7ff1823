#!/usr/bin/env bash
# Runs the product: builds Pacer, starts the demo CRM on 127.0.0.1 and opens Chromium with the extension
# loaded on a demo client screen. Without a display it says so and writes screenshots instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec node scripts/demo.mjs "$@"
