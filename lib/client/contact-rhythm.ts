/**
 * What the contact log says about familiarity (METHOD §3a), as suggestions the RM confirms: a client not contacted
 * for a long time looks dormant; one contacted every 1–3 months over the past months is "in touch every 1–3
 * months". Nothing is ticked for the RM: the log only knows what was logged, and a client with no log at all is
 * not dormant, just new to Pacer.
 */
import { addDays, fromIsoDate, type IsoDate } from '../calendar/dates';

export const DEFAULT_DORMANT_AFTER_MONTHS = 12;
export const DORMANT_AFTER_MONTHS = { min: 3, max: 36 } as const;

/** "Every 1–3 months": no gap longer than this, over at least a quarter. */
const MAX_GAP_DAYS = 92;
const REGULAR_MIN_CONTACTS = 3;
const REGULAR_WINDOW_DAYS = 365;

export type RhythmSuggestion =
  | { signal: 'dormant'; lastContact: IsoDate; months: number }
  | { signal: 'regularContact'; contacts: number; since: IsoDate };

/** Whole months from `from` to `to` (a month is counted once its day is reached). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = fromIsoDate(from);
  const b = fromIsoDate(to);
  return (b.getFullYear() - a.getFullYear()) * 12 + b.getMonth() - a.getMonth() - (b.getDate() < a.getDate() ? 1 : 0);
}

const daysBetween = (a: IsoDate, b: IsoDate) => Math.round((fromIsoDate(b).getTime() - fromIsoDate(a).getTime()) / 86_400_000);

/** Suggestions from the dates of the client's logged contacts (any order, duplicates fine). */
export function suggestFromLog(dates: readonly IsoDate[], today: IsoDate, dormantAfterMonths: number): RhythmSuggestion[] {
  const past = [...new Set(dates)].filter((d) => d <= today).sort();
  const last = past.at(-1);
  if (!last) return [];
  const months = monthsBetween(last, today);
  if (months >= dormantAfterMonths) return [{ signal: 'dormant', lastContact: last, months }];
  const recent = past.filter((d) => d >= addDays(today, -REGULAR_WINDOW_DAYS));
  if (recent.length < REGULAR_MIN_CONTACTS) return [];
  if (daysBetween(recent[0]!, today) < MAX_GAP_DAYS) return [];
  const points = [...recent, today];
  for (let i = 1; i < points.length; i++) if (daysBetween(points[i - 1]!, points[i]!) > MAX_GAP_DAYS) return [];
  return [{ signal: 'regularContact', contacts: recent.length, since: recent[0]! }];
}
