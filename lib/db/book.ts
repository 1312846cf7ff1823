/**
 * The book's rows: one summary per client and the totals per grid cell, kept in step with every write to a
 * client's record, sentiment, contacts or deals by `keepSummary`, which those writes call inside their own
 * transaction (so a summary can never disagree with the rows it summarises). The book's reads are index lookups on
 * these rows, never scans of the contact log (docs/performance.md).
 */
import type { Table, Transaction } from 'dexie';
import {
  CELL_KEYS,
  type CellKey,
  type CellTotals,
  CellTotalsSchema,
  type ClientSummary,
  ClientSummarySchema,
  emptyTotals,
  RECENT_CONTACTS,
  shiftTotals,
  summarise,
  totalsOf,
} from '../book/summary';
import { fromIsoDate, type IsoDate } from '../calendar/dates';
import { firstOfMonth, lastOfMonth, monthOf, shiftMonth } from '../calendar/working-days';
import { type ContactEntry, ContactEntrySchema } from '../client/contact';
import type { ClientRef } from '../client/key';
import type { PacingPolicy } from '../pacing/targets';
import { parseEach } from '../parse-each';
import { type Deal, DealFiguresSchema, DealSchema } from '../pipeline';
import { type SentimentEvent, SentimentEventSchema } from '../sentiment';
import type { PacerDB } from './database';
import { achievementsBetween, loadPacingInputs, targetsForMonths } from './pacing';

/** Every table a write that changes a summary must hold in its transaction. */
export function bookScope(db: PacerDB): Table[] {
  return [db.clients, db.sentimentEvents, db.contacts, db.deals, db.clientSummaries, db.bookCells];
}

const isDemo = (row: unknown) => typeof row === 'object' && row !== null && (row as { demo?: unknown }).demo === true;

/** Recomputes one client's summary and the totals of the cells it leaves and enters. Call inside a bookScope transaction. */
export async function keepSummary(db: PacerDB, client: ClientRef): Promise<void> {
  const { origin, clientId } = client;
  const key: [string, string] = [origin, clientId];
  const contactRange = db.contacts.where('[origin+clientId+date]').between([origin, clientId, ''], [origin, clientId, '\uffff']);
  const [record, sentiments, contacts, contactCount, deals, stored] = await Promise.all([
    db.clients.get(key) as Promise<unknown>,
    db.sentimentEvents.where('[origin+clientId+at]').between([origin, clientId, -Infinity], [origin, clientId, Infinity]).toArray(),
    contactRange.clone().reverse().limit(RECENT_CONTACTS).toArray(),
    contactRange.count(),
    db.deals.where('[origin+clientId]').equals(key).toArray(),
    db.clientSummaries.get(key),
  ]);
  const after = summarise({
    client,
    record,
    sentiments: parseEach(SentimentEventSchema, sentiments),
    contacts: parseEach(ContactEntrySchema, contacts),
    contactCount,
    deals: parseEach(DealSchema, deals),
    demo: isDemo(record) || [...sentiments, ...contacts, ...deals].some(isDemo),
  });
  const parsedBefore = ClientSummarySchema.safeParse(stored);
  const before = parsedBefore.success ? parsedBefore.data : null;
  if (after) await db.clientSummaries.put(after);
  else if (stored) await db.clientSummaries.delete(key);
  const cells = [...new Set([before?.cell, after?.cell].filter((c): c is CellKey => c !== undefined))];
  const current = new Map<CellKey, CellTotals>();
  for (const row of parseEach(CellTotalsSchema, await db.bookCells.bulkGet(cells))) current.set(row.cell, row);
  const next = shiftTotals(current, before, after);
  await db.bookCells.bulkPut(cells.map((c) => next.get(c) ?? emptyTotals(c)));
}

/**
 * `keepSummary` for many clients whose records a bulk write (an import, a handover) has just put, in its bookScope
 * transaction, with the deals it added. A client who has no summary yet has no tags, contacts or deals (every write
 * of those keeps one, and the schema's upgrades rebuilt the book), so their summary is their record's and the given
 * deals' alone, computed without reading anything; the others are kept one by one. Which clients have a summary is
 * one key-only read per CRM: a request per client costs ~0.15 ms of IndexedDB each (docs/performance.md).
 */
