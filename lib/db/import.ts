/**
 * Writing a checked client list (lib/import/rows.ts) into the book: a new client number becomes a record, an
 * existing one has its empty fields filled and nothing else (what differs is listed, the RM's value kept). All
 * rows are written in one transaction or none: a cancel or a failure leaves the book as it was.
 */
import type { ClientRef } from '../client/key';
import { type ClientRecord, ClientRecordSchema, emptyRecord } from '../client/record';
import { type ImportRow, mergeProfile, type ProfilePatch } from '../import/rows';
import { guardedWrite } from '../storage-errors';
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
  const stored: unknown[] = await db.clients.bulkGet(rows.map((r) => [origin, r.clientId] as [string, string]));
  const outcome: ImportOutcome = { created: 0, filled: 0, unchanged: 0, conflicts: [], damaged: [] };
  const puts: unknown[] = [];
  rows.forEach((row, i) => {
    const raw = stored[i];
    const ref: ClientRef = { origin, clientId: row.clientId };
    let current: ClientRecord;
    if (raw === undefined) current = emptyRecord(ref, now);
    else {
      const r = ClientRecordSchema.safeParse(raw);
      if (!r.success) {
        outcome.damaged.push(row.line);
        return;
      }
      current = r.data;
    }
    const merge = mergeProfile(current.profile, row.patch);
    for (const c of merge.conflicts) outcome.conflicts.push({ line: row.line, clientId: row.clientId, ...c });
    if (raw === undefined) outcome.created++;
    else if (merge.filled.length) outcome.filled++;
    else {
      outcome.unchanged++;
      return;
    }
    const next = ClientRecordSchema.parse({ ...current, profile: merge.profile, updatedAt: now });
    puts.push(raw === undefined ? next : keepUnknown(raw, next));
  });
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
    db.transaction('rw', db.clients, async () => {
      const { outcome, puts } = await plan(db, origin, rows, now);
      if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      if (puts.length) await db.clients.bulkPut(puts as ClientRecord[]);
      if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      return outcome;
    }),
  );
}
