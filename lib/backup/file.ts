/**
 * The backup file: one JSON document with everything Pacer holds for the RM (every IndexedDB table, the settings,
 * the RM's own site rules), versioned twice: `formatVersion` is this file's layout, `schemaVersion` the database
 * schema its rows were written in (lib/db/schema.ts). Each table carries its row count and a SHA-256 of its rows,
 * and the file a SHA-256 of all of that, so a truncated or edited file is refused before anything is written. A
 * sealed file (./crypto.ts) carries the same header in the clear and the whole plain file inside.
 */
import * as z from 'zod/mini';
import { canonicalJson, sha256Hex } from './bytes';
import { type Sealed, SealedSchema, seal } from './crypto';

export const BACKUP_FORMAT = 'pacer-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Years of a busy RM's work (10,000 clients, 100,000 log entries) come to about 40 MB; sealed, 55 MB. */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

const Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));

export const HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.int().check(z.positive()),
  createdAt: z.int().check(z.nonnegative()),
  pacerVersion: z.string().check(z.maxLength(40)),
});
export type BackupHeader = z.infer<typeof HeaderSchema>;

const TableSchema = z.object({
  count: z.int().check(z.nonnegative()),
  sha256: Hex,
  rows: z.array(z.unknown()),
  /** Only for a table whose keys are not in its rows (none of Pacer's today). */
  keys: z.optional(z.array(z.unknown())),
});

const StorageSchema = z.object({
  settings: z.record(z.string(), z.unknown()),
  siteRules: z.array(z.unknown()),
  sha256: Hex,
});

export const PlainFileSchema = z.extend(HeaderSchema, {
  encrypted: z.literal(false),
  tables: z.record(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)), TableSchema),
  storage: StorageSchema,
  sha256: Hex,
});
export type PlainFile = z.infer<typeof PlainFileSchema>;

export const SealedFileSchema = z.extend(HeaderSchema, { encrypted: SealedSchema });
export type SealedFile = z.infer<typeof SealedFileSchema>;

/** What a backup holds, as read from (or restored into) the database and storage. */
export interface Snapshot {
  schemaVersion: number;
  tables: Record<string, { rows: unknown[]; keys?: unknown[] }>;
  storage: { settings: Record<string, unknown>; siteRules: unknown[] };
}

export interface BackupMeta {
  createdAt: number;
  pacerVersion: string;
}

/** The header as the bytes a sealed file binds to its ciphertext. */
export function headerText(h: BackupHeader): string {
  return canonicalJson({
    format: h.format,
    formatVersion: h.formatVersion,
    schemaVersion: h.schemaVersion,
    createdAt: h.createdAt,
    pacerVersion: h.pacerVersion,
  });
}

/** The text the file's own checksum is taken of: the header and each table's count and checksum. */
export function fileDigestText(h: BackupHeader, tables: Readonly<Record<string, { count: number; sha256: string }>>, storageSha: string) {
  const list = Object.keys(tables)
    .sort()
    .map((name) => [name, tables[name]!.count, tables[name]!.sha256]);
  return `${headerText(h)}\n${JSON.stringify(list)}\n${storageSha}`;
}

export const storageDigestText = (s: Snapshot['storage']) => JSON.stringify([s.settings, s.siteRules]);

/**
 * The backup's text. Each table's rows are turned into JSON once, for both its checksum and the file (the file is
 * put together from those pieces, not stringified again): a large book is tens of megabytes.
 */
export async function backupText(snapshot: Snapshot, meta: BackupMeta, passphrase?: string, iterations?: number): Promise<string> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: snapshot.schemaVersion,
    createdAt: meta.createdAt,
    pacerVersion: meta.pacerVersion,
  };
  const sums: Record<string, { count: number; sha256: string }> = {};
  const parts: string[] = [];
  for (const name of Object.keys(snapshot.tables).sort()) {
    const table = snapshot.tables[name]!;
    const rows = JSON.stringify(table.rows);
    sums[name] = { count: table.rows.length, sha256: await sha256Hex(rows) };
    const keys = table.keys ? `,"keys":${JSON.stringify(table.keys)}` : '';
    parts.push(`${JSON.stringify(name)}:{"count":${table.rows.length},"sha256":"${sums[name].sha256}"${keys},"rows":${rows}}`);
  }
  const storageSha = await sha256Hex(storageDigestText(snapshot.storage));
  const storage = JSON.stringify({ ...snapshot.storage, sha256: storageSha });
  const sha256 = await sha256Hex(fileDigestText(header, sums, storageSha));
  const head = JSON.stringify({ ...header, encrypted: false });
  const plain = `${head.slice(0, -1)},"sha256":"${sha256}","storage":${storage},"tables":{${parts.join(',')}}}`;
  if (!passphrase) return plain;
  const sealed: Sealed = await seal(plain, passphrase, headerText(header), iterations);
  return JSON.stringify({ ...header, encrypted: sealed } satisfies SealedFile);
}

/** The file name an RM recognises in a folder of them: the date and, when sealed, that it is. */
export function backupFileName(date: string, sealed: boolean): string {
  return `pacer-backup-${date}${sealed ? '-encrypted' : ''}.json`;
}