export async function keepSummaries(db: PacerDB, records: readonly ClientRef[], dealsAdded: readonly Deal[] = []): Promise<void> {
  const summarised = new Set<string>();
  for (const origin of new Set(records.map((r) => r.origin))) {
    const keys = (await db.clientSummaries.where('[origin+clientId]').between([origin, ''], [origin, '\uffff']).primaryKeys()) as [
      string,
      string,
    ][];
    for (const [o, id] of keys) summarised.add(`${o}\u0000${id}`);
  }
  const deals = new Map<string, Deal[]>();
  for (const d of dealsAdded) {
    const k = `${d.origin}\u0000${d.clientId}`;
    deals.set(k, [...(deals.get(k) ?? []), d]);
  }
  const fresh: ClientSummary[] = [];
  for (const record of records) {
    const k = `${record.origin}\u0000${record.clientId}`;
    if (summarised.has(k)) {
      await keepSummary(db, record);
      continue;
    }
    const own = deals.get(k) ?? [];
    const s = summarise({
      client: { origin: record.origin, clientId: record.clientId },
      record,
      sentiments: [],
      contacts: [],
      contactCount: 0,
      deals: own,
      demo: isDemo(record) || own.some(isDemo),
    });
    if (s) fresh.push(s);
  }
  if (!fresh.length) return;
  let totals = new Map(parseEach(CellTotalsSchema, await db.bookCells.toArray()).map((r) => [r.cell, r]));
  for (const s of fresh) totals = shiftTotals(totals, null, s);
  await db.clientSummaries.bulkAdd(fresh);
  await db.bookCells.bulkPut(CELL_KEYS.map((c) => totals.get(c) ?? emptyTotals(c)));
}

export interface BookTables {
  clients: Table;
  sentimentEvents: Table;
  contacts: Table;
  deals: Table;
  clientSummaries: Table;
  bookCells: Table;
}

/**
 * Every summary and total computed afresh from all the rows: when the book's tables are created (the schema upgrade
 * over a database of earlier work) and after a bulk load. The one place that reads every row.
 */
export async function rebuildBook(t: BookTables): Promise<number> {
  const [clients, sentiments, contacts, deals] = await Promise.all([
    t.clients.toArray(),
    t.sentimentEvents.toArray(),
    t.contacts.toArray(),
    t.deals.toArray(),
  ]);
  return writeBook(
    t,
    summariesOf({
      clients,
      sentiments: parseEach(SentimentEventSchema, sentiments),
      contacts: parseEach(ContactEntrySchema, contacts),
      deals: parseEach(DealSchema, deals),
      demo: [...clients, ...sentiments, ...contacts, ...deals] as unknown[],
    }),
  );
}

/** Replaces every summary and total with `summaries` (computed by `summariesOf`), in the caller's transaction. */
export async function writeBook(t: Pick<BookTables, 'clientSummaries' | 'bookCells'>, summaries: ClientSummary[]): Promise<number> {
  await t.clientSummaries.clear();
  await t.bookCells.clear();
  await t.clientSummaries.bulkPut(summaries);
  await t.bookCells.bulkPut(totalsOf(summaries));
  return summaries.length;
}

/**
 * Every client's summary from a whole book's rows, in memory: the records as stored, the other rows parsed (a row
 * that does not parse is not given), and every row as stored to find the demo ones.
 */
export function summariesOf(rows: {
  clients: readonly unknown[];
  sentiments: readonly SentimentEvent[];
  contacts: readonly ContactEntry[];
  deals: readonly Deal[];
  demo: readonly unknown[];
}): ClientSummary[] {
  const byClient = new Map<
    string,
    { client: ClientRef; record: unknown; s: SentimentEvent[]; c: ContactEntry[]; d: Deal[]; demo: boolean }
  >();
  const entry = (origin: string, clientId: string) => {
    const k = `${origin}\u0000${clientId}`;
    let e = byClient.get(k);
    if (!e) {
      e = { client: { origin, clientId }, record: undefined, s: [], c: [], d: [], demo: false };
      byClient.set(k, e);
    }
    return e;
  };
  const keyed = (row: unknown): row is { origin: string; clientId: string } =>
    typeof row === 'object' &&
    row !== null &&
    typeof (row as { origin?: unknown }).origin === 'string' &&
    typeof (row as { clientId?: unknown }).clientId === 'string';
  for (const row of rows.clients) if (keyed(row)) entry(row.origin, row.clientId).record = row;
  for (const row of rows.sentiments) entry(row.origin, row.clientId).s.push(row);
  for (const row of rows.contacts) entry(row.origin, row.clientId).c.push(row);
  for (const row of rows.deals) entry(row.origin, row.clientId).d.push(row);
  for (const row of rows.demo) if (keyed(row) && isDemo(row)) entry(row.origin, row.clientId).demo = true;
  const summaries: ClientSummary[] = [];
  for (const e of byClient.values()) {
    const contactsNewest = e.c.sort((a, b) => b.date.localeCompare(a.date) || b.at - a.at);
    const s = summarise({
      client: e.client,
      record: e.record,
      sentiments: e.s,
      contacts: contactsNewest.slice(0, RECENT_CONTACTS),
      contactCount: contactsNewest.length,
      deals: e.d,
      demo: e.demo,
    });
    if (s) summaries.push(s);
  }
  return summaries;
}

