/**
 * One Pacer under test: Debian's Chromium, headless, a fresh profile, the built extension loaded, and helpers
 * to drive it as an RM would. Side panels are opened as pages bound to a tab (`sidepanel.html?tab=<id>`):
 * headless Chromium cannot open the real side panel, which needs a user gesture.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { inject } from 'vitest';
import { ROOT } from '../../../scripts/lib/build.mjs';
import { extensionWorker, launch, waitForContentScriptRegistration } from '../../../scripts/lib/chromium.mjs';

export const SCREENSHOT_DIR = join(ROOT, 'artifacts', 'screenshots');

export interface Pacer {
  context: BrowserContext;
  extensionId: string;
  crmUrl: string;
  worker(): Promise<Worker>;
  /** A new tab on a CRM path such as `/crm/client?cust=…`. */
  openCrm(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** The side panel as a page pinned to the tab of `page`. */
  openPanel(page: Page, opts?: { width?: number; height?: number }): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  /**
   * An extension page in a window of its own, as the real popup is shown. A second tab in another page's
   * window is hidden, and Chromium runs a hidden page's updates late (~2 s here): a test that watches one page
   * while acting on another wants both visible.
   */
  extensionWindow(path: string): Promise<Page>;
  /** Stops the MV3 service worker, as Chrome does after 30 s idle. */
  stopWorker(): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startPacer(opts: { locale?: string } = {}): Promise<Pacer> {
  const crmUrl = inject('crmUrl');
  const { context } = await launch({ extensionDir: inject('extensionDir'), locale: opts.locale ?? 'zh-CN' });
  const { worker: firstWorker, extensionId } = await extensionWorker(context);
  // Registration does not wait for the managed policy (which the browser answers seconds after it starts), and
  // neither do the tests: client-id-first-start.e2e.ts opens a CRM screen before it could have answered.
  await waitForContentScriptRegistration(firstWorker);

  async function worker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live) return live;
    // Wake it: any extension page does.
    const p = await context.newPage();
    await p.goto(`chrome-extension://${extensionId}/popup.html`);
    await p.close();
    return (await extensionWorker(context)).worker;
  }

  const pacer: Pacer = {
    context,
    extensionId,
    crmUrl,
    worker,
    async openCrm(path) {
      const page = await context.newPage();
      await page.goto(crmUrl + path);
      return page;
    },
    async tabIdOf(page) {
      const w = await worker();
      const url = page.url();
      // Match patterns never hold a fragment: query without it, then keep the tab at exactly this address.
      const ids = await w.evaluate(
        async (u) => (await chrome.tabs.query({ url: u.split('#')[0] })).filter((t) => t.url === u).map((t) => t.id ?? -1),
        url,
      );
      if (ids.length !== 1 || ids[0] === undefined) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
      return ids[0];
    },
    async openPanel(page, { width = 360, height = 760 } = {}) {
      const tabId = await pacer.tabIdOf(page);
      const panel = await context.newPage();
      await panel.setViewportSize({ width, height });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return panel;
    },
    async extensionPage(path) {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/${path}`);
      return p;
    },
    async extensionWindow(path) {
      const opener = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(opener);
      let page: Page;
      try {
        const known = new Set(context.pages());
        const opened = context.waitForEvent('page', (p) => !known.has(p));
        await cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true });
        page = await opened;
      } finally {
        await cdp.detach();
      }
      // Navigated by Playwright, once it holds the page: the context's init scripts (its fixed clock above all)
      // then run in it for sure; a page opened straight on its URL could start before them.
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async stopWorker() {
      // CDP's ServiceWorker domain, attached to one of our own pages, sees the extension's worker.
      const page = await pacer.extensionPage('popup.html');
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
          if (e.versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped'))
            resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([
        stopped,
        new Promise((_, reject) => setTimeout(() => reject(new Error('the service worker did not stop')), 5000)),
      ]);
      await cdp.detach();
      await page.close();
    },
    async screenshot(page, name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
    },
  };
  return pacer;
}
