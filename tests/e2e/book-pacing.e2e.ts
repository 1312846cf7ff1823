/**
 * The book's pacing chart in real Chromium for a seeded November 2026 (fixed day 2026-11-18, 21 working days in
 * weeks of 5, 5, 5 and 6): the values each line plots, read from the SVG's own data — the managed plan and its week
 * checkpoints (60/80/100/100 %), the even baseline, the actual line through today — what a screen reader is told,
 * and the last six months' attainment.
 */

import { seedBook } from './support/book';
import { NOW, seededBook, WAN } from './support/book-fixtures';
import { describe, expect, test } from './support/fixture';
import { putRows } from './support/idb';

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(NOW);
});

const at = (d: string) => new Date(`${d}T10:00:00`).getTime();
const won = (id: string, amount: number, day: string) => ({
  id,
  origin: 'http://127.0.0.1:8808',
  clientId: '8800000101',
  indicator: 'investment',
  amount,
  certainty: 'committed',
  stage: 'won',
  expectedDate: day,
  nextStep: '',
  createdAt: at('2026-10-01'),
  updatedAt: at(day),
  closedAt: at(day),
  closedOn: day,
});

describe('the pacing chart', () => {
  test('plots the managed plan, the even baseline and the actual line for the seeded month', async ({ pacer }) => {
    const page = await pacer.extensionWindow('book.html#pacing');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('empty');
    const book = seededBook(new URL(pacer.crmUrl).origin);
    await seedBook(page, {
      ...book,
      deals: [
        ...(book.deals ?? []),
        won('w1', 100 * WAN, '2026-11-05'),
        won('w2', 30 * WAN, '2026-11-17'),
        won('o1', 150 * WAN, '2026-10-20'),
      ],
    });
    await putRows(page, 'targets', [
      { month: '2026-11', indicator: 'investment', value: 229 * WAN, updatedAt: 1 },
      { month: '2026-10', indicator: 'investment', value: 200 * WAN, updatedAt: 1 },
    ]);
    await putRows(page, 'achievements', [
      { id: 'm1', date: '2026-11-10', indicator: 'investment', value: 5 * WAN, note: '', createdAt: 1 },
    ]);
    await page.reload();
    await expect.poll(() => page.getByTestId('pacing-view').getAttribute('data-ready')).toBe('true');
    const chart = page.locator('[data-testid="pacing-chart"][data-indicator="investment"]');
    const series = (name: string) =>
      chart
        .locator(`[data-series="${name}"]`)
        .getAttribute('data-values')
        .then((v) => (v ?? '').split(',').map(Number));

    const days = await chart.getByTestId('axis-day').evaluateAll((els) => els.map((e) => e.getAttribute('data-day')));
    expect(days).toHaveLength(21);
    expect([days[0], days[4], days[5], days[20]]).toEqual(['2026-11-02', '2026-11-06', '2026-11-09', '2026-11-30']);
    const managed = await series('managed');
    expect(managed.slice(0, 5)).toEqual([27_480_000, 54_960_000, 82_440_000, 109_920_000, 137_400_000]);
    expect(managed[12]).toBe(210_680_000);
    expect(managed.slice(14)).toEqual(Array(7).fill(229_000_000));
    expect(
      await chart
        .getByTestId('week-mark')
        .evaluateAll((els) =>
          els.map((e) => [
            e.getAttribute('data-week'),
            e.getAttribute('data-day'),
            Number(e.getAttribute('data-value')),
            Number(e.getAttribute('data-pct')),
          ]),
        ),
    ).toEqual([
      ['1', '2026-11-06', 137_400_000, 60],
      ['2', '2026-11-13', 183_200_000, 80],
      ['3', '2026-11-20', 229_000_000, 100],
      ['4', '2026-11-30', 229_000_000, 100],
    ]);
    const even = await series('even');
    expect([even[0], even[12], even[20]]).toEqual([10_904_762, 141_761_905, 229_000_000]);
    // Won on the 5th (100万), a manual entry on the 10th (5万), won on the 17th (30万); nothing drawn after today.
    expect(await series('actual')).toEqual([0, 0, 0, 1e8, 1e8, 1e8, 1.05e8, 1.05e8, 1.05e8, 1.05e8, 1.05e8, 1.35e8, 1.35e8]);
    expect(await chart.getByTestId('today-mark').getAttribute('data-day')).toBe('2026-11-18');
    expect(await chart.locator('desc').textContent()).toBe('按计划今天应完成 210.68万，平均进度为 141.76万，实际已完成 135万。');
    expect(await chart.locator('title').textContent()).toBe('投资：11月节奏，目标 229万');
    // The same numbers as a table.
    const row = page.locator(
      '[data-testid="pacing-figure"][data-indicator="investment"] [data-testid="chart-table"] tr[data-day="2026-11-18"]',
    );
    expect(await row.evaluate((r) => [...r.children].map((c) => c.textContent))).toEqual(['11月18日', '210.68万', '141.76万', '135万']);
    // Attainment of the six months before: October 150万 of 200万.
    const attained = await page
      .locator('[data-testid="attainment-row"][data-indicator="investment"] td')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-month'), td.getAttribute('data-pct')]));
    expect(attained).toEqual([
      ['2026-05', ''],
      ['2026-06', ''],
      ['2026-07', ''],
      ['2026-08', ''],
      ['2026-09', ''],
      ['2026-10', '75'],
    ]);
    await pacer.screenshot(page, 'book-pacing');
    await page.close();
  });
});
