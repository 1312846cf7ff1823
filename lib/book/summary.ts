/**
 * One compact row per client — what the book lists, counts and orders by — computed from that client's own rows
 * (record, sentiment history, contact log, deals). lib/db/book.ts rewrites it in the same transaction as every write
 * it summarises, so it cannot drift; the book reads these rows instead of scanning years of log.
 */
import * as z from 'zod/mini';
import { type IsoDate, IsoDateSchema } from '../calendar/dates';
import type { ContactEntry } from '../client/contact';
import { ClientIdSchema, type ClientRef, OriginSchema } from '../client/key';
import { ClientRecordSchema, GENDERS, PRODUCT_CATEGORIES, RESISTANCE_PROPERTIES } from '../client/record';
import { BANDS, type Band, effectiveScore } from '../familiarity';
import { GRID_COLUMNS, GRID_ROWS } from '../grid';
import { type Deal, isOpen } from '../pipeline';
import { SENTIMENTS, type Sentiment, type SentimentEvent } from '../sentiment';

export type PlacedCell = `${Band}.${Sentiment}`;
export type CellKey = PlacedCell | 'unplaced';
/** The nine cells as the board draws them (familiar row first, resistant → positive), then the unplaced bucket. */
export const PLACED_CELLS: readonly PlacedCell[] = GRID_ROWS.flatMap((b) => GRID_COLUMNS.map((s) => `${b}.${s}` as const));
export const CELL_KEYS: readonly CellKey[] = [...PLACED_CELLS, 'unplaced'];

export function cellOf(band: Band | null, sentiment: Sentiment | null): CellKey {
  return band && sentiment ? `${band}.${sentiment}` : 'unplaced';
}

/** How many recent contact dates a summary keeps: enough for a year's contact frequency of a well-kept client. */
export const RECENT_CONTACTS = 24;
const MEMORY_CHARS = 600;
const NOTE_CHARS = 200;

const day = z.union([IsoDateSchema, z.literal('')]);
const count = z.int().check(z.nonnegative());
const nullable = <T extends z.ZodMiniType>(s: T) => z._default(z.nullable(s), null);

export const ClientSummarySchema = z.object({
  origin: OriginSchema,
  clientId: ClientIdSchema,
  cell: z.enum(CELL_KEYS as [CellKey, ...CellKey[]]),
  band: nullable(z.enum(BANDS)),
  score: nullable(z.int().check(z.minimum(0), z.maximum(9))),
  sentiment: nullable(z.enum(SENTIMENTS)),
  /** When the sentiment was last tagged: an old tag is stale and comes back in triage. */
  sentimentAt: nullable(count),
  rung: nullable(z.int().check(z.minimum(1), z.maximum(12))),
  resistanceProperty: nullable(z.enum(RESISTANCE_PROPERTIES)),
  resistanceCategory: nullable(z.enum(PRODUCT_CATEGORIES)),
  sittingOnLosses: z.boolean(),
  /** Product evidence ticked on the card: 'few' (1–3 products), 'many', or unknown. */
  products: nullable(z.enum(['few', 'many'])),
  name: z.string(),
  gender: nullable(z.enum(GENDERS)),
  age: nullable(count),
  openedOn: nullable(IsoDateSchema),
  holdsFunds: nullable(z.boolean()),
  /** Total assets in fen, when the RM (or an import) recorded them. */
  assets: nullable(count),
  communication: z.string(),
  followUp: z.string(),
  /** Memory points joined, for search. */
  memory: z.string(),
  /** '' when never contacted (so the review index still lists the client). */
  lastContact: day,
  lastVisit: day,
  nextFollowUp: nullable(IsoDateSchema),
  /** The newest contact dates, newest first (at most RECENT_CONTACTS). */
  recentContacts: z.array(IsoDateSchema),
  contactCount: count,
  openDeals: count,
  openAmount: count,
  /** Indicators of the open deals: the book's "product" filter. */
  dealIndicators: z.array(z.string()),
  wonDeals: count,
  /** The record is there but does not parse: the book shows what else is known and says so. */
  damaged: z.boolean(),
  hasRecord: z.boolean(),
  /** Rows of the demo book (scripts/demo.sh) carry `demo: true`; the book offers to remove them. */
  demo: z.boolean(),
});
export type ClientSummary = z.infer<typeof ClientSummarySchema>;

