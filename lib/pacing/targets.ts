/**
 * Monthly targets (指标) per indicator, the indicators themselves (configurable per bank, named in zh-CN and en)
 * and the managed-pacing checkpoints. Amount indicators are in fen (integers); count indicators in units.
 */
import * as z from 'zod/mini';
import { IsoDateSchema } from '../calendar/dates';
import { HolidayYearsSchema } from '../calendar/holiday-calendar';
import { CheckpointsSchema, DEFAULT_CHECKPOINTS } from './checkpoints';
import { type Indicator, IndicatorIdSchema, IndicatorSchema } from './indicator';

export const MonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));

export { type Checkpoints, CheckpointsSchema, DEFAULT_CHECKPOINTS } from './checkpoints';
export { type Indicator, IndicatorSchema };

export const DEFAULT_INDICATORS: readonly Indicator[] = [
  { id: 'investment', kind: 'amount', zh: '投资', en: 'Investment' },
  { id: 'insurance', kind: 'amount', zh: '保险（规模保费）', en: 'Insurance premium' },
  { id: 'deposit', kind: 'amount', zh: '存款', en: 'Deposits' },
  { id: 'investment-deals', kind: 'count', zh: '投资笔数', en: 'Investment deals', countsDealsOf: 'investment' },
  { id: 'insurance-policies', kind: 'count', zh: '保单件数', en: 'Insurance policies', countsDealsOf: 'insurance' },
  { id: 'new-accounts', kind: 'count', zh: '新开户', en: 'New accounts' },
];

/** fen for amount indicators, units for counts; bounded so that sums of many stay exact. */
const Value = z.int().check(z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER / 1000));
const time = z.int().check(z.nonnegative());
const Indicators = z.array(IndicatorSchema).check(z.minLength(1), z.maxLength(20));

export const TargetSchema = z.object({
  month: MonthSchema,
  indicator: IndicatorIdSchema,
  value: Value,
  updatedAt: time,
});
export type Target = z.infer<typeof TargetSchema>;

/** The RM's own pacing configuration (one row). */
export const PacingConfigSchema = z.object({
  indicators: Indicators,
  checkpoints: CheckpointsSchema,
  /** Calendar years the RM imported (lib/calendar/holiday-calendar.ts); rows from before had none. */
  calendar: z._default(HolidayYearsSchema, []),
});
export type PacingConfig = z.infer<typeof PacingConfigSchema>;
export const DEFAULT_PACING_CONFIG: PacingConfig = { indicators: [...DEFAULT_INDICATORS], checkpoints: DEFAULT_CHECKPOINTS, calendar: [] };

/** Business closed outside the pipeline, entered by hand. */
export const ManualAchievementSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  date: IsoDateSchema,
  indicator: IndicatorIdSchema,
  value: Value.check(z.positive()),
  note: z.string().check(z.maxLength(200)),
  createdAt: time,
});
export type ManualAchievement = z.infer<typeof ManualAchievementSchema>;

/**
 * The bank's managed policy under the top-level key `pacing` (docs/managed-policy.md). Every field optional;
 * what is set wins over the RM's own values and is shown read-only.
 */
export const PacingPolicySchema = z.object({
  indicators: z.optional(Indicators),
  checkpoints: z.optional(CheckpointsSchema),
  /** Working-day calendar years (holidays and 调休) for years Pacer's release does not yet know for sure. */
  calendar: z.optional(HolidayYearsSchema),
  targets: z.optional(
    z.array(z.object({ month: MonthSchema, indicator: IndicatorIdSchema, value: z.int().check(z.nonnegative()) })).check(z.maxLength(2000)),
  ),
});
export type PacingPolicy = z.infer<typeof PacingPolicySchema>;
export function effectiveConfig(own: PacingConfig, policy: PacingPolicy): PacingConfig {
  return { ...own, indicators: policy.indicators ?? own.indicators, checkpoints: policy.checkpoints ?? own.checkpoints };
}

/** Targets per indicator for one month: the policy's where it sets one, else the RM's. */
export function targetsForMonth(
  month: string,
  own: readonly Target[],
  policy: PacingPolicy,
): Map<string, { value: number; managed: boolean }> {
  const out = new Map<string, { value: number; managed: boolean }>();
  for (const t of own) if (t.month === month) out.set(t.indicator, { value: t.value, managed: false });
  for (const t of policy.targets ?? []) if (t.month === month) out.set(t.indicator, { value: t.value, managed: true });
  return out;
}

/** Parses "229" / "229.5" (万 when zh-CN amounts are entered in 万) into an integer without float artefacts. */
export function parseDecimalToUnits(text: string, scaleDigits: number): number | null {
  const m = /^\s*(\d{1,12})(?:\.(\d+))?\s*$/.exec(text);
  if (!m) return null;
  const frac = (m[2] ?? '').padEnd(scaleDigits, '0');
  if (frac.length > scaleDigits && /[1-9]/.test(frac.slice(scaleDigits))) return null;
  return Number(m[1]) * 10 ** scaleDigits + Number(frac.slice(0, scaleDigits) || '0');
}

/** The inverse of parseDecimalToUnits: 2_290_000 with 4 digits → "229". */
export function unitsToDecimal(units: number, scaleDigits: number): string {
  const s = String(units).padStart(scaleDigits + 1, '0');
  const int = s.slice(0, s.length - scaleDigits);
  const frac = s.slice(s.length - scaleDigits).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}
