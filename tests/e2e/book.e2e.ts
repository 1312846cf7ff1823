/**
 * The client book's board in real Chromium, as an RM uses it: an empty book says what to do; a seeded book shows
 * each cell's count and known assets; a cell lists its clients as the working template, sorted, filtered and
 * searched (full-width input too); a client opens in the book on the side panel's own card, and a sentiment tagged
 * there moves the client on the board at once (one live view of the same rows).
 */
import type { Page } from 'playwright-core';
import { seedBook } from './support/book';
import { id, NOW, seededBook } from './support/book-fixtures';
import { describe, expect, type Pacer, test } from './support/fixture';
import { readStore } from './support/idb';

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(NOW);
});

async function openBook(pacer: Pacer, hash = ''): Promise<Page> {
  const page = await pacer.extensionWindow(`book.html${hash}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  return page;
}
const counts = (page: Page) =>
  page
    .getByTestId('book-cell')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-cell'), Number(e.getAttribute('data-count'))])));
const rowIds = (page: Page) => page.getByTestId('client-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-client-id')));

describe('the book’s board', () => {
  test('an empty book guides the RM instead of showing an empty grid', async ({ pacer }) => {
    const page = await openBook(pacer);
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('empty');
    expect(await page.getByTestId('book-empty').textContent()).toContain('在 CRM 中打开客户页面');
    expect(await page.getByTestId('book-cell').count()).toBe(0);
    await page.close();
  });

  test('counts, assets and strategy per cell; a cell’s rows sorted, filtered and searched', async ({ pacer }) => {
    const page = await openBook(pacer);
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('empty');
    const origin = new URL(pacer.crmUrl).origin;
    await seedBook(page, seededBook(origin));
    await page.reload();
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('ready');
    expect(await counts(page)).toEqual({
      'high.resistant': 1,
      'high.neutral': 1,
      'high.positive': 4,
      'mid.resistant': 0,
      'mid.neutral': 1,
      'mid.positive': 2,
      'low.resistant': 0,
      'low.neutral': 1,
      'low.positive': 1,
      unplaced: 3,
    });
    expect(await page.getByTestId('book-total').textContent()).toBe('共 14 位客户');
    const cell = (key: string) => page.locator(`[data-testid="book-cell"][data-cell="${key}"]`);
    expect(await cell('high.positive').getByTestId('cell-assets').textContent()).toBe('资产 800万（3 位已知）');
    expect(await cell('mid.resistant').getByTestId('cell-assets').textContent()).toBe('资产未知');
    expect(await cell('high.positive').textContent()).toContain('本周约面谈');

    await cell('high.positive').click();
    // By name first (Chinese collation: Li, Ma, Sun, Wang).
    await expect.poll(() => rowIds(page)).toEqual([id(2), id(14), id(13), id(1)]);
    // By age, descending on the second click.
    await page.getByTestId('sort-age').click();
    await expect.poll(() => rowIds(page)).toEqual([id(14), id(2), id(13), id(1)]);
    await page.getByTestId('sort-age').click();
    await expect.poll(() => rowIds(page)).toEqual([id(1), id(13), id(2), id(14)]);
    const row = page.locator(`[data-testid="client-row"][data-client-id="${id(1)}"]`);
    expect(await row.getByTestId('row-name').textContent()).toBe('王建国');
    expect(await row.getByTestId('row-score').textContent()).toBe('8');
    expect(await row.getByTestId('row-rung').textContent()).toBe('9');
    expect(await row.getByTestId('row-last-contact').textContent()).toBe('2026-10-10');
    expect(await row.getByTestId('row-next').textContent()).toBe('2026-11-18');
    expect(await row.getByTestId('row-deals').textContent()).toBe('1 笔 · 100万');
    await page.getByTestId('filter-open-deal').check();
    await expect.poll(() => rowIds(page)).toEqual([id(1), id(14)]);
    await page.getByTestId('filter-clear').click();

    // The whole book: a full-width search for a client number, then a memory point; the overdue filter.
    await page.getByTestId('book-all').click();
    await expect.poll(() => page.getByTestId('table-count').textContent()).toBe('显示 14 / 14 位');
    await page.getByTestId('book-search').fill('８８０００００１１２');
    await expect.poll(() => rowIds(page)).toEqual([id(12)]);
    await page.getByTestId('book-search').fill('钢琴');
    await expect.poll(() => rowIds(page)).toEqual([id(12)]);
    await page.getByTestId('book-search').fill('');
    await page.getByTestId('filter-overdue').check();
    await expect.poll(() => rowIds(page)).toEqual([id(3)]);
    await page.getByTestId('filter-clear').click();

    // What is known of a client with no record, and of one whose record is damaged.
    await cell('unplaced').click();
    await expect.poll(() => rowIds(page)).toEqual([id(12), id(10), id(11)]);
    const damaged = page.locator(`[data-testid="client-row"][data-client-id="${id(11)}"]`);
    expect(await damaged.getByTestId('row-damaged').textContent()).toBe('记录已损坏');
    expect(await page.locator(`[data-testid="client-row"][data-client-id="${id(10)}"] [data-testid="row-name"]`).textContent()).toBe(
      '（未填姓名）',
    );
    await pacer.screenshot(page, 'book-board');
    await page.close();
  });

  test('a client opens on the card inside the book; a tag there moves them on the board at once', async ({ pacer }) => {
    const page = await openBook(pacer);
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('ready');
    await page.locator('[data-testid="book-cell"][data-cell="unplaced"]').click();
    await page.locator(`[data-testid="client-row"][data-client-id="${id(12)}"] [data-testid="row-open"]`).click();
    const card = page.getByTestId('book-card');
    await expect.poll(() => card.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
    expect(await card.getByTestId('client-id').textContent()).toBe(id(12));
    expect(await card.getByTestId('client-name').textContent()).toBe('徐丽');
    await card.getByTestId('sentiment-positive').click();
    await expect.poll(() => counts(page).then((c) => [c['mid.positive'], c.unplaced])).toEqual([3, 2]);
    await expect.poll(() => rowIds(page)).toEqual([id(10), id(11)]);
    const stored = await readStore<{ clientId: string; cell: string }>(page, 'clientSummaries');
    expect(stored.find((s) => s.clientId === id(12))?.cell).toBe('mid.positive');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('book-card').count()).toBe(0);
    await page.close();
  });
});
