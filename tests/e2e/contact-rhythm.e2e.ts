/**
 * Familiarity suggested from the contact log, in real Chromium with the clock on 2026-12-01: a client last
 * contacted 13 months ago is suggested as dormant and the RM confirms it in one click (stored); a longer threshold
 * set in the options withdraws the suggestion in the open panel; a client contacted every two months is suggested
 * as "in touch every 1–3 months".
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, type Pacer, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const [quiet, regular] = CLIENTS.slice(47, 49) as [(typeof CLIENTS)[0], (typeof CLIENTS)[0]];
const contact = (origin: string, clientId: string, date: string) => ({
  origin,
  clientId,
  date,
  channel: 'phone',
  purpose: 'routine',
  note: '',
  nextFollowUp: null,
  at: new Date(`${date}T10:00:00`).getTime(),
});

async function open(pacer: Pacer, clientNo: string): Promise<{ crm: Page; panel: Page }> {
  const crm = await pacer.openCrm(`/crm/client?cust=${clientNo}&t=rhythm`);
  const panel = await pacer.openPanel(crm);
  await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
  return { crm, panel };
}

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(new Date('2026-12-01T09:30:00'));
  const page = await pacer.extensionPage('options.html');
  const origin = new URL(pacer.crmUrl).origin;
  await putRows(page, 'contacts', [
    contact(origin, quiet.clientNo, '2025-06-01'),
    contact(origin, quiet.clientNo, '2025-10-15'),
    ...['2026-04-10', '2026-06-12', '2026-08-05', '2026-10-08'].map((d) => contact(origin, regular.clientNo, d)),
  ]);
  await page.close();
});

describe('familiarity from the contact log', () => {
  test('13 months without contact: suggested as dormant, confirmed in one click; a longer threshold withdraws it', async ({ pacer }) => {
    const { crm, panel } = await open(pacer, quiet.clientNo);
    const suggestion = panel.getByTestId('log-suggestion');
    await expect.poll(() => suggestion.getAttribute('data-signal')).toBe('dormant');
    expect(await suggestion.textContent()).toContain('联系记录显示已 13 个月没有联系');
    // A suggestion only: nothing is ticked or stored yet.
    expect(await panel.getByTestId('signal-dormant').isChecked()).toBe(false);
    expect((await readStore<{ clientId: string }>(panel, 'clients')).some((c) => c.clientId === quiet.clientNo)).toBe(false);

    const options = await pacer.extensionPage('options.html');
    await options.getByTestId('dormant-months').fill('14');
    await options.getByTestId('rhythm-save').click();
    await expect.poll(() => options.getByTestId('rhythm-saved').count()).toBe(1);
    await expect.poll(() => suggestion.count()).toBe(0);
    await options.getByTestId('dormant-months').fill('12');
    await options.getByTestId('rhythm-save').click();
    await expect.poll(() => suggestion.count()).toBe(1);
    await options.close();

    await panel.getByTestId('log-suggestion-confirm').click();
    await expect
      .poll(
        async () =>
          (await readStore<{ clientId: string; familiarity: { signals: string[] } }>(panel, 'clients')).find(
            (c) => c.clientId === quiet.clientNo,
          )?.familiarity.signals,
      )
      .toEqual(['dormant']);
    await expect.poll(() => suggestion.count()).toBe(0);
    expect(await panel.getByTestId('signal-dormant').isChecked()).toBe(true);
    await panel.close();
    await crm.close();
  });

  test('contacted every two months: suggested as in touch every 1–3 months', async ({ pacer }) => {
    const { crm, panel } = await open(pacer, regular.clientNo);
    const suggestion = panel.getByTestId('log-suggestion');
    await expect.poll(() => suggestion.getAttribute('data-signal')).toBe('regularContact');
    expect(await suggestion.textContent()).toContain('联系了 4 次，间隔都不超过 3 个月');
    await panel.getByTestId('log-suggestion-confirm').click();
    await expect.poll(() => panel.getByTestId('signal-regularContact').isChecked()).toBe(true);
    await panel.close();
    await crm.close();
  });
});
