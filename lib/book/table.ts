/**
 * A cell's client table, as the method's working template (METHOD §3c): which clients a filter keeps, in which
 * order a column sorts them, and a search by client number, name or memory point that reads full-width input
 * (ｐｈｏｎｅ, ８８００…) as the RM meant it.
 */
import type { IsoDate } from '../calendar/dates';
import type { ResistanceProperty } from '../client/record';
import type { Band } from '../familiarity';
import type { Sentiment } from '../sentiment';
import type { ClientSummary } from './summary';
import { type ValueGroup, valuePlacement } from './value-groups';

export const SORT_KEYS = [
  'name',
  'gender',
  'age',
  'openedOn',
  'holdsFunds',
  'score',
  'rung',
  'lastContact',
  'nextFollowUp',
  'openAmount',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface BookFilter {
  band: Band | null;
  /** 'none': no sentiment tagged yet. */
  sentiment: Sentiment | 'none' | null;
  rung: number | null;
  property: ResistanceProperty | null;
  /** An indicator the client has an open deal for. */
  product: string | null;
  overdue: boolean;
  openDeal: boolean;
  /** METHOD §6's group; 'unknown': nothing known of the client's potential. */
  valueGroup: ValueGroup | 'unknown' | null;
  query: string;
}

export const NO_FILTER: BookFilter = {
  band: null,
  sentiment: null,
  rung: null,
  property: null,
  product: null,
  overdue: false,
  openDeal: false,
  valueGroup: null,
  query: '',
};

/** Full-width letters, digits and spaces read as their ASCII forms, case and spacing ignored. */
export function normalizeQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Follow-up planned before today and not yet done (a contact since would have replaced it). */
export function isOverdue(s: Pick<ClientSummary, 'nextFollowUp'>, today: IsoDate): boolean {
  return s.nextFollowUp !== null && s.nextFollowUp < today;
}

export function matchesFilter(s: ClientSummary, f: BookFilter, today: IsoDate): boolean {
  if (f.band && s.band !== f.band) return false;
  if (f.sentiment && (f.sentiment === 'none' ? s.sentiment !== null : s.sentiment !== f.sentiment)) return false;
  if (f.rung !== null && s.rung !== f.rung) return false;
  if (f.property && s.resistanceProperty !== f.property) return false;
  if (f.product && !s.dealIndicators.includes(f.product)) return false;
  if (f.overdue && !isOverdue(s, today)) return false;
  if (f.openDeal && s.openDeals === 0) return false;
  if (f.valueGroup && (valuePlacement(s, today)?.group ?? 'unknown') !== f.valueGroup) return false;
  const q = normalizeQuery(f.query);
  if (q && !normalizeQuery(`${s.clientId} ${s.name} ${s.memory}`).includes(q)) return false;
  return true;
}

type Value = string | number | boolean | null;
function sortValue(s: ClientSummary, key: SortKey): Value {
  switch (key) {
    case 'name':
      return s.name || null;
    case 'lastContact':
      return s.lastContact || null;
    case 'openAmount':
      return s.openDeals ? s.openAmount : null;
    default:
      return s[key];
  }
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Each name's place in Chinese collation, for the whole book at once. The collator costs tens of microseconds a
 * comparison on CJK names (a cell of 1,000 clients took ~25 ms to sort by name); with the ranks, switching cells
 * compares numbers. `previous` is returned as it is when it already holds every name (most writes change none).
 */
export type NameRanks = ReadonlyMap<string, number>;
export function nameRanks(rows: readonly Pick<ClientSummary, 'name'>[], previous?: NameRanks | null): NameRanks {
  if (previous && rows.every((r) => previous.has(r.name))) return previous;
  const names = [...new Set(rows.map((r) => r.name))].sort(collator.compare);
  return new Map(names.map((n, i) => [n, i]));
}

/**
 * Sorted by `sort`; unknown values last in either direction, then by client number, so the order is stable. Names
 * compare by `ranks` when given (and holding both), else by the collator: the same order either way.
 */
export function sortRows(rows: readonly ClientSummary[], sort: Sort, ranks?: NameRanks | null): ClientSummary[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const text = (x: string, y: string) => {
    const rx = ranks?.get(x);
    const ry = ranks?.get(y);
    return rx !== undefined && ry !== undefined ? rx - ry : collator.compare(x, y);
  };
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null || vb === null) return va === vb ? a.clientId.localeCompare(b.clientId) : va === null ? 1 : -1;
    const c = typeof va === 'string' && typeof vb === 'string' ? text(va, vb) : Number(va) - Number(vb);
    return c ? sign * c : a.clientId.localeCompare(b.clientId);
  });
}
