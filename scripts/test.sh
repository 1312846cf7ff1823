#!/usr/bin/env bash
# The whole test suite: typecheck, unit tests (vitest + happy-dom), end-to-end tests (the built extension in
# real headless Debian Chromium against the demo CRM on 127.0.0.1). Installs what it needs first.
# Ends with one line "N passed, N failed" counting every test (the typecheck counts as one).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1

mkdir -p artifacts
rm -f artifacts/unit.json artifacts/e2e.json
typecheck_failed=0

echo "== typecheck"
if ! npx tsc --noEmit; then typecheck_failed=1; fi

echo "== unit tests"
npx vitest run --config vitest.config.ts --reporter=default --reporter=json --outputFile.json=artifacts/unit.json
unit_rc=$?

echo "== end-to-end tests"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=artifacts/e2e.json
e2e_rc=$?

node scripts/summarize-tests.mjs "$typecheck_failed" artifacts/unit.json "$unit_rc" artifacts/e2e.json "$e2e_rc"
