/**
 * Backup and restore (issue 14, part 2), on fake-indexeddb: a round trip is lossless for a database of every
 * table at every schema version, a sealed backup opens only with its passphrase, and every bad file (wrong
 * passphrase, cut short, edited, newer, not a backup) is refused with its reason in both languages and nothing
 * written.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/backup/bytes';
import { MIN_ITERATIONS } from '@/lib/backup/crypto';
import { BACKUP_FORMAT_VERSION } from '@/lib/backup/file';
import type { ClientRecord } from '@/lib/client/record';
import {
  applyRestore,
  makeBackup,
  planRestore,
  type ReadBackup,
  readBackup,
  restoredStorage,
  snapshotTables,
  tablesAt,
} from '@/lib/db/backup';
import { PacerDB } from '@/lib/db/database';
import { ROW_SCHEMAS } from '@/lib/db/row-schemas';
import { LATEST_VERSION, SCHEMA } from '@/lib/db/schema';
import { sayIn } from '@/lib/i18n/said';
import { DERIVED, ROWS } from './support/db-rows';

const names: string[] = [];
const fresh = (version = LATEST_VERSION) => {
  const name = `pacer-backup-${names.length}-${Math.random()}`;
  names.push(name);
  return new PacerDB(
    name,
    SCHEMA.filter((v) => v.version <= version),
  );
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const storage = {
  settings: { locale: 'zh-CN', rmName: '李娜', branch: '城西支行', dormantAfterMonths: 6, backupReminderDays: 7 },
  siteRules: [{ id: 'rule-1', name: '旧系统', match: ['http://crm.example/*'], strategies: [{ kind: 'url', pattern: 'cust=(\\d+)' }] }],
};
const meta = { createdAt: 1_764_000_000_000, pacerVersion: '0.1.0' };

async function populated(version = LATEST_VERSION): Promise<PacerDB> {
  const db = fresh(version);
  for (const table of db.tables) await table.bulkPut([...ROWS[table.name]!]);
  return db;
}

/** Every table's rows, keys and all, in a form two databases can be compared in. */
async function contents(db: PacerDB): Promise<Record<string, string[]>> {
  const { tables } = await snapshotTables(db);
  return Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, t.rows.map((r) => canonicalJson(r)).sort()]));
}

const ready = (r: ReadBackup) => {
  if (r.kind !== 'ready') throw new Error(`expected a readable backup, got ${JSON.stringify(r)}`);
  return r.restore;
};
const problemsIn = (r: ReadBackup, locale: 'zh-CN' | 'en') => (r.kind === 'refused' ? r.problems.map((p) => sayIn(locale, p)) : []);

describe('a round trip is lossless', () => {
  it('every table of the latest schema has rows to round-trip, and a row schema', () => {
    expect(
      tablesAt(LATEST_VERSION)
        .map((t) => t.name)
        .sort(),
    ).toEqual(Object.keys(ROWS).sort());
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual(Object.keys(ROWS).sort());
    for (const [name, rows] of Object.entries(ROWS))
      for (const row of rows) expect(ROW_SCHEMAS[name]!.safeParse(row).success, `${name} ${JSON.stringify(row)}`).toBe(true);
  });

  it('restore(backup(db)) equals db, every table, keys included, into an empty database', async () => {
    const source = await populated();
    const { text, clients, rows } = await makeBackup(source, storage, meta);
    expect(clients).toBe(ROWS.clients!.length);
    // The book's summaries and totals are not carried: the restore rebuilds them (and compares equal below).
    expect(rows).toBe(Object.entries(ROWS).reduce((n, [name, r]) => n + (DERIVED.has(name) ? 0 : r.length), 0));
    expect(Object.keys(JSON.parse(text).tables).sort()).toEqual(Object.keys(ROWS).sort());
    const restore = ready(await readBackup(text));
    expect(restore.migratedFrom).toBeNull();
    expect(restore.warnings).toEqual([]);
    expect(restore.snapshot.storage).toEqual(storage);
    const target = fresh();
    await applyRestore(target, restore.snapshot, 'replace');
    expect(await contents(target)).toEqual(await contents(source));
    // The numbered logs keep their numbers, and a new entry is numbered after them.
    expect((await target.contacts.toArray()).map((c) => c.seq)).toEqual(ROWS.contacts!.map((c) => (c as { seq: number }).seq));
    const next = await target.contacts.add({ ...(ROWS.contacts![0] as object), seq: undefined } as never);
    expect(next).toBe(ROWS.contacts!.length + 1);
  });

  it('a sealed backup round-trips with its passphrase and is unreadable without it', async () => {
    const source = await populated();
    const { text } = await makeBackup(source, storage, meta, '城西支行 2026 备份', MIN_ITERATIONS);
    expect(text).not.toContain('喜欢喝茶');
    expect(text).not.toContain('李娜');
    expect(JSON.parse(text)).toMatchObject({ format: 'pacer-backup', encrypted: { kdf: 'PBKDF2-SHA-256', cipher: 'AES-256-GCM' } });
    expect(await readBackup(text)).toEqual({ kind: 'sealed' });
    const target = fresh();
    await applyRestore(target, ready(await readBackup(text, '城西支行 2026 备份')).snapshot, 'replace');
    expect(await contents(target)).toEqual(await contents(source));
  });

  it.each(SCHEMA.slice(0, -1).map((v) => v.version))(
    'a backup made at schema version %i migrates: restored, it equals that database upgraded',
    async (old) => {
      const source = await populated(old);
      const { text } = await makeBackup(source, storage, meta);
      expect(JSON.parse(text).schemaVersion).toBe(old);
      source.close();
      const restore = ready(await readBackup(text));
      expect(restore.migratedFrom).toBe(old);
      expect(restore.snapshot.schemaVersion).toBe(LATEST_VERSION);
      const target = fresh();
      await applyRestore(target, restore.snapshot, 'replace');
      const upgraded = new PacerDB(source.name);
      const expected = await contents(upgraded);
      upgraded.close();
      expect(await contents(target)).toEqual(expected);
      for (const name of Object.keys(ROWS)) {
        // The book's summaries and totals are computed from the other rows, whichever version the backup was.
        if (DERIVED.has(name)) continue;
        expect(await target.table(name).count(), name).toBe(tablesAt(old).some((t) => t.name === name) ? ROWS[name]!.length : 0);
      }
    },
  );
});

