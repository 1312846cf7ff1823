/**
 * Attribution probe for the data-io bench (not a bench itself): raw IndexedDB writes in several shapes, and the
 * steps of Pacer's own restore timed one by one, in the page it is evaluated in.
 */
import { emptyRecord } from '../../lib/client/record';

type Spec = Record<string, { keyPath: string | string[]; auto?: boolean; indexes: [string, string | string[]][] }>;

function openScratch(name: string, spec: Spec): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const [store, s] of Object.entries(spec)) {
        const os = open.result.createObjectStore(store, s.auto ? { keyPath: s.keyPath, autoIncrement: true } : { keyPath: s.keyPath });
        for (const [n, kp] of s.indexes) os.createIndex(n, kp);
      }
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

const drop = (name: string) =>
  new Promise((r) => {
    const d = indexedDB.deleteDatabase(name);
    d.onsuccess = d.onerror = d.onblocked = () => r(undefined);
  });

export function contacts(n: number, clients: number, origin: string) {
  return Array.from({ length: n }, (_, i) => ({
    origin,
    clientId: `86${String(i % clients).padStart(8, '0')}`,
    date: `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    channel: i % 3 ? 'phone' : 'visit',
    purpose: 'routine',
    note: `第 ${i} 次联系：聊了产品到期和孩子的学业`,
    nextFollowUp: null,
    at: 1_700_000_000_000 + i * 1000,
  }));
}

export function clients(n: number, origin: string) {
  const t = emptyRecord({ origin, clientId: '0' }, Date.now());
  return Array.from({ length: n }, (_, i) => ({
    ...t,
    clientId: `86${String(i).padStart(8, '0')}`,
    profile: { ...t.profile, name: `王建国${i}`, gender: 'male', openedOn: '2010-01-02', assets: i * 100 },
  }));
}

/** Puts `rows` into a fresh scratch database of `spec`, in `txs` transactions; ms of the writes. */
export async function put(
  spec: Spec,
  rows: Record<string, unknown[]>,
  opts: { txs?: number; durability?: 'default' | 'strict' | 'relaxed'; add?: boolean } = {},
): Promise<number> {
  const name = `probe-${Math.random()}`;
  const db = await openScratch(name, spec);
  const stores = Object.keys(spec);
  const txs = opts.txs ?? 1;
  const t0 = performance.now();
  let loop = 0;
  for (let k = 0; k < txs; k++) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite', { durability: opts.durability ?? 'default' });
      for (const s of stores) {
        const all = rows[s] ?? [];
        const from = Math.floor((all.length * k) / txs);
        const to = Math.floor((all.length * (k + 1)) / txs);
        const os = tx.objectStore(s);
        for (let i = from; i < to; i++) opts.add ? os.add(all[i]) : os.put(all[i]);
      }
      loop += performance.now() - t0;
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  const ms = performance.now() - t0;
  (globalThis as unknown as { lastLoop: number }).lastLoop = loop;
  db.close();
  await drop(name);
  return ms;
}

export function structuredBytes(rows: unknown[]): number {
  return JSON.stringify(rows).length;
}

import Dexie from 'dexie';
import { ContactEntrySchema } from '../../lib/client/contact';
import { parseEach } from '../../lib/parse-each';

export async function dexiePut(n: number, schema: string, opts: { add?: boolean; chunk?: number } = {}): Promise<number> {
  const name = `probe-dexie-${Math.random()}`;
  const db = new Dexie(name);
  db.version(1).stores({ contacts: schema });
  await db.open();
  const rows = contacts(n, n / 10, 'http://127.0.0.1:1');
  const t0 = performance.now();
  await db.transaction('rw', db.table('contacts'), async () => {
    const chunk = opts.chunk ?? rows.length;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      if (opts.add) await db.table('contacts').bulkAdd(part);
      else await db.table('contacts').bulkPut(part);
    }
  });
  const ms = performance.now() - t0;
  db.close();
  await Dexie.delete(name);
  return ms;
}

export function zodParse(n: number): number {
  const rows = contacts(n, n / 10, 'http://127.0.0.1:1');
  const t0 = performance.now();
  parseEach(ContactEntrySchema, rows);
  return performance.now() - t0;
}

export async function stringifyHash(n: number): Promise<number[]> {
  const rows = contacts(n, n / 10, 'http://127.0.0.1:1');
  const t0 = performance.now();
  const text = JSON.stringify(rows);
  const t1 = performance.now();
  await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const t2 = performance.now();
  JSON.parse(text);
  const t3 = performance.now();
  return [t1 - t0, t2 - t1, t3 - t2, text.length];
}

import { openBackup, verifyBackup } from '../../lib/backup/verify';
import type { ContactEntry } from '../../lib/client/contact';
import { applyRestore, makeBackup, migrateSnapshot, planRestore, tablesAt, unreadableRows } from '../../lib/db/backup';
import { rebuildBook, summariesOf, writeBook } from '../../lib/db/book';
import { PacerDB } from '../../lib/db/database';
import { LATEST_VERSION } from '../../lib/db/schema';
import type { Deal } from '../../lib/pipeline';
import type { SentimentEvent } from '../../lib/sentiment';

/** The restore's steps one by one, on scratch databases: ms of each. */
export async function restoreSteps(n: number, m: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    out[name] = Math.round(now - t);
    t = now;
  };
  const origin = 'http://127.0.0.1:1';
  const src = new PacerDB(`probe-src-${Math.random()}`);
  await src.open();
  const cs = clients(n, origin);
  const ks = contacts(m, n, origin);
  await src.transaction('rw', src.tables, async () => {
    await src.clients.bulkAdd(cs as never);
    await src.contacts.bulkAdd(ks as never);
    await rebuildBook(src);
  });
  lap('seed (not part of it)');
  const { text } = await makeBackup(src, { settings: {}, siteRules: [] }, { createdAt: 1, pacerVersion: '0.1.0' });
  lap('export: makeBackup');
  const opened = openBackup(text, LATEST_VERSION);
  lap('read: JSON.parse + file shape (openBackup)');
  if (opened.kind !== 'plain') throw new Error(opened.kind);
  const verified = await verifyBackup(opened.file, tablesAt(opened.file.schemaVersion));
  lap('read: checksums, counts, keys (verifyBackup)');
  if (!verified.ok) throw new Error('not verified');
  const snapshot = await migrateSnapshot(verified.snapshot);
  lap('read: migrate (none at latest)');
  unreadableRows(snapshot);
  lap('read: every row parsed by zod (unreadableRows)');
  const dst = new PacerDB(`probe-dst-${Math.random()}`);
  await dst.open();
  await planRestore(dst, snapshot, 'replace');
  lap('preview: planRestore');
  await applyRestore(dst, snapshot, 'replace');
  lap('restore: applyRestore (all of it)');
  const dst2 = new PacerDB(`probe-dst2-${Math.random()}`);
  await dst2.open();
  await dst2.transaction('rw', dst2.tables, async () => {
    await dst2.clients.bulkAdd(snapshot.tables.clients!.rows as never);
    lap('restore part: clients bulkAdd');
    await dst2.contacts.bulkAdd(snapshot.tables.contacts!.rows as never);
    lap('restore part: contacts bulkAdd');
    const s = summariesOf({
      clients: snapshot.tables.clients!.rows,
      sentiments: [] as SentimentEvent[],
      contacts: snapshot.tables.contacts!.rows as ContactEntry[],
      deals: [] as Deal[],
      demo: [],
    });
    lap('restore part: summariesOf (memory)');
    await writeBook(dst2, s);
    lap('restore part: writeBook (10k summaries + totals)');
  });
  lap('restore part: commit');
  for (const db of [src, dst, dst2]) {
    db.close();
    await Dexie.delete(db.name);
  }
  return out;
}
