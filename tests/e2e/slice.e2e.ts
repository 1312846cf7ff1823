/**
 * The foundation slice, driven as an RM would: the client number on a CRM screen reaches the side panel,
 * follows tabs and navigation, and "add to pipeline" stores exactly one deal that survives reloads and a
 * stopped service worker.
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { unfold } from './support/card';
import { describe, expect, test } from './support/fixture';
import { readStore } from './support/idb';

const [first, second, third] = CLIENTS as [(typeof CLIENTS)[0], (typeof CLIENTS)[0], (typeof CLIENTS)[0]];

async function panelState(panel: Page) {
  return panel.getByTestId('panel-state').getAttribute('data-state');
}

const storedDeals = (panel: Page) => readStore<{ origin: string; clientId: string; stage: string; certainty: string }>(panel, 'deals');

describe('client on screen → side panel', () => {
  test('shows the client number of a demo client screen, and how it was found', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${first.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(first.clientNo);
    expect(await panel.getByTestId('client-via').textContent()).toContain('客户号');
    await pacer.screenshot(panel, 'sidepanel-zh-CN');
    await pacer.screenshot(crm, 'crm-client-detail');
    await panel.close();
    await crm.close();
  });

  test('a second tab shows its own client, and the first tab keeps its own', async ({ pacer }) => {
    const a = await pacer.openCrm(`/crm/client?cust=${first.clientNo}&tab=a`);
    const b = await pacer.openCrm(`/crm/client?cust=${second.clientNo}&tab=b`);
    const panelA = await pacer.openPanel(a);
    const panelB = await pacer.openPanel(b);
    await expect.poll(() => panelB.getByTestId('client-id').textContent()).toBe(second.clientNo);
    await expect.poll(() => panelA.getByTestId('client-id').textContent()).toBe(first.clientNo);
    for (const p of [a, b, panelA, panelB]) await p.close();
  });

  test('follows navigation to another client, and to a screen with no client', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${first.clientNo}&nav=1`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(first.clientNo);

    await crm.goto(`${pacer.crmUrl}/crm/client?cust=${third.clientNo}`);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(third.clientNo);

    // The client list shows fifty client numbers: that is "no client", never the first one.
    await crm.goto(`${pacer.crmUrl}/crm/clients`);
    await expect.poll(() => panelState(panel)).toBe('none');
    expect(await panel.getByTestId('client-id').count()).toBe(0);
    expect(await panel.getByTestId('state-none').textContent()).toContain('此页面上没有客户');
    await pacer.screenshot(panel, 'sidepanel-no-client-zh-CN');

    await crm.goto(`${pacer.crmUrl}/crm/index`);
    await expect.poll(() => panelState(panel)).toBe('none');
    await panel.close();
    await crm.close();
  });

  test('reads the client inside the classic frameset when the RM picks one from the menu frame', async ({ pacer }) => {
    const crm = await pacer.openCrm('/classic/');
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panelState(panel)).toBe('none');
    const menu = crm.frame({ name: 'menu' });
    if (!menu) throw new Error('menu frame missing');
    await menu.getByText(second.name, { exact: true }).first().click();
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(second.clientNo);
    await panel.close();
    await crm.close();
  });

  test('a page outside the granted CRM origins shows the "not a CRM page" state', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    const tabId = await options.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? -1);
    const panel = await pacer.context.newPage();
    await panel.goto(`chrome-extension://${pacer.extensionId}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panelState(panel)).toBe('no-tab');
    await panel.close();
    await options.close();
  });
});

describe('add to pipeline', () => {
  test('stores exactly one deal for the client, which survives a panel reload and a stopped service worker', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${third.clientNo}&deal=1`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(third.clientNo);
    // The deals fold below the first screen; opened once, the card keeps it open.
    await unfold(panel, 'pipeline-section');
    await expect.poll(() => panel.getByTestId('deals-empty').count()).toBe(1);

    await panel.getByTestId('add-to-pipeline').click();
    await expect.poll(() => panel.getByTestId('deal').count()).toBe(1);
    const deals = await storedDeals(panel);
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ origin: pacer.crmUrl, clientId: third.clientNo, stage: 'invited', certainty: 'thinking' });

    await panel.reload();
    await expect.poll(() => panel.getByTestId('deal').count()).toBe(1);

    await pacer.stopWorker();
    await panel.reload();
    // The tab's client is still known (storage.session), and the deal is still there (IndexedDB).
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(third.clientNo);
    await expect.poll(() => panel.getByTestId('deal').count()).toBe(1);

    // The woken worker still tracks navigation.
    await crm.goto(`${pacer.crmUrl}/crm/client?cust=${first.clientNo}&after-restart=1`);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(first.clientNo);
    await expect.poll(() => panel.getByTestId('deals-empty').count()).toBe(1);
    expect(await storedDeals(panel)).toHaveLength(1);
    await panel.close();
    await crm.close();
  });

  test('two panels open on one client write at once and both show every deal', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${second.clientNo}&two-views=1`);
    const one = await pacer.openPanel(crm);
    const two = await pacer.openPanel(crm);
    for (const p of [one, two]) await expect.poll(() => p.getByTestId('client-id').textContent()).toBe(second.clientNo);
    await Promise.all([one.getByTestId('add-to-pipeline').click(), two.getByTestId('add-to-pipeline').click()]);
    await expect.poll(() => one.getByTestId('deal').count()).toBe(2);
    await expect.poll(() => two.getByTestId('deal').count()).toBe(2);
    const rows = (await storedDeals(one)).filter((d) => d.clientId === second.clientNo);
    expect(rows).toHaveLength(2);
    for (const p of [one, two, crm]) await p.close();
  });
});

/**
 * Its own fresh browser: Chromium caches an origin's usage, and a profile that earlier tests already wrote to
 * can let a small write through under a shrunk quota, which would test nothing.
 */
describe('a full disk', () => {
  test('a full disk: the RM is told in their language, nothing is half-saved, and retrying later works', async ({ freshPacer: fresh }) => {
    const crm = await fresh.openCrm(`/crm/client?cust=${first.clientNo}&disk=full`);
    const panel = await fresh.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(first.clientNo);
    const before = (await storedDeals(panel)).length;
    const cdp = await fresh.context.newCDPSession(panel);
    // Chromium's own quota, shrunk for the extension's origin: IndexedDB then fails with QuotaExceededError.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${fresh.extensionId}`, quotaSize: 1 });
    await panel.getByTestId('add-to-pipeline').click();
    await expect.poll(() => panel.getByTestId('error-banner').textContent()).toContain('浏览器存储空间已满');
    expect(await storedDeals(panel)).toHaveLength(before);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${fresh.extensionId}` });
    await panel.getByTestId('add-to-pipeline').click();
    await expect.poll(async () => (await storedDeals(panel)).length).toBe(before + 1);
    await expect.poll(() => panel.getByTestId('error-banner').count()).toBe(0);
    await cdp.detach();
    for (const p of [panel, crm]) await p.close();
  });
});
