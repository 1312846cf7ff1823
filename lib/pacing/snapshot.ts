/**
 * Today's pacing figures per indicator (their shape: ./figures.ts), as one pure function from what is stored
 * (targets, won deals, manual entries, open pipeline, calendar marks) and today's local date.
 */
import { type IsoDate, toIsoDate } from '../calendar/dates';
import { unconfirmedYears, type WorkingCalendar } from '../calendar/holiday-calendar';
import { monthOf, type Overrides, shiftMonth, workingDaysOfMonth } from '../calendar/working-days';
import { type DealFigures, isOpen } from '../pipeline';
import { checkpointsOf } from './checkpoints';
import type { IndicatorFigures, PacingSnapshot } from './figures';
import {
  CERTAINTY_WEIGHT,
  evenThrough,
  managedThrough,
  OPENING_DAY,
  planMonth,
  reservationBand,
  weekIndexOf,
  workingDaysThrough,
} from './plan';
import { type Indicator, type ManualAchievement, type PacingConfig, type PacingPolicy, type Target, targetsForMonth } from './targets';

export interface PacingInputs {
  today: IsoDate;
  config: PacingConfig;
  policy: PacingPolicy;
  targets: readonly Target[];
  manual: readonly ManualAchievement[];
  /** Won deals (any period; those outside last and this month are ignored). */
  wonDeals: readonly DealFigures[];
  openDeals: readonly DealFigures[];
  overrides: Overrides;
  /** The official calendar in force (built in, the bank's, or the RM's import). */
  calendar: WorkingCalendar;
}

const localDate = (ms: number): IsoDate => toIsoDate(new Date(ms));

/** Achievement per indicator per month, from won deals and manual entries. */
export function achievements(
  indicators: readonly Indicator[],
  wonDeals: readonly DealFigures[],
  manual: readonly ManualAchievement[],
): (month: string, indicatorId: string) => number {
  const sums = new Map<string, number>();
  const add = (month: string, id: string, v: number) => sums.set(`${month}|${id}`, (sums.get(`${month}|${id}`) ?? 0) + v);
  for (const d of wonDeals) {
    if (d.stage !== 'won' || d.closedAt === null) continue;
    // The day the RM says it was won (a deal recorded a day late still counts on its day), else when marked.
    const month = monthOf(d.closedOn ?? localDate(d.closedAt));
    for (const ind of indicators) {
      if (ind.kind === 'amount' && ind.id === d.indicator) add(month, ind.id, d.amount);
      if (ind.kind === 'count' && ind.countsDealsOf === d.indicator) add(month, ind.id, 1);
    }
  }
  for (const m of manual) add(monthOf(m.date), m.indicator, m.value);
  return (month, id) => sums.get(`${month}|${id}`) ?? 0;
}

