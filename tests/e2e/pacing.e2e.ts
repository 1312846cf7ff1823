/**
 * Targets → won deals → the popup's figures and the badge, in real Chromium. The pages' clock is fixed to
 * Wednesday 2026-11-18 (week 3 of November 2026: weeks 11/2–6, 9–13, 16–20, 23–30; 21 working days), so the
 * figures are exact; the unit tests (tests/unit/pacing.test.ts) derive the same numbers.
 */
import type { Page } from 'playwright-core';
import { dealRow, WAN } from './support/deals';
import { describe, expect, type Pacer, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(new Date('2026-11-18T09:30:00'));
});

const badge = async (pacer: Pacer) => (await pacer.worker()).evaluate(() => chrome.action.getBadgeText({}));
async function popup(pacer: Pacer): Promise<Page> {
  // Its own window: the RM edits the options while this test watches the popup's figures follow.
  const p = await pacer.extensionWindow('popup.html');
  await p.setViewportSize({ width: 360, height: 900 });
  return p;
}
const figure = (p: Page, indicator: string, id: string) => p.locator(`[data-indicator="${indicator}"] [data-testid="${id}"]`).textContent();

describe('pacing in the popup', () => {
  test('without targets, guides the RM to set them', async ({ pacer }) => {
    const p = await popup(pacer);
    await expect.poll(() => p.getByTestId('pacing-empty').count()).toBe(1);
    expect(await p.getByTestId('pacing-empty').textContent()).toContain('还没有设定本月指标');
    await pacer.screenshot(p, 'popup-no-targets');
    await p.close();
  });

  test('targets set in the options, won deals and a manual entry give today’s figures and the badge', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await expect.poll(() => options.getByTestId('target-row').count()).toBe(6);
    const input = (indicator: string) =>
      options.locator(`[data-testid="target-row"][data-indicator="${indicator}"] [data-testid="target-input"]`);
    await input('investment').fill('229');
    await input('investment').press('Tab');
    await input('insurance-policies').fill('10');
    await input('insurance-policies').press('Tab');
    await options.getByTestId('target-month').selectOption('2026-12');
    await expect.poll(() => input('investment').inputValue()).toBe('');
    await input('investment').fill('200');
    await input('investment').press('Tab');
    await expect
      .poll(async () =>
        (await readStore<{ month: string; indicator: string; value: number }>(options, 'targets'))
          .map((t) => [t.month, t.indicator, t.value])
          .sort(),
      )
      .toEqual([
        ['2026-11', 'insurance-policies', 10],
        ['2026-11', 'investment', 229 * WAN],
        ['2026-12', 'investment', 200 * WAN],
      ]);

    // Won pipeline deals (as the panel stores them), an open one, and one won long ago that must not count.
    await putRows(options, 'deals', [
      dealRow('w1', 'investment', 100 * WAN, 'won', { closed: '2026-11-05' }),
      dealRow('w2', 'investment', 30 * WAN, 'won', { closed: '2026-11-17' }),
      dealRow('w3', 'insurance', 2 * WAN, 'won', { closed: '2026-11-09' }),
      dealRow('w4', 'insurance', 1 * WAN, 'won', { closed: '2026-11-12' }),
      dealRow('w5', 'insurance', 1 * WAN, 'won', { closed: '2026-11-16' }),
      dealRow('old', 'investment', 500 * WAN, 'won', { closed: '2025-11-05' }),
      dealRow('o1', 'investment', 50 * WAN, 'met', { expected: '2026-11-25' }),
    ]);

    const p = await popup(pacer);
    await expect.poll(() => figure(p, 'investment', 'gap'), { timeout: 10_000 }).toBe('80.68万'); // 210.68万 planned − 130万
    expect(await p.getByTestId('pacing-header').textContent()).toBe('11月 · 第 3/4 周 · 剩余 9 个工作日');
    expect(await figure(p, 'investment', 'today-needs')).toBe('今天本身需完成 9.16万');
    expect(await figure(p, 'investment', 'achieved')).toBe('已完成 130万 / 目标 229万');
    expect(await figure(p, 'investment', 'week')).toBe('229万，还差 99万');
    expect(await figure(p, 'investment', 'even')).toBe('141.76万');
    expect(await figure(p, 'investment', 'coverage')).toBe('45万（按把握加权）覆盖剩余的 45%');
    expect(await figure(p, 'investment', 'projection')).toBe('210万，目标的 92%低于目标');
    expect(await p.locator('[data-indicator="investment"] [data-testid="projection"]').getAttribute('data-short')).toBe('true');
    expect(await figure(p, 'investment', 'reservation')).toBe('0元，建议 20万–40万（下月目标的 10–20%）');
    // A count follows its own plan (50/75/90/100): 75 % + 15 % × 3/5 = 84 % of 10 → 8 planned, 3 won.
    expect(await figure(p, 'insurance-policies', 'gap')).toBe('5');
    await expect.poll(() => badge(pacer), { timeout: 10_000 }).toBe('81万');
    await pacer.screenshot(p, 'popup-pacing');

    // Business closed outside the pipeline: add 5万, edit it to 9.32万, delete, undo.
    await options.getByTestId('achievement-date').fill('2026-11-18');
    await options.getByTestId('achievement-indicator').selectOption('investment');
    await options.getByTestId('achievement-value').fill('5');
    await options.getByTestId('achievement-add').click();
    await expect.poll(() => figure(p, 'investment', 'gap'), { timeout: 10_000 }).toBe('75.68万');
    await options.getByTestId('achievement-edit').click();
    await options.getByTestId('achievement-value').fill('9.32');
    await options.getByTestId('achievement-add').click();
    await expect.poll(() => figure(p, 'investment', 'gap'), { timeout: 10_000 }).toBe('71.36万');
    expect(await readStore<{ value: number }>(options, 'achievements')).toEqual([
      expect.objectContaining({ value: 9_320_000, indicator: 'investment' }),
    ]);
    await options.getByTestId('achievement-delete').click();
    await expect.poll(() => figure(p, 'investment', 'gap'), { timeout: 10_000 }).toBe('80.68万');
    await options.getByTestId('achievement-undo').click();
    await expect.poll(() => figure(p, 'investment', 'gap'), { timeout: 10_000 }).toBe('71.36万');
    await pacer.screenshot(options, 'options-pacing');

    // The badge follows when the popup opens again.
    const again = await popup(pacer);
    await expect.poll(() => figure(again, 'investment', 'gap'), { timeout: 10_000 }).toBe('71.36万');
    await expect.poll(() => badge(pacer), { timeout: 10_000 }).toBe('72万');
    await again.close();
    await p.close();
    await options.close();
  });

  test('an extra day off marked by the RM reshapes the plan', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await options.getByTestId('day-date').fill('2026-11-16');
    await options.getByTestId('day-kind').selectOption('off');
    await options.getByTestId('day-add').click();
    await expect.poll(() => options.getByTestId('day-override').count()).toBe(1);
    const p = await popup(pacer);
    // Week 3 is now 11/17–20 (4 days), today is its 2nd: 80 % + 20 % × 2/4 = 90 % of 229万 = 206.1万; achieved 139.32万.
    await expect.poll(() => figure(p, 'investment', 'gap'), { timeout: 10_000 }).toBe('66.78万');
    await p.close();
    await options.close();
  });

  test('a badge drawn from another day’s figures is redrawn when a CRM screen loads', async ({ pacer }) => {
    const w = await pacer.worker();
    // Overnight: the figures the badge came from are yesterday's (here: a day long past).
    await w.evaluate(async () => {
      const got = (await chrome.storage.session.get('todayFigures')).todayFigures as Record<string, unknown> | undefined;
      await chrome.storage.session.set({ todayFigures: { ...got, today: '2020-01-15' } });
      await chrome.action.setBadgeText({ text: 'OLD' });
    });
    const crm = await pacer.openCrm('/crm/client?cust=8800000001');
    await expect.poll(() => badge(pacer), { timeout: 10_000 }).not.toBe('OLD');
    // Redrawn for the worker's own today (its clock is the machine's, not the pages' fixed one).
    const [cachedDay, workerToday] = await w.evaluate(async () => {
      const d = new Date();
      const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return [((await chrome.storage.session.get('todayFigures')).todayFigures as { today: string }).today, iso];
    });
    expect(cachedDay).toBe(workerToday);
    await crm.close();
  });
});
