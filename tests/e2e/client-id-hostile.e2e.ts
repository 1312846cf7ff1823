/**
 * Hostile CRM pages (demo-crm/fixtures/hostile/ and addresses of 10,000 characters), in real Chromium with the built
 * extension, as the bound side panel shows them: the client the RM sees, or "no client"; never another client, never
 * "loading" for ever. What only a real browser can show: the layout check of bidi text, the visibility options of
 * checkVisibility, the page script's messages and the background's tab state.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from './support/fixture';

const state = (panel: Page) => panel.getByTestId('panel-state').getAttribute('data-state');
const shownId = (panel: Page) => panel.getByTestId('client-id').textContent();
const LONG = `state=${'x'.repeat(10_000)}`;

describe('a hostile page never makes Pacer wrong', () => {
  test.for<[what: string, path: string, id: string]>([
    [
      'a number in a right-to-left isolate as i18n libraries insert it (shown as stored)',
      '/fixtures/hostile/bidi-isolate.html',
      '8800012345',
    ],
    ['a previous client kept hidden and transparent, and a hidden part of the number', '/fixtures/hostile/hidden.html', '8800012345'],
    ['10 MB of script, style, log and text-field text', '/fixtures/hostile/huge.html', '8800012345'],
    ['an address of 10,000 characters', `/fixtures/distractors.html?${LONG}`, '8800012345'],
  ])('%s: the client on screen', async ([, path, id], { pacer }) => {
    const crm = await pacer.openCrm(path);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => shownId(panel)).toBe(id);
    await panel.close();
    await crm.close();
  });

  test.for<[what: string, path: string]>([
    ['a number wrapped in a right-to-left override (shown reversed)', '/fixtures/hostile/bidi-override.html'],
    ['a number in <bdo dir="rtl"> (shown reversed, no control character)', '/fixtures/hostile/bidi-bdo.html'],
    ['an override left open in a name earlier on the line (only the layout shows it)', '/fixtures/hostile/bidi-open.html'],
    ['a client list at an address of 10,000 characters', `/fixtures/list.html?${LONG}`],
  ])('%s: no client', async ([, path], { pacer }) => {
    const crm = await pacer.openCrm(path);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => state(panel)).toBe('none');
    expect(await panel.getByTestId('client-id').count()).toBe(0);
    await panel.close();
    await crm.close();
  });

  test('a page that makes a read throw is read again at its next change', async ({ pacer }) => {
    const crm = await pacer.openCrm('/fixtures/hostile/throws.html');
    const panel = await pacer.openPanel(crm);
    // The first read sees 8800031001; 400 ms later the page adds the foreign table and shows the next client.
    await expect.poll(() => shownId(panel), { timeout: 5000 }).toBe('8800031002');
    await crm.evaluate(() => {
      document.getElementById('cust')!.textContent = '8800031003';
    });
    await expect.poll(() => shownId(panel)).toBe('8800031003');
    await panel.close();
    await crm.close();
  });

  test('a site rule reads the number from an address of 10,000 characters', async ({ pacer }) => {
    const worker = await pacer.worker();
    // custom.html's label is one zero-config does not know: only the rule can read it.
    const rule = {
      id: 'long-address',
      name: '理财客户视图',
      match: [`${pacer.crmUrl}/fixtures/custom.html*`],
      strategies: [{ kind: 'url', pattern: '[?&]cif=([A-Z]{2}-\\d{7})' }],
    };
    await worker.evaluate((r) => chrome.storage.local.set({ siteRules: [r] }), rule);
    const crm = await pacer.openCrm(`/fixtures/custom.html?cif=PB-0077812&${LONG}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => shownId(panel)).toBe('PB-0077812');
    expect(await panel.getByTestId('client-via').textContent()).toContain('理财客户视图');
    await worker.evaluate(() => chrome.storage.local.remove('siteRules'));
    await panel.close();
    await crm.close();
  });
});
