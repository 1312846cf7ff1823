/**
 * Every schema version's migration, from a database with every table of that version populated: opened with the
 * current schema, every row of every table is still there, unchanged. A new version adds its tables' rows to
 * ROWS (./support/db-rows.ts, which the backup tests use too), and the cases follow.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PacerDB } from '@/lib/db/database';
import { LATEST_VERSION, SCHEMA } from '@/lib/db/schema';
import { DERIVED, ROWS } from './support/db-rows';

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
        // The book's summaries and totals are rebuilt by the upgrades (checked below).
        if (DERIVED.has(table)) continue;
        const rows = await db.table(table).toArray();
        expect(rows, table).toHaveLength(ROWS[table]!.length);
        expect(rows, table).toEqual(expect.arrayContaining(ROWS[table]!.map((r) => expect.objectContaining(r))));
      }
      // The book's summaries, built by the upgrades from the rows of every client found (clients, sentiment, contacts, deals).
      {
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
