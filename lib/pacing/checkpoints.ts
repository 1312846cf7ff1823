/**
 * The managed plan's checkpoints (METHOD §1): the cumulative % of the month's target due at the end of weeks 1–4.
 * Amount indicators are front-loaded, done by week 3 (60/80/100/100 by default); week 4 is for the activity rate,
 * so count indicators keep growing to the month's end (50/75/90/100 by default). Each indicator may set its own.
 */
import * as z from 'zod/mini';

/** Rising, ending at 100. */
export const CheckpointsSchema = z.array(z.int().check(z.minimum(0), z.maximum(100))).check(
  z.length(4),
  z.refine((c) => c.every((v, i) => i === 0 || v >= c[i - 1]!), 'checkpoints must not decrease'),
  z.refine((c) => c[3] === 100, 'the last checkpoint is 100 %'),
);
export type Checkpoints = z.infer<typeof CheckpointsSchema>;

export const DEFAULT_CHECKPOINTS: Checkpoints = [60, 80, 100, 100];
export const DEFAULT_COUNT_CHECKPOINTS: Checkpoints = [50, 75, 90, 100];

/** An indicator's checkpoints: its own, else its kind's default (for amounts, the configured one). */
export function checkpointsOf(indicator: { kind: 'amount' | 'count'; checkpoints?: Checkpoints }, amountDefault: Checkpoints): Checkpoints {
  return indicator.checkpoints ?? (indicator.kind === 'count' ? DEFAULT_COUNT_CHECKPOINTS : amountDefault);
}
