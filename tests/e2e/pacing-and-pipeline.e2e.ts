/**
 * Pacing and the pipeline meet in the panel: one-click "add to pipeline" defaults to the indicator furthest
 * behind its front-loaded plan, and a deal won in the panel counts in the popup's figures at once.
 * The pages' clock is fixed at Wednesday 2026-11-18. (The service worker's clock cannot be fixed by
 * Playwright, so the badge it redraws after a panel write is not asserted here: it would follow the real date.)
 */
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const client = CLIENTS[20]!;
test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(new Date('2026-11-18T09:30:00'));
});

describe('pacing gaps drive the pipeline, and the pipeline drives the badge', () => {
  test('the one-click deal takes the indicator with the largest gap; winning it counts in the popup', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    const input = (indicator: string) =>
      options.locator(`[data-testid="target-row"][data-indicator="${indicator}"] [data-testid="target-input"]`);
    await expect.poll(() => input('deposit').count()).toBe(1);
    // Investment 20万 and deposits 100万 this month: deposits are further behind in money.
    await input('investment').fill('20');
    await input('investment').press('Tab');
    await input('deposit').fill('100');
    await input('deposit').press('Tab');
    await expect.poll(async () => (await readStore(options, 'targets')).length).toBe(2);

    const crm = await pacer.openCrm(`/crm/client?cust=${client.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(client.clientNo);
    await panel.getByTestId('add-to-pipeline').click();
    await expect.poll(async () => (await readStore<{ indicator: string }>(panel, 'deals')).map((d) => d.indicator)).toEqual(['deposit']);
    expect(await panel.getByTestId('pipeline-flash').textContent()).toContain('存款');

    // Won today for 90万: the popup counts it as achieved.
    await panel.getByTestId('deal-mark-won').click();
    await panel.getByTestId('won-amount').fill('900000');
    await panel.getByTestId('won-confirm').click();
    await expect
      .poll(async () => (await readStore<{ stage: string; amount: number }>(panel, 'deals'))[0])
      .toMatchObject({ stage: 'won', amount: 90_000_000 });
    const popup = await pacer.extensionPage('popup.html');
    // The figures from the database (the popup may show the last computed copy for a moment first).
    await expect.poll(() => popup.locator('[data-figures="database"] [data-indicator="deposit"] [data-testid="achieved"]').count()).toBe(1);
    expect(await popup.locator('[data-indicator="deposit"] [data-testid="achieved"]').textContent()).toContain('90万');
    await popup.close();
    for (const p of [panel, crm, options]) await p.close();
  });

  test('an indicator the bank configured for targets is offered on a deal, by its name', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await putRows(options, 'pacingConfig', [
      {
        key: 'own',
        checkpoints: [60, 80, 100, 100],
        indicators: [
          { id: 'investment', kind: 'amount', zh: '投资', en: 'Investment' },
          { id: 'wealth', kind: 'amount', zh: '理财产品', en: 'Wealth products' },
          { id: 'new-accounts', kind: 'count', zh: '新开户', en: 'New accounts' },
        ],
      },
    ]);
    const crm = await pacer.openCrm(`/crm/client?cust=${CLIENTS[21]!.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(CLIENTS[21]!.clientNo);
    await panel.getByTestId('add-to-pipeline').click();
    const select = panel.getByTestId('deal-indicator');
    // Amount indicators only (a count is not something a deal is worth), plus the deal's own.
    await expect
      .poll(() => select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
      .toContain('wealth');
    expect(await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).not.toContain('new-accounts');
    await select.selectOption('wealth');
    await expect
      .poll(
        async () =>
          (await readStore<{ clientId: string; indicator: string }>(panel, 'deals')).find((d) => d.clientId === CLIENTS[21]!.clientNo)
            ?.indicator,
      )
      .toBe('wealth');
    await panel.getByTestId('deal-done').click();
    await expect.poll(() => panel.getByTestId('deal-indicator-label').first().textContent()).toBe('理财产品');
    for (const p of [panel, crm, options]) await p.close();
  });
});
