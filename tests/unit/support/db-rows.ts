/**
 * A few rows of every table, as the RM's work stores them: the migration tests open every schema version full of
 * them, and the backup tests round-trip them. A new table adds its rows here.
 */
import { type ClientSummary, RECENT_CONTACTS, summarise, totalsOf } from '@/lib/book/summary';
import type { ContactEntry } from '@/lib/client/contact';
import type { ClientRecord } from '@/lib/client/record';
import { emptyRecord } from '@/lib/client/record';
import { DEFAULT_PACING_CONFIG } from '@/lib/pacing/targets';
import type { Deal } from '@/lib/pipeline';
import { newDeal } from '@/lib/pipeline';
import type { SentimentEvent } from '@/lib/sentiment';

export const origin = 'http://127.0.0.1:8808';
export const client = (i: number) => `88${String(i).padStart(8, '0')}`;
export const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Tables computed from the others (the book's): an upgrade from before them fills them from the rows it finds. */
export const DERIVED = new Set(['clientSummaries', 'bookCells']);

/** A few rows of every table, as the RM's work stores them. */
export const ROWS: Record<string, readonly object[]> = {
  deals: range(40).map((i) => newDeal({ id: `d${i}`, origin, clientId: client(i % 8), today: '2026-11-23', now: 1_000 + i })),
  sentimentEvents: range(30).map((i) => ({
    seq: i + 1,
    origin,
    clientId: client(i % 6),
    sentiment: i % 2 ? 'positive' : 'resistant',
    source: 'panel',
    at: 2_000 + i,
  })),
  clients: range(12).map((i) => ({
    ...emptyRecord({ origin, clientId: client(i) }, 3_000 + i),
    memoryPoints: [`喜欢喝茶 ${i}`],
    rung: (i % 12) + 1,
  })),
  contacts: range(25).map((i) => ({
    seq: i + 1,
    origin,
    clientId: client(i % 5),
    date: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
    channel: 'phone',
    purpose: 'routine',
    note: `第 ${i} 次`,
    nextFollowUp: i % 3 ? null : '2026-12-01',
    at: 4_000 + i,
  })),
  scriptEdits: range(4).map((i) => ({
    id: `own-${i}`,
    kind: 'own',
    title: `我的话术 ${i}`,
    body: '您好',
    tags: { technique: 'trust' },
    hidden: i === 3,
    updatedAt: 5_000 + i,
  })),
  scriptUsage: range(6).map((i) => ({ scriptId: `s${i}`, used: i, helped: i % 2, notHelped: 0, lastUsedAt: 6_000 + i })),
  targets: range(6).map((i) => ({
    month: `2026-${String(i + 7).padStart(2, '0')}`,
    indicator: 'investment',
    value: 229_000_000 + i,
    updatedAt: 7_000 + i,
  })),
  achievements: range(5).map((i) => ({
    id: `a${i}`,
    date: `2026-11-0${i + 1}`,
    indicator: 'investment',
    value: 100 + i,
    note: '',
    createdAt: 8_000 + i,
  })),
  dayOverrides: range(3).map((i) => ({ date: `2026-11-2${i}`, kind: i % 2 ? 'on' : 'off' })),
  pacingConfig: [{ ...DEFAULT_PACING_CONFIG, checkpoints: [50, 80, 100, 100], key: 'own' }],
  bookSnoozes: range(3).map((i) => ({ origin, clientId: client(i), until: `2026-11-2${i}` })),
  bookMeta: [{ key: 'demo', clients: 3, loadedAt: 9_000 }],
};

/** The book's summaries and totals of the rows above, as rebuildBook computes them (a restore rebuilds them). */
function summariesOf(): ClientSummary[] {
  const by = new Map<string, { record: unknown; s: SentimentEvent[]; c: ContactEntry[]; d: Deal[] }>();
  const entry = (clientId: string) => {
    const e = by.get(clientId) ?? { record: undefined, s: [], c: [], d: [] };
    by.set(clientId, e);
    return e;
  };
  for (const r of ROWS.clients as ClientRecord[]) entry(r.clientId).record = r;
  for (const r of ROWS.sentimentEvents as SentimentEvent[]) entry(r.clientId).s.push(r);
  for (const r of ROWS.contacts as ContactEntry[]) entry(r.clientId).c.push(r);
  for (const r of ROWS.deals as Deal[]) entry(r.clientId).d.push(r);
  return [...by].flatMap(([clientId, e]) => {
    const contacts = [...e.c].sort((a, b) => b.date.localeCompare(a.date) || b.at - a.at);
    const s = summarise({
      client: { origin, clientId },
      record: e.record,
      sentiments: e.s,
      contacts: contacts.slice(0, RECENT_CONTACTS),
      contactCount: contacts.length,
      deals: e.d,
      demo: false,
    });
    return s ? [s] : [];
  });
}
const summaries = summariesOf();
(ROWS as Record<string, readonly object[]>).clientSummaries = summaries;
(ROWS as Record<string, readonly object[]>).bookCells = totalsOf(summaries);