export function pacingSnapshot(inputs: PacingInputs): PacingSnapshot {
  const { today, config, policy } = inputs;
  const month = monthOf(today);
  const prevMonth = shiftMonth(month, -1);
  const nextMonth = shiftMonth(month, 1);
  const days = workingDaysOfMonth(month, inputs.overrides, inputs.calendar);
  const prevDays = workingDaysOfMonth(prevMonth, inputs.overrides, inputs.calendar);
  const achieved = achievements(config.indicators, inputs.wonDeals, inputs.manual);
  const thisTargets = targetsForMonth(month, inputs.targets, policy);
  const prevTargets = targetsForMonth(prevMonth, inputs.targets, policy);
  const nextTargets = targetsForMonth(nextMonth, inputs.targets, policy);
  const shape = planMonth(0, days, config.checkpoints);
  const weekIndex = weekIndexOf(shape, today);
  const through = workingDaysThrough(shape, today);
  const isWorkingDay = days.includes(today);
  const out: IndicatorFigures[] = [];

  for (const indicator of config.indicators) {
    const t = thisTargets.get(indicator.id);
    if (!t || t.value <= 0) continue;
    const plan = planMonth(t.value, days, checkpointsOf(indicator, config.checkpoints));
    const prevTarget = prevTargets.get(indicator.id)?.value;
    const carriedIn = prevTarget !== undefined && prevDays.length ? Math.max(0, achieved(prevMonth, indicator.id) - prevTarget) : 0;
    const own = achieved(month, indicator.id);
    const got = own + carriedIn;
    const planToday = managedThrough(plan, today);
    const todayNeeds = isWorkingDay ? planToday - (through > 1 ? plan.managed[through - 2]! : 0) : 0;
    const weekDays = plan.weeks[weekIndex - 1] ?? [];
    const weekEnd = weekDays[weekDays.length - 1] ?? today;
    const checkpoint = managedThrough(plan, weekEnd);
    const remaining = Math.max(0, t.value - got);
    const pipelineWeighted = weightedPipeline(inputs.openDeals, indicator, (d) => d < `${nextMonth}-01`);
    const elapsed = through;
    const projection = elapsed > 0 ? Math.round((got * days.length) / elapsed) : null;
    const nextTarget = nextTargets.get(indicator.id)?.value ?? 0;
    const band = reservationBand(weekIndex, shape.weeks.length);
    out.push({
      indicator,
      target: t.value,
      managedTarget: t.managed,
      achieved: got,
      carriedIn,
      gap: planToday - got,
      planToday,
      todayNeeds,
      week: { index: weekIndex, end: weekEnd, checkpoint, distance: checkpoint - got },
      evenToday: evenThrough(plan, today),
      // Carried-in surplus is last month's business: the books are opened by this month's own.
      notOpened: own === 0 && through >= OPENING_DAY,
      pipelineWeighted,
      remaining,
      coveragePct: remaining > 0 ? Math.round((pipelineWeighted * 100) / remaining) : null,
      projection,
      projectionPct: projection === null ? null : Math.round((projection * 100) / t.value),
      projectionShort: projection !== null && projection < t.value,
      reservation:
        band && nextTarget > 0
          ? {
              reserved: Math.max(0, got - t.value),
              nextPipeline: weightedPipeline(inputs.openDeals, indicator, (d) => monthOf(d) === nextMonth),
              nextTarget,
              bandPct: band,
              low: Math.round((nextTarget * band[0]) / 100),
              high: Math.round((nextTarget * band[1]) / 100),
            }
          : null,
    });
  }
  return {
    today,
    month,
    workingDaysTotal: days.length,
    workingDaysLeft: days.filter((d) => d >= today).length,
    weekIndex,
    weekCount: shape.weeks.length,
    isWorkingDay,
    // This month's and next month's years: in December the RM already plans January's reservation.
    unconfirmedYears: unconfirmedYears(inputs.calendar, [Number(month.slice(0, 4)), Number(nextMonth.slice(0, 4))]),
    indicators: out,
  };
}

/** Open deals expected on dates `when` accepts, weighted by certainty; counts weigh one deal each. */
function weightedPipeline(openDeals: readonly DealFigures[], indicator: Indicator, when: (expected: IsoDate) => boolean): number {
  let sum = 0;
  for (const d of openDeals) {
    if (!isOpen(d) || !when(d.expectedDate)) continue;
    const w = CERTAINTY_WEIGHT[d.certainty];
    if (indicator.kind === 'amount' && d.indicator === indicator.id) sum += d.amount * w;
    if (indicator.kind === 'count' && indicator.countsDealsOf === d.indicator) sum += w;
  }
  return Math.round(sum / 100);
}

/** The indicator furthest behind today, for the action badge: amounts first (the bank's money), then counts. */
export function largestGap(snapshot: PacingSnapshot): IndicatorFigures | null {
  const behind = snapshot.indicators.filter((f) => f.gap > 0);
  const amounts = behind.filter((f) => f.indicator.kind === 'amount').sort((a, b) => b.gap - a.gap);
  if (amounts.length) return amounts[0]!;
  return behind.sort((a, b) => b.gap / b.target - a.gap / a.target)[0] ?? null;
}
