/**
 * The pipeline board in real Chromium on a fixed day (2026-11-18): open deals by stage with certainty, per indicator
 * totals raw and weighted for this month and next apart, a deal past its date flagged, and deals moved by keyboard
 * (stage and certainty) and by drag, each move stored.
 */
import type { Page } from 'playwright-core';
import { seedBook } from './support/book';
import { NOW, seededBook } from './support/book-fixtures';
import { describe, expect, test } from './support/fixture';
import { readStore } from './support/idb';

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(NOW);
});

const column = (page: Page, stage: string) =>
  page
    .locator(`[data-testid="pipe-column"][data-stage="${stage}"] [data-testid="pipe-deal"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-deal-id')));
const totals = (page: Page) =>
  page
    .getByTestId('pipe-total')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute('data-indicator'),
        ...['this-raw', 'this-weighted', 'next-raw', 'next-weighted'].map((id) => r.querySelector(`[data-testid="${id}"]`)?.textContent),
      ]),
    );
const deal = async (page: Page, id: string) =>
  (await readStore<{ id: string; stage: string; certainty: string; closedOn?: string | null }>(page, 'deals')).find((d) => d.id === id);

describe('the pipeline board', () => {
  test('deals by stage, totals this month and next, a late deal flagged; moved by keyboard and by drag', async ({ pacer }) => {
    const page = await pacer.extensionWindow('book.html#pipeline');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('empty');
    await seedBook(page, seededBook(new URL(pacer.crmUrl).origin));
    await page.reload();
    await expect.poll(() => page.getByTestId('pipeline-board').getAttribute('data-ready')).toBe('true');
    expect(await column(page, 'invited')).toEqual(['d3', 'd5', 'd6']);
    expect(await column(page, 'meeting')).toEqual(['d1']);
    expect(await column(page, 'met')).toEqual(['d14']);
    expect(await totals(page)).toEqual([
      ['deposit', '0元', '0元', '50万', '25万'],
      ['insurance', '20万', '10万', '0元', '0元'],
      ['investment', '130万', '96万', '60万', '54万'],
    ]);
    const card = (id: string) => page.locator(`[data-testid="pipe-deal"][data-deal-id="${id}"]`);
    expect(await card('d3').getAttribute('data-past-due')).toBe('true');
    expect(await card('d3').getByTestId('pipe-expected').textContent()).toBe('已过预计日期 · 预计 11月10日');
    expect(await card('d5').getAttribute('data-past-due')).toBe('false');
    await pacer.screenshot(page, 'book-pipeline');

    // Next month apart: what the reservation in weeks 3–4 is built from.
    await page.getByTestId('pipe-period-nextMonth').click();
    expect([...(await column(page, 'invited')), ...(await column(page, 'met'))]).toEqual(['d6', 'd14']);
    await page.getByTestId('pipe-period-all').click();

    // Keyboard: → moves a stage, 1 makes it committed; focus stays on the deal.
    await card('d5').getByTestId('pipe-deal-handle').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => deal(page, 'd5').then((d) => d?.stage)).toBe('meeting');
    await expect.poll(() => column(page, 'meeting')).toEqual(['d5', 'd1']);
    await page.keyboard.press('1');
    await expect.poll(() => deal(page, 'd5').then((d) => d?.certainty)).toBe('committed');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="pipe-deal"]')?.getAttribute('data-deal-id'))).toBe(
      'd5',
    );

    // Drag: won, counted on today; the pipeline totals follow.
    await card('d1').getByTestId('pipe-deal-handle').dragTo(page.locator('[data-testid="pipe-column"][data-stage="won"]'));
    await expect.poll(() => deal(page, 'd1').then((d) => [d?.stage, d?.closedOn])).toEqual(['won', '2026-11-18']);
    await expect.poll(() => column(page, 'won')).toEqual(['d1']);
    await expect
      .poll(() => totals(page).then((rows) => rows.find((r) => r[0] === 'investment')))
      .toEqual(['investment', '30万', '6万', '60万', '54万']);
    await page.close();
  });
});
