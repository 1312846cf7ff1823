// @ts-check
/**
 * Client-ID reading in real Chromium:
 * - detect-10k-median: one zero-config read on a ~10,000-element legacy screen as the content script does it
 *   after a change that added or removed no element (its frames and shadow roots known from the previous read; the
 *   label text found from the page's textContent), median over many runs, in ms;
 *   detect-10k-cold-median: after elements came or went (the web components and frames found again, by XPath);
 * - detect-hostile-median: the same read (frames and shadow roots known from the previous read)
 *   on a client screen carrying 10 MB of text (demo-crm/fixtures/hostile/huge.html: a JSON data island, a style
 *   sheet, a template's children, a hidden report, a log, a textarea, a label that never ends), in ms;
 * - detect-long-url-median: that read on the ~10,000-element legacy screen at an address of 10,000 characters, with
 *   20 site rules of 8 stars each that do not match it (a bank's policy) before zero-config reads the screen, in ms.
 *   Its budget is detect-10k-median's: however long the address, matching it must not move a read of the same
 *   screen out of its budget (globs see its first 2,048 characters, with no backtracking);
 * - host-overhead: the page's own scripted work (DOM updates in 40 short tasks; the page times each of
 *   its tasks) with Pacer's content script in the page vs without it, in %: one browser, one tab, the
 *   script's registration switched on and off between runs in turn; each side's burst time, task by task
 *   over all rounds, each task's slowest quarter of rounds left out;
 *   host-script-overhead: all script on the page's main thread (the page's, and Pacer's reads between the
 *   page's tasks, from Chromium's own counters), median per run, with vs without, in %;
 *   host-overhead-noise: host-overhead's stopwatch between two sides that are both without Pacer: how much
 *   this run's machine moves the figure by itself;
 *   host-overhead-empty-script: the same stopwatch with an empty content script (`void 0;`) registered
 *   exactly as Pacer's is, vs none: what the browser charges the page for any extension script in it (an
 *   isolated world), so Pacer's own share is host-overhead minus this, within the noise.
 *   The page's wall-clock time is not used: in headless Chromium it mostly measures how many frames
 *   happened to be drawn between the page's tasks (the same run varies from 50 to 650 ms);
 * - host-cpu-share (budget 2 %): the standard host workload (scripts/lib/cpu-profile.mjs) under V8's sampling profiler,
 *   the share of the page thread's script time in Pacer's own scripts; host-cpu-floor-share: the same for the least a
 *   client reader can do (never shipped: ask for the page's rules, search the page's text for one label once, report
 *   once), registered exactly as Pacer's, its passes taken in turn with Pacer's: what reading the page at all costs on
 *   this workload, so the part of host-cpu-share that is Pacer's checks is the difference;
 * - spa-switch-median: from a single-page CRM rendering the next client (after a pushState) to the
 *   background holding that client for the side panel, in ms.
 * Pairing the rounds cancels slow drifts of the machine's load; a loaded 2-core machine still moves the
 * percentages by a point or two, so read them on an idle machine.
 */

import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../../scripts/lib/build.mjs';
import { extensionWorker, launch, waitForContentScriptRegistration } from '../../scripts/lib/chromium.mjs';
import { attribute, cpuProfile, hostWorkload } from '../../scripts/lib/cpu-profile.mjs';
import { median, trimmedMean } from '../../scripts/lib/stats.mjs';

const HOST_ROUNDS = 24;
/** host-cpu-share's profiled passes of the workload (the median is reported). */
const PROFILE_PASSES = 5;

/**
 * The least a client reader does on a page (host-cpu-floor-share; never shipped): one round trip for the page's rules,
 * one search of the page's text for one label, one report; no frames, shadow roots, visibility, order, nor watching.
 */
const FLOOR_READER = `(async () => {
  const url = location.href.slice(0, 2048);
  await chrome.runtime.sendMessage({ type: 'get-rules', url });
  const text = document.body ? document.body.textContent : '';
  const at = text.indexOf('客户号');
  const m = at < 0 ? null : /\\d{6,}/.exec(text.slice(at, at + 40));
  const clientId = m ? m[0] : null;
  await chrome.runtime.sendMessage({ type: 'page-client', clientId, via: clientId && '客户号', rule: null, strategy: clientId && 'heuristic', loading: false, refused: null, url });
})().catch(() => {});
`;

