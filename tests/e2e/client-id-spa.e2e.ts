/**
 * A single-page CRM (demo-crm/fixtures/spa.js): the client renders 500 ms after load; pushState and hash
 * navigation keep the old client on screen for 600 ms while the next one loads. The panel must go to the
 * new client and never report the previous one after the navigation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from './support/fixture';

const shownId = (panel: Page) => panel.getByTestId('client-id').textContent();
const state = (panel: Page) => panel.getByTestId('panel-state').getAttribute('data-state');

/** Every state the background stores for the tab, as "found:<id>", "loading" or "none", in order. */
async function recordStates(panel: Page, tabId: number) {
  await panel.evaluate((key) => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    chrome.storage.onChanged.addListener((changes, area) => {
      const v = changes[key]?.newValue as { status: string; clientId?: string } | undefined;
      if (area === 'session' && key in changes) w.seen.push(v ? (v.status === 'found' ? `found:${v.clientId}` : v.status) : 'gone');
    });
  }, `tab:${tabId}`);
  return async () => panel.evaluate(() => (window as unknown as { seen: string[] }).seen.splice(0));
}

describe('single-page CRM', () => {
  test('pushState, hash and back navigation end on the right client, never the previous one meanwhile', async ({ pacer }) => {
    const crm = await pacer.openCrm('/fixtures/spa/client/8800010001');
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => shownId(panel)).toBe('8800010001');
    const seen = await recordStates(panel, await pacer.tabIdOf(crm));

    await crm.click('#to-second'); // pushState
    await expect.poll(() => shownId(panel)).toBe('8800010002');
    const afterPush = await seen();
    expect(afterPush).not.toContain('found:8800010001');
    expect(afterPush.at(-1)).toBe('found:8800010002');
    expect(afterPush).toContain('loading');

    await crm.click('#to-third'); // hash change
    await expect.poll(() => shownId(panel)).toBe('8800010003');
    const afterHash = await seen();
    expect(afterHash).not.toContain('found:8800010002');
    expect(afterHash.at(-1)).toBe('found:8800010003');

    await crm.evaluate(() => history.back()); // popstate back to the second client
    await expect.poll(() => shownId(panel)).toBe('8800010002');
    expect(await seen()).not.toContain('found:8800010003');

    await crm.click('#to-list'); // pushState to the client list: no client
    await expect.poll(() => state(panel)).toBe('none');
    expect(await seen()).not.toContain('found:8800010002');

    // pushState and render in one task: the page's report races the browser's "loading"; the new
    // client must win, not a stuck "loading".
    await crm.click('#to-first-instant');
    await expect.poll(() => shownId(panel)).toBe('8800010001');
    await expect.poll(async () => (await seen()).at(-1) ?? 'unchanged').toBe('unchanged');
    expect(await state(panel)).toBe('found');
    await panel.close();
    await crm.close();
  });
});
