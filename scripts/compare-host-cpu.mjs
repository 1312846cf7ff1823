// @ts-check
/**
 * `node scripts/compare-host-cpu.mjs <built extension A> <built extension B> [more builds…] [rounds] [passes]`: Pacer's
 * CPU time on the page during the standard host workload (scripts/lib/cpu-profile.mjs, the workload of host-cpu-share),
 * for two or more builds side by side. One browser per build and round, builds in turn (A, B, A, B…) so the machine's
 * slow drifts fall on all; in each browser the first pass is left out (the browser's own first-time work), the others
 * are profiled. More than two builds: what each part of the page script costs, from builds that each leave one part
 * out (docs/performance.md: a read without its component search, without audits…).
 *
 * Why: on this VM one pass of one build gives 5 to 20 ms of Pacer's script, so a change that saves a millisecond or
 * two cannot be seen in host-cpu-share's five passes, nor in a probe of a few; medians of twenty or more passes per
 * build can tell two builds apart. Build each with `CRM_ORIGINS='http://127.0.0.1/*' npx wxt build` and copy
 * `.output/chrome-mv3` aside. Not part of `npm run bench` (it measures a difference, not the product).
 */
import { startCrm } from '../demo-crm/server.mjs';
import { extensionWorker, launch, waitForContentScriptRegistration } from './lib/chromium.mjs';
import { attribute, cpuProfile, hostWorkload } from './lib/cpu-profile.mjs';
import { median } from './lib/stats.mjs';

const args = process.argv.slice(2);
const dirs = args.filter((x) => !/^\d+$/.test(x));
const [roundsArg, passesArg] = args.filter((x) => /^\d+$/.test(x));
if (dirs.length < 2 || new Set(dirs).size !== dirs.length) {
  console.error(
    'usage: node scripts/compare-host-cpu.mjs <extension dir A> <extension dir B> [more dirs…] [rounds=4] [passes=6] (different directories; copy a build to compare it with itself)',
  );
  process.exit(2);
}
const rounds = Number(roundsArg ?? 4);
const passes = Number(passesArg ?? 6);
const crm = /** @type {{ url: string, close: () => Promise<void> }} */ (await startCrm({ port: 0 }));
/** @type {Record<string, { ownMs: number[], percent: number[] }>} */
const results = Object.fromEntries(dirs.map((dir) => [dir, { ownMs: [], percent: [] }]));
try {
  for (let round = 0; round < rounds; round++) {
    for (const dir of dirs) {
      const { context } = await launch({ extensionDir: dir });
      try {
        const { worker, extensionId } = await extensionWorker(context);
        await waitForContentScriptRegistration(worker);
        const page = context.pages()[0] ?? (await context.newPage());
        for (let pass = 0; pass <= passes; pass++) {
          const profile = await cpuProfile(context, page, () => hostWorkload(page, `${crm.url}/fixtures/bench-legacy.html`));
          if (pass === 0) continue;
          const share = attribute(profile, `chrome-extension://${extensionId}/`);
          const r = /** @type {{ ownMs: number[], percent: number[] }} */ (results[dir]);
          r.ownMs.push(share.ownMs);
          r.percent.push((share.ownMs / share.scriptMs) * 100);
        }
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await crm.close();
}
for (const [dir, r] of Object.entries(results)) {
  const sorted = [...r.ownMs].sort((x, y) => x - y);
  console.log(
    `${dir}: Pacer ${median(r.ownMs).toFixed(2)} ms per pass (median of ${r.ownMs.length}; quartiles ` +
      `${(sorted[Math.floor(sorted.length / 4)] ?? 0).toFixed(2)}–${(sorted[Math.floor((3 * sorted.length) / 4)] ?? 0).toFixed(2)}), ` +
      `share ${median(r.percent).toFixed(2)} %`,
  );
}
