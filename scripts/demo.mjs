// @ts-check
/**
 * The demo: Pacer built with the demo CRM's origin preset, the demo CRM on 127.0.0.1, and Chromium opened on
 * a client screen with the side panel beside it (as a pinned window, since only a click can open Chrome's
 * own side panel; the toolbar button's popup has "open side panel" too), and the client book in a second tab,
 * filled with the demo book (demo-crm/book.ts: the demo CRM's clients with records, contacts, deals, targets and
 * achievements, marked as demo data; the book removes it in one click).
 * With no display it runs headless and writes screenshots to artifacts/demo/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CLIENTS } from '../demo-crm/clients.mjs';
import { startCrm } from '../demo-crm/server.mjs';
import { buildExtension, ROOT } from './lib/build.mjs';
import { extensionWorker, launch, waitForContentScriptRegistration } from './lib/chromium.mjs';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const locale = process.env.PACER_LOCALE ?? 'zh-CN';

console.log('pacer: building the extension…');
const extensionDir = buildExtension();
const crm = /** @type {{ url: string, close: () => Promise<void> }} */ (
  await startCrm({ port: Number(process.env.PORT ?? 8808) }).catch(() => startCrm({ port: 0 }))
);
const client = CLIENTS[0];
if (!client) throw new Error('no demo clients');
const clientUrl = `${crm.url}/crm/client?cust=${client.clientNo}`;
console.log(`pacer: demo CRM on ${crm.url}/`);

if (!hasDisplay)
  console.log('pacer: no display found (DISPLAY is not set), so Chromium runs headless and the demo writes screenshots instead.');

const { context } = await launch({
  extensionDir,
  headless: !hasDisplay,
  locale,
  viewport: hasDisplay ? null : { width: 1280, height: 800 },
});
const { worker, extensionId } = await extensionWorker(context);
await waitForContentScriptRegistration(worker);

const bookUrl = `chrome-extension://${extensionId}/book.html`;
const filled = await fillDemoBook(context, bookUrl, new URL(crm.url).origin);
console.log(`pacer: the demo book holds ${filled} clients (marked as demo data; the book removes them in one click)`);

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(clientUrl);
const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, clientUrl);
const panelUrl = `chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`;

if (hasDisplay) {
  // The CRM window on the right, the Pacer panel in its own window on the left, as an RM would arrange them.
  await worker.evaluate(async (url) => {
    const main = await chrome.windows.getLastFocused();
    if (main.id !== undefined) await chrome.windows.update(main.id, { left: 410, top: 0, width: 1180, height: 860, state: 'normal' });
    await chrome.windows.create({ url, type: 'popup', width: 400, height: 860, left: 0, top: 0 });
  }, panelUrl);
  const book = await context.newPage();
  await book.goto(bookUrl);
  await page.bringToFront();
  console.log(`pacer: Chromium is open on ${clientUrl} with the Pacer panel beside it, and the client book in the next tab.`);
  console.log('pacer: close the browser to stop.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  const outDir = join(ROOT, 'artifacts', 'demo');
  await mkdir(outDir, { recursive: true });
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 760 });
  await panel.goto(panelUrl);
  await panel.getByTestId('client-id').waitFor({ timeout: 10_000 });
  const crmShot = join(outDir, 'crm-client-screen.png');
  const panelShot = join(outDir, 'side-panel.png');
  await page.screenshot({ path: crmShot });
  await panel.screenshot({ path: panelShot });
  console.log(`pacer: the panel reads client ${await panel.getByTestId('client-id').textContent()} from ${clientUrl}`);
  const bookShots = await bookScreenshots(context, bookUrl, outDir);
  console.log(`pacer: screenshots written:\n  ${[crmShot, panelShot, ...bookShots].join('\n  ')}`);
  await context.close();
}
await crm.close();

/**
 * Writes the demo book into the extension's database from one of its pages (the extension origin owns it): the
 * generator and Pacer's own write path, bundled by esbuild as the book bench bundles its seed.
 * @param {import('playwright-core').BrowserContext} context @param {string} bookUrl @param {string} origin
 */
async function fillDemoBook(context, bookUrl, origin) {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../demo-crm/book.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'pacerDemoBook',
    target: 'chrome116',
    logLevel: 'silent',
  });
  const page = await context.newPage();
  await page.goto(bookUrl);
  // The book's first read has created the database at the current schema.
  await page.waitForSelector('[data-testid="book"][data-state="empty"]', { timeout: 15_000 });
  await page.evaluate(`${bundle.outputFiles[0]?.text ?? ''}\nglobalThis.pacerDemoBook = pacerDemoBook;`);
  const n = await page.evaluate(
    (o) =>
      /** @type {{ seed: (o: { origin: string }) => Promise<number> }} */ (
        /** @type {{ pacerDemoBook: unknown }} */ (/** @type {unknown} */ (window)).pacerDemoBook
      ).seed(o),
    { origin },
  );
  await page.close();
  return n;
}

/**
 * The book's views in zh-CN, as a newcomer would click through them: the board with its stickiest cell open, today's
 * call list, the pipeline, the pacing chart and the value groups.
 * @param {import('playwright-core').BrowserContext} context @param {string} bookUrl @param {string} outDir
 */
async function bookScreenshots(context, bookUrl, outDir) {
  const book = await context.newPage();
  await book.setViewportSize({ width: 1280, height: 800 });
  await book.goto(bookUrl);
  await book.waitForSelector('[data-testid="book"][data-state="ready"] [data-testid="demo-banner"]', { timeout: 15_000 });
  /** @type {string[]} */
  const shots = [];
  const shot = async (/** @type {string} */ name) => {
    const path = join(outDir, `${name}.png`);
    await book.screenshot({ path });
    shots.push(path);
  };
  await book.waitForSelector('[data-testid="board-view"][data-book="loaded"]');
  await book.click('[data-testid="book-cell"][data-cell="high.positive"]');
  await book.waitForSelector('[data-testid="client-table"][data-ready="true"] [data-testid="client-row"]');
  await shot('book-board');
  await book.click('[data-testid="nav-calls"]');
  await book.waitForSelector('[data-testid="call-list"][data-ready="true"] [data-testid="call-item"]');
  await shot('book-calls');
  await book.click('[data-testid="nav-pipeline"]');
  await book.waitForSelector('[data-testid="pipeline-board"][data-ready="true"] [data-testid="pipe-deal"]');
  await shot('book-pipeline');
  await book.click('[data-testid="nav-pacing"]');
  await book.waitForSelector('[data-testid="pacing-view"][data-ready="true"] svg[data-testid="pacing-chart"]');
  await shot('book-pacing');
  await book.click('[data-testid="nav-value"]');
  await book.click('[data-testid="value-group"][data-group="quickWins"]');
  await book.waitForSelector('[data-testid="client-table"][data-ready="true"] [data-testid="client-row"]');
  await shot('book-value');
  await book.close();
  return shots;
}
