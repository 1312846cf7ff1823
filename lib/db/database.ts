/**
 * The one module that defines Pacer's IndexedDB (through Dexie). Every context of the extension (side panel,
 * popup, options, background) shares the extension origin's database; each opens it through
 * platform/database.ts, which also wires what follows a write.
 */
import Dexie, { type DBCore, type DBCoreTransaction, type EntityTable, type Middleware, type Table } from 'dexie';
import type { CellTotals, ClientSummary } from '../book/summary';
import type { DayOverride } from '../calendar/working-days';
import type { ContactEntry } from '../client/contact';
import type { ClientRecord } from '../client/record';
import type { ManualAchievement, PacingConfig, Target } from '../pacing/targets';
import type { Deal } from '../pipeline';
import type { ScriptEdit, ScriptUsage } from '../scripts/types';
import type { SentimentEvent } from '../sentiment';
import { StorageWriteError } from '../storage-errors';
import { SCHEMA, type SchemaVersion } from './schema';

export const DB_NAME = 'pacer';

export interface PacerDBOptions {
  /** Called once a transaction that wrote has committed, with the tables it wrote to (in this context only). */
  onCommit?: (tables: ReadonlySet<string>) => void;
}

export class PacerDB extends Dexie {
  deals!: EntityTable<Deal, 'id'>;
  sentimentEvents!: EntityTable<SentimentEvent, 'seq'>;
  clients!: Table<ClientRecord, [string, string]>;
  contacts!: EntityTable<ContactEntry, 'seq'>;
  scriptEdits!: EntityTable<ScriptEdit, 'id'>;
  scriptUsage!: EntityTable<ScriptUsage, 'scriptId'>;
  targets!: Dexie.Table<Target, [string, string]>;
  achievements!: EntityTable<ManualAchievement, 'id'>;
  dayOverrides!: EntityTable<DayOverride, 'date'>;
  pacingConfig!: Dexie.Table<PacingConfig & { key: string }, string>;
  clientSummaries!: Table<ClientSummary, [string, string]>;
  bookCells!: EntityTable<CellTotals, 'cell'>;
  bookSnoozes!: Table<{ origin: string; clientId: string; until: string }, [string, string]>;
  bookMeta!: Table<{ key: string } & Record<string, unknown>, string>;
  /** The newest schema version this code knows. */
  readonly latest: number;

  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA, options: PacerDBOptions = {}) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    this.latest = Math.max(...versions.map((v) => v.version));
    this.use(readOnlyWhenNewer(this));
    if (options.onCommit) this.use(commitObserver(options.onCommit));
  }

  /**
   * The database was written by a newer Pacer (its version is above every one this code knows: Dexie then opens it
   * at that version). It is read, never written: this code would hide or wipe what it cannot parse.
   */
  get isNewer(): boolean {
    // `verno` stays at the declared version; the connection's own version is what is on disk (Dexie's × 10).
    return this.isOpen() && this.backendDB().version / 10 > this.latest;
  }
}

/** Refuses every write to a database a newer Pacer wrote, with a message saying why. */
function readOnlyWhenNewer(db: PacerDB): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'pacer-read-only-when-newer',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          if (mode === 'readwrite' && db.isNewer) throw new StorageWriteError('error.newerDatabase');
          return down.transaction(stores, mode, options);
        },
      };
    },
  };
}

/**
 * Tells `onCommit` which tables each committed write touched. A middleware sees every write, whichever module
 * made it (and bulk writes too), so what follows a write (the figures, the badge) cannot be forgotten by a writer.
 */
function commitObserver(onCommit: (tables: ReadonlySet<string>) => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'pacer-commit-observer',
    create(down) {
      const written = new WeakMap<DBCoreTransaction, Set<string>>();
      return {
        ...down,
        transaction(stores, mode, options) {
          const tx = down.transaction(stores, mode, options);
          if (mode === 'readwrite') {
            // In IndexedDB's implementation the core transaction is the IDBTransaction itself (Dexie listens the same way).
            (tx as unknown as EventTarget).addEventListener('complete', () => {
              const tables = written.get(tx);
              if (tables?.size) onCommit(tables);
            });
          }
          return tx;
        },
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(req) {
              const tables = written.get(req.trans) ?? new Set<string>();
              tables.add(name);
              written.set(req.trans, tables);
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}
