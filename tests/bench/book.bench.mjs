// @ts-check
/**
 * The client book with years of work stored (10,000 clients, 100,000 contact-log entries, 5,000 deals), in real
 * Chromium, timed by the page's own clock (a watcher installed before the page's scripts run, read over CDP).
 *
 * - book-open-p95: navigation start → the board's cells with their counts in the DOM (the frame that shows them),
 *   over fresh navigations of one tab from an empty page. Budget 500 ms.
 * - book-cell-switch-p95: a click on another cell → that cell's table showing its first rows (about 1,000 clients a
 *   cell here). Budget 100 ms.
 * - call-list-median: the call-list view asked for (its hash) → today's list computed from the database and shown.
 *   Budget 150 ms.
 * - book-page-floor-p95 (no budget): an empty extension page's navigation on the same stopwatch: what the machine
 *   charges any page before Pacer does anything.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { extensionWorker, launch } from '../../scripts/lib/chromium.mjs';
import { median, quantile } from '../../scripts/lib/stats.mjs';

const CLIENTS = 10_000;
const CONTACTS = 100_000;
const DEALS = 5_000;
const OPENS = 20;
const SWITCHES = 40;
const CALL_LISTS = 21;
const WARM_UP = 3;
const START_HTML = '<!doctype html>\n<html lang="zh-CN"><head><meta charset="UTF-8" /><title>Pacer</title></head><body></body></html>\n';

const q1 = (/** @type {number[]} */ xs, /** @type {number} */ q) => Math.round(quantile(xs, q) * 10) / 10;

/** @param {{ extensionDir: string, crmUrl: string, report: (f: import("../../scripts/bench.mjs").Figure) => void }} ctx */
export async function run({ extensionDir, crmUrl, report }) {
  const dir = await mkdtemp(join(tmpdir(), 'pacer-bench-book-'));
  await cp(extensionDir, dir, { recursive: true });
  await writeFile(join(dir, 'bench-start.html'), START_HTML);
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./book-seed.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'pacerBenchSeed',
    target: 'chrome116',
  });
  const { context } = await launch({ extensionDir: dir });
  try {
    const { extensionId } = await extensionWorker(context);
    const base = `chrome-extension://${extensionId}/`;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${base}book.html`);
    await page.waitForSelector('[data-testid="book"][data-state="empty"]');
    await page.evaluate(`${bundle.outputFiles[0]?.text ?? ''}\nglobalThis.pacerBenchSeed = pacerBenchSeed;`);
    const built = await page.evaluate(
      (o) =>
        /** @type {{ seed: (o: object) => Promise<number> }} */ (
          /** @type {{ pacerBenchSeed: unknown }} */ (/** @type {unknown} */ (window)).pacerBenchSeed
        ).seed(o),
      { origin: new URL(crmUrl).origin, clients: CLIENTS, contacts: CONTACTS, deals: DEALS },
    );
    if (built !== CLIENTS) throw new Error(`expected ${CLIENTS} summaries, built ${built}`);

    const cdp = await context.newCDPSession(page);
    const peek = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.benchShown ?? null', returnByValue: true });
      return /** @type {number | null} */ (result.value);
    };
    const until = async (/** @type {string} */ what) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const t = await peek();
        if (t !== null) return t;
        if (Date.now() > deadline) throw new Error(`${what} not shown within 15 s`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    // Opening the book, against an empty page on the same stopwatch.
    const board = '[data-testid="book"][data-state="ready"] [data-testid="book-cell"][data-cell="unplaced"] [data-testid="cell-count"]';
    // Installed before each page's own scripts: the board's frame on the book, the first frame of the empty page.
    await context.addInitScript((/** @type {string} */ selector) => {
      const empty = location.pathname.endsWith('/bench-start.html');
      const observer = new MutationObserver(() => {
        if (!(empty ? document.body : document.querySelector(selector))) return;
        observer.disconnect();
        requestAnimationFrame(() => Object.assign(window, { benchShown: performance.now() }));
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    }, board);
    /** @type {number[]} */ const opens = [];
    /** @type {number[]} */ const floor = [];
    for (let i = 0; i < OPENS + WARM_UP; i++) {
      await page.goto(`${base}bench-start.html`);
      const f = await until('the empty page');
      await page.goto(`${base}book.html`, { waitUntil: 'commit' });
      const t = await until('the board');
      if (i >= WARM_UP) {
        opens.push(t);
        floor.push(f);
      }
    }
    report({ name: 'book-open-p95', value: q1(opens, 0.95), unit: 'ms', budget: 500 });
    report({ name: 'book-page-floor-p95', value: q1(floor, 0.95), unit: 'ms', budget: null });

    // Switching cells on the open board, once it has read the whole book (the RM reads the counts first).
    await page.waitForSelector('[data-testid="board-view"][data-book="loaded"]', { timeout: 30_000 });
    const cells = ['high.positive', 'mid.neutral', 'low.resistant', 'high.neutral', 'unplaced', 'mid.positive'];
    /** @type {number[]} */ const switches = [];
    for (let i = 0; i < SWITCHES + WARM_UP; i++) {
      const cell = /** @type {string} */ (cells[i % cells.length]);
      const ms = await page.evaluate(
        (cell) =>
          new Promise((resolve) => {
            const selector = `[data-testid="client-table"][data-scope="${cell}"][data-ready="true"] :is([data-testid="client-row"], [data-testid="table-empty"])`;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (!document.querySelector(selector)) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(document.body, { childList: true, subtree: true, attributes: true });
            /** @type {HTMLElement | null} */ (document.querySelector(`[data-testid="book-cell"][data-cell="${cell}"]`))?.click();
          }),
        cell,
      );
      if (i >= WARM_UP) switches.push(/** @type {number} */ (ms));
    }
    report({ name: 'book-cell-switch-p95', value: q1(switches, 0.95), unit: 'ms', budget: 100 });

    // Today's call list, computed from the database each time the view is asked for.
    /** @type {number[]} */ const lists = [];
    for (let i = 0; i < CALL_LISTS + WARM_UP; i++) {
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const selector = '[data-testid="call-list"][data-ready="true"]';
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (!document.querySelector(selector)) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(document.body, { childList: true, subtree: true, attributes: true });
            location.hash = '#calls';
          }),
      );
      if (i === 0) {
        const count = await page.getByTestId('calls-count').textContent();
        if (!(await page.getByTestId('call-item').count())) throw new Error('the bench book gave an empty call list');
        console.log(`book bench: today's call list holds ${count}`);
      }
      await page.evaluate(() => (location.hash = '#board'));
      await page.waitForSelector('[data-testid="board-view"][data-book="loaded"]');
      if (i >= WARM_UP) lists.push(/** @type {number} */ (ms));
    }
    report({ name: 'call-list-median', value: Math.round(median(lists) * 10) / 10, unit: 'ms', budget: 150 });
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
