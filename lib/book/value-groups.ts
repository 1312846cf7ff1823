/**
 * Value groups (METHOD §6): a client's potential (assets, age, products held, deals closed — whatever is known)
 * against what serving them costs (how often they are contacted, from the log), in four groups: quick wins (high
 * potential, low cost: first), develop (high potential, high cost), low priority (low potential, low cost), let go
 * (low potential, high cost). Each placement says which inputs it came from; the log records no contact lengths, so
 * cost is frequency alone, and the book says so.
 */
import { addDays, type IsoDate } from '../calendar/dates';
import type { ClientSummary } from './summary';

export const VALUE_GROUPS = ['quickWins', 'develop', 'lowPriority', 'letGo'] as const;
export type ValueGroup = (typeof VALUE_GROUPS)[number];
export type PotentialInput = 'assets' | 'age' | 'products' | 'deals';

/** Assets from which a client counts as mid/high-end (METHOD §5: 50万–100万 at domestic banks; 300万+ high-end), in fen. */
export const MID_ASSETS = 50 * 10_000 * 100;
export const HIGH_ASSETS = 300 * 10_000 * 100;
/** Younger clients have the years to grow their assets. */
export const GROWING_AGE = 55;
/** Contacted monthly or more over the last year: a high-cost client. */
export const HIGH_COST_CONTACTS = 12;
/** Potential points from which a client is high-potential. */
export const HIGH_POTENTIAL = 2;

export interface ValuePlacement {
  group: ValueGroup;
  potential: number;
  inputs: PotentialInput[];
  contactsLastYear: number;
}

/** null when nothing is known of the client's potential: no group is guessed from nothing. */
export function valuePlacement(
  s: Pick<ClientSummary, 'assets' | 'age' | 'products' | 'wonDeals' | 'recentContacts'>,
  today: IsoDate,
): ValuePlacement | null {
  const inputs: PotentialInput[] = [];
  let points = 0;
  if (s.assets !== null) {
    inputs.push('assets');
    points += s.assets >= HIGH_ASSETS ? 2 : s.assets >= MID_ASSETS ? 1 : 0;
  }
  if (s.age !== null) {
    inputs.push('age');
    points += s.age <= GROWING_AGE ? 1 : 0;
  }
  if (s.products !== null) {
    inputs.push('products');
    points += s.products === 'many' ? 1 : 0.5;
  }
  if (s.wonDeals > 0) {
    inputs.push('deals');
    points += s.wonDeals >= 2 ? 1 : 0.5;
  }
  if (!inputs.length) return null;
  const since = addDays(today, -365);
  const contactsLastYear = s.recentContacts.filter((d) => d > since && d <= today).length;
  const high = points >= HIGH_POTENTIAL;
  const costly = contactsLastYear >= HIGH_COST_CONTACTS;
  const group: ValueGroup = high ? (costly ? 'develop' : 'quickWins') : costly ? 'letGo' : 'lowPriority';
  return { group, potential: points, inputs, contactsLastYear };
}

export function groupCounts(summaries: readonly ClientSummary[], today: IsoDate): Record<ValueGroup | 'unknown', number> {
  const out: Record<ValueGroup | 'unknown', number> = { quickWins: 0, develop: 0, lowPriority: 0, letGo: 0, unknown: 0 };
  for (const s of summaries) out[valuePlacement(s, today)?.group ?? 'unknown']++;
  return out;
}
