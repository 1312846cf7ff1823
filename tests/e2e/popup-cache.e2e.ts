/**
 * The popup opens on today's figures as last computed (storage.session), then shows the database's. Real
 * clock here (the worker's and the pages' must agree on the day, as they do for an RM), so the figures are
 * checked by what changed: a deal won today adds exactly its amount to what is achieved.
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, type Pacer, test } from './support/fixture';
import { putRows } from './support/idb';

const WAN = 1_000_000;

/** Today and this month in the machine's local time, as the browser sees them. */
const localDay = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
const localMonth = () => localDay().slice(0, 7);
const achieved = '[data-indicator="investment"] [data-testid="achieved"]';
const coverage = '[data-indicator="investment"] [data-testid="coverage"]';

/** The investment figures of the copy the popup's first frame reads (storage.session). */
const copied = (page: Page) =>
  page.evaluate(
    async () =>
      (
        (await chrome.storage.session.get('todayFigures')).todayFigures as
          | { indicators: { achieved: number; pipelineWeighted: number }[] }
          | undefined
      )?.indicators[0],
  );

/** A popup that records every state its root shows, in order, from before the page's own scripts run. */
async function recordingPopup(pacer: Pacer, figure: string) {
  const p = await pacer.context.newPage();
  await p.addInitScript((selector) => {
    const w = window as unknown as { figureStates: string[] };
    w.figureStates = [];
    new MutationObserver(() => {
      const root = document.querySelector('[data-testid="popup"]');
      const state = `${root?.getAttribute('data-figures')} ${root?.querySelector(selector)?.textContent}`;
      if (root && w.figureStates.at(-1) !== state) w.figureStates.push(state);
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  }, figure);
  await p.goto(`chrome-extension://${pacer.extensionId}/popup.html`);
  return p;
}
const states = (p: Page) => p.evaluate(() => (window as unknown as { figureStates: string[] }).figureStates);

describe('the popup’s first frame', () => {
  test('shows the figures last computed, then the database’s when they changed in between', async ({ pacer }) => {
    const first = await pacer.extensionPage('popup.html');
    await putRows(first, 'targets', [{ month: localMonth(), indicator: 'investment', value: 229 * WAN, updatedAt: 1 }]);
    await first.reload();
    await expect.poll(() => first.locator(`[data-figures="database"] ${achieved}`).textContent()).toBe('已完成 0元 / 目标 229万');
    // Published for the next popup.
    await expect.poll(async () => (await copied(first))?.achieved).toBe(0);
    // A deal won today, written without telling anyone: the copy still says 0.
    const today = localDay();
    const at = Date.now();
    await putRows(first, 'deals', [
      {
        id: 'w1',
        origin: 'http://127.0.0.1:8808',
        clientId: '8800000001',
        indicator: 'investment',
        amount: 6 * WAN,
        certainty: 'committed',
        stage: 'won',
        expectedDate: today,
        nextStep: '',
        createdAt: at,
        updatedAt: at,
        closedAt: at,
      },
    ]);
    await first.close();

    const p = await recordingPopup(pacer, achieved);
    await expect
      .poll(() => p.locator(`[data-figures="database"] ${achieved}`).textContent(), { timeout: 10_000 })
      .toBe('已完成 6万 / 目标 229万');
    expect(await states(p)).toEqual(['cache 已完成 0元 / 目标 229万', 'database 已完成 6万 / 目标 229万']);
    await expect.poll(async () => (await copied(p))?.achieved).toBe(6 * WAN);
    await p.close();
  });
});

describe('what the RM changes in the panel reaches the popup’s first frame', () => {
  test('a deal added and adjusted in the panel: the popup opens on coverage that counts it', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${CLIENTS[7]!.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await putRows(panel, 'targets', [{ month: localMonth(), indicator: 'investment', value: 229 * WAN, updatedAt: 1 }]);
    await panel.getByTestId('add-to-pipeline').click();
    await panel.getByTestId('deal-amount').fill('100000');
    await panel.getByTestId('deal-amount').press('Enter');
    await panel.getByTestId('deal-certainty').selectOption('committed');
    await panel.getByTestId('deal-expected').fill(localDay());
    // The panel tells no one: the database layer does, and the background republishes the copy (committed: 90 %).
    await expect.poll(async () => (await copied(panel))?.pipelineWeighted, { timeout: 10_000 }).toBe(9 * WAN);
    await panel.close();
    await crm.close();

    const p = await recordingPopup(pacer, coverage);
    await expect.poll(() => p.locator(`[data-figures="database"] ${coverage}`).textContent(), { timeout: 10_000 }).toContain('9万');
    const shown = await p.locator(coverage).textContent();
    expect(await states(p)).toEqual([`cache ${shown}`, `database ${shown}`]);
    await p.close();
  });
});
