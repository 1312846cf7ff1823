/**
 * The database side of backup and restore, over whatever tables the schema declares (`db.tables`), so a table a
 * later version adds is backed up and restored without this file changing. A backup of an older schema version is
 * migrated by the schema's own upgrades: its rows are put into a scratch database of that version, which is then
 * opened at the latest one. A restore is one transaction over every table: it all happens, or none of it.
 */
import Dexie, { type Table } from 'dexie';
import { canonicalJson } from '../backup/bytes';
import { type BackupMeta, backupText, type Snapshot } from '../backup/file';
import { openBackup, type TableInfo, unsealBackup, verifyBackup } from '../backup/verify';
import { RuleListSchema } from '../client-id/rules';
import { type Said, said } from '../i18n/said';
import { StorageWriteError } from '../storage-errors';
import { rebuildBook, summariesOf, writeBook } from './book';
import { PacerDB } from './database';
import { ROW_SCHEMAS } from './row-schemas';
import { LATEST_VERSION, SCHEMA } from './schema';

export type RestoreMode = 'replace' | 'merge';

/**
 * The book's own tables: summaries of the others, rebuilt after every restore rather than restored, not carried by
 * a backup (older backups that carry them restore as before), and not in a restore's list of changes.
 */
const DERIVED = new Set(['clientSummaries', 'bookCells']);
const restored = (db: PacerDB) => db.tables.filter((t) => !DERIVED.has(t.name));

/** What a restore does to one table. */
export interface TableChange {
  table: string;
  /** Rows there now, and in the backup. */
  current: number;
  incoming: number;
  /** Replace: `removed` go, all `incoming` come. Merge: new rows `added`, newer ones `updated`, the RM's newer ones `kept`. */
  added: number;
  updated: number;
  unchanged: number;
  kept: number;
  removed: number;
  /** Rows of the backup this version cannot read, left out of a merge. */
  skipped: number;
}

function infoOf(table: Table): TableInfo {
  const { keyPath, auto } = table.schema.primKey;
  return { name: table.name, keyPath: keyPath ?? null, auto: !!auto };
}

/** The tables a database at `version` holds, as that version declares them (nothing is opened). */
export function tablesAt(version: number): TableInfo[] {
  const declared = new PacerDB(
    'pacer-schema-probe',
    SCHEMA.filter((v) => v.version <= version),
  );
  return declared.tables.map(infoOf).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Every row of every table, in one read transaction: one consistent moment of the book. Without `derived`, the
 * book's summaries and totals are given as no rows: a restore rebuilds them from the others (a tenth of a large
 * backup's bytes, read, hashed and parsed for nothing otherwise).
 */
export async function snapshotTables(db: PacerDB, derived = true): Promise<Pick<Snapshot, 'schemaVersion' | 'tables'>> {
  await db.open();
  if (db.isNewer) throw new StorageWriteError('backup.newerDatabase');
  const tables: Snapshot['tables'] = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      if (!derived && DERIVED.has(table.name)) {
        tables[table.name] = { rows: [] };
        continue;
      }
      const rows = await table.toArray();
      tables[table.name] = table.schema.primKey.keyPath ? { rows } : { rows, keys: await table.toCollection().primaryKeys() };
    }
  });
  return { schemaVersion: db.verno, tables };
}

let scratch = 0;

/** The snapshot's tables as the latest schema holds them, through the schema's own upgrades. */
export async function migrateSnapshot(snapshot: Snapshot): Promise<Snapshot> {
  if (snapshot.schemaVersion === LATEST_VERSION) return snapshot;
  const name = `pacer-restore-${Date.now()}-${++scratch}`;
  const old = new PacerDB(
    name,
    SCHEMA.filter((v) => v.version <= snapshot.schemaVersion),
  );
  try {
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) {
        const t = snapshot.tables[table.name];
        if (t?.rows.length) await table.bulkAdd(t.rows, t.keys as never);
      }
    });
    old.close();
    const latest = new PacerDB(name);
    try {
      const migrated = await snapshotTables(latest);
      return { ...snapshot, ...migrated };
    } finally {
      latest.close();
    }
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}

/**
 * Each row of a backup's table parsed by this version's schema (undefined: it does not parse), once per rows array:
 * the warning before a restore and the book rebuilt after it read the same results (zod costs ~10 µs a row).
 */
const parsedRows = new WeakMap<readonly unknown[], readonly unknown[]>();

function parsed(name: string, rows: readonly unknown[]): readonly unknown[] | null {
  const schema = ROW_SCHEMAS[name];
  if (!schema) return null;
  let out = parsedRows.get(rows);
  if (!out) {
    out = rows.map((row) => {
      const r = schema.safeParse(row);
      return r.success ? r.data : undefined;
    });
    parsedRows.set(rows, out);
  }
  return out;
}

