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
