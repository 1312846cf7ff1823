// @ts-check
/**
 * `npm run bench`: builds Pacer and prints each figure on its own line, in one form a script can read:
 *   bench <name>: <value> <unit> (budget <budget>)
 * Bundle sizes come from the build output; timings come from real Chromium, in the modules under
 * tests/bench/ (each exports `run(ctx)` returning its lines). A figure over its budget makes the run exit 1. A
 * figure that only measures the machine (its noise, what any extension page or script costs) has no budget:
 * `(budget none)`, and never fails the run.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCrm } from '../demo-crm/server.mjs';
import { buildExtension, ROOT } from './lib/build.mjs';
import { bundleSizes } from './lib/bundle-sizes.mjs';

/** @typedef {{ name: string, value: number, unit: string, budget: number | null }} Figure */

/** @param {Figure} f */
export function formatFigure(f) {
  const v = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(f.value < 10 ? 2 : 1);
  return `bench ${f.name}: ${v} ${f.unit} (budget ${f.budget === null ? 'none' : `${f.budget} ${f.unit}`})`;
}

const only = process.argv[2];
const extensionDir = buildExtension();
/** @type {Figure[]} */
const figures = [];
const report = (/** @type {Figure} */ f) => {
  figures.push(f);
  console.log(formatFigure(f));
};

for (const f of await bundleSizes(extensionDir)) report(f);

const crm = /** @type {{ url: string, close: () => Promise<void> }} */ (await startCrm({ port: 0 }));
try {
  const dir = join(ROOT, 'tests', 'bench');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only))).sort();
  for (const file of files) {
    const mod = await import(pathToFileURL(join(dir, file)).href);
    await mod.run({ extensionDir, crmUrl: crm.url, report });
  }
} finally {
  await crm.close();
}

const over = figures.filter((f) => f.budget !== null && f.value > f.budget);
if (over.length) {
  console.error(`over budget: ${over.map((f) => f.name).join(', ')}`);
  process.exit(1);
}
