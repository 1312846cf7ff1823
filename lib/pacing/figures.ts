/**
 * Today's pacing figures per indicator, as the popup and the badge show them: their one declaration. Computed by
 * lib/pacing/snapshot.ts; a copy is kept in storage.session (platform/storage.ts) so the popup's first frame can
 * show the last computed figures before the database has even loaded. A copy crossed storage, so it is parsed
 * again; one from another day, or of another shape (an older version of Pacer), is no copy at all.
 */
import * as z from 'zod/mini';
import { type IsoDate, IsoDateSchema } from '../calendar/dates';
import { type Indicator, IndicatorSchema } from './indicator';

const amount = z.number();
const count = z.int().check(z.nonnegative());
const pct = z.nullable(z.number());

export const IndicatorFiguresSchema = z.object({
  indicator: IndicatorSchema,
  target: amount,
  managedTarget: z.boolean(),
  /** This month's own achievement plus last month's surplus carried in. */
  achieved: amount,
  carriedIn: amount,
  /** Planned cumulative by the end of today, minus achieved (negative: ahead of plan). */
  gap: amount,
  planToday: amount,
  /** Today's own slice of the plan (0 on a day off). */
  todayNeeds: amount,
  week: z.object({ index: count, end: IsoDateSchema, checkpoint: amount, distance: amount }),
  evenToday: amount,
  /** From the month's OPENING_DAY-th working day: nothing of this month's own yet (METHOD §1: open the books in week 1). */
  notOpened: z.boolean(),
  /** Certainty-weighted open deals expected by the month's end, and what remains of the target. */
  pipelineWeighted: amount,
  remaining: amount,
  /** pipelineWeighted / remaining in %, null when nothing remains. */
  coveragePct: pct,
  /** At the pace achieved so far per working day, where the month ends. */
  projection: z.nullable(amount),
  projectionPct: pct,
  projectionShort: z.boolean(),
  /**
   * Weeks 3–4 only (the month's last week counts as week 4): next month's reservation, built from this month's
   * surplus and from next month's pipeline (open deals expected next month, certainty-weighted), against the band.
   */
  reservation: z.nullable(
    z.object({
      reserved: amount,
      nextPipeline: amount,
      nextTarget: amount,
      bandPct: z.readonly(z.tuple([z.number(), z.number()])),
      low: amount,
      high: amount,
    }),
  ),
});
export type IndicatorFigures = z.infer<typeof IndicatorFiguresSchema>;

export const PacingSnapshotSchema = z.object({
  today: IsoDateSchema,
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  workingDaysTotal: count,
  /** Working days from today (included when it is one) to the month's end. */
  workingDaysLeft: count,
  weekIndex: count,
  weekCount: count,
  isWorkingDay: z.boolean(),
  /** Years of this and next month whose holidays and 调休 no source confirms yet: the plan may still move. */
  unconfirmedYears: z.array(z.int()).check(z.maxLength(2)),
  indicators: z.array(IndicatorFiguresSchema).check(z.maxLength(20)),
});
export type PacingSnapshot = z.infer<typeof PacingSnapshotSchema>;

/**
 * The indicators still at zero past the month's first working days, in their configured order: what the popup's
 * alert and the book's call list say first (METHOD §1: open the books in week 1, never sit at zero).
 */
export function notOpenedIndicators(indicators: readonly IndicatorFigures[]): Indicator[] {
  return indicators.filter((f) => f.notOpened).map((f) => f.indicator);
}

/** A copy of the figures, when it is today's: the plan moves every working day, so another day's is no copy. */
export function todaysCopy(copy: PacingSnapshot | null, today: IsoDate): PacingSnapshot | null {
  return copy?.today === today ? copy : null;
}
