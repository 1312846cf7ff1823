/**
 * Monthly targets (指标) per indicator, the indicators themselves (configurable per bank, named in zh-CN and en)
 * and the managed-pacing checkpoints. Amount indicators are in fen (integers); count indicators in units.
 */
import { z } from 'zod';
import { IndicatorIdSchema, IndicatorSchema, type Indicator } from './indicator';
import { IsoDateSchema } from '../calendar/dates';

export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
export { IndicatorSchema, type Indicator };

/** Cumulative % of the month's target due by the end of weeks 1–4 (METHOD §1): rising, ending at 100. */
export const CheckpointsSchema = z
  .array(z.number().int().min(0).max(100))
  .length(4)
  .refine((c) => c.every((v, i) => i === 0 || v >= c[i - 1]!), 'checkpoints must not decrease')
  .refine((c) => c[3] === 100, 'the last checkpoint is 100 %');
export type Checkpoints = z.infer<typeof CheckpointsSchema>;

export const DEFAULT_CHECKPOINTS: Checkpoints = [60, 80, 100, 100];

export const DEFAULT_INDICATORS: readonly Indicator[] = [
  { id: 'investment', kind: 'amount', zh: '投资', en: 'Investment' },
  { id: 'insurance', kind: 'amount', zh: '保险（规模保费）', en: 'Insurance premium' },
  { id: 'deposit', kind: 'amount', zh: '存款', en: 'Deposits' },
  { id: 'investment-deals', kind: 'count', zh: '投资笔数', en: 'Investment deals', countsDealsOf: 'investment' },
  { id: 'insurance-policies', kind: 'count', zh: '保单件数', en: 'Insurance policies', countsDealsOf: 'insurance' },
  { id: 'new-accounts', kind: 'count', zh: '新开户', en: 'New accounts' },
];

export const TargetSchema = z.object({
  month: MonthSchema,
  indicator: IndicatorIdSchema,
  /** fen for amount indicators, units for counts. */
  value: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER / 1000),
  updatedAt: z.number().int().nonnegative(),
});
export type Target = z.infer<typeof TargetSchema>;

/** The RM's own pacing configuration (one row). */
export const PacingConfigSchema = z.object({
  indicators: z.array(IndicatorSchema).min(1).max(20),
  checkpoints: CheckpointsSchema,
});
export type PacingConfig = z.infer<typeof PacingConfigSchema>;
export const DEFAULT_PACING_CONFIG: PacingConfig = { indicators: [...DEFAULT_INDICATORS], checkpoints: DEFAULT_CHECKPOINTS };

/** Business closed outside the pipeline, entered by hand. */
export const ManualAchievementSchema = z.object({
  id: z.string().min(1).max(64),
  date: IsoDateSchema,
  indicator: IndicatorIdSchema,
  value: z.number().int().positive().max(Number.MAX_SAFE_INTEGER / 1000),
  note: z.string().max(200),
  createdAt: z.number().int().nonnegative(),
});
export type ManualAchievement = z.infer<typeof ManualAchievementSchema>;

/**
 * The bank's managed policy under the top-level key `pacing` (docs/managed-policy.md). Every field optional;
 * what is set wins over the RM's own values and is shown read-only.
 */
export const PacingPolicySchema = z.object({
  indicators: z.array(IndicatorSchema).min(1).max(20).optional(),
  checkpoints: CheckpointsSchema.optional(),
  targets: z.array(z.object({ month: MonthSchema, indicator: IndicatorIdSchema, value: z.number().int().nonnegative() })).max(2000).optional(),
});
export type PacingPolicy = z.infer<typeof PacingPolicySchema>;
export const POLICY_KEY = 'pacing';

/** A malformed policy is ignored as a whole (and reported), never half-applied. */
export function parsePacingPolicy(raw: Record<string, unknown>): { policy: PacingPolicy; error: string | null } {
  if (raw[POLICY_KEY] === undefined) return { policy: {}, error: null };
  const r = PacingPolicySchema.safeParse(raw[POLICY_KEY]);
  return r.success ? { policy: r.data, error: null } : { policy: {}, error: r.error.issues[0]?.message ?? 'invalid' };
}

export function effectiveConfig(own: PacingConfig, policy: PacingPolicy): PacingConfig {
  return { indicators: policy.indicators ?? own.indicators, checkpoints: policy.checkpoints ?? own.checkpoints };
}

/** Targets per indicator for one month: the policy's where it sets one, else the RM's. */
export function targetsForMonth(month: string, own: readonly Target[], policy: PacingPolicy): Map<string, { value: number; managed: boolean }> {
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