export interface ClientRows {
  client: ClientRef;
  /** The stored record as it is (undefined when there is none): a damaged one still yields a summary. */
  record: unknown;
  /** The client's sentiment events, parsed, in any order. */
  sentiments: readonly SentimentEvent[];
  /** The client's newest contacts, parsed, newest first (RECENT_CONTACTS of them are enough). */
  contacts: readonly ContactEntry[];
  /** How many contacts the client has in all. */
  contactCount: number;
  deals: readonly Deal[];
  /** Whether any of the rows is demo data. */
  demo: boolean;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** null when the client has no row at all (the summary is then deleted). */
export function summarise(rows: ClientRows): ClientSummary | null {
  const { client, record: raw } = rows;
  if (raw === undefined && !rows.sentiments.length && !rows.contactCount && !rows.deals.length) return null;
  const parsed = raw === undefined ? null : ClientRecordSchema.safeParse(raw);
  const record = parsed?.success ? parsed.data : null;
  const latest = [...rows.sentiments].sort((a, b) => b.at - a.at || (b.seq ?? 0) - (a.seq ?? 0))[0] ?? null;
  const score = record ? effectiveScore(record.familiarity) : null;
  const signals = record?.familiarity.signals ?? [];
  const contacts = [...rows.contacts].sort((a, b) => b.date.localeCompare(a.date) || b.at - a.at);
  const open = rows.deals.filter(isOpen);
  const p = record?.profile;
  return {
    origin: client.origin,
    clientId: client.clientId,
    cell: cellOf(score?.band ?? null, latest?.sentiment ?? null),
    band: score?.band ?? null,
    score: score?.score ?? null,
    sentiment: latest?.sentiment ?? null,
    sentimentAt: latest?.at ?? null,
    rung: record?.rung ?? null,
    resistanceProperty: record?.resistance.property ?? null,
    resistanceCategory: record?.resistance.category ?? null,
    sittingOnLosses: signals.includes('sittingOnLosses'),
    products: signals.includes('manyProducts') ? 'many' : signals.includes('holdsFewProducts') ? 'few' : null,
    name: p?.name.trim() ?? '',
    gender: p?.gender ?? null,
    age: p?.age ?? null,
    openedOn: p?.openedOn ?? null,
    holdsFunds: p?.holdsFunds ?? null,
    assets: p?.assets ?? null,
    communication: clip(p?.communication ?? '', NOTE_CHARS),
    followUp: clip(p?.followUp ?? '', NOTE_CHARS),
    memory: clip((record?.memoryPoints ?? []).join(' · '), MEMORY_CHARS),
    lastContact: contacts[0]?.date ?? '',
    lastVisit: contacts.find((c) => c.channel === 'visit')?.date ?? '',
    nextFollowUp: contacts[0]?.nextFollowUp ?? null,
    recentContacts: contacts.slice(0, RECENT_CONTACTS).map((c) => c.date),
    contactCount: rows.contactCount,
    openDeals: open.length,
    openAmount: open.reduce((s, d) => s + d.amount, 0),
    dealIndicators: [...new Set(open.map((d) => d.indicator))].sort(),
    wonDeals: rows.deals.filter((d) => d.stage === 'won').length,
    damaged: raw !== undefined && !record,
    hasRecord: raw !== undefined,
    demo: rows.demo,
  };
}

/** Per cell: how many clients, and their total assets over those whose assets are known. */
export const CellTotalsSchema = z.object({
  cell: z.enum(CELL_KEYS as [CellKey, ...CellKey[]]),
  count,
  assets: count,
  assetsKnown: count,
});
export type CellTotals = z.infer<typeof CellTotalsSchema>;

export function emptyTotals(cell: CellKey): CellTotals {
  return { cell, count: 0, assets: 0, assetsKnown: 0 };
}

/** `totals` with `before` taken out and `after` put in (either may be null): what one write changes. */
export function shiftTotals(
  totals: ReadonlyMap<CellKey, CellTotals>,
  before: ClientSummary | null,
  after: ClientSummary | null,
): Map<CellKey, CellTotals> {
  const out = new Map(totals);
  const apply = (s: ClientSummary, sign: 1 | -1) => {
    const t = { ...(out.get(s.cell) ?? emptyTotals(s.cell)) };
    t.count = Math.max(0, t.count + sign);
    if (s.assets !== null) {
      t.assets = Math.max(0, t.assets + sign * s.assets);
      t.assetsKnown = Math.max(0, t.assetsKnown + sign);
    }
    out.set(s.cell, t);
  };
  if (before) apply(before, -1);
  if (after) apply(after, 1);
  return out;
}

/** The totals of a whole set of summaries (a rebuild, a seeded test book). */
export function totalsOf(summaries: readonly ClientSummary[]): CellTotals[] {
  let totals = new Map<CellKey, CellTotals>();
  for (const s of summaries) totals = shiftTotals(totals, null, s);
  return CELL_KEYS.map((c) => totals.get(c) ?? emptyTotals(c));
}

/** Days from `a` to `b` (calendar dates), b − a. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round(
    (Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) /
      86_400_000,
  );
}