/** Rows this version cannot read, per table: said before a restore (they are kept as they are by a replace). */
export function unreadableRows(snapshot: Snapshot): Said[] {
  const out: Said[] = [];
  for (const [name, t] of Object.entries(snapshot.tables)) {
    if (DERIVED.has(name)) continue;
    const n = parsed(name, t.rows)?.filter((row) => row === undefined).length ?? 0;
    if (n > 0) out.push(said('backup.warning.unreadableRows', { table: name, n }));
  }
  return out;
}

interface TableOps {
  change: TableChange;
  /** Rows to put (with their keys, when the table keeps them outside). */
  puts: { row: unknown; key?: unknown }[];
}

const updatedAt = (row: unknown) => {
  const v = (row as { updatedAt?: unknown } | null)?.updatedAt;
  return typeof v === 'number' ? v : null;
};

function withoutKey(row: unknown, keyPath: string): unknown {
  const { [keyPath]: _, ...rest } = row as Record<string, unknown>;
  return rest;
}

async function opsFor(table: Table, incoming: Snapshot['tables'][string] | undefined, mode: RestoreMode): Promise<TableOps> {
  const rows = incoming?.rows ?? [];
  const current = await table.count();
  const change: TableChange = {
    table: table.name,
    current,
    incoming: rows.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    kept: 0,
    removed: 0,
    skipped: 0,
  };
  if (mode === 'replace') {
    change.removed = current;
    change.added = rows.length;
    return { change, puts: rows.map((row, i) => (incoming?.keys ? { row, key: incoming.keys[i] } : { row })) };
  }
  const checked = parsed(table.name, rows);
  const readable = rows.flatMap((row, i) => (!checked || checked[i] !== undefined ? [{ row, key: incoming?.keys?.[i] }] : []));
  change.skipped = rows.length - readable.length;
  const { keyPath, auto } = table.schema.primKey;
  const puts: TableOps['puts'] = [];
  if (auto && typeof keyPath === 'string') {
    // A numbered log (contacts, sentiment tags): numbers differ between databases, so an entry is the same entry
    // when everything but its number is; a new one is added under a new number.
    const have = new Set((await table.toArray()).map((row) => canonicalJson(withoutKey(row, keyPath))));
    for (const { row } of readable) {
      const sig = canonicalJson(withoutKey(row, keyPath));
      if (have.has(sig)) change.unchanged++;
      else {
        have.add(sig);
        change.added++;
        puts.push({ row: withoutKey(row, keyPath) });
      }
    }
    return { change, puts };
  }
  const keyOf = ({ row, key }: { row: unknown; key: unknown }) => {
    if (!keyPath) return key;
    const r = row as Record<string, unknown>;
    return typeof keyPath === 'string' ? r[keyPath] : keyPath.map((p) => r[p]);
  };
  const existing = await table.bulkGet(readable.map(keyOf) as never[]);
  readable.forEach((item, i) => {
    const mine = existing[i];
    const put = keyPath ? { row: item.row } : { row: item.row, key: item.key };
    if (mine === undefined) {
      change.added++;
      puts.push(put);
    } else if (canonicalJson(mine) === canonicalJson(item.row)) change.unchanged++;
    else if ((updatedAt(item.row) ?? -1) > (updatedAt(mine) ?? Number.POSITIVE_INFINITY)) {
      // Both say when they were last changed, and the backup's is later: it is the newer work.
      change.updated++;
      puts.push(put);
    } else change.kept++;
  });
  return { change, puts };
}

/** What a restore would change, table by table, without changing anything. */
export async function planRestore(db: PacerDB, snapshot: Snapshot, mode: RestoreMode): Promise<TableChange[]> {
  return db
    .transaction('r', db.tables, () => Promise.all(restored(db).map((t) => opsFor(t, snapshot.tables[t.name], mode))))
    .then((ops) => ops.map((o) => o.change));
}

/**
 * Restores a snapshot already migrated to the latest schema (`migrateSnapshot`), in one transaction. The book's
 * summaries and totals are not restored but rebuilt from the rows written (a merge would otherwise leave them stale,
 * and a backup's own could be of an older Pacer's making); after a replace, from the backup's rows in memory, parsed
 * once, without reading the database back.
 */
