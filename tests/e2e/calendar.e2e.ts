/**
 * The working-day calendar kept current without a release, in real Chromium: with the clock on Monday
 * 2027-02-01, Pacer's built-in 2027 is provisional (statutory days only), so the popup says 2027's make-up days
 * are not confirmed and February has 16 working days. The RM imports a 2027 table in the options (test data
 * shaped like the State Council's notice: 春节 2/5–2/11 off, the weekend of 2/20–21 worked); the open popup's
 * plan recomputes at once to 17 working days and the warning goes. A malformed file changes nothing and says why.
 */
import { describe, expect, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const WAN = 1_000_000;
const table2027 = {
  years: [
    {
      year: 2027,
      provisional: false,
      off: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
      on: ['2027-02-20', '2027-02-21'],
    },
  ],
};
const file = (name: string, json: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(new Date('2027-02-01T09:30:00'));
});

describe('the holiday calendar', () => {
  test('a 2027 table imported in the options confirms the year and changes the open popup’s plan', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await putRows(options, 'targets', [{ month: '2027-02', indicator: 'investment', value: 160 * WAN, updatedAt: 1 }]);
    const popup = await pacer.extensionWindow('popup.html');
    await expect.poll(() => popup.getByTestId('pacing-header').textContent()).toContain('剩余 16 个工作日');
    expect(await popup.getByTestId('calendar-unconfirmed').textContent()).toBe('2027 年调休尚未确认，本月计划可能还会变化');

    const year = options.locator('[data-testid="calendar-year"][data-year="2027"]');
    await expect.poll(() => year.getAttribute('data-source')).toBe('builtin');
    expect(await year.getAttribute('data-provisional')).toBe('true');
    expect(await year.textContent()).toContain('暂定：调休尚未公布');

    // A file with a weekday as a make-up day: refused whole, with the reason.
    await options.getByTestId('calendar-import').setInputFiles(file('bad.json', [{ ...table2027.years[0], on: ['2027-02-22'] }]));
    await expect.poll(() => options.getByTestId('calendar-problems').textContent()).toContain('2027 年: 调休上班日（on）必须是周六或周日');
    expect((await readStore<{ calendar?: unknown[] }>(options, 'pacingConfig'))[0]?.calendar ?? []).toEqual([]);

    await options.getByTestId('calendar-import').setInputFiles(file('2027.json', table2027));
    await expect.poll(() => options.getByTestId('calendar-imported').textContent()).toBe('已导入：2027，本月计划已按新日历重算');
    expect(await options.getByTestId('calendar-problems').count()).toBe(0);
    await expect.poll(() => year.getAttribute('data-source')).toBe('own');
    expect(await year.getAttribute('data-provisional')).toBe('false');
    expect(await year.textContent()).toContain('休 6 天 · 调休上班 2 天');
    expect((await readStore<{ calendar: unknown[] }>(options, 'pacingConfig'))[0]?.calendar).toEqual(table2027.years);

    // The popup, open all along, follows.
    await expect.poll(() => popup.getByTestId('pacing-header').textContent()).toContain('剩余 17 个工作日');
    expect(await popup.getByTestId('calendar-unconfirmed').count()).toBe(0);

    // Removing the import goes back to the built-in, provisional year.
    await year.getByTestId('calendar-remove').click();
    await expect.poll(() => popup.getByTestId('pacing-header').textContent()).toContain('剩余 16 个工作日');
    await expect.poll(() => year.getAttribute('data-source')).toBe('builtin');
    await popup.close();
    await options.close();
  });
});
