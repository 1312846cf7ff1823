/**
 * Front-loaded monthly pacing (METHOD §1), as pure functions over integers (fen or counts).
 *
 * Weeks are built from the month's working days (docs/pacing.md): working days are grouped by calendar week
 * (Monday–Sunday); a group with fewer than MIN_WEEK_DAYS working days is merged into the next group (or, at the
 * month's end, into the previous one); groups beyond the fourth fold into week 4. The managed plan reaches each
 * week's checkpoint at the end of that week, rising evenly over the week's working days; the last week always
 * ends at 100 %. The even baseline spreads the target evenly over all working days.
 */
import { fromIsoDate, type IsoDate } from '../calendar/dates';
import type { Checkpoints } from './checkpoints';

export const MIN_WEEK_DAYS = 3;

function mondayOf(date: IsoDate): string {
  const d = fromIsoDate(date);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.toDateString();
}

/** The month's pacing weeks (1–4 of them), each a list of working days, in order. */
export function pacingWeeks(workingDays: readonly IsoDate[]): IsoDate[][] {
  const calendarWeeks: IsoDate[][] = [];
  let key = '';
  for (const day of workingDays) {
    const k = mondayOf(day);
    if (k !== key) calendarWeeks.push([]);
    key = k;
    calendarWeeks[calendarWeeks.length - 1]!.push(day);
  }
  const weeks: IsoDate[][] = [];
  let carry: IsoDate[] = [];
  for (const w of calendarWeeks) {
    const merged = [...carry, ...w];
    if (merged.length < MIN_WEEK_DAYS) carry = merged;
    else {
      weeks.push(merged);
      carry = [];
    }
  }
  if (carry.length) {
    if (weeks.length) weeks[weeks.length - 1]!.push(...carry);
    else weeks.push(carry);
  }
  if (weeks.length > 4) weeks.splice(3, weeks.length - 3, weeks.slice(3).flat());
  return weeks;
}

export interface MonthPlan {
  workingDays: IsoDate[];
  weeks: IsoDate[][];
  /** Cumulative % due at the end of each week (the last is 100). */
  weekPct: number[];
  /** Managed cumulative plan at the end of each working day, integers. */
  managed: number[];
  /** Even cumulative plan at the end of each working day, integers. */
  even: number[];
  target: number;
}

export function planMonth(target: number, workingDays: readonly IsoDate[], checkpoints: Checkpoints): MonthPlan {
  const weeks = pacingWeeks(workingDays);
  const weekPct = weeks.map((_, i) => (i === weeks.length - 1 ? 100 : checkpoints[Math.min(i, 3)]!));
  const managed: number[] = [];
  let prevPct = 0;
  weeks.forEach((week, i) => {
    const pct = weekPct[i]!;
    const len = week.length;
    for (let j = 1; j <= len; j++) managed.push(Math.round((target * (prevPct * len + (pct - prevPct) * j)) / (100 * len)));
    prevPct = pct;
  });
  const n = workingDays.length;
  const even = workingDays.map((_, k) => Math.round((target * (k + 1)) / n));
  return { workingDays: [...workingDays], weeks, weekPct, managed, even, target };
}

/** Number of the month's working days on or before `date`. */
export function workingDaysThrough(plan: MonthPlan, date: IsoDate): number {
  let k = 0;
  while (k < plan.workingDays.length && plan.workingDays[k]! <= date) k++;
  return k;
}

export function managedThrough(plan: MonthPlan, date: IsoDate): number {
  const k = workingDaysThrough(plan, date);
  return k === 0 ? 0 : plan.managed[k - 1]!;
}

export function evenThrough(plan: MonthPlan, date: IsoDate): number {
  const k = workingDaysThrough(plan, date);
  return k === 0 ? 0 : plan.even[k - 1]!;
}

/** 1-based index of the pacing week `date` falls in (a day off belongs to the week of the next working day). */
export function weekIndexOf(plan: MonthPlan, date: IsoDate): number {
  for (let i = 0; i < plan.weeks.length; i++) if (date <= plan.weeks[i]![plan.weeks[i]!.length - 1]!) return i + 1;
  return plan.weeks.length;
}

/** What each pacing week adds to the plan (managed and even), for display and tests. */
export function weeklyAmounts(plan: MonthPlan): { managed: number[]; even: number[] } {
  const managed: number[] = [];
  const even: number[] = [];
  let end = 0;
  let prevM = 0;
  let prevE = 0;
  for (const week of plan.weeks) {
    end += week.length;
    managed.push(plan.managed[end - 1]! - prevM);
    even.push(plan.even[end - 1]! - prevE);
    prevM = plan.managed[end - 1]!;
    prevE = plan.even[end - 1]!;
  }
  return { managed, even };
}

/** Certainty weights for pipeline coverage (METHOD §2's three degrees), in %. */
export const CERTAINTY_WEIGHT = { committed: 90, thinking: 50, consult: 20 } as const;

/** Next month's reservation bands (METHOD §1): week 3 → 10–20 %, week 4 → 20–50 % of next month's target. */
export const RESERVATION_BANDS: Record<number, readonly [number, number]> = { 3: [10, 20], 4: [20, 50] };

/**
 * The reservation band for a week: the month's last week is its "week 4" even when the month has only three
 * pacing weeks (a short February), so the RM is never left without next month's aim in a month's final days.
 */
export function reservationBand(weekIndex: number, weekCount: number): readonly [number, number] | null {
  if (weekIndex < 3) return null;
  return weekIndex === weekCount ? RESERVATION_BANDS[4]! : (RESERVATION_BANDS[weekIndex] ?? null);
}

/** From this working day of the month on, an indicator still at zero is flagged: open the books in week 1. */
export const OPENING_DAY = 3;
