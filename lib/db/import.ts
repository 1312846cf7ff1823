/**
 * Writing a checked client list (lib/import/rows.ts) into the book: a new client number becomes a record, an
 * existing one has its empty fields filled and nothing else (what differs is listed, the RM's value kept). All
 * rows are written in one transaction, with the book's summaries of them, or none: a cancel or a failure leaves the book as it was.
 */
import { type ClientRecord, ClientRecordSchema, emptyRecord } from '../client/record';
import { type ImportRow, mergeProfile, type ProfilePatch } from '../import/rows';
import { guardedWrite } from '../storage-errors';
import { bookScope, keepSummaries } from './book';
import type { PacerDB } from './database';
import { keepUnknown } from './rows';

export interface ImportConflict {
  line: number;
  clientId: string;
  field: keyof ProfilePatch;
  mine: string;
  theirs: string;
}

export interface ImportOutcome {
  created: number;
  filled: number;
  unchanged: number;
  conflicts: ImportConflict[];
  /** Lines of clients whose stored record does not parse: left as they are. */
  damaged: number[];
}

interface Planned {
  outcome: ImportOutcome;
  puts: unknown[];
}

async function plan(db: PacerDB, origin: string, rows: readonly ImportRow[], now: number): Promise<Planned> {
  // Only the clients already in the book are read: a key-only range of this CRM's clients says which (a first
  // import of a whole list reads none).
  const known = new Set(
    ((await db.clients.where('[origin+clientId]').between([origin, ''], [origin, '\uffff']).primaryKeys()) as [string, string][]).map(
      (k) => k[1],
    ),
  );
  const present = rows.filter((r) => known.has(r.clientId));
  const found = await db.clients.bulkGet(present.map((r) => [origin, r.clientId] as [string, string]));
  const stored = new Map<string, unknown>(present.map((r, i) => [r.clientId, found[i]]));
  const outcome: ImportOutcome = { created: 0, filled: 0, unchanged: 0, conflicts: [], damaged: [] };
  const puts: unknown[] = [];
  const template = emptyRecord({ origin, clientId: '0' }, now);
  for (const row of rows) {
    const raw = stored.get(row.clientId);
    if (raw === undefined) {
      // A new client: the empty record (parsed once) with the row's values, each already read and checked.
      const merge = mergeProfile(template.profile, row.patch);
      outcome.created++;
      puts.push({ ...template, clientId: row.clientId, profile: merge.profile } satisfies ClientRecord);
      continue;
    }
    const r = ClientRecordSchema.safeParse(raw);
    if (!r.success) {
      outcome.damaged.push(row.line);
      continue;
    }
    const merge = mergeProfile(r.data.profile, row.patch);
    for (const c of merge.conflicts) outcome.conflicts.push({ line: row.line, clientId: row.clientId, ...c });
    if (!merge.filled.length) {
      outcome.unchanged++;
      continue;
    }
    outcome.filled++;
    puts.push(keepUnknown(raw, ClientRecordSchema.parse({ ...r.data, profile: merge.profile, updatedAt: now })));
  }
  return { outcome, puts };
}

/** What importing `rows` would do, without writing. */
export function previewImport(db: PacerDB, origin: string, rows: readonly ImportRow[], now: number): Promise<ImportOutcome> {
  return db.transaction('r', db.clients, async () => (await plan(db, origin, rows, now)).outcome);
}

/** Imports `rows` in one transaction; `signal` aborted before the commit writes nothing. */
export function applyImport(
  db: PacerDB,
  origin: string,
  rows: readonly ImportRow[],
  now: number,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  return guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const { outcome, puts } = await plan(db, origin, rows, now);
      if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      if (puts.length) await db.clients.bulkPut(puts as ClientRecord[]);
      // The book's summaries of the clients written, in the same transaction (lib/db/book.ts).
      await keepSummaries(db, puts as ClientRecord[]);
      if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      return outcome;
    }),
  );
}
