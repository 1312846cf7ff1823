/**
 * The IndexedDB schema, one entry per version, oldest first. Never edit a released entry: add a new version
 * with the new `stores` and, when existing rows must change, an `upgrade` that rewrites them. Each new
 * version also adds its tables' rows to tests/unit/db-migrations.test.ts, which opens a database of every earlier
 * version full of data and checks nothing is lost.
 */
import type { Transaction } from 'dexie';
import { bookTablesOf, rebuildBook } from './book';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes. Only indexed fields are listed. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // [origin+clientId] lists one client's deals; stage+expectedDate serve pipeline and pacing views.
      deals: 'id, [origin+clientId], stage, expectedDate, updatedAt',
    },
  },
  {
    version: 2,
    stores: {
      // The sentiment history: one row per tag; the latest per client is its current state.
      sentimentEvents: '++seq, [origin+clientId+at], at',
    },
  },
  {
    version: 3,
    stores: {
      // One record per client (familiarity, resistance, rung, template, memory points).
      clients: '[origin+clientId], updatedAt',
      // The contact log; [origin+clientId+date] lists one client's contacts in date order.
      contacts: '++seq, [origin+clientId+date], nextFollowUp',
      // The RM's own scripts and changes to built-ins; how each script fared (ranking learns from it).
      scriptEdits: 'id',
      scriptUsage: 'scriptId',
    },
  },
  {
    version: 4,
    stores: {
      // Monthly targets per indicator; manual achievements by date; the RM's own days off/on; one config row.
      targets: '[month+indicator], month',
      achievements: 'id, date, indicator',
      dayOverrides: 'date',
      pacingConfig: 'key',
    },
  },
  {
    version: 5,
    stores: {
      // The book (lib/db/book.ts): one summary per client, kept in step with its rows by every write. cell lists a grid
      // cell ([cell+score]: stickiest first), nextFollowUp the follow-ups due, openedOn new clients, [band+lastContact]
      // the reviews due.
      clientSummaries: '[origin+clientId], cell, [cell+score], nextFollowUp, openedOn, [band+lastContact]',
      // Count and known assets per grid cell, so the board opens on ten rows whatever the size of the book.
      bookCells: 'cell',
      // A client snoozed on today's call list stays off it until `until`.
      bookSnoozes: '[origin+clientId], until',
      // What the book keeps about itself (the demo book's marker).
      bookMeta: 'key',
      // [stage+expectedDate]: open deals expected by a date, without reading every open deal.
      deals: 'id, [origin+clientId], stage, expectedDate, updatedAt, [stage+expectedDate]',
    },
    // Summaries of the work stored before the book existed: read once, here.
    upgrade: async (tx) => {
      await rebuildBook(bookTablesOf(tx));
    },
  },
  {
    version: 6,
    stores: {
      // Indexes no query reads are dropped: each entry costs every write of its table a second write (on Chromium,
      // ~50 % more per row; docs/performance.md). Nothing orders clients by `updatedAt` (the merge of a restore reads
      // it from the rows), and follow-ups due are read from the summaries' own `nextFollowUp`.
      clients: '[origin+clientId]',
      contacts: '++seq, [origin+clientId+date]',
    },
    // Before this version, an import and a handover did not keep the book's summaries of the clients they wrote
    // (and a recorded meeting outcome did not either): every summary is computed afresh, once.
    upgrade: async (tx) => {
      await rebuildBook(bookTablesOf(tx));
    },
  },
];

/** Dexie only needs the tables a version changes; tables not named carry over untouched. */
export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