describe('replace or merge, with a preview of what changes', () => {
  it('replace: the preview says what goes and comes; afterwards the database is the backup', async () => {
    const source = await populated();
    const { text } = await makeBackup(source, storage, meta);
    const target = fresh();
    await target.clients.put({ ...(ROWS.clients![0] as ClientRecord), clientId: '9900000001' });
    const snapshot = ready(await readBackup(text)).snapshot;
    const plan = await planRestore(target, snapshot, 'replace');
    expect(plan.find((c) => c.table === 'clients')).toMatchObject({ current: 1, incoming: ROWS.clients!.length, removed: 1 });
    expect(await target.clients.count()).toBe(1);
    await applyRestore(target, snapshot, 'replace');
    expect(await contents(target)).toEqual(await contents(source));
    expect(restoredStorage({ settings: {}, siteRules: [] }, storage, 'replace')).toEqual(storage);
  });

  it('merge: new rows are added, newer ones update, the RM’s newer work is kept, logs are not doubled', async () => {
    const source = await populated();
    const { text } = await makeBackup(source, storage, meta);
    const target = await populated();
    const first = ROWS.clients![0] as { clientId: string; updatedAt: number };
    const second = ROWS.clients![1] as { clientId: string; updatedAt: number };
    // The RM changed client 0 after the backup; client 1 was changed in the backup later than here.
    await target.clients.update([origin(first), first.clientId], { rung: 9, updatedAt: 99_999 });
    await target.clients.update([origin(second), second.clientId], { rung: 2, updatedAt: 1 });
    await target.clients.delete([origin(ROWS.clients![2]!), (ROWS.clients![2] as { clientId: string }).clientId]);
    await target.contacts.clear();
    await target.contacts.add({ ...(ROWS.contacts![0] as object), seq: undefined, note: '今天的新记录' } as never);
    const snapshot = ready(await readBackup(text)).snapshot;
    const plan = await planRestore(target, snapshot, 'merge');
    expect(plan.find((c) => c.table === 'clients')).toMatchObject({ added: 1, updated: 1, kept: 1, removed: 0 });
    expect(plan.find((c) => c.table === 'contacts')).toMatchObject({ current: 1, added: ROWS.contacts!.length });
    const applied = await applyRestore(target, snapshot, 'merge');
    expect(applied).toEqual(plan);
    expect((await target.clients.get([origin(first), first.clientId]))?.rung).toBe(9);
    expect((await target.clients.get([origin(second), second.clientId]))?.rung).toBe((ROWS.clients![1] as { rung: number }).rung);
    expect(await target.clients.count()).toBe(ROWS.clients!.length);
    expect(await target.contacts.count()).toBe(ROWS.contacts!.length + 1);
    // Merging the same backup again changes nothing.
    const again = await planRestore(target, snapshot, 'merge');
    expect(again.reduce((n, c) => n + c.added + c.updated, 0)).toBe(0);
    const rules = restoredStorage({ settings: { locale: 'en' }, siteRules: [{ id: 'mine' }] }, storage, 'merge');
    expect(rules).toEqual({ settings: { locale: 'en' }, siteRules: [{ id: 'mine' }, storage.siteRules[0]] });
  });
});

const origin = (row: object) => (row as { origin: string }).origin;