/** @param {{ extensionDir: string, crmUrl: string, report: (f: import("../../scripts/bench.mjs").Figure) => void }} ctx */
export async function run({ extensionDir, crmUrl, report }) {
  const bundle = await build({
    entryPoints: [join(ROOT, 'lib', 'client-id', 'detect.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'pacerDetect',
    target: 'chrome116',
    minify: true,
  });
  const detectCode = bundle.outputFiles[0]?.text ?? '';
  // A copy of the build that also carries an empty content script (never shipped): what any extension's
  // content script costs the page, measured beside Pacer's.
  const dir = await mkdtemp(join(tmpdir(), 'pacer-bench-ext-'));
  await cp(extensionDir, dir, { recursive: true });
  await writeFile(join(dir, 'bench-empty.js'), 'void 0;\n');
  await writeFile(join(dir, 'bench-floor.js'), FLOOR_READER);
  const { context } = await launch({ extensionDir: dir });
  try {
    const { worker, extensionId } = await extensionWorker(context);
    await waitForContentScriptRegistration(worker);
    const path = '/fixtures/bench-legacy.html';

    // detect-10k-median
    const page = await context.newPage();
    await page.goto(crmUrl.replace('127.0.0.1', 'localhost') + path);
    await page.addScriptTag({ content: detectCode });
    const { elements, memo, cold, found } = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      const { detectClientId, findRoots } = w.pacerDetect;
      // The content script keeps the roots (frames, shadow roots) of its last read.
      const roots = findRoots(document);
      const memoRead = () => detectClientId(document, [], { roots });
      // A read after elements came or went: the roots found again first.
      const coldRead = () => detectClientId(document, []);
      const sample = (/** @type {() => unknown} */ f) => {
        for (let i = 0; i < 20; i++) f();
        const times = [];
        for (let i = 0; i < 41; i++) {
          const t0 = performance.now();
          for (let j = 0; j < 10; j++) f();
          times.push((performance.now() - t0) / 10);
        }
        return times;
      };
      return {
        elements: w.benchElements,
        memo: sample(memoRead),
        cold: sample(coldRead),
        found: [memoRead()?.clientId, coldRead()?.clientId].join(),
      };
    });
    if (found !== '8800012345,8800012345') throw new Error(`bench page: expected 8800012345, detection said ${found}`);
    if (elements < 10_000) throw new Error(`bench page has only ${elements} elements`);
    const ms = (/** @type {number[]} */ xs) => Math.round(median(xs) * 1000) / 1000;
    report({ name: 'detect-10k-median', value: ms(memo), unit: 'ms', budget: 1 });
    report({ name: 'detect-10k-cold-median', value: ms(cold), unit: 'ms', budget: 5 });

    // detect-long-url-median: the same screen, at an address of 10,000 characters, under 20 rules that miss it.
    const longUrl = `${crmUrl.replace('127.0.0.1', 'localhost')}${path}?state=${'x'.repeat(10_000)}`;
    await page.goto(longUrl);
    await page.addScriptTag({ content: detectCode });
    const long = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      const { detectClientId, findRoots } = w.pacerDetect;
      const rules = Array.from({ length: 20 }, (_, i) => ({
        id: `r${i}`,
        name: `r${i}`,
        match: [`${location.origin}/${'*a'.repeat(7)}*${i}b`],
        strategies: [{ kind: 'label', labels: ['客户号'] }],
      }));
      const roots = findRoots(document);
      const read = () => detectClientId(document, rules, { roots });
      for (let i = 0; i < 20; i++) read();
      const times = [];
      for (let i = 0; i < 41; i++) {
        const t0 = performance.now();
        for (let j = 0; j < 10; j++) read();
        times.push((performance.now() - t0) / 10);
      }
      return { times, found: read()?.clientId, length: location.href.length };
    });
    if (long.found !== '8800012345') throw new Error(`long address: expected 8800012345, detection said ${long.found}`);
    if (long.length < 10_000) throw new Error(`the address has only ${long.length} characters`);
    report({ name: 'detect-long-url-median', value: ms(long.times), unit: 'ms', budget: 1 });

    // detect-hostile-median: a client screen with 10 MB of text.
    await page.goto(`${crmUrl.replace('127.0.0.1', 'localhost')}/fixtures/hostile/huge.html`);
    await page.addScriptTag({ content: detectCode });
    const hostile = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      const { detectClientId, findRoots } = w.pacerDetect;
      const roots = findRoots(document);
      const read = () => detectClientId(document, [], { roots });
      const cold = () => detectClientId(document, []);
      const sample = (/** @type {() => unknown} */ f) => {
        for (let i = 0; i < 5; i++) f();
        const times = [];
        for (let i = 0; i < 21; i++) {
          const t0 = performance.now();
          for (let j = 0; j < 5; j++) f();
          times.push((performance.now() - t0) / 5);
        }
        return times;
      };
      return { memo: sample(read), cold: sample(cold), found: [read()?.clientId, cold()?.clientId].join(), chars: w.hostileChars };
    });
    if (hostile.found !== '8800012345,8800012345') throw new Error(`hostile page: expected 8800012345, detection said ${hostile.found}`);
    if (hostile.chars < 10_000_000) throw new Error(`the hostile page has only ${hostile.chars} characters of text`);
    report({ name: 'detect-hostile-median', value: ms(hostile.memo), unit: 'ms', budget: 5 });
    console.log(`  (10 MB page: ${hostile.chars} characters of text; a read after elements came or went: ${ms(hostile.cold)} ms)`);
    await page.close();

    // host-overhead: one tab, the same page again and again, with Pacer's script registered (it runs in the
    // page) or not (the browser never injects it), in turn. Separate browsers or tabs differ by several
    // per cent from each other with no extension at all (different processes), which would hide a 2 % budget.
    const registration = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())[0]);
    if (!registration) throw new Error('the CRM content script is not registered');
    // The same registration (origins, frames, timing) with the empty script in place of Pacer's.
    const empty = { ...registration, id: 'bench-empty', js: ['bench-empty.js'] };
    const floor = { ...registration, id: 'bench-floor', js: ['bench-floor.js'] };
    /** @typedef {'pacer' | 'empty' | 'floor' | 'none'} Script */
    const setScript = (/** @type {Script} */ script) =>
      worker.evaluate(
        async ({ script, registration, empty, floor }) => {
          const ids = (await chrome.scripting.getRegisteredContentScripts()).map((r) => r.id);
          const want = script === 'pacer' ? registration : script === 'empty' ? empty : script === 'floor' ? floor : null;
          if (ids.length === 1 && ids[0] === want?.id) return;
          if (ids.length) await chrome.scripting.unregisterContentScripts({ ids });
          if (want) await chrome.scripting.registerContentScripts([want]);
        },
        { script, registration, empty, floor },
      );
    const host = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(host);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN;
    /** @typedef {{ script: Script, steps: number[][], scriptMs: number[] }} Side */
    /** @type {Side[]} */
    const sides = /** @type {Script[]} */ (['pacer', 'empty', 'none', 'none']).map((script) => ({ script, steps: [], scriptMs: [] }));
    const [withPacer, withEmpty, without, without2] = /** @type {[Side, Side, Side, Side]} */ (sides);
    const work = async (/** @type {Side} */ side) => {
      await setScript(side.script);
      await host.goto(crmUrl + path);
      // Let the content script settle (its first read and report) before the page starts working.
      await host.waitForTimeout(300);
      // A first pass warms the page's code (and Pacer's) up: a CRM screen works for hours, and the moment
      // the engine optimises a function otherwise moves each run's figure by several per cent.
      await host.evaluate(() => /** @type {any} */ (window).hostWork(40));
      await host.waitForTimeout(250);
      const before = await scriptSeconds();
      await host.evaluate(() => /** @type {any} */ (window).hostWork(40));
      // Pacer's read of the last change happens after the page's work ends: count it too.
      await host.waitForTimeout(250);
      side.scriptMs.push(((await scriptSeconds()) - before) * 1000);
      side.steps.push(await host.evaluate(() => /** @type {number[]} */ (/** @type {any} */ (window).hostSteps)));
    };
    await work(withPacer); // the first run of all is left out: it loads the content script's code
    const reported = await worker.evaluate(async () =>
      Object.values(await chrome.storage.session.get(null)).map((v) => /** @type {any} */ (v).clientId),
    );
    if (!reported.includes('8800012345')) throw new Error('the content script did not report the bench page');
    withPacer.steps.length = 0;
    withPacer.scriptMs.length = 0;
    for (let round = 0; round < HOST_ROUNDS; round++) {
      // Each side takes each place in the order equally often, so none always runs on a warmer machine.
      for (let k = 0; k < sides.length; k++)
        await work(/** @type {Side} */ (sides[(round + (round % 2 ? sides.length - k : k)) % sides.length]));
    }
    await setScript('pacer');
    // A side's figure is the time of its 40-task burst: each task (the 1st, the 2nd, …) taken over all rounds
    // with that task's slowest quarter of rounds dropped (the runs another process on the machine
    // interrupted), then summed. Dropping per task rather than over all tasks keeps a cost that falls on the
    // same task every time: after each of Pacer's reads, the first change the page makes finds the watcher
    // listening again, and that task pays for the mutation records of all its changes.
    const burstMs = (/** @type {Side} */ side) => {
      let total = 0;
      for (let i = 0; i < (side.steps[0]?.length ?? 0); i++)
        total += trimmedMean(
          side.steps.map((run) => run[i] ?? NaN),
          0.75,
        );
      return total;
    };
    const firstTaskMs = (/** @type {Side} */ side) =>
      trimmedMean(
        side.steps.map((run) => run[0] ?? NaN),
        0.75,
      );
    const percent = (/** @type {number} */ x, /** @type {number} */ y) => Math.round((x / y - 1) * 10_000) / 100;
    // Reported as measured: a negative figure is noise larger than Pacer's cost. Wall-clock comparisons drown in
    // this machine's noise (host-overhead-noise says how much): information, without a budget; host-cpu-share
    // below is the budgeted figure.
    report({ name: 'host-overhead', value: percent(burstMs(withPacer), burstMs(without)), unit: '%', budget: null });
    report({ name: 'host-script-overhead', value: percent(median(withPacer.scriptMs), median(without.scriptMs)), unit: '%', budget: null });
    // What an empty content script, registered just as Pacer's, costs the same page in the same run: the
    // browser's own price for having any extension script in the page, which Pacer's figure includes.
    report({ name: 'host-overhead-empty-script', value: percent(burstMs(withEmpty), burstMs(without)), unit: '%', budget: null });
    // The same two stopwatches between two sides that are alike (both without Pacer): this run's noise.
    report({ name: 'host-overhead-noise', value: percent(burstMs(without2), burstMs(without)), unit: '%', budget: null });
    const line = (/** @type {Side} */ side) =>
      `burst ${burstMs(side).toFixed(2)} ms (first task ${firstTaskMs(side).toFixed(2)} ms), all script ${median(side.scriptMs).toFixed(1)} ms`;
    console.log(
      `  (${HOST_ROUNDS} rounds; with Pacer: ${line(withPacer)}; with an empty script: ${line(withEmpty)}; ` +
        `without: ${line(without)}; without, again: ${line(without2)})`,
    );

    // host-cpu-share: the standard host workload (the page's load, then bursts of DOM changes) once more with
    // Pacer in the page, under V8's sampling profiler on the page's thread: of the samples spent in script, the
    // share whose nearest frame with a script URL is one of Pacer's (chrome-extension://<id>/…). The same run, the
    // same thread, attributed by URL: neither the machine's noise nor the browser's own work moves it.
    // Five passes of each, Pacer's and the floor reader's in turn (slow drifts of the machine fall on both), the median
    // pass of each reported: a pass holds one page load (Pacer's first read on it is most of its share) and whichever
    // of Pacer's later reads fall inside it, so single passes of one build differ by a point or more.
    /** @type {Record<'pacer' | 'floor', (ReturnType<typeof attribute> & { percent: number })[]>} */
    const passes = { pacer: [], floor: [] };
    for (let pass = 0, misses = 0; pass < 2 * PROFILE_PASSES; ) {
      const script = pass % 2 ? 'floor' : 'pacer';
      await setScript(script);
      // A registration reaches the page's process after the call returns: one load first, so the profiled one has
      // the script it is meant to have.
      await host.goto(crmUrl + path);
      await host.waitForTimeout(300);
      const profiled = await cpuProfile(context, host, () => hostWorkload(host, crmUrl + path));
      const share = attribute(profiled, `chrome-extension://${extensionId}/`);
      if (!share.scriptMs) throw new Error('the profile holds no script time');
      // Not one sample in the extension's script: it was not in the page; that pass again, not a figure of 0.
      if (!share.ownMs) {
        if (++misses > PROFILE_PASSES) throw new Error(`the ${script} script was missing from ${misses} profiled passes`);
        continue;
      }
      passes[script].push({ ...share, percent: (share.ownMs / share.scriptMs) * 100 });
      pass++;
    }
    await setScript('pacer');
    const medianPass = (/** @type {'pacer' | 'floor'} */ script) => {
      const sorted = [...passes[script]].sort((a, b) => a.percent - b.percent);
      return { sorted, mid: /** @type {(typeof sorted)[number]} */ (sorted[Math.floor(sorted.length / 2)]) };
    };
    const pacer = medianPass('pacer');
    const floorPass = medianPass('floor');
    const share = pacer.mid;
    report({ name: 'host-cpu-share', value: Math.round(share.percent * 100) / 100, unit: '%', budget: 2 });
    report({ name: 'host-cpu-pacer-slices', value: share.slices, unit: 'slices', budget: null });
    report({ name: 'host-cpu-pacer-ms', value: Math.round(share.ownMs * 100) / 100, unit: 'ms', budget: null });
    report({ name: 'host-cpu-floor-share', value: Math.round(floorPass.mid.percent * 100) / 100, unit: '%', budget: null });
    console.log(
      `  (median of ${PROFILE_PASSES} profiles, ${pacer.sorted.map((p) => `${p.percent.toFixed(2)} %`).join(' / ')}: ` +
        `${share.scriptMs.toFixed(1)} ms of script on the page's thread, ${share.ownMs.toFixed(2)} ms of it Pacer's, ` +
        `in ${share.slices} slices of Pacer's work (its reads and what they set off); by URL: ${share.byUrl}; ` +
        `the floor reader's passes ${floorPass.sorted.map((p) => `${p.percent.toFixed(2)} %`).join(' / ')}, its median ` +
        `${floorPass.mid.ownMs.toFixed(2)} ms)`,
    );

    // spa-switch-median: a single-page CRM switches client by pushState and renders the new one 600 ms
    // later; from that render to the background holding the new client (what the panel shows).
    const spa = await context.newPage();
    await spa.goto(`${crmUrl}/fixtures/spa/client/8800010001`);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, spa.url());
    /** @type {number[]} */ const lags = [];
    for (let i = 0; i < 8; i++) {
      const target = i % 2 ? '8800010001' : '8800010002';
      await worker.evaluate(
        ({ key, id }) => {
          const g = /** @type {any} */ (globalThis);
          g.benchFoundAt = 0;
          const listener = (/** @type {any} */ changes, /** @type {string} */ area) => {
            if (area === 'session' && changes[key]?.newValue?.clientId === id) {
              g.benchFoundAt = Date.now();
              chrome.storage.onChanged.removeListener(listener);
            }
          };
          chrome.storage.onChanged.addListener(listener);
        },
        { key: `tab:${tabId}`, id: target },
      );
      await spa.bringToFront();
      await spa.evaluate((id) => {
        history.pushState(null, '', `/fixtures/spa/client/${id}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, target);
      let foundAt = 0;
      for (let j = 0; j < 100 && !foundAt; j++) {
        await new Promise((r) => setTimeout(r, 50));
        foundAt = await worker.evaluate(() => /** @type {any} */ (globalThis).benchFoundAt);
      }
      if (!foundAt) throw new Error(`the SPA switch to ${target} was never reported`);
      lags.push(foundAt - (await spa.evaluate(() => /** @type {any} */ (window).renderedAt)));
    }
    report({ name: 'spa-switch-median', value: median(lags), unit: 'ms', budget: 300 });
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
