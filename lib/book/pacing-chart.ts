/**
 * The month as the method teaches it, per indicator (METHOD §1): the managed cumulative plan with its week
 * checkpoints, the even baseline, and what was actually achieved day by day up to today, over the month's working
 * days. Plus each indicator's attainment over the months before, from their targets and what was won in them.
 */
import { type IsoDate, toIsoDate } from '../calendar/dates';
import { monthOf, shiftMonth, workingDaysOfMonth } from '../calendar/working-days';
import { planMonth, workingDaysThrough } from '../pacing/plan';
import type { PacingInputs } from '../pacing/snapshot';
import { type Indicator, type ManualAchievement, type PacingPolicy, type Target, targetsForMonth } from '../pacing/targets';
import type { DealFigures } from '../pipeline';

export interface WeekMark {
  week: number;
  day: IsoDate;
  pct: number;
  value: number;
}

export interface ChartSeries {
  indicator: Indicator;
  target: number;
  days: IsoDate[];
  managed: number[];
  even: number[];
  /** Cumulative achievement at the end of each working day; null for the days after today. */
  actual: (number | null)[];
  weeks: WeekMark[];
  /** Working days on or before today (0: the month's first working day is still ahead). */
  elapsed: number;
  /** Last month's surplus carried in, where the actual line starts. */
  carriedIn: number;
}

const localDate = (ms: number): IsoDate => toIsoDate(new Date(ms));

/** What each indicator achieved on each calendar day: won deals on the day they count on, manual entries on theirs. */
export function dailyAchievements(
  indicators: readonly Indicator[],
  wonDeals: readonly DealFigures[],
  manual: readonly ManualAchievement[],
): Map<string, number> {
  const out = new Map<string, number>();
  const add = (date: IsoDate, id: string, v: number) => out.set(`${date}|${id}`, (out.get(`${date}|${id}`) ?? 0) + v);
  for (const d of wonDeals) {
    if (d.stage !== 'won' || d.closedAt === null) continue;
    const date = d.closedOn ?? localDate(d.closedAt);
    for (const ind of indicators) {
      if (ind.kind === 'amount' && ind.id === d.indicator) add(date, ind.id, d.amount);
      if (ind.kind === 'count' && ind.countsDealsOf === d.indicator) add(date, ind.id, 1);
    }
  }
  for (const m of manual) add(m.date, m.indicator, m.value);
  return out;
}

/** A month's total per indicator from the daily figures. */
function monthTotal(daily: ReadonlyMap<string, number>, month: string, id: string): number {
  let sum = 0;
  for (const [key, v] of daily) if (key.startsWith(month) && key.endsWith(`|${id}`)) sum += v;
  return sum;
}

export function chartSeries(inputs: PacingInputs): ChartSeries[] {
  const { today, config, policy } = inputs;
  const month = monthOf(today);
  const prev = shiftMonth(month, -1);
  const days = workingDaysOfMonth(month, inputs.overrides);
  const daily = dailyAchievements(config.indicators, inputs.wonDeals, inputs.manual);
  const targets = targetsForMonth(month, inputs.targets, policy);
  const prevTargets = targetsForMonth(prev, inputs.targets, policy);
  const out: ChartSeries[] = [];
  for (const indicator of config.indicators) {
    const target = targets.get(indicator.id)?.value ?? 0;
    if (target <= 0) continue;
    const plan = planMonth(target, days, config.checkpoints);
    const prevTarget = prevTargets.get(indicator.id)?.value;
    const carriedIn = prevTarget !== undefined ? Math.max(0, monthTotal(daily, prev, indicator.id) - prevTarget) : 0;
    const elapsed = workingDaysThrough(plan, today);
    // Everything of this month up to and including each working day (a day off's business counts on the next one).
    const actual: (number | null)[] = [];
    let cumulative = carriedIn;
    const sortedKeys = [...daily.keys()].filter((k) => k.startsWith(month) && k.endsWith(`|${indicator.id}`)).sort();
    let k = 0;
    days.forEach((day, i) => {
      while (k < sortedKeys.length && sortedKeys[k]!.slice(0, 10) <= day) cumulative += daily.get(sortedKeys[k++]!)!;
      actual.push(i < elapsed ? cumulative : null);
    });
    let end = 0;
    const weeks = plan.weeks.map((w, i) => {
      end += w.length;
      return { week: i + 1, day: w[w.length - 1]!, pct: plan.weekPct[i]!, value: plan.managed[end - 1]! };
    });
    out.push({ indicator, target, days, managed: plan.managed, even: plan.even, actual, weeks, elapsed, carriedIn });
  }
  return out;
}

export interface MonthAttainment {
  month: string;
  target: number | null;
  achieved: number;
  /** achieved / target in %, null without a target. */
  pct: number | null;
}

/** The `count` months before today's, oldest first, per configured indicator. */
export function attainmentHistory(
  today: IsoDate,
  indicators: readonly Indicator[],
  targets: readonly Target[],
  policy: PacingPolicy,
  wonDeals: readonly DealFigures[],
  manual: readonly ManualAchievement[],
  count = 6,
): { indicator: Indicator; months: MonthAttainment[] }[] {
  const daily = dailyAchievements(indicators, wonDeals, manual);
  const months = Array.from({ length: count }, (_, i) => shiftMonth(monthOf(today), i - count));
  return indicators.map((indicator) => ({
    indicator,
    months: months.map((month) => {
      const target = targetsForMonth(month, targets, policy).get(indicator.id)?.value ?? null;
      const achieved = monthTotal(daily, month, indicator.id);
      return { month, target, achieved, pct: target ? Math.round((achieved * 100) / target) : null };
    }),
  }));
}
