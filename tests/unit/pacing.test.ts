/** The pacing math, pinned with METHOD §1's worked example and the calendar's awkward months. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@/lib/calendar/cn-holidays';
import { isWorkingDay, overridesMap, workingDaysOfMonth } from '@/lib/calendar/working-days';
import { badgeText } from '@/lib/pacing/badge';
import { evenThrough, managedThrough, pacingWeeks, planMonth, weekIndexOf, weeklyAmounts } from '@/lib/pacing/plan';
import { achievements, largestGap, type PacingInputs, pacingSnapshot } from '@/lib/pacing/snapshot';
import { DEFAULT_CHECKPOINTS, DEFAULT_PACING_CONFIG, parseDecimalToUnits, type Target, unitsToDecimal } from '@/lib/pacing/targets';
import { type Deal, newDeal } from '@/lib/pipeline';

const WAN = 1_000_000; // fen in 1万 yuan
const origin = 'http://127.0.0.1:8808';

function won(id: string, indicator: string, amount: number, closed: string): Deal {
  const [y, m, d] = closed.split('-').map(Number) as [number, number, number];
  const at = new Date(y, m - 1, d, 10).getTime();
  return { ...newDeal({ id, origin, clientId: '8800000001', today: closed, now: at, indicator }), amount, stage: 'won', closedAt: at };
}
function target(month: string, indicator: string, value: number, updatedAt = 1): Target {
  return { month, indicator, value, updatedAt };
}
function inputs(today: string, over: Partial<PacingInputs> = {}): PacingInputs {
  return {
    today,
    config: DEFAULT_PACING_CONFIG,
    policy: {},
    targets: [],
    manual: [],
    wonDeals: [],
    openDeals: [],
    overrides: new Map(),
    calendar: BUILTIN_CALENDAR,
    ...over,
  };
}

describe('METHOD §1 worked example: target 229万', () => {
  // Four pacing weeks of five working days: 2027-03 starts on a Monday and has no holidays... but 31 days; use
  // a synthetic month of exactly four Monday–Friday weeks so the example's round numbers appear.
  const days = ['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22'].flatMap((mon) =>
    [0, 1, 2, 3, 4].map((i) => `2027-02-${String(Number(mon.slice(8)) + i).padStart(2, '0')}`),
  );
  const plan = planMonth(229 * WAN, days, DEFAULT_CHECKPOINTS);

  it('managed: week 1 137.4万, weeks 2 and 3 45.8万 each, week 4 nothing', () => {
    expect(plan.weeks.map((w) => w.length)).toEqual([5, 5, 5, 5]);
    expect(weeklyAmounts(plan).managed).toEqual([137_400_000, 45_800_000, 45_800_000, 0]);
  });
  it('even: 57.25万 a week, about 11万 a working day', () => {
    expect(weeklyAmounts(plan).even).toEqual([57_250_000, 57_250_000, 57_250_000, 57_250_000]);
    expect(plan.even[0]).toBe(11_450_000);
  });
  it('within a week the plan rises evenly over its working days', () => {
    expect(managedThrough(plan, '2027-02-01')).toBe(27_480_000); // 137.4万 / 5
    expect(managedThrough(plan, '2027-02-05')).toBe(137_400_000);
    expect(managedThrough(plan, '2027-02-06')).toBe(137_400_000); // Saturday: nothing more due
    expect(managedThrough(plan, '2027-02-19')).toBe(229 * WAN);
    expect(evenThrough(plan, '2027-02-19')).toBe(171_750_000);
  });
});

describe('working days (mainland China calendar)', () => {
  it.each([
    ['2026-10-01', false], // National Day
    ['2026-10-10', true], // make-up Saturday
    ['2026-09-20', true], // make-up Sunday
    ['2026-02-14', true], // make-up Saturday before Spring Festival
    ['2026-02-16', false],
    ['2025-01-26', true],
    ['2025-10-08', false],
    ['2027-02-05', false], // 2027 provisional: 除夕
    ['2026-11-21', false], // plain Saturday
    ['2026-11-23', true],
  ])('%s working: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
  it('the RM can mark extra days off or on', () => {
    const o = overridesMap([
      { date: '2026-11-23', kind: 'off' },
      { date: '2026-11-21', kind: 'on' },
    ]);
    expect(isWorkingDay('2026-11-23', o)).toBe(false);
    expect(isWorkingDay('2026-11-21', o)).toBe(true);
  });
});

describe('weeks built from working days', () => {
  it('a month starting on a Thursday: Thu–Fri join the first full week', () => {
    // 2027-04-01 is a Thursday; 4/5 清明 (provisional) is a day off.
    const weeks = pacingWeeks(workingDaysOfMonth('2027-04'));
    expect(weeks[0]).toEqual(['2027-04-01', '2027-04-02', '2027-04-06', '2027-04-07', '2027-04-08', '2027-04-09']);
    expect(weeks).toHaveLength(4);
    expect(weeks[3]![weeks[3]!.length - 1]).toBe('2027-04-30');
  });
  it('a Golden Week month: October 2026 starts with the make-up Saturday week', () => {
    const days = workingDaysOfMonth('2026-10');
    expect(days).toHaveLength(18);
    const weeks = pacingWeeks(days);
    expect(weeks.map((w) => w.length)).toEqual([3, 5, 5, 5]);
    expect(weeks[0]).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
    const plan = planMonth(100 * WAN, days, DEFAULT_CHECKPOINTS);
    expect(managedThrough(plan, '2026-10-05')).toBe(0); // holiday: nothing due yet
    expect(managedThrough(plan, '2026-10-10')).toBe(60 * WAN); // the make-up Saturday closes week 1
    expect(weekIndexOf(plan, '2026-10-03')).toBe(1);
  });
  it('a week cut short by a holiday stays a week when it keeps three working days, else joins the next', () => {
    // 2026-09: 中秋 9/25 (Fri) off; 9/20 (Sun) is a make-up day in the week of 9/14.
    const weeks = pacingWeeks(workingDaysOfMonth('2026-09'));
    expect(weeks.map((w) => w.length)).toEqual([4, 5, 6, 7]);
    expect(weeks[2]).toContain('2026-09-20');
    expect(weeks[3]).toEqual(['2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24', '2026-09-28', '2026-09-29', '2026-09-30']);
  });
  it('Spring Festival February 2026 has three pacing weeks; the last ends at 100 %', () => {
    const plan = planMonth(100 * WAN, workingDaysOfMonth('2026-02'), DEFAULT_CHECKPOINTS);
    expect(plan.weeks.map((w) => w.length)).toEqual([5, 6, 5]);
    expect(plan.weekPct).toEqual([60, 80, 100]);
    expect(managedThrough(plan, '2026-02-14')).toBe(80 * WAN); // make-up Saturday ends week 2
  });
  it('edited checkpoints reshape the plan', () => {
    const plan = planMonth(100 * WAN, workingDaysOfMonth('2026-11'), [50, 75, 90, 100]);
    expect(weeklyAmounts(plan).managed).toEqual([50 * WAN, 25 * WAN, 15 * WAN, 10 * WAN]);
  });
});

describe('today’s figures', () => {
  const config = DEFAULT_PACING_CONFIG;
  it('no targets: nothing to show', () => {
    const s = pacingSnapshot(inputs('2026-11-23'));
    expect(s.indicators).toEqual([]);
    expect(largestGap(s)).toBeNull();
    expect(badgeText(largestGap(s), 'zh-CN')).toBe('');
  });

  it('gap, today’s own share, week checkpoint, even line, days left, projection', () => {
    // November 2026: weeks 11/2–6, 9–13, 16–20, 23–30 (the lone Monday 30th joins week 4). 21 working days.
    const s = pacingSnapshot(
      inputs('2026-11-04', {
        targets: [target('2026-11', 'investment', 229 * WAN)],
        wonDeals: [
          won('a', 'investment', 30 * WAN, '2026-11-02'),
          won('b', 'investment', 10 * WAN, '2026-11-04'),
          won('old', 'investment', 99 * WAN, '2026-09-10'),
        ],
        config,
      }),
    );
    const f = s.indicators[0]!;
    expect(s.workingDaysTotal).toBe(21);
    expect(s.workingDaysLeft).toBe(19);
    expect(f.achieved).toBe(40 * WAN);
    expect(f.planToday).toBe(82_440_000); // 3/5 of 137.4万
    expect(f.gap).toBe(42_440_000);
    expect(f.todayNeeds).toBe(27_480_000);
    expect(f.week).toEqual({ index: 1, end: '2026-11-06', checkpoint: 137_400_000, distance: 97_400_000 });
    expect(f.evenToday).toBe(Math.round((229 * WAN * 3) / 21));
    expect(f.projection).toBe(280 * WAN); // 40万 in 3 days → 280万 over 21
    expect(f.projectionShort).toBe(false);
    expect(badgeText(largestGap(s), 'zh-CN')).toBe('43万');
    expect(badgeText(largestGap(s), 'en')).toBe('425k');
  });

  it('a make-up Saturday is a working day with its own share', () => {
    const s = pacingSnapshot(inputs('2026-10-10', { targets: [target('2026-10', 'deposit', 100 * WAN)] }));
    expect(s.isWorkingDay).toBe(true);
    expect(s.indicators[0]!.todayNeeds).toBe(20 * WAN);
    expect(s.indicators[0]!.gap).toBe(60 * WAN);
    const sunday = pacingSnapshot(inputs('2026-10-11', { targets: [target('2026-10', 'deposit', 100 * WAN)] }));
    expect(sunday.indicators[0]!.todayNeeds).toBe(0);
    expect(sunday.indicators[0]!.gap).toBe(60 * WAN);
  });

  it('a target changed mid-month redraws the whole curve; achievement stays', () => {
    const base = { wonDeals: [won('a', 'investment', 50 * WAN, '2026-11-10')] };
    const before = pacingSnapshot(inputs('2026-11-12', { ...base, targets: [target('2026-11', 'investment', 100 * WAN)] }));
    const after = pacingSnapshot(inputs('2026-11-12', { ...base, targets: [target('2026-11', 'investment', 200 * WAN, 2)] }));
    expect(before.indicators[0]!.planToday).toBe(76 * WAN); // 60 % + 4/5 of 20 %
    expect(after.indicators[0]!.planToday).toBe(152 * WAN);
    expect(after.indicators[0]!.achieved).toBe(50 * WAN);
    expect(after.indicators[0]!.gap).toBe(102 * WAN);
  });

  it('projection short of target is flagged', () => {
    const s = pacingSnapshot(
      inputs('2026-11-20', {
        targets: [target('2026-11', 'insurance', 100 * WAN)],
        wonDeals: [won('a', 'insurance', 15 * WAN, '2026-11-03')],
      }),
    );
    expect(s.indicators[0]!.projection).toBe(21 * WAN); // 15万 over 15 days → 21万 over 21
    expect(s.indicators[0]!.projectionPct).toBe(21);
    expect(s.indicators[0]!.projectionShort).toBe(true);
  });

  it('pipeline coverage is certainty-weighted over what remains', () => {
    const open = (id: string, amount: number, certainty: Deal['certainty'], expectedDate: string): Deal => ({
      ...newDeal({ id, origin, clientId: '1', today: '2026-11-02', now: 1, indicator: 'investment' }),
      amount,
      certainty,
      expectedDate,
    });
    const s = pacingSnapshot(
      inputs('2026-11-16', {
        targets: [target('2026-11', 'investment', 100 * WAN)],
        wonDeals: [won('w', 'investment', 60 * WAN, '2026-11-05')],
        openDeals: [
          open('c', 20 * WAN, 'committed', '2026-11-20'),
          open('t', 10 * WAN, 'thinking', '2026-11-27'),
          open('x', 10 * WAN, 'consult', '2026-11-30'),
          open('dec', 50 * WAN, 'committed', '2026-12-02'),
        ],
      }),
    );
    const f = s.indicators[0]!;
    expect(f.remaining).toBe(40 * WAN);
    expect(f.pipelineWeighted).toBe(25 * WAN); // 18 + 5 + 2
    expect(f.coveragePct).toBe(63);
  });

  it('counts: each won deal of the linked indicator counts one; manual entries add', () => {
    const s = pacingSnapshot(
      inputs('2026-11-06', {
        targets: [target('2026-11', 'insurance-policies', 10), target('2026-11', 'new-accounts', 4)],
        wonDeals: [won('a', 'insurance', 5 * WAN, '2026-11-02'), won('b', 'insurance', 1 * WAN, '2026-11-03')],
        manual: [{ id: 'm', date: '2026-11-05', indicator: 'new-accounts', value: 1, note: '', createdAt: 1 }],
      }),
    );
    // Count indicators follow their own default plan (50/75/90/100): 50 % of 10 policies by Friday of week 1.
    expect(s.indicators.map((f) => [f.indicator.id, f.achieved, f.gap])).toEqual([
      ['insurance-policies', 2, 3],
      ['new-accounts', 1, 1],
    ]);
  });

  it('month rollover: a surplus in weeks 3–4 is next month’s reservation, and counts in next month', () => {
    const targets = [target('2026-11', 'investment', 100 * WAN), target('2026-12', 'investment', 200 * WAN)];
    const wonDeals = [won('a', 'investment', 100 * WAN, '2026-11-10'), won('b', 'investment', 30 * WAN, '2026-11-18')];
    const week3 = pacingSnapshot(inputs('2026-11-18', { targets, wonDeals }));
    expect(week3.weekIndex).toBe(3);
    expect(week3.indicators[0]!.reservation).toEqual({
      reserved: 30 * WAN,
      nextPipeline: 0,
      nextTarget: 200 * WAN,
      bandPct: [10, 20],
      low: 20 * WAN,
      high: 40 * WAN,
    });
    const week4 = pacingSnapshot(inputs('2026-11-25', { targets, wonDeals }));
    expect(week4.indicators[0]!.reservation?.bandPct).toEqual([20, 50]);
    const week1 = pacingSnapshot(inputs('2026-11-04', { targets, wonDeals }));
    expect(week1.indicators[0]!.reservation).toBeNull();
    const december = pacingSnapshot(inputs('2026-12-01', { targets, wonDeals }));
    expect(december.indicators[0]!.carriedIn).toBe(30 * WAN);
    expect(december.indicators[0]!.achieved).toBe(30 * WAN);
  });
});

describe('amount entry without floating-point artefacts', () => {
  it.each([
    ['229', 6, 229_000_000],
    ['0.1', 6, 100_000],
    ['45.8', 6, 45_800_000],
    ['12.34', 2, 1234],
    ['1.005', 2, null],
    ['abc', 2, null],
  ] as const)('%s with %i digits → %s', (text, digits, expected) => {
    expect(parseDecimalToUnits(text, digits)).toBe(expected);
  });
  it('round-trips', () => {
    expect(unitsToDecimal(45_800_000, 6)).toBe('45.8');
    expect(unitsToDecimal(100_000, 6)).toBe('0.1');
    expect(unitsToDecimal(229_000_000, 6)).toBe('229');
  });
});

describe('won deals count on the day the RM says they were won', () => {
  const base = newDeal({ id: 'w', origin: 'http://crm', clientId: '8800000001', today: '2026-10-30', now: 0 });
  const won = (closedOn: string | undefined, closedAt: number): Deal => ({ ...base, stage: 'won', amount: 10_000_00, closedAt, closedOn });

  it('a deal won on 31 October but recorded on 2 November counts for October', () => {
    const nov2 = new Date(2026, 10, 2, 9).getTime();
    const sum = achievements(DEFAULT_PACING_CONFIG.indicators, [won('2026-10-31', nov2)], []);
    expect(sum('2026-10', 'investment')).toBe(10_000_00);
    expect(sum('2026-11', 'investment')).toBe(0);
  });

  it('without a won date, the day it was marked won counts', () => {
    const sum = achievements(DEFAULT_PACING_CONFIG.indicators, [won(undefined, new Date(2026, 10, 2, 9).getTime())], []);
    expect(sum('2026-11', 'investment')).toBe(10_000_00);
  });
});

describe('the pacing rules METHOD §1 names', () => {
  it('next month’s reservation is built from next month’s pipeline, certainty-weighted', () => {
    const targets = [target('2026-11', 'investment', 100 * WAN), target('2026-12', 'investment', 200 * WAN)];
    const open = (id: string, amount: number, expected: string, certainty: 'committed' | 'thinking' | 'consult') => ({
      ...won(id, 'investment', amount, '2026-11-10'),
      stage: 'meeting' as const,
      closedAt: null,
      expectedDate: expected,
      certainty,
    });
    const openDeals = [
      open('n1', 30 * WAN, '2026-12-03', 'committed'), // 27万 weighted, next month
      open('n2', 20 * WAN, '2026-12-20', 'thinking'), // 10万
      open('n3', 50 * WAN, '2027-01-05', 'committed'), // the month after: not next month's
      open('t1', 40 * WAN, '2026-11-27', 'committed'), // this month's coverage, not the reservation
    ];
    const f = pacingSnapshot(inputs('2026-11-25', { targets, openDeals })).indicators[0]!;
    expect(f.reservation).toEqual({
      reserved: 0,
      nextPipeline: 37 * WAN,
      nextTarget: 200 * WAN,
      bandPct: [20, 50],
      low: 40 * WAN,
      high: 100 * WAN,
    });
    // This month's coverage counts only what is expected this month.
    expect(f.pipelineWeighted).toBe(36 * WAN);
  });

  it('a month of three pacing weeks: its last week is week 4 for the reservation', () => {
    // February 2026: 2–6, 9–14 (Saturday 14 worked), Spring Festival, 24–28 (Saturday 28 worked).
    const targets = [target('2026-02', 'investment', 100 * WAN), target('2026-03', 'investment', 200 * WAN)];
    const s = pacingSnapshot(inputs('2026-02-26', { targets }));
    expect([s.weekIndex, s.weekCount]).toEqual([3, 3]);
    expect(s.indicators[0]!.reservation?.bandPct).toEqual([20, 50]);
    const november = pacingSnapshot(
      inputs('2026-11-18', { targets: [target('2026-11', 'investment', 1), target('2026-12', 'investment', 2)] }),
    );
    expect([november.weekIndex, november.weekCount, november.indicators[0]!.reservation?.bandPct]).toEqual([3, 4, [10, 20]]);
  });

  it('week 1: an indicator still at zero from the third working day is flagged until this month’s first business', () => {
    const targets = [target('2026-11', 'investment', 100 * WAN), target('2026-11', 'deposit', 100 * WAN)];
    const flags = (today: string, wonDeals: Deal[] = []) =>
      pacingSnapshot(inputs(today, { targets, wonDeals })).indicators.map((f) => [f.indicator.id, f.notOpened]);
    expect(flags('2026-11-03')).toEqual([
      ['investment', false],
      ['deposit', false],
    ]);
    expect(flags('2026-11-04', [won('a', 'investment', 1 * WAN, '2026-11-02')])).toEqual([
      ['investment', false],
      ['deposit', true],
    ]);
    expect(flags('2026-11-20')).toEqual([
      ['investment', true],
      ['deposit', true],
    ]);
    // Last month's surplus carried in does not open this month's books.
    const carried = pacingSnapshot(
      inputs('2026-12-03', {
        targets: [target('2026-11', 'investment', 1 * WAN), target('2026-12', 'investment', 100 * WAN)],
        wonDeals: [won('a', 'investment', 10 * WAN, '2026-11-20')],
      }),
    ).indicators[0]!;
    expect([carried.carriedIn, carried.notOpened]).toEqual([9 * WAN, true]);
  });

  it('checkpoints per indicator: amounts done by week 3, counts growing into week 4, each editable', () => {
    const targets = [target('2026-11', 'investment', 100 * WAN), target('2026-11', 'new-accounts', 100)];
    const planned = (config = DEFAULT_PACING_CONFIG) =>
      pacingSnapshot(inputs('2026-11-20', { targets, config })).indicators.map((f) => [f.indicator.id, f.planToday]);
    expect(planned()).toEqual([
      ['investment', 100 * WAN],
      ['new-accounts', 90],
    ]);
    const own = {
      ...DEFAULT_PACING_CONFIG,
      indicators: DEFAULT_PACING_CONFIG.indicators.map((i) => (i.id === 'new-accounts' ? { ...i, checkpoints: [25, 50, 75, 100] } : i)),
    };
    expect(planned(own)).toEqual([
      ['investment', 100 * WAN],
      ['new-accounts', 75],
    ]);
  });
});
