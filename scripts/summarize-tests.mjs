// @ts-check
/**
 * Adds up the typecheck and both vitest JSON reports into the one closing line CI reads:
 * "N passed, N failed". A runner that crashed before writing its report counts as one failure, so a
 * broken run can never look green.
 *   node scripts/summarize-tests.mjs <typecheckFailed> <unit.json> <unitExit> <e2e.json> <e2eExit>
 */
import { existsSync, readFileSync } from 'node:fs';

const [typecheckFailed = '1', ...rest] = process.argv.slice(2);
let passed = typecheckFailed === '0' ? 1 : 0;
let failed = typecheckFailed === '0' ? 0 : 1;

for (let i = 0; i < rest.length; i += 2) {
  const file = rest[i] ?? '';
  const exit = Number(rest[i + 1] ?? '1');
  if (!existsSync(file)) {
    console.error(`no report at ${file}: counted as one failure`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  const f = report.numFailedTests ?? 0;
  failed += f;
  // Exit code non-zero with no failing test: a suite failed to load, or no test ran.
  if (exit !== 0 && f === 0) failed += 1;
  if ((report.numTotalTests ?? 0) === 0) failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
