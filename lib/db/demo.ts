/**
 * The demo book (scripts/demo.sh): the demo CRM's clients with records, contacts, deals, targets and achievements,
 * so a newcomer sees every view of the book with data. Every row it writes carries `demo: true` and a marker row in
 * `bookMeta` says it is there; the book shows a banner while it is, and `removeDemoBook` takes it all out in one
 * transaction, leaving everything the RM recorded themselves.
 */
import type { Table } from 'dexie';
import * as z from 'zod/mini';
import { type ContactEntry, ContactEntrySchema } from '../client/contact';
import { type ClientRecord, ClientRecordSchema } from '../client/record';
import { type ManualAchievement, ManualAchievementSchema, type Target, TargetSchema } from '../pacing/targets';
import { type Deal, DealSchema } from '../pipeline';
import { type SentimentEvent, SentimentEventSchema } from '../sentiment';
import { guardedWrite } from '../storage-errors';
import { bookScope, rebuildBook } from './book';
import type { PacerDB } from './database';

export interface DemoRows {
  clients: readonly ClientRecord[];
  sentimentEvents: readonly SentimentEvent[];
  contacts: readonly ContactEntry[];
  deals: readonly Deal[];
  targets: readonly Target[];
  achievements: readonly ManualAchievement[];
}

const DemoMarkerSchema = z.object({ key: z.literal('demo'), loadedAt: z.int().check(z.nonnegative()), clients: z.int() });
export type DemoMarker = z.infer<typeof DemoMarkerSchema>;

const isDemo = (row: unknown) => typeof row === 'object' && row !== null && (row as { demo?: unknown }).demo === true;

function demoTables(db: PacerDB): Table[] {
  return [...bookScope(db), db.targets, db.achievements, db.bookSnoozes, db.bookMeta];
}

function marked<S extends z.ZodMiniType>(schema: S, rows: readonly unknown[]): object[] {
  // The demo's own rows are checked as strictly as the RM's: a generator mistake fails loudly, not in a view.
  return rows.map((r) => ({ ...(schema.parse(r) as object), demo: true }));
}

/** Whether the demo book is loaded, and when. */
export async function demoBook(db: PacerDB): Promise<DemoMarker | null> {
  const r = DemoMarkerSchema.safeParse(await db.bookMeta.get('demo'));
  return r.success ? r.data : null;
}

/**
 * Writes the demo rows (a month's targets only where the RM has none) and the book's summaries, in one transaction.
 * Returns how many clients the book then holds.
 */
export async function loadDemoBook(db: PacerDB, rows: DemoRows, now: number): Promise<number> {
  const clients = marked(ClientRecordSchema, rows.clients);
  const sentimentEvents = marked(SentimentEventSchema, rows.sentimentEvents);
  const contacts = marked(ContactEntrySchema, rows.contacts);
  const deals = marked(DealSchema, rows.deals);
  const achievements = marked(ManualAchievementSchema, rows.achievements);
  // Stamped with the load's time: a target the RM sets later over one of them is theirs, and stays.
  const targets = marked(
    TargetSchema,
    rows.targets.map((t) => ({ ...t, updatedAt: now })),
  );
  return guardedWrite(() =>
    db.transaction('rw', demoTables(db), async () => {
      const own = await db.targets.bulkGet(rows.targets.map((t) => [t.month, t.indicator] as [string, string]));
      await db.clients.bulkPut(clients as ClientRecord[]);
      await db.sentimentEvents.bulkAdd(sentimentEvents as SentimentEvent[]);
      await db.contacts.bulkAdd(contacts as ContactEntry[]);
      await db.deals.bulkPut(deals as Deal[]);
      await db.achievements.bulkPut(achievements as ManualAchievement[]);
      await db.targets.bulkPut(targets.filter((_, i) => own[i] === undefined) as Target[]);
      await db.bookMeta.put({ key: 'demo', loadedAt: now, clients: rows.clients.length });
      return rebuildBook(db);
    }),
  );
}

/**
 * Takes every demo row out (a target the RM set since over a demo one stays) and rebuilds the book from what is
 * left. Returns how many rows were removed.
 */
export async function removeDemoBook(db: PacerDB): Promise<number> {
  return guardedWrite(() =>
    db.transaction('rw', demoTables(db), async () => {
      const marker = await demoBook(db);
      let removed = 0;
      const drop = async (table: Table, also: (row: unknown) => boolean = () => true) => {
        const keys = await table.filter((row: unknown) => isDemo(row) && also(row)).primaryKeys();
        await table.bulkDelete(keys);
        removed += keys.length;
      };
      await drop(db.clients);
      await drop(db.sentimentEvents);
      await drop(db.contacts);
      await drop(db.deals);
      await drop(db.achievements);
      await drop(db.targets, (t) => marker === null || (t as { updatedAt?: unknown }).updatedAt === marker.loadedAt);
      await db.bookMeta.delete('demo');
      await rebuildBook(db);
      // Snoozes of clients that are gone.
      const left = new Set((await db.clientSummaries.toCollection().primaryKeys()).map((k) => JSON.stringify(k)));
      const snoozes = await db.bookSnoozes.toCollection().primaryKeys();
      await db.bookSnoozes.bulkDelete(snoozes.filter((k) => !left.has(JSON.stringify(k))));
      return removed;
    }),
  );
}