export async function applyRestore(db: PacerDB, snapshot: Snapshot, mode: RestoreMode): Promise<TableChange[]> {
  if (snapshot.schemaVersion !== LATEST_VERSION) throw new Error('migrate the snapshot first');
  return db.transaction('rw', db.tables, async () => {
    const changes: TableChange[] = [];
    for (const table of restored(db)) {
      const ops = await opsFor(table, snapshot.tables[table.name], mode);
      changes.push(ops.change);
      if (mode === 'replace') await table.clear();
      if (!ops.puts.length) continue;
      const keyed = ops.puts.some((p) => p.key !== undefined);
      const rows = ops.puts.map((p) => p.row);
      const keys = keyed ? (ops.puts.map((p) => p.key) as never) : undefined;
      // Into a cleared table, a replace adds: no row there to overwrite.
      if (mode === 'replace') await table.bulkAdd(rows, keys);
      else await table.bulkPut(rows, keys);
    }
    if (mode === 'merge') await rebuildBook(db);
    else {
      const rows = (name: string) => snapshot.tables[name]?.rows ?? [];
      const readable = <T>(name: string) => (parsed(name, rows(name)) ?? []).filter((r) => r !== undefined) as T[];
      await writeBook(
        db,
        summariesOf({
          clients: rows('clients'),
          sentiments: readable('sentimentEvents'),
          contacts: readable('contacts'),
          deals: readable('deals'),
          demo: ['clients', 'sentimentEvents', 'contacts', 'deals'].flatMap(rows),
        }),
      );
    }
    return changes;
  });
}

/** A backup read, checked and migrated: what a restore writes once the RM has chosen how. */
export interface PreparedRestore {
  createdAt: number;
  pacerVersion: string;
  /** The schema version the backup was made in, when older than this one's (its rows were migrated). */
  migratedFrom: number | null;
  snapshot: Snapshot;
  /** Said before the restore, which can still go ahead (rows this version cannot read). */
  warnings: Said[];
}

export type ReadBackup = { kind: 'refused'; problems: Said[] } | { kind: 'sealed' } | { kind: 'ready'; restore: PreparedRestore };

/**
 * A backup file's text, checked from end to end before anything is written: its layout and versions, the
 * passphrase of a sealed one (`sealed` asks for it), every checksum, count and key, the settings and site rules
 * this version would store, then its rows migrated to this schema.
 */
export async function readBackup(text: string, passphrase?: string): Promise<ReadBackup> {
  let opened = openBackup(text, LATEST_VERSION);
  if (opened.kind === 'sealed') {
    if (!passphrase) return { kind: 'sealed' };
    opened = await unsealBackup(opened.file, passphrase, LATEST_VERSION);
  }
  if (opened.kind === 'refused') return opened;
  if (opened.kind === 'sealed') return { kind: 'refused', problems: [said('backup.problem.notBackup')] };
  const file = opened.file;
  const verified = await verifyBackup(file, tablesAt(file.schemaVersion));
  if (!verified.ok) return { kind: 'refused', problems: verified.problems };
  const rules = RuleListSchema.safeParse(verified.snapshot.storage.siteRules);
  if (!rules.success) return { kind: 'refused', problems: [said('backup.problem.shape', { path: 'storage › siteRules' })] };
  const snapshot = await migrateSnapshot(verified.snapshot);
  return {
    kind: 'ready',
    restore: {
      createdAt: file.createdAt,
      pacerVersion: file.pacerVersion,
      migratedFrom: file.schemaVersion < LATEST_VERSION ? file.schemaVersion : null,
      snapshot,
      warnings: unreadableRows(snapshot),
    },
  };
}

/** The backup file of this database and the storage given, with how many clients and rows it holds. */
export async function makeBackup(
  db: PacerDB,
  storage: Snapshot['storage'],
  meta: BackupMeta,
  passphrase?: string,
  iterations?: number,
): Promise<{ text: string; clients: number; rows: number }> {
  const tables = await snapshotTables(db, false);
  const text = await backupText({ ...tables, storage }, meta, passphrase, iterations);
  const rows = Object.values(tables.tables).reduce((sum, t) => sum + t.rows.length, 0);
  return { text, clients: tables.tables.clients?.rows.length ?? 0, rows };
}

/**
 * The settings and site rules after a restore. Replace: the backup's. Merge: the RM's settings stay, and the
 * backup's site rules the RM does not have (by id) are added after theirs.
 */
export function restoredStorage(current: Snapshot['storage'], incoming: Snapshot['storage'], mode: RestoreMode): Snapshot['storage'] {
  if (mode === 'replace') return incoming;
  const ids = new Set(current.siteRules.map((r) => (r as { id?: unknown }).id));
  return {
    settings: current.settings,
    siteRules: [...current.siteRules, ...incoming.siteRules.filter((r) => !ids.has((r as { id?: unknown }).id))],
  };
}
