/**
 * Today's figures as last computed (by the popup or the background), kept so the popup's first frame can show
 * them before the database and its schemas have even loaded. The copy crossed storage, so it is parsed again;
 * a copy from another day, or of another shape (an older version of Pacer), is no copy at all.
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../calendar/dates';
import { IndicatorSchema } from './indicator';
import { IsoDateSchema } from '../calendar/dates';
import type { PacingSnapshot } from './snapshot';

// zod/mini, as everything the popup's first frame loads: classic zod alone is ~90 KB of script to compile.
const num = z.number();
const count = z.int().check(z.nonnegative());

const IndicatorFiguresSchema = z.object({
  indicator: IndicatorSchema,
  target: num,
  managedTarget: z.boolean(),
  achieved: num,
  carriedIn: num,
  gap: num,
  planToday: num,
  todayNeeds: num,
  week: z.object({ index: count, end: IsoDateSchema, checkpoint: num, distance: num }),
  evenToday: num,
  pipelineWeighted: num,
  remaining: num,
  coveragePct: z.nullable(num),
  projection: z.nullable(num),
  projectionPct: z.nullable(num),
  projectionShort: z.boolean(),
  reservation: z.nullable(
    z.object({ reserved: num, nextTarget: num, bandPct: z.readonly(z.tuple([num, num])), low: num, high: num }),
  ),
});

export const PacingSnapshotSchema = z.object({
  today: IsoDateSchema,
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  workingDaysTotal: count,
  workingDaysLeft: count,
  weekIndex: count,
  weekCount: count,
  isWorkingDay: z.boolean(),
  indicators: z.array(IndicatorFiguresSchema).check(z.maxLength(20)),
}) satisfies z.ZodMiniType<PacingSnapshot>;

/** The stored figures when they are today's and well formed; otherwise null (the popup then waits for the database). */
export function cachedFiguresFor(value: unknown, today: IsoDate): PacingSnapshot | null {
  const r = PacingSnapshotSchema.safeParse(value);
  return r.success && r.data.today === today ? r.data : null;
}
