/**
 * The bank's pacing policy: the managed policy's top-level key `pacing` (docs/managed-policy.md; its schema,
 * PacingPolicySchema, sits with the targets it overrides).
 */
import { zodErrorMap } from '../i18n/zod-errors';
import { type PacingPolicy, PacingPolicySchema } from './targets';

export const POLICY_KEY = 'pacing';

/** A malformed policy is ignored as a whole (and reported), never half-applied. */
export function parsePacingPolicy(raw: Record<string, unknown>): { policy: PacingPolicy; error: string | null } {
  if (raw[POLICY_KEY] === undefined) return { policy: {}, error: null };
  // Worded in English, as IT reads the policy it wrote (the options page shows it inside a translated sentence).
  const r = PacingPolicySchema.safeParse(raw[POLICY_KEY], { error: zodErrorMap('en') });
  return r.success ? { policy: r.data, error: null } : { policy: {}, error: r.error.issues[0]?.message ?? 'invalid' };
}
