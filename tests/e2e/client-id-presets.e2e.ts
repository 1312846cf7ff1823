/**
 * The built-in presets (lib/client-id/presets/), end to end in Chromium: each system's client screen (its fixture,
 * demo-crm/fixtures/presets/<id>/) reads its exact ID, named as the preset in the panel's "why this ID"; the
 * system's own single-page navigation brings the next client; its list screen is "no client". And the RM can switch
 * the presets off for an origin.
 */
import type { Page } from 'playwright-core';
import { PRESETS } from '../../lib/client-id/presets';
import { describe, expect, test } from './support/fixture';

const state = (panel: Page) => panel.getByTestId('panel-state').getAttribute('data-state');
const shownId = (panel: Page) => panel.getByTestId('client-id').textContent();

describe('built-in presets', () => {
  test.for(PRESETS.map((p) => [p.system, p] as const))(
    '%s: the client screen, its navigation, and its list',
    async ([, preset], { pacer }) => {
      const { client, next, list } = preset.fixtures;
      const crm = await pacer.openCrm(client.path);
      const panel = await pacer.openPanel(crm);
      await expect.poll(() => shownId(panel)).toBe(client.id);
      expect(await panel.getByTestId('client-via').textContent()).toContain(`内置预设“${preset.system}”`);
      if (next) {
        await crm.click(next.click);
        await expect.poll(() => shownId(panel)).toBe(next.id);
      }
      await crm.goto(pacer.crmUrl + list);
      await expect.poll(() => state(panel)).toBe('none');
      await panel.close();
      await crm.close();
    },
  );

  test('switched off for an origin by the RM: that origin reads without presets', async ({ pacer }) => {
    const vtiger = PRESETS.find((p) => p.id === 'vtiger')!;
    const crm = await pacer.openCrm(vtiger.fixtures.client.path);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => shownId(panel)).toBe(vtiger.fixtures.client.id);
    const worker = await pacer.worker();
    // As the options page stores it: the CRM address's match pattern.
    await worker.evaluate(() => chrome.storage.local.set({ presetsOff: ['http://127.0.0.1/*'] }));
    // The page reads again at once; without the preset its screen has no label zero-config knows.
    await expect.poll(() => state(panel)).toBe('none');
    await worker.evaluate(() => chrome.storage.local.set({ presetsOff: [] }));
    await expect.poll(() => shownId(panel)).toBe(vtiger.fixtures.client.id);
    await panel.close();
    await crm.close();
  });
});
