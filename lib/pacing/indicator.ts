/** A pacing indicator (指标项): an amount in fen or a count, named in zh-CN and en. */
import * as z from 'zod/mini';
import { CheckpointsSchema } from './checkpoints';

export const IndicatorIdSchema = z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case id'));

const NameSchema = z.string().check(z.minLength(1), z.maxLength(40));

export const IndicatorSchema = z.object({
  id: IndicatorIdSchema,
  kind: z.enum(['amount', 'count']),
  zh: NameSchema,
  en: NameSchema,
  /** For a count indicator: each won pipeline deal of this (amount) indicator counts one. Absent: manual only. */
  countsDealsOf: z.optional(IndicatorIdSchema),
  /** This indicator's own plan checkpoints (./checkpoints.ts); absent: its kind's default. */
  checkpoints: z.optional(CheckpointsSchema),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
