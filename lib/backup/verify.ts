/**
 * Reading a backup file back: all of it is checked before anything is written (the database is never left half
 * restored). Each problem is listed, worded for the RM: not a backup, made by a newer Pacer, sealed with another
 * passphrase, changed or cut short (a checksum or a count), a table missing or unknown, a row without a key.
 */
import * as z from 'zod/mini';
import { type Said, said } from '../i18n/said';
import { sha256Hex } from './bytes';
import { unseal } from './crypto';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  fileDigestText,
  headerText,
  MAX_BACKUP_BYTES,
  type PlainFile,
  PlainFileSchema,
  type SealedFile,
  SealedFileSchema,
  type Snapshot,
  storageDigestText,
} from './file';

/** A table as a schema version declares it: where its rows keep their key. */
export interface TableInfo {
  name: string;
  /** null: the keys are kept beside the rows (`keys`), not in them. */
  keyPath: string | string[] | null;
  /** Keys are numbered by the database (`++seq`). */
  auto: boolean;
}

export type Opened = { kind: 'refused'; problems: Said[] } | { kind: 'sealed'; file: SealedFile } | { kind: 'plain'; file: PlainFile };

export type Verified = { ok: false; problems: Said[] } | { ok: true; snapshot: Snapshot };

/** More than this many problems are summed up in one line: the first ones say what is wrong. */
const MAX_LISTED = 20;

const refused = (...problems: Said[]): Opened => ({ kind: 'refused', problems });

const Peek = z.looseObject({ format: z.string(), formatVersion: z.number(), schemaVersion: z.optional(z.number()) });

/** The file's first reading: is it a backup, one this version can read, sealed or not. */
export function openBackup(text: string, latestSchema: number): Opened {
  if (text.length === 0) return refused(said('backup.problem.empty'));
  if (text.length > MAX_BACKUP_BYTES) return refused(said('backup.problem.tooLarge', { mb: MAX_BACKUP_BYTES / 1024 / 1024 }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused(said('backup.problem.notJson'));
  }
  const peek = Peek.safeParse(json);
  if (!peek.success) return refused(said('backup.problem.notBackup'));
  const { format, formatVersion, schemaVersion } = peek.data;
  if (format === 'pacer-handover') return refused(said('backup.problem.isHandover'));
  if (format !== BACKUP_FORMAT) return refused(said('backup.problem.notBackup'));
  if (formatVersion > BACKUP_FORMAT_VERSION || (schemaVersion ?? 0) > latestSchema)
    return refused(
      said('backup.problem.newer', {
        version: `${formatVersion}/${schemaVersion ?? '?'}`,
        latest: `${BACKUP_FORMAT_VERSION}/${latestSchema}`,
      }),
    );
  const sealed = (json as { encrypted?: unknown }).encrypted;
  if (sealed !== false) {
    const r = SealedFileSchema.safeParse(json);
    return r.success ? { kind: 'sealed', file: r.data } : refused(shapeProblem(r.error.issues));
  }
  const r = PlainFileSchema.safeParse(json);
  return r.success ? { kind: 'plain', file: r.data } : refused(shapeProblem(r.error.issues));
}

function shapeProblem(issues: readonly { path: readonly PropertyKey[] }[]): Said {
  const path = issues[0]?.path.map(String).join(' › ') || '—';
  return said('backup.problem.shape', { path });
}

/** A sealed file opened with the passphrase; the header inside must be the one outside. */
export async function unsealBackup(file: SealedFile, passphrase: string, latestSchema: number): Promise<Opened> {
  const text = await unseal(file.encrypted, passphrase, headerText(file));
  if (text === null) return refused(said('backup.problem.wrongPassphrase'));
  const inner = openBackup(text, latestSchema);
  if (inner.kind !== 'plain') return inner.kind === 'sealed' ? refused(said('backup.problem.notBackup')) : inner;
  if (headerText(inner.file) !== headerText(file)) return refused(said('backup.problem.fileChecksum'));
  return inner;
}

const isKeyPart = (k: unknown): boolean => (typeof k === 'number' && Number.isFinite(k)) || (typeof k === 'string' && k.length <= 2048);

function keyOf(row: unknown, keyPath: string | string[]): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return undefined;
  const r = row as Record<string, unknown>;
  return typeof keyPath === 'string' ? r[keyPath] : keyPath.map((p) => r[p]);
}

function validKey(key: unknown): boolean {
  return Array.isArray(key) ? key.length > 0 && key.every(isKeyPart) : isKeyPart(key);
}

/**
 * Checks every count, checksum and key of a plain file against the tables its schema version declares (`tables`).
 * Row shapes are checked after migration (lib/db/backup.ts), against this version's.
 */
export async function verifyBackup(file: PlainFile, tables: readonly TableInfo[]): Promise<Verified> {
  const problems: Said[] = [];
  const sums = Object.fromEntries(Object.entries(file.tables).map(([name, t]) => [name, { count: t.count, sha256: t.sha256 }]));
  if ((await sha256Hex(fileDigestText(file, sums, file.storage.sha256))) !== file.sha256)
    problems.push(said('backup.problem.fileChecksum'));
  const declared = new Map(tables.map((t) => [t.name, t]));
  for (const name of Object.keys(file.tables)) if (!declared.has(name)) problems.push(said('backup.problem.unknownTable', { table: name }));
  for (const info of tables) {
    const table = file.tables[info.name];
    if (!table) {
      problems.push(said('backup.problem.missingTable', { table: info.name }));
      continue;
    }
    if (table.rows.length !== table.count)
      problems.push(said('backup.problem.count', { table: info.name, expected: table.count, actual: table.rows.length }));
    if ((await sha256Hex(JSON.stringify(table.rows))) !== table.sha256)
      problems.push(said('backup.problem.checksum', { table: info.name }));
    const keys = info.keyPath === null ? table.keys : table.rows.map((row) => keyOf(row, info.keyPath!));
    if (info.keyPath === null && keys?.length !== table.rows.length) {
      problems.push(said('backup.problem.checksum', { table: info.name }));
      continue;
    }
    const seen = new Map<string, number>();
    table.rows.forEach((row, i) => {
      const key = keys?.[i];
      const isRow = typeof row === 'object' && row !== null && !Array.isArray(row);
      if (!isRow || (key === undefined && !info.auto) || (key !== undefined && !validKey(key))) {
        problems.push(said('backup.problem.badKey', { table: info.name, n: i + 1 }));
        return;
      }
      if (key === undefined) return;
      const id = JSON.stringify(key);
      const first = seen.get(id);
      if (first !== undefined) problems.push(said('backup.problem.duplicateKey', { table: info.name, n: i + 1, first: first + 1 }));
      else seen.set(id, i);
    });
  }
  if ((await sha256Hex(storageDigestText(file.storage))) !== file.storage.sha256)
    problems.push(said('backup.problem.checksum', { table: 'settings' }));
  if (problems.length > 0) return { ok: false, problems: listed(problems) };
  return {
    ok: true,
    snapshot: {
      schemaVersion: file.schemaVersion,
      tables: Object.fromEntries(
        Object.entries(file.tables).map(([name, t]) => [name, t.keys ? { rows: t.rows, keys: t.keys } : { rows: t.rows }]),
      ),
      storage: { settings: file.storage.settings, siteRules: file.storage.siteRules },
    },
  };
}

/** The first problems, and a count of the rest. */
export function listed(problems: readonly Said[]): Said[] {
  if (problems.length <= MAX_LISTED) return [...problems];
  return [...problems.slice(0, MAX_LISTED), said('data.andMore', { n: problems.length - MAX_LISTED })];
}
