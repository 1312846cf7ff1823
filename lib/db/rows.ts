/**
 * Writing one stored row without losing what is in it. A change computed from a row that is there but does not
 * parse (damaged, or of a shape this version does not know) is never written over it: the write aborts with a
 * message saying so, and the row stays as it is. Fields the schema does not know (a newer Pacer's) are kept, at
 * any depth, by every write.
 */
import type { Table } from 'dexie';
import type * as z from 'zod/mini';
import { StorageWriteError } from '../storage-errors';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `next` with every field of `stored` it does not mention put back, object by object (arrays are taken whole). */
export function keepUnknown(stored: unknown, next: unknown): unknown {
  if (!isPlainObject(stored) || !isPlainObject(next)) return next;
  const out: Record<string, unknown> = { ...next };
  for (const [key, value] of Object.entries(stored)) {
    out[key] = key in next ? keepUnknown(value, next[key]) : value;
  }
  return out;
}

/** The stored row, parsed; null when there is none; a StorageWriteError when there is one that does not parse. */
async function current<S extends z.ZodMiniType>(table: Table, key: unknown, schema: S): Promise<{ raw: unknown; row: z.infer<S> | null }> {
  const raw: unknown = await table.get(key as never);
  if (raw === undefined) return { raw, row: null };
  const r = schema.safeParse(raw);
  if (!r.success) throw new StorageWriteError('error.damagedRow');
  return { raw, row: r.data };
}

/**
 * Applies `change` to the row under `key` (null when there is none yet; return null to write nothing), in the
 * caller's read-write transaction on `table`, and returns what was written.
 */
export async function modifyRow<S extends z.ZodMiniType>(
  table: Table,
  key: unknown,
  schema: S,
  change: (row: z.infer<S> | null) => z.infer<S> | null,
): Promise<z.infer<S> | null> {
  const { raw, row } = await current(table, key, schema);
  const changed = change(row);
  if (changed === null) return null;
  const next = schema.parse(changed) as z.infer<S>;
  await table.put(keepUnknown(raw, next));
  return next;
}

/**
 * Puts a whole new `value` under its key (the RM set all of it: a target, a day mark), keeping the fields of the
 * row it replaces that the schema does not know; in the caller's transaction. A damaged row is repaired this way,
 * not refused: nothing of it is computed into the new value.
 */
export async function replaceRow<S extends z.ZodMiniType>(table: Table, key: unknown, schema: S, value: z.infer<S>): Promise<z.infer<S>> {
  const next = schema.parse(value) as z.infer<S>;
  await table.put(keepUnknown(await table.get(key as never), next));
  return next;
}
