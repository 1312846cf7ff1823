// @ts-check
/**
 * Adds up the static checks (typecheck, lint: one test each) and both vitest JSON reports into the one closing
 * line CI reads: "N passed, N failed". A runner that crashed before writing its report counts as one failure,
 * so a broken run can never look green.
 *   node scripts/summarize-tests.mjs <checks> <checksFailed> <unit.json> <unitExit> <e2e.json> <e2eExit>
 */
import { existsSync, readFileSync } from 'node:fs';

const [checks = '0', checksFailed = '', ...rest] = process.argv.slice(2);
const total = Number(checks);
// An unreadable count of failed checks counts them all as failed.
let failed = /^\d+$/.test(checksFailed) ? Math.min(total, Number(checksFailed)) : total;
let passed = total - failed;

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
