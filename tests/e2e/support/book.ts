/**
 * A seeded book for the book's end-to-end tests: the rows as Pacer stores them (records, sentiment, contacts, deals)
 * and the book's summaries and cell totals computed from them by the very function the schema upgrade runs
 * (lib/db/book.ts rebuildBook), here over in-memory tables. The writes the tests then make go through the real
 * write path, which keeps the summaries itself.
 */
import type { Page } from 'playwright-core';
import type { BookTables } from '../../../lib/db/book';
import { rebuildBook } from '../../../lib/db/book';
import { putRows } from './idb';

export interface BookRows {
  clients?: readonly object[];
  sentimentEvents?: readonly object[];
  contacts?: readonly object[];
  deals?: readonly object[];
}

function memoryTable(rows: readonly object[], out?: object[]) {
  return {
    toArray: async () => [...rows],
    clear: async () => undefined,
    bulkPut: async (values: object[]) => void out?.push(...values),
  };
}

export async function bookRowsFor(rows: BookRows): Promise<{ clientSummaries: object[]; bookCells: object[] }> {
  const clientSummaries: object[] = [];
  const bookCells: object[] = [];
  const tables = {
    clients: memoryTable(rows.clients ?? []),
    sentimentEvents: memoryTable(rows.sentimentEvents ?? []),
    contacts: memoryTable(rows.contacts ?? []),
    deals: memoryTable(rows.deals ?? []),
    clientSummaries: memoryTable([], clientSummaries),
    bookCells: memoryTable([], bookCells),
  } as unknown as BookTables;
  await rebuildBook(tables);
  return { clientSummaries, bookCells };
}

/** Puts the rows and their summaries into the database of one of Pacer's pages (opened first, so the schema exists). */
export async function seedBook(page: Page, rows: BookRows): Promise<void> {
  const derived = await bookRowsFor(rows);
  for (const [store, list] of Object.entries({ ...rows, ...derived })) if (list.length) await putRows(page, store, list);
}
