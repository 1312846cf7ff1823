/**
 * Every schema version's migration, from a database with every table of that version populated: opened with the
 * current schema, every row of every table is still there, unchanged. A new version adds its tables' rows to
 * ROWS below, and the cases follow.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { summarise, totalsOf } from '@/lib/book/summary';
import { emptyRecord } from '@/lib/client/record';
import { PacerDB } from '@/lib/db/database';
import { LATEST_VERSION, SCHEMA } from '@/lib/db/schema';
import { DEFAULT_PACING_CONFIG } from '@/lib/pacing/targets';
import { newDeal } from '@/lib/pipeline';

const origin = 'http://127.0.0.1:8808';
const client = (i: number) => `88${String(i).padStart(8, '0')}`;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const SUMMARIES = range(4).flatMap((i) => {
  const s = summarise({
    client: { origin, clientId: client(i) },
    record: emptyRecord({ origin, clientId: client(i) }, 3_000 + i),
    sentiments: [],
    contacts: [],
    contactCount: 0,
    deals: [],
    demo: false,
  });
  return s ? [s] : [];
});
/** Tables computed from the others: an upgrade from before them fills them from the rows it finds. */
const DERIVED = new Set(['clientSummaries', 'bookCells']);

/** A few rows of every table, as the RM's work stores them. */
const ROWS: Record<string, readonly object[]> = {
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
  clientSummaries: SUMMARIES,
  bookCells: totalsOf(SUMMARIES),
  bookSnoozes: range(3).map((i) => ({ origin, clientId: client(i), until: `2026-11-2${i}` })),
  bookMeta: [{ key: 'demo', clients: 3, at: 9_000 }],
};

/** The tables a database at `version` holds (every version's stores up to it). */
const tablesAt = (version: number) => [...new Set(SCHEMA.filter((v) => v.version <= version).flatMap((v) => Object.keys(v.stores)))];

let n = 0;
const opened: string[] = [];
afterEach(async () => {
  for (const name of opened.splice(0)) await Dexie.delete(name);
});

describe('every schema migration keeps every row of every table', () => {
  it('every table of the latest schema has rows here to migrate', () => {
    expect(tablesAt(LATEST_VERSION).sort()).toEqual(Object.keys(ROWS).sort());
  });

  it.each(SCHEMA.slice(0, -1).map((v) => v.version))(
    'a full database at version %i opens at the latest with every row unchanged',
    async (old) => {
      const name = `pacer-migration-${old}-${++n}`;
      opened.push(name);
      const before = new PacerDB(
        name,
        SCHEMA.filter((v) => v.version <= old),
      );
      const tables = tablesAt(old);
      for (const table of tables) await before.table(table).bulkPut([...ROWS[table]!]);
      before.close();

      const db = new PacerDB(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      for (const table of tables) {
        const rows = await db.table(table).toArray();
        expect(rows, table).toHaveLength(ROWS[table]!.length);
        expect(rows, table).toEqual(expect.arrayContaining(ROWS[table]!.map((r) => expect.objectContaining(r))));
      }
      // The book's summaries, built by the upgrade from the rows of every client found (clients, sentiment, contacts, deals).
      if (!tables.includes('clientSummaries')) {
        const keys = new Set<string>();
        for (const table of ['clients', 'sentimentEvents', 'contacts', 'deals'].filter((t) => tables.includes(t)))
          for (const row of ROWS[table]! as { clientId: string }[]) keys.add(row.clientId);
        expect((await db.table('clientSummaries').toArray()).map((r: { clientId: string }) => r.clientId).sort()).toEqual([...keys].sort());
        const cells = (await db.table('bookCells').toArray()) as { count: number }[];
        expect(cells.reduce((n, c) => n + c.count, 0)).toBe(keys.size);
      }
      // The tables the newer versions add are there, empty (or, for the derived ones, filled as above), and work.
      for (const table of tablesAt(LATEST_VERSION).filter((t) => !tables.includes(t))) {
        if (DERIVED.has(table)) continue;
        expect(await db.table(table).count(), table).toBe(0);
        await db.table(table).bulkPut([...ROWS[table]!]);
        expect(await db.table(table).count(), table).toBe(ROWS[table]!.length);
      }
      db.close();
    },
  );
});
