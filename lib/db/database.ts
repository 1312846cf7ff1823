/**
 * The one module that owns Pacer's IndexedDB (through Dexie). Every context of the extension (side panel,
 * popup, options, background) shares the extension origin's database; nothing else opens it.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ContactEntry } from '../client/contact';
import type { ClientRecord } from '../client/record';
import type { Deal } from '../pipeline';
import type { ScriptEdit, ScriptUsage } from '../scripts/types';
import type { SentimentEvent } from '../sentiment';
import type { DayOverride } from '../calendar/working-days';
import type { ManualAchievement, PacingConfig, Target } from '../pacing/targets';
import { SCHEMA, type SchemaVersion } from './schema';

export const DB_NAME = 'pacer';

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

  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

let shared: PacerDB | null = null;

/** The database of this context, opened lazily on first use. */
export function pacerDb(): PacerDB {
  shared ??= new PacerDB();
  return shared;
}