describe('a bad file is refused with its reason, in both languages, and nothing is written', () => {
  async function refusedWith(text: string, passphrase?: string) {
    const target = await populated();
    const before = await contents(target);
    const r = await readBackup(text, passphrase);
    expect(r.kind).toBe('refused');
    expect(await contents(target)).toEqual(before);
    return { zh: problemsIn(r, 'zh-CN'), en: problemsIn(r, 'en') };
  }
  const backup = async (passphrase?: string) => (await makeBackup(await populated(), storage, meta, passphrase, MIN_ITERATIONS)).text;

  it('a wrong passphrase', async () => {
    const said = await refusedWith(await backup('correct horse battery'), 'wrong horse battery');
    expect(said.zh).toEqual(['口令不正确，或者文件在导出后被修改过。']);
    expect(said.en).toEqual(['The passphrase is wrong, or the file was changed after it was exported.']);
  });

  it('a sealed backup with one byte of its ciphertext changed, or its header edited', async () => {
    const sealed = JSON.parse(await backup('correct horse battery'));
    const data: string = sealed.encrypted.data;
    const flipped = { ...sealed, encrypted: { ...sealed.encrypted, data: (data[0] === 'A' ? 'B' : 'A') + data.slice(1) } };
    expect((await refusedWith(JSON.stringify(flipped), 'correct horse battery')).en[0]).toMatch(
      /passphrase is wrong, or the file was changed/,
    );
    const edited = { ...sealed, createdAt: sealed.createdAt + 1 };
    expect((await refusedWith(JSON.stringify(edited), 'correct horse battery')).zh[0]).toMatch(/口令不正确/);
  });

  it('a backup cut short (an interrupted download)', async () => {
    const text = await backup();
    const said = await refusedWith(text.slice(0, Math.floor(text.length * 0.7)));
    expect(said.zh[0]).toMatch(/文件无法读取/);
    expect(said.en[0]).toMatch(/incomplete/);
  });

  it('a row edited by hand: the table’s checksum says so', async () => {
    const file = JSON.parse(await backup());
    file.tables.clients.rows[3].rung = 12;
    const said = await refusedWith(JSON.stringify(file));
    expect(said.en).toContain('“clients” does not match its checksum: it was changed after the export.');
    expect(said.zh).toContain('“clients”的校验值不符：这部分内容在导出后被修改过。');
  });

  it('a row removed, with its checksum recomputed: the count and the file checksum say so', async () => {
    const file = JSON.parse(await backup());
    file.tables.deals.rows.pop();
    const said = await refusedWith(JSON.stringify(file));
    expect(said.en).toContain(
      `“deals” should hold ${ROWS.deals!.length} rows but holds ${ROWS.deals!.length - 1}: the file is incomplete or was edited.`,
    );
  });

  it('a backup from a newer Pacer: a later schema version, or a later file format', async () => {
    const file = JSON.parse(await backup());
    const newer = await refusedWith(JSON.stringify({ ...file, schemaVersion: LATEST_VERSION + 1 }));
    expect(newer.zh[0]).toMatch(/更新版本的 Pacer 导出.*请先升级 Pacer/);
    expect(newer.en[0]).toContain(`format/data version ${BACKUP_FORMAT_VERSION}/${LATEST_VERSION + 1}`);
    const format = await refusedWith(JSON.stringify({ ...file, formatVersion: BACKUP_FORMAT_VERSION + 1 }));
    expect(format.en[0]).toMatch(/exported by a newer Pacer/);
  });

  it('not a backup: empty, another JSON file, a handover file, a spreadsheet', async () => {
    expect((await refusedWith('')).en).toEqual(['The file is empty.']);
    expect((await refusedWith('{"version":1,"rules":[]}')).en).toEqual(['This is not a Pacer backup file.']);
    expect((await refusedWith('{"format":"pacer-handover","formatVersion":1}')).zh[0]).toMatch(/客户交接文件/);
    expect((await refusedWith('客户号,姓名\n8800000001,王建国')).en[0]).toMatch(/cannot be read/);
  });

  it('a table missing, a duplicated key, site rules edited', async () => {
    const file = JSON.parse(await backup());
    const { targets: _, ...withoutTargets } = file.tables;
    expect((await refusedWith(JSON.stringify({ ...file, tables: withoutTargets }))).en).toContain(
      '“targets” is missing: a backup of this data version includes it.',
    );
    const dup = structuredClone(file);
    dup.tables.achievements.rows[1].id = dup.tables.achievements.rows[0].id;
    expect((await refusedWith(JSON.stringify(dup))).en).toContain('“achievements” row 2 has the same key as row 1.');
    const badRules = structuredClone(file);
    badRules.storage.siteRules = [{ id: 'x', match: ['javascript:alert(1)'] }];
    expect((await refusedWith(JSON.stringify(badRules))).en).toEqual([
      '“settings” does not match its checksum: it was changed after the export.',
    ]);
  });
});
