/**
 * Chrome's real side panel, opened the way an RM opens it (the toolbar popup's button, a user gesture), follows
 * the active tab; its "pop out" control opens a window pinned to that tab. The panel is not a page
 * Playwright can drive, so it is read through `chrome.extension.getViews()` from another extension page of
 * the same extension (they share one process).
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, test } from './support/fixture';

const [a, b] = [CLIENTS[10]!, CLIENTS[11]!];
let probe: Page;

/** What the real side panel shows: its state and client number. */
async function sidePanel(): Promise<{ state: string | null; clientId: string | null } | null> {
  return probe.evaluate(() => {
    const view = chrome.extension.getViews().find((v) => v.location.pathname === '/sidepanel.html' && !v.location.search);
    if (!view) return null;
    const doc = view.document;
    return {
      state: doc.querySelector('[data-testid=panel-state]')?.getAttribute('data-state') ?? null,
      clientId: doc.querySelector('[data-testid=client-id]')?.textContent ?? null,
    };
  });
}

describe('the real side panel', () => {
  test('opens from the popup and follows the active tab', async ({ pacer }) => {
    const tabA = await pacer.openCrm(`/crm/client?cust=${a.clientNo}`);
    probe = await pacer.extensionPage('options.html');
    const popup = await pacer.extensionPage('popup.html');
    await popup.getByTestId('open-panel').click();
    await expect.poll(sidePanel).not.toBeNull();

    await tabA.bringToFront();
    await expect.poll(async () => (await sidePanel())?.clientId).toBe(a.clientNo);

    const tabB = await pacer.openCrm(`/crm/client?cust=${b.clientNo}`);
    await tabB.bringToFront();
    await expect.poll(async () => (await sidePanel())?.clientId).toBe(b.clientNo);

    await tabA.bringToFront();
    await expect.poll(async () => (await sidePanel())?.clientId).toBe(a.clientNo);

    // An extension page is not a CRM screen.
    await probe.bringToFront();
    await expect.poll(async () => (await sidePanel())?.state).toBe('no-tab');
    await tabA.bringToFront();
    await expect.poll(async () => (await sidePanel())?.clientId).toBe(a.clientNo);
  });

  test('"pop out" opens a window pinned to the tab the panel was showing', async ({ pacer }) => {
    const tabId = await pacer.tabIdOf(pacer.context.pages().find((p) => p.url().includes(a.clientNo))!);
    const opened = pacer.context.waitForEvent('page');
    await probe.evaluate(() => {
      const view = chrome.extension.getViews().find((v) => v.location.pathname === '/sidepanel.html' && !v.location.search);
      (view?.document.querySelector('[data-testid=pop-out]') as HTMLButtonElement | null)?.click();
    });
    const popOut = await opened;
    await popOut.waitForLoadState();
    expect(popOut.url()).toBe(`chrome-extension://${pacer.extensionId}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => popOut.getByTestId('client-id').textContent()).toBe(a.clientNo);
  });
});
