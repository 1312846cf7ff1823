/**
 * Backup and restore of this profile: the database (lib/db/backup.ts) and the RM's settings and site rules in
 * storage.local. A restore checks the whole file first (`openBackupFile`), shows what it would change
 * (`previewRestore`), then writes the database in one transaction and the storage after it.
 */
import { browser } from 'wxt/browser';
import { backupFileName } from '@/lib/backup/file';
import { backupReminder, type LastBackup, type Reminder, reminderPolicy } from '@/lib/backup/reminder';
import { toIsoDate } from '@/lib/calendar/dates';
import { parseStoredRules } from '@/lib/client-id/rules';
import {
  applyRestore,
  makeBackup,
  type PreparedRestore,
  planRestore,
  type ReadBackup,
  type RestoreMode,
  readBackup,
  restoredStorage,
  type TableChange,
} from '@/lib/db/backup';
import { parseSettings } from '@/lib/settings';
import { pacerDb } from './database';
import { readManagedPolicy } from './policy';
import { readSettings } from './settings';
import { siteRules, writeOwnRules } from './site-rules';
import { lastBackup, settings } from './storage';

export interface ExportedBackup {
  text: string;
  fileName: string;
  clients: number;
  rows: number;
}

async function currentStorage() {
  const [s, rules] = await Promise.all([settings.get(), siteRules.get()]);
  return { settings: s as Record<string, unknown>, siteRules: rules as unknown[] };
}

/** The backup file of everything this profile holds; remembered as the last backup. */
export async function exportBackup(passphrase?: string): Promise<ExportedBackup> {
  const now = Date.now();
  const made = await makeBackup(
    pacerDb(),
    await currentStorage(),
    { createdAt: now, pacerVersion: browser.runtime.getManifest().version },
    passphrase,
  );
  const fileName = backupFileName(toIsoDate(new Date(now)), !!passphrase);
  await lastBackup.set({ at: now, file: fileName });
  return { ...made, fileName };
}

export function openBackupFile(text: string, passphrase?: string): Promise<ReadBackup> {
  return readBackup(text, passphrase);
}

/** Whether the book holds nothing yet (a new profile): a restore then replaces, keeping the logs' numbering. */
export async function bookIsEmpty(): Promise<boolean> {
  const db = pacerDb();
  const counts = await Promise.all(db.tables.map((t) => t.count()));
  return counts.every((n) => n === 0);
}

export function previewRestore(restore: PreparedRestore, mode: RestoreMode): Promise<TableChange[]> {
  return planRestore(pacerDb(), restore.snapshot, mode);
}

/** Writes the restore: the database in one transaction, then the settings and site rules, parsed as stored. */
export async function restoreBackup(restore: PreparedRestore, mode: RestoreMode): Promise<TableChange[]> {
  const changes = await applyRestore(pacerDb(), restore.snapshot, mode);
  const next = restoredStorage(await currentStorage(), restore.snapshot.storage, mode);
  await settings.set(parseSettings(next.settings));
  await writeOwnRules(parseStoredRules(next.siteRules));
  return changes;
}

export type LastBackupInfo = LastBackup;

export function readLastBackup(): Promise<LastBackup> {
  return lastBackup.get();
}

export function watchLastBackup(onChange: (value: LastBackup) => void): () => void {
  return lastBackup.watch(onChange);
}

/** The reminder's setting: the bank's when its policy sets one, else the RM's. */
export async function reminderSetting(): Promise<{ days: number; byPolicy: boolean }> {
  const [policy, own] = await Promise.all([readManagedPolicy(), readSettings()]);
  const fromPolicy = reminderPolicy(policy);
  return fromPolicy === null ? { days: own.backupReminderDays, byPolicy: false } : { days: fromPolicy, byPolicy: true };
}

/** Whether the popup reminds the RM to back up now. */
export async function backupReminderNow(): Promise<Reminder | null> {
  const db = pacerDb();
  const [{ days }, last, clients, contacts] = await Promise.all([
    reminderSetting(),
    lastBackup.get(),
    db.clients.count(),
    db.contacts.count(),
  ]);
  return backupReminder({ last, now: Date.now(), days, hasData: clients + contacts > 0 });
}

export type Persistence = 'persisted' | 'refused' | 'unknown';

/**
 * Asks the browser to keep Pacer's data when disk space runs short (`navigator.storage.persist()`), and says
 * whether it agreed. Asked from a page: the API is not offered to service workers.
 */
export async function askPersistentStorage(): Promise<Persistence> {
  try {
    if (!navigator.storage?.persist) return 'unknown';
    if (await navigator.storage.persisted()) return 'persisted';
    return (await navigator.storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'unknown';
  }
}

/** Bytes this origin uses, when the browser says. */
export async function storageUsage(): Promise<number | null> {
  try {
    return (await navigator.storage?.estimate?.())?.usage ?? null;
  } catch {
    return null;
  }
}

export type { PreparedRestore, ReadBackup, RestoreMode, TableChange } from '@/lib/db/backup';
