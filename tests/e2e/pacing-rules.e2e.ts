/**
 * The pacing rules METHOD §1 names, in real Chromium under fixed clocks: an indicator still at zero on the third
 * working day is said first in the popup; in week 4 the popup weighs next month's pipeline against next month's
 * reservation band; count indicators keep their own checkpoints, editable per indicator in the options; and a
 * logged contact offers the rung it actually evidences (a referral at rung 4 offers rung 12).
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { dealRow, WAN } from './support/deals';
import { describe, expect, type Pacer, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const target = (month: string, indicator: string, value: number) => ({ month, indicator, value, updatedAt: 1 });
const figure = (p: Page, indicator: string, id: string) => p.locator(`[data-indicator="${indicator}"] [data-testid="${id}"]`).textContent();

async function seeded(pacer: Pacer, now: string, stores: Record<string, unknown[]>): Promise<Page> {
  await pacer.context.clock.setFixedTime(new Date(now));
  const page = await pacer.extensionPage('options.html');
  for (const [store, rows] of Object.entries(stores)) await putRows(page, store, rows);
  return page;
}

describe('pacing rules', () => {
  test('week 1: the indicator still at zero on the third working day comes first in the popup', async ({ pacer }) => {
    const options = await seeded(pacer, '2026-12-03T09:30:00', {
      targets: [target('2026-12', 'investment', 100 * WAN), target('2026-12', 'deposit', 100 * WAN)],
      deals: [dealRow('w1', 'investment', 5 * WAN, 'won', { expected: '2026-12-01' })],
    });
    const popup = await pacer.extensionWindow('popup.html');
    await expect.poll(() => popup.getByTestId('not-opened-title').textContent()).toBe('还没开单：存款');
    // Said first: before any indicator's card.
    const order = await popup
      .locator('[data-testid="not-opened"], [data-testid="pacing-indicator"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order[0]).toBe('not-opened');
    await popup.close();

    // On the month's second working day it is too early to say.
    await pacer.context.clock.setFixedTime(new Date('2026-12-02T09:30:00'));
    const early = await pacer.extensionWindow('popup.html');
    await expect.poll(() => early.getByTestId('pacing-indicator').count()).toBe(2);
    expect(await early.getByTestId('not-opened').count()).toBe(0);
    await early.close();
    await options.close();
  });

  test('week 4: next month’s pipeline, certainty-weighted, against next month’s reservation band', async ({ pacer }) => {
    const options = await seeded(pacer, '2026-11-25T09:30:00', {
      targets: [target('2026-11', 'investment', 100 * WAN), target('2026-12', 'investment', 200 * WAN)],
      deals: [
        dealRow('n1', 'investment', 30 * WAN, 'meeting', { expected: '2026-12-03' }),
        dealRow('n2', 'investment', 20 * WAN, 'invited', { expected: '2026-12-20', certainty: 'thinking' }),
        dealRow('n3', 'investment', 50 * WAN, 'meeting', { expected: '2027-01-05' }),
      ],
    });
    const popup = await pacer.extensionWindow('popup.html');
    await expect.poll(() => figure(popup, 'investment', 'reservation')).toBe('0元，建议 40万–100万（下月目标的 20–50%）');
    expect(await figure(popup, 'investment', 'next-pipeline')).toBe('37万（按把握加权），占建议储备下限的 93%');
    await popup.close();
    await options.close();
  });

  test('count indicators keep their own checkpoints, and each indicator’s can be changed in the options', async ({ pacer }) => {
    const options = await seeded(pacer, '2026-11-20T09:30:00', { targets: [target('2026-11', 'new-accounts', 100)] });
    const popup = await pacer.extensionWindow('popup.html');
    // End of week 3: 90 of 100 new accounts planned (50/75/90/100), where an amount would be at 100 %.
    await expect.poll(() => figure(popup, 'new-accounts', 'gap')).toBe('90');
    const row = options.locator('[data-testid="checkpoints-indicator"][data-indicator="new-accounts"]');
    await expect.poll(() => row.getAttribute('data-own')).toBe('false');
    expect(await row.getByTestId('checkpoint-input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
      '50',
      '75',
      '90',
      '100',
    ]);
    await row.getByTestId('checkpoint-input').nth(2).fill('80');
    await row.getByTestId('checkpoint-input').nth(2).press('Enter');
    await expect.poll(() => row.getAttribute('data-own')).toBe('true');
    await expect.poll(() => figure(popup, 'new-accounts', 'gap')).toBe('80');
    const [config] = await readStore<{ indicators: { id: string; checkpoints?: number[] }[] }>(options, 'pacingConfig');
    expect(config?.indicators.find((i) => i.id === 'new-accounts')?.checkpoints).toEqual([50, 75, 80, 100]);
    // A plan that falls is refused, and nothing changes.
    await row.getByTestId('checkpoint-input').nth(1).fill('95');
    await row.getByTestId('checkpoint-input').nth(1).press('Enter');
    await expect.poll(() => options.getByTestId('error-banner').first().textContent()).toContain('比例须逐周不减少');
    await row.getByTestId('checkpoints-reset').click();
    await expect.poll(() => figure(popup, 'new-accounts', 'gap')).toBe('90');
    await popup.close();
    await options.close();
  });

  test('a referral logged for a rung-4 client offers rung 12, the rung it evidences', async ({ pacer }) => {
    const client = CLIENTS[45]!;
    const crm = await pacer.openCrm(`/crm/client?cust=${client.clientNo}&t=ladder`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
    await panel.getByTestId('rung-4').click();
    await expect.poll(() => panel.getByTestId('ladder').getAttribute('data-rung')).toBe('4');
    await panel.locator('[data-testid="contacts-section"] > summary').click();
    await panel.getByTestId('contact-purpose').selectOption('referral');
    await panel.getByTestId('contact-add').click();
    await expect.poll(() => panel.getByTestId('rung-offer').textContent()).toContain('第 12 级');
    await panel.getByTestId('rung-up').click();
    await expect.poll(() => panel.getByTestId('ladder').getAttribute('data-rung')).toBe('12');
    expect((await readStore<{ clientId: string; rung: number }>(panel, 'clients')).find((c) => c.clientId === client.clientNo)?.rung).toBe(
      12,
    );
    await panel.close();
    await crm.close();
  });
});
