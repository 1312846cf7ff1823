/**
 * Value groups (METHOD §6) in real Chromium: the seeded book with two clients contacted every few weeks, so that all
 * four groups are filled; the quadrant's counts, a group's clients with the inputs that placed them, and the same
 * groups as a filter of the board's table.
 */
import type { Page } from 'playwright-core';
import { seedBook } from './support/book';
import { id, NOW, seededBook } from './support/book-fixtures';
import { describe, expect, test } from './support/fixture';

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(NOW);
});

/** `n` phone calls, one every `every` days back from `from`. */
function calls(origin: string, n: number, clientId: string, from: string, every: number): object[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(`${from}T10:00:00Z`);
    d.setUTCDate(d.getUTCDate() - i * every);
    const date = d.toISOString().slice(0, 10);
    return { origin, clientId, date, channel: 'phone', purpose: 'routine', note: '', nextFollowUp: null, at: d.getTime() };
  });
}

const rowIds = (page: Page) => page.getByTestId('client-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-client-id')));
const basis = (page: Page) =>
  page
    .getByTestId('client-row')
    .evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute('data-client-id'),
        e.querySelector('[data-testid="row-value"]')?.getAttribute('data-group'),
        e.querySelector('[data-testid="row-value-basis"]')?.textContent,
      ]),
    );

describe('value groups', () => {
  test('the quadrant counts each group, lists a group with what placed each client, and filters the board', async ({ pacer }) => {
    const page = await pacer.extensionWindow('book.html#value');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('empty');
    const origin = new URL(pacer.crmUrl).origin;
    const book = seededBook(origin);
    // 王建国 (500万, 58) called twelve more times this year: high potential, high cost. 刘芳 (assets unknown, 62)
    // called fourteen more times: low potential, high cost.
    await seedBook(page, {
      ...book,
      contacts: [...(book.contacts ?? []), ...calls(origin, 12, id(1), '2026-10-01', 25), ...calls(origin, 14, id(4), '2026-11-10', 20)],
    });
    await page.reload();
    await expect.poll(() => page.getByTestId('value-view').count()).toBe(1);
    const counts = await page
      .getByTestId('value-group')
      .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-group'), Number(e.getAttribute('data-count'))])));
    expect(counts).toEqual({ quickWins: 3, develop: 1, lowPriority: 7, letGo: 1, unknown: 2 });
    const group = (g: string) => page.locator(`[data-testid="value-group"][data-group="${g}"]`);
    expect(await group('quickWins').getByTestId('value-count').textContent()).toBe('3 位');

    // Quick wins, by name (Li, Ma, Yang): assets and age known, few contacts.
    await group('quickWins').click();
    await expect
      .poll(() => basis(page))
      .toEqual([
        [id(2), 'quickWins', '资产、年龄 · 近一年联系 1 次'],
        [id(14), 'quickWins', '资产、年龄 · 近一年联系 1 次'],
        [id(6), 'quickWins', '资产、年龄 · 近一年联系 0 次'],
      ]);
    await group('develop').click();
    await expect.poll(() => basis(page)).toEqual([[id(1), 'develop', '资产、年龄 · 近一年联系 13 次']]);
    await group('letGo').click();
    await expect.poll(() => basis(page)).toEqual([[id(4), 'letGo', '年龄 · 近一年联系 15 次']]);
    // No record, and a damaged one: nothing known of potential, and the table says so.
    await group('unknown').click();
    await expect
      .poll(() => basis(page))
      .toEqual([
        [id(10), 'unknown', '没有可用信息'],
        [id(11), 'unknown', '没有可用信息'],
      ]);
    await group('lowPriority').click();
    await expect.poll(() => page.getByTestId('table-count').textContent()).toBe('显示 7 / 7 位');
    await pacer.screenshot(page, 'book-value');

    // The same groups as a filter of the board: the whole book narrowed to quick wins, then to a cell's let-go.
    await page.getByTestId('nav-board').click();
    await page.getByTestId('book-all').click();
    await expect.poll(() => page.getByTestId('table-count').textContent()).toBe('显示 14 / 14 位');
    await page.getByTestId('filter-value').selectOption('quickWins');
    await expect.poll(() => rowIds(page)).toEqual([id(2), id(14), id(6)]);
    expect((await basis(page)).map((r) => r[1])).toEqual(['quickWins', 'quickWins', 'quickWins']);
    await page.locator('[data-testid="book-cell"][data-cell="high.resistant"]').click();
    await page.getByTestId('filter-value').selectOption('letGo');
    await expect.poll(() => rowIds(page)).toEqual([id(4)]);
    await page.close();
  });
});
