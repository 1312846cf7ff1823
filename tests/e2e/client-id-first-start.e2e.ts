/**
 * The first second (issue 15, part 1): a fresh profile, the browser just started, a CRM screen opened as soon as
 * the service worker is up, long before the browser has answered `storage.managed` (~2.6 s here, or never). The
 * content script must be registered without waiting for the policy, and the panel must show the client. This file
 * launches its own browser rather than the `pacer` fixture, which waits for the registration first.
 */
import { inject } from 'vitest';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { extensionWorker, launch } from '../../scripts/lib/chromium.mjs';
import { describe, expect, test } from './support/fixture';

const clientNo = CLIENTS[3]!.clientNo;

describe('first start', () => {
  test('a CRM screen opened right after the browser starts is read, and its client is in the panel', async () => {
    const { context } = await launch({ extensionDir: inject('extensionDir') });
    try {
      const started = Date.now();
      const { worker, extensionId } = await extensionWorker(context);
      const crm = await context.newPage();
      await crm.goto(`${inject('crmUrl')}/crm/client?cust=${clientNo}&t=first-start`);
      const openedAfter = Date.now() - started;
      const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url })).map((t) => t.id ?? -1)[0] ?? -1, crm.url());
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      await expect.poll(() => panel.getByTestId('client-id').textContent(), { timeout: 5000 }).toBe(clientNo);
      const readAfter = Date.now() - started;
      // The page was opened well inside the seconds the policy takes; it was read before the policy could say anything.
      expect(openedAfter).toBeLessThan(1500);
      expect(readAfter).toBeLessThan(5000);
      console.info(`first start: CRM page opened ${openedAfter} ms after the worker came up, client shown after ${readAfter} ms`);
    } finally {
      await context.close();
    }
  });
});
