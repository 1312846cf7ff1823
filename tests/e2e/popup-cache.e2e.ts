/**
 * The popup opens on today's figures as last computed (storage.session), then shows the database's. Real
 * clock here (the worker's and the pages' must agree on the day, as they do for an RM), so the figures are
 * checked by what changed: a deal won today adds exactly its amount to what is achieved.
 */
import { describe, expect, test } from './support/fixture';
import { putRows } from './support/idb';

const WAN = 1_000_000;

/** This month in the machine's local time, as the browser sees it. */
const localMonth = () => `${new Date().getFullYear()}-${String(new Date().getMonth() + 1).padStart(2, '0')}`;
const achieved = '[data-indicator="investment"] [data-testid="achieved"]';

describe('the popup’s first frame', () => {
  test('shows the figures last computed, then the database’s when they changed in between', async ({ pacer }) => {
    const first = await pacer.extensionPage('popup.html');
    await putRows(first, 'targets', [{ month: localMonth(), indicator: 'investment', value: 229 * WAN, updatedAt: 1 }]);
    await first.reload();
    await expect.poll(() => first.locator(`[data-figures="database"] ${achieved}`).textContent()).toBe('已完成 0元 / 目标 229万');
    // Published for the next popup.
    await expect
      .poll(() =>
        first.evaluate(
          async () =>
            ((await chrome.storage.session.get('todayFigures')).todayFigures as { indicators: { achieved: number }[] } | undefined)
              ?.indicators[0]?.achieved,
        ),
      )
      .toBe(0);
    // A deal won today, written without telling anyone: the copy still says 0.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const at = now.getTime();
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

    // Every state the popup's root shows, in order, recorded from before the page's own scripts run.
    const p = await pacer.context.newPage();
    await p.addInitScript(() => {
      const w = window as unknown as { figureStates: string[] };
      w.figureStates = [];
      new MutationObserver(() => {
        const root = document.querySelector('[data-testid="popup"]');
        const state = `${root?.getAttribute('data-figures')} ${root?.querySelector('[data-indicator="investment"] [data-testid="achieved"]')?.textContent}`;
        if (root && w.figureStates.at(-1) !== state) w.figureStates.push(state);
      }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    await p.goto(first.url());
    await expect
      .poll(() => p.locator(`[data-figures="database"] ${achieved}`).textContent(), { timeout: 10_000 })
      .toBe('已完成 6万 / 目标 229万');
    expect(await p.evaluate(() => (window as unknown as { figureStates: string[] }).figureStates)).toEqual([
      'cache 已完成 0元 / 目标 229万',
      'database 已完成 6万 / 目标 229万',
    ]);
    await expect
      .poll(() =>
        p.evaluate(
          async () =>
            ((await chrome.storage.session.get('todayFigures')).todayFigures as { indicators: { achieved: number }[] }).indicators[0]
              ?.achieved,
        ),
      )
      .toBe(6 * WAN);
    await p.close();
  });
});
