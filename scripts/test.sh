#!/usr/bin/env bash
# The whole test suite: typecheck, lint (layering rules and format), unit tests (vitest + happy-dom), end-to-end
# tests (the built extension in real headless Debian Chromium against the demo CRM on 127.0.0.1). Installs what
# it needs first. Ends with one line "N passed, N failed" counting every test (the typecheck and the lint count
# as one each).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1

mkdir -p artifacts
rm -f artifacts/unit.json artifacts/e2e.json
checks_failed=0

echo "== typecheck"
npx tsc --noEmit || checks_failed=$((checks_failed + 1))

echo "== lint"
npm run --silent lint || checks_failed=$((checks_failed + 1))

echo "== unit tests"
npx vitest run --config vitest.config.ts --reporter=default --reporter=json --outputFile.json=artifacts/unit.json
unit_rc=$?

echo "== end-to-end tests"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=artifacts/e2e.json
e2e_rc=$?

node scripts/summarize-tests.mjs 2 "$checks_failed" artifacts/unit.json "$unit_rc" artifacts/e2e.json "$e2e_rc"
