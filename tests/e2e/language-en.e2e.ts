/**
 * English when the browser prefers it, from the first screen. A file of its own: a file's tests share one
 * browser, and the browser's locale is set when it starts (the Chinese default and the RM's override in the
 * options: language.e2e.ts).
 */
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, test } from './support/fixture';

const client = CLIENTS[4]!;

test.override({ locale: 'en-US' });

describe('an English-language browser', () => {
  test('shows the panel in English', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${client.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(client.clientNo);
    expect(await panel.getByTestId('add-to-pipeline').textContent()).toBe('Add to pipeline');
    expect(await panel.getByTestId('client-via').textContent()).toBe('Found by: Automatic · label “客户号”');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    await pacer.screenshot(panel, 'sidepanel-en');
    await panel.close();
    await crm.close();
  });
});
