/**
 * The working-day calendar kept current without a release: years from the bank's policy, the RM's import and
 * Pacer's built-in data, resolved per year; files checked with errors in the RM's language; the plan following a
 * pushed year.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseCalendarFile } from '@/lib/calendar/calendar-file';
import { BUILTIN_CALENDAR, CN_HOLIDAYS } from '@/lib/calendar/cn-holidays';
import { type HolidayYear, resolveCalendar, unconfirmedYears, withImportedYears } from '@/lib/calendar/holiday-calendar';
import { workingDaysOfMonth } from '@/lib/calendar/working-days';
import { importCalendarYears, setTarget } from '@/lib/db/pacing';
import type { PacingSnapshot } from '@/lib/pacing/figures';
import { pacerDb } from '@/platform/database';
import { followTodayFigures } from '@/platform/figures';
import { WAN } from './support/pacing-fixtures';

/** A 2027 table as the State Council's notice would give it (test data: the real notice is not out yet). */
const confirmed2027: HolidayYear = {
  year: 2027,
  provisional: false,
  off: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
  on: ['2027-02-20', '2027-02-21'],
};
const own2027: HolidayYear = { year: 2027, provisional: false, off: ['2027-02-08'], on: [] };
const provisional2028: HolidayYear = { year: 2028, provisional: true, off: ['2028-01-03'], on: [] };

describe('resolving the calendar in force', () => {
  it('built in: 2027 is provisional and February has 16 working days; years with no data are unconfirmed', () => {
    expect(BUILTIN_CALENDAR.years.get(2027)).toEqual({ year: 2027, provisional: true, source: 'builtin' });
    expect(workingDaysOfMonth('2027-02')).toHaveLength(16);
    expect(unconfirmedYears(BUILTIN_CALENDAR, [2026, 2027, 2028, 2027])).toEqual([2027, 2028]);
  });

  it('confirmed data wins over provisional; among equals the bank over the RM over the built-in; years never mix', () => {
    const pushed = resolveCalendar({ policy: [confirmed2027], builtin: CN_HOLIDAYS });
    expect(pushed.years.get(2027)).toEqual({ year: 2027, provisional: false, source: 'policy' });
    expect(workingDaysOfMonth('2027-02', new Map(), pushed)).toHaveLength(17);
    expect(workingDaysOfMonth('2027-02', new Map(), pushed)).toContain('2027-02-20');
    expect(unconfirmedYears(pushed, [2027])).toEqual([]);

    const both = resolveCalendar({ policy: [confirmed2027], own: [own2027], builtin: CN_HOLIDAYS });
    expect(both.years.get(2027)?.source).toBe('policy');
    // The RM's confirmed import beats the bank's provisional push.
    const stale = resolveCalendar({ policy: [{ ...confirmed2027, provisional: true }], own: [own2027], builtin: CN_HOLIDAYS });
    expect(stale.years.get(2027)).toEqual({ year: 2027, provisional: false, source: 'own' });
    // Only the RM's 2027 is in force: the built-in 2027-02-05 off day is not mixed in.
    expect(stale.off.has('2027-02-08')).toBe(true);
    expect(stale.off.has('2027-02-05')).toBe(false);
    // Other years keep their built-in data.
    expect(stale.years.get(2026)?.source).toBe('builtin');
    expect(stale.on.has('2026-02-14')).toBe(true);
  });

  it('an import replaces a year imported before, whole, and keeps the others', () => {
    expect(withImportedYears([own2027, provisional2028], [confirmed2027])).toEqual([confirmed2027, provisional2028]);
  });
});

describe('a calendar file', () => {
  it('takes a bare list or { years }, all or nothing', () => {
    expect(parseCalendarFile(JSON.stringify([confirmed2027]), 'zh-CN')).toEqual({ ok: true, years: [confirmed2027] });
    const noFlag = { year: 2028, off: [], on: [] };
    expect(parseCalendarFile(JSON.stringify({ years: [noFlag] }), 'en')).toEqual({
      ok: true,
      years: [{ ...noFlag, provisional: false }],
    });
  });

  it('says what is wrong, where, in the RM’s language', () => {
    const bad = (years: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') => {
      const r = parseCalendarFile(JSON.stringify(years), locale);
      expect(r.ok).toBe(false);
      return r.ok ? [] : r.errors;
    };
    expect(parseCalendarFile('{', 'zh-CN')).toEqual({ ok: false, errors: ['不是有效的 JSON 文件'] });
    expect(bad([{ ...confirmed2027, on: ['2027-02-22'] }])).toEqual(['2027 年: 调休上班日（on）必须是周六或周日']);
    expect(bad([{ ...confirmed2027, on: ['2027-02-22'] }], 'en')).toEqual([
      'year 2027: make-up working days (on) must be Saturdays or Sundays',
    ]);
    expect(bad([{ ...confirmed2027, off: ['2027-02-30'] }])).toEqual(['2027 年 › off › 0: 不是存在的日期']);
    expect(bad([{ ...confirmed2027, off: ['2028-01-03'] }])).toEqual(['2027 年: 有日期不在这一年内']);
    expect(bad([{ ...confirmed2027, off: ['2027-02-20'] }])).toEqual(['2027 年: 同一天不能既放假又上班']);
    expect(bad({ years: [confirmed2027, confirmed2027] }, 'en')).toEqual(['file: the same year appears twice']);
    expect(bad([{ year: '2027', off: [], on: [] }], 'en')[0]).toMatch(/^entry 1 › year: /);
    expect(bad({ calendar: [] }, 'en')[0]).toMatch(/^file: /);
  });
});

describe('the plan follows a year pushed or imported', () => {
  const today = '2027-02-01';
  const seen: PacingSnapshot[] = [];
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 300 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(ok()).toBe(true);
  };
  let stop = () => {};
  beforeEach(async () => {
    fakeBrowser.reset();
    seen.length = 0;
    await Promise.all(pacerDb().tables.map((t) => t.clear()));
    await setTarget(pacerDb(), '2027-02', 'investment', 160 * WAN, 1);
  });
  afterEach(() => stop());
  const follow = () =>
    (stop = followTodayFigures(today, {
      figures: (s) => seen.push(s),
      error: (e) => {
        throw e;
      },
    }));

  it('through the managed policy (pacing.calendar): confirmed, and February gains its make-up weekend', async () => {
    await fakeBrowser.storage.managed.set({ pacing: { calendar: [confirmed2027] } });
    follow();
    await until(() => seen.at(-1)?.workingDaysTotal === 17);
    expect(seen.at(-1)?.unconfirmedYears).toEqual([]);
  });

  it('through the RM’s import: provisional until it arrives, then recomputed at once', async () => {
    follow();
    await until(() => seen.length >= 1);
    expect(seen.at(-1)).toMatchObject({ workingDaysTotal: 16, unconfirmedYears: [2027] });
    // The even baseline for today: one working day's share of 160万, over 16 days, then over 17.
    const before = seen.at(-1)!.indicators[0]!.evenToday;
    await importCalendarYears(pacerDb(), [confirmed2027]);
    await until(() => seen.at(-1)?.workingDaysTotal === 17);
    expect(seen.at(-1)?.unconfirmedYears).toEqual([]);
    expect(seen.at(-1)!.indicators[0]!.evenToday).toBe(Math.round((160 * WAN) / 17));
    expect(before).toBe((160 * WAN) / 16);
    await importCalendarYears(pacerDb(), [], [2027]);
    await until(() => seen.at(-1)?.workingDaysTotal === 16);
  });
});