export function bookTablesOf(tx: Transaction): BookTables {
  return {
    clients: tx.table('clients'),
    sentimentEvents: tx.table('sentimentEvents'),
    contacts: tx.table('contacts'),
    deals: tx.table('deals'),
    clientSummaries: tx.table('clientSummaries'),
    bookCells: tx.table('bookCells'),
  };
}

/** The count and known assets per cell, in the board's order: ten small rows, whatever the size of the book. */
export async function bookTotals(db: PacerDB): Promise<CellTotals[]> {
  const rows = new Map(parseEach(CellTotalsSchema, await db.bookCells.toArray()).map((r) => [r.cell, r]));
  return CELL_KEYS.map((c) => rows.get(c) ?? emptyTotals(c));
}

/** One cell's clients (an index lookup). */
export async function cellSummaries(db: PacerDB, cell: CellKey): Promise<ClientSummary[]> {
  return parseEach(ClientSummarySchema, await db.clientSummaries.where('cell').equals(cell).toArray());
}

/** Every client's summary: for a search or a filter across the whole book. */
export async function allSummaries(db: PacerDB): Promise<ClientSummary[]> {
  return parseEach(ClientSummarySchema, await db.clientSummaries.toArray());
}

export async function summaryOf(db: PacerDB, client: ClientRef): Promise<ClientSummary | null> {
  const r = ClientSummarySchema.safeParse(await db.clientSummaries.get([client.origin, client.clientId]));
  return r.success ? r.data : null;
}

const OPEN_STAGES = ['invited', 'meeting', 'met'] as const;

/**
 * The pipeline board's deals: every open deal (one index lookup per open stage, as today's figures read them) and
 * the deals closed since the first of this month (through `updatedAt`, which every close sets); with the summaries of
 * their clients, for names.
 */
export async function pipelineDeals(db: PacerDB, monthStart: number): Promise<{ deals: Deal[]; clients: ClientSummary[] }> {
  const [open, recent] = await Promise.all([
    Promise.all(OPEN_STAGES.map((s) => db.deals.where('stage').equals(s).toArray())).then((r) => r.flat()),
    db.deals.where('updatedAt').aboveOrEqual(monthStart).toArray(),
  ]);
  const closed = recent.filter((d) => (d.stage === 'won' || d.stage === 'lost') && d.closedAt !== null && d.closedAt >= monthStart);
  const deals = parseEach(DealSchema, [...open, ...closed]);
  const keys = [...new Map(deals.map((d) => [`${d.origin}\u0000${d.clientId}`, [d.origin, d.clientId] as [string, string]])).values()];
  const clients = parseEach(ClientSummarySchema, await db.clientSummaries.bulkGet(keys));
  return { deals, clients };
}

/**
 * What the pacing chart draws: today's pacing inputs (as the popup reads them) and, for the attainment of the six
 * months before, their targets, manual entries and the deals won in them (through `updatedAt`, which a close sets).
 */
export async function chartInputs(db: PacerDB, today: IsoDate, policy: PacingPolicy) {
  const month = monthOf(today);
  const first = shiftMonth(month, -6);
  const since = fromIsoDate(firstOfMonth(first)).getTime();
  const months = Array.from({ length: 6 }, (_, i) => shiftMonth(month, i - 6));
  const [pacing, targets, manual, recent] = await Promise.all([
    loadPacingInputs(db, today, policy),
    targetsForMonths(db, months),
    achievementsBetween(db, firstOfMonth(first), lastOfMonth(shiftMonth(month, -1))),
    db.deals.where('updatedAt').aboveOrEqual(since).toArray(),
  ]);
  const won = parseEach(
    DealFiguresSchema,
    recent.filter((r) => r.stage === 'won' && r.closedAt !== null && r.closedAt >= since),
  );
  return { pacing, history: { targets, manual, wonDeals: won } };
}
