/**
 * Why a rule read no client, in words: what it found and why it refused it ("found 42: shorter than the rule's
 * pattern ^\d{10}$"). Shown by "test this rule" in the options and on the panel's "no client" screen, so a rule's
 * author sees at once what to change instead of guessing.
 */
import type { MessageKey } from '../i18n';
import type { Refusal } from './rule-types';

/** The character class and length bounds of a pattern of one repeated class, as `^\d{10}$` or `^[A-Z0-9]{6,12}$`. */
const ONE_CLASS = /^\^(\\d|\\w|\[[^\]\\]{1,40}\]|\.)(?:\{(\d{1,3})(?:(,)(\d{0,3}))?\}|(\+)|(\*))\$$/;

/** Whether the value is only too short or too long for the pattern: 'shorter', 'longer', or null (it differs otherwise). */
export function lengthMiss(value: string, pattern: string): 'shorter' | 'longer' | null {
  const m = ONE_CLASS.exec(pattern);
  if (!m) return null;
  const [, cls, min, comma, max, plus] = m;
  const lo = min !== undefined ? Number(min) : plus ? 1 : 0;
  const hi = min !== undefined ? (comma ? (max ? Number(max) : Number.POSITIVE_INFINITY) : lo) : Number.POSITIVE_INFINITY;
  let each: RegExp;
  try {
    each = new RegExp(`^${cls}$`);
  } catch {
    return null;
  }
  if (![...value].every((ch) => each.test(ch))) return null;
  return value.length < lo ? 'shorter' : value.length > hi ? 'longer' : null;
}

export interface RefusalText {
  key: MessageKey;
  params: Record<string, string>;
}

/** The reason, as one message of the catalog (`clientId.refused.*`) and its parameters. */
export function refusalText(r: Refusal): RefusalText {
  const params = { value: r.value, other: r.other ?? '', pattern: r.pattern ?? '' };
  switch (r.reason) {
    case 'several':
      return { key: 'clientId.refused.several', params };
    case 'order':
      return { key: 'clientId.refused.order', params };
    case 'shape':
      return { key: 'clientId.refused.shape', params };
    case 'pattern': {
      const miss = r.pattern ? lengthMiss(r.value, r.pattern) : null;
      return { key: miss ? `clientId.refused.${miss}` : 'clientId.refused.pattern', params };
    }
  }
}
