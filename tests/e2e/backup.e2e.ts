/**
 * Backup and restore in real Chromium (issue 14, part 2), as an RM would: the options page exports a backup sealed
 * with a passphrase (a real download), the profile's data is wiped, and the backup restores it: every table and
 * the settings compare equal to what was exported. A wrong passphrase and a cut-short file are refused in the
 * RM's language with nothing written. The popup reminds an RM who has never backed up, and stops once they have.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, type Pacer, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const STORES = [
  'achievements',
  'clients',
  'contacts',
  'dayOverrides',
  'deals',
  'pacingConfig',
  'scriptEdits',
  'scriptUsage',
  'sentimentEvents',
  'targets',
] as const;

const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
        )
      : value;

/** Every store's rows (sorted, keys in order) and the RM's storage.local settings and rules. */
async function everything(pacer: Pacer, page: Page) {
  const tables: Record<string, string[]> = {};
  for (const store of STORES) tables[store] = (await readStore(page, store)).map((r) => JSON.stringify(canonical(r))).sort();
  const w = await pacer.worker();
  const storage = await w.evaluate(() => chrome.storage.local.get(['settings', 'siteRules']));
  return { tables, storage: canonical(storage) };
}

async function seed(pacer: Pacer, page: Page) {
  const origin = new URL(pacer.crmUrl).origin;
  const clients = CLIENTS.slice(40, 46);
  await putRows(
    page,
    'clients',
    clients.map((c, i) => ({
      origin,
      clientId: c.clientNo,
      familiarity: { signals: ['holdsFewProducts'], override: null },
      resistance: { property: i % 2 ? 'safety' : null, category: null },
      rung: i + 3,
      profile: {
        name: c.name,
        gender: null,
        age: 40 + i,
        birthDate: null,
        openedOn: `2019-05-0${i + 1}`,
        holdsFunds: true,
        assets: 1_250_000_00 + i,
        assetsOn: '2026-11-30',
        products: '理财',
        communication: `季度检视 ${i}`,
        followUp: '',
      },
      memoryPoints: ['喝普洱', '女儿学钢琴'],
      handover: null,
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_500_000 + i,
    })),
  );
  await putRows(
    page,
    'contacts',
    clients.flatMap((c, i) =>
      [1, 2, 3].map((n) => ({
        origin,
        clientId: c.clientNo,
        date: `2026-1${n % 2}-0${n + i}`,
        channel: 'phone',
        purpose: 'routine',
        note: `电话 ${n}：提到 =SUM(A1) 和 "引号"`,
        nextFollowUp: null,
        at: 1_760_000_000_000 + n * 1000 + i,
      })),
    ),
  );
  await putRows(page, 'sentimentEvents', [
    { origin, clientId: clients[0]!.clientNo, sentiment: 'positive', source: 'panel', at: 1_761_000_000_000 },
  ]);
  await putRows(page, 'targets', [{ month: '2026-12', indicator: 'investment', value: 229_000_000, updatedAt: 1_762_000_000_000 }]);
  await putRows(page, 'dayOverrides', [{ date: '2026-12-24', kind: 'off' }]);
  const w = await pacer.worker();
  await w.evaluate(() =>
    chrome.storage.local.set({
      settings: {
        locale: 'zh-CN',
        rmName: '李娜',
        branch: '城西支行',
        dormantAfterMonths: 9,
        backupReminderDays: 7,
        openSections: { profile: true },
      },
      siteRules: [
        { id: 'rule-old', name: '旧系统', match: ['http://crm.example/*'], strategies: [{ kind: 'url', pattern: 'cust=(\\d+)' }] },
      ],
    }),
  );
}

async function wipe(pacer: Pacer, page: Page) {
  await page.evaluate(
    (stores) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pacer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...stores], 'readwrite');
          for (const s of stores) tx.objectStore(s).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    STORES,
  );
  const w = await pacer.worker();
  await w.evaluate(() => chrome.storage.local.remove(['settings', 'siteRules', 'lastBackup']));
}

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('backup and restore', () => {
  let exported = '';
  let before: Awaited<ReturnType<typeof everything>>;

  test('an RM who never backed up is reminded in the popup', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await seed(pacer, options);
    const popup = await pacer.extensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('backup-reminder').getAttribute('data-kind')).toBe('never');
    expect(await popup.getByTestId('backup-reminder').textContent()).toContain('还没有备份过');
    await popup.close();
    await options.close();
  });

  test('the options page exports a sealed backup, says the browser keeps the data, and the reminder goes', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html#backup');
    await expect.poll(() => options.getByTestId('storage-persistence').getAttribute('data-state')).not.toBe('asking');
    // Headless Chromium, with no engagement with the extension, declines (Pacer asks for no unlimitedStorage:
    // docs/permissions.md); either answer is said as it is.
    const persistence = options.getByTestId('storage-persistence');
    const state = await persistence.getAttribute('data-state');
    expect(['persisted', 'refused']).toContain(state);
    expect(await persistence.textContent()).toContain(state === 'persisted' ? '长期保存 Pacer 的数据' : '浏览器没有同意长期保存');
    expect(await options.getByTestId('last-backup').textContent()).toBe('从未备份');
    before = await everything(pacer, options);
    expect(before.tables.clients).toHaveLength(6);
    expect(before.tables.contacts).toHaveLength(18);

    await options.getByTestId('backup-passphrase').fill('城西支行2026');
    await options.getByTestId('backup-passphrase-again').fill('城西支行2025');
    await options.getByTestId('backup-export').click();
    await expect.poll(() => options.getByTestId('backup-error').textContent()).toContain('两次输入的口令不一致');
    await options.getByTestId('backup-passphrase-again').fill('城西支行2026');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('backup-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^pacer-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/);
    exported = await readFile((await download.path())!, 'utf8');
    expect(exported).not.toContain('喝普洱');
    expect(JSON.parse(exported)).toMatchObject({ format: 'pacer-backup', encrypted: { cipher: 'AES-256-GCM', iterations: 600_000 } });
    await expect.poll(() => options.getByTestId('backup-exported').textContent()).toContain('6 位客户');
    await expect.poll(() => options.getByTestId('last-backup').textContent()).toContain('上次备份');

    const popup = await pacer.extensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('open-panel').isVisible()).toBe(true);
    await popup.waitForTimeout(500);
    expect(await popup.getByTestId('backup-reminder').count()).toBe(0);
    await popup.close();
    await options.close();
  });

  test('wiped, the profile is restored from the backup: equal to what was exported', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html#backup');
    await wipe(pacer, options);
    expect((await everything(pacer, options)).tables.clients).toEqual([]);

    // A cut-short file and a wrong passphrase first: refused, nothing written.
    await options.getByTestId('restore-file').setInputFiles(file('cut.json', exported.slice(0, exported.length / 2)));
    await expect.poll(() => options.getByTestId('restore-problems').textContent()).toContain('文件不完整');
    await options.getByTestId('restore-file').setInputFiles(file('backup.json', exported));
    await options.getByTestId('restore-passphrase').fill('城西支行2025');
    await options.getByTestId('restore-unseal').click();
    await expect.poll(() => options.getByTestId('restore-problems').textContent()).toContain('口令不正确');
    expect((await everything(pacer, options)).tables.clients).toEqual([]);

    await options.getByTestId('restore-file').setInputFiles(file('backup.json', exported));
    await options.getByTestId('restore-passphrase').fill('城西支行2026');
    await options.getByTestId('restore-unseal').click();
    await expect.poll(() => options.getByTestId('restore-preview').isVisible()).toBe(true);
    await options.getByTestId('restore-mode-replace').check();
    await expect
      .poll(() => options.locator('[data-testid="restore-preview"] tr[data-table="clients"] td').allTextContents())
      .toEqual(['0', '6', '6', '0']);
    // Nothing is written by the preview.
    expect((await everything(pacer, options)).tables.clients).toEqual([]);
    await options.getByTestId('restore-confirm').click();
    await expect.poll(() => options.getByTestId('restore-done').textContent()).toContain('已恢复');

    const after = await everything(pacer, options);
    expect(after.tables).toEqual(before.tables);
    expect(after.storage).toEqual(before.storage);
    await options.close();
  });

  test('restored, the card shows the client as before', async ({ pacer }) => {
    const c = CLIENTS[40]!;
    const crm = await pacer.openCrm(`/crm/client?cust=${c.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
    await expect.poll(() => panel.getByTestId('ladder').getAttribute('data-rung')).toBe('3');
    await panel.close();
    await crm.close();
  });

  test('merged into a book with newer work: the preview counts what comes, the RM’s newer records stay', async ({ pacer }) => {
    const origin = new URL(pacer.crmUrl).origin;
    const options = await pacer.extensionPage('options.html#backup');
    type Row = { clientId: string; rung: number; updatedAt: number; profile: { name: string } };
    const clients = await readStore<Row>(options, 'clients');
    const row = (c: (typeof CLIENTS)[0]) => clients.find((r) => r.clientId === c.clientNo)!;
    const [mine, stale, gone] = [CLIENTS[40]!, CLIENTS[44]!, CLIENTS[45]!];
    const own = CLIENTS[47]!;
    // Since the backup the RM moved one client up the ladder, a second one was changed here before the backup's copy
    // (its copy in the backup is newer), one was deleted, and one new client of their own was added, with a call.
    await putRows(options, 'clients', [
      { ...row(mine), rung: 9, updatedAt: Date.now() },
      { ...row(stale), rung: 1, updatedAt: 1 },
      { ...row(mine), clientId: own.clientNo, profile: { ...row(mine).profile, name: own.name }, updatedAt: Date.now() },
    ]);
    await options.evaluate(
      (key) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pacer');
          open.onsuccess = () => {
            const tx = open.result.transaction('clients', 'readwrite');
            tx.objectStore('clients').delete(key);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [origin, gone.clientNo],
    );
    await putRows(options, 'contacts', [
      {
        origin,
        clientId: own.clientNo,
        date: '2026-12-01',
        channel: 'visit',
        purpose: 'routine',
        note: '新客户面谈',
        nextFollowUp: null,
        at: Date.now(),
      },
    ]);
    const w = await pacer.worker();
    await w.evaluate(() =>
      chrome.storage.local.set({
        settings: { locale: 'zh-CN', rmName: '王芳', branch: '城东支行', dormantAfterMonths: 9, backupReminderDays: 7, openSections: {} },
        siteRules: [
          { id: 'rule-mine', name: '新系统', match: ['http://crm2.example/*'], strategies: [{ kind: 'url', pattern: 'id=(\\d+)' }] },
        ],
      }),
    );

    await options.reload();
    await options.getByTestId('restore-file').setInputFiles(file('backup.json', exported));
    await options.getByTestId('restore-passphrase').fill('城西支行2026');
    await options.getByTestId('restore-unseal').click();
    // A book that is not empty is merged into by default.
    await expect.poll(() => options.getByTestId('restore-preview').getAttribute('data-mode')).toBe('merge');
    expect(await options.getByTestId('restore-mode-merge').isChecked()).toBe(true);
    const cells = (table: string) => options.locator(`[data-testid="restore-preview"] tr[data-table="${table}"] td`).allTextContents();
    // Clients: here 6, in the backup 6; 1 added (the deleted one), 1 updated (the backup's newer copy), 1 kept (the RM's newer one).
    await expect.poll(() => cells('clients')).toEqual(['6', '6', '1', '1', '1']);
    // The log: the backup's 18 calls are all here already; the RM's new one stays.
    expect(await cells('contacts')).toEqual(['19', '18', '0', '0', '0']);
    expect(await options.getByTestId('restore-preview').textContent()).toContain('客户');
    await options.getByTestId('restore-confirm').click();
    await expect.poll(() => options.getByTestId('restore-done').textContent()).toContain('已恢复');

    const after = await readStore<Row>(options, 'clients');
    const by = (c: (typeof CLIENTS)[0]) => after.find((r) => r.clientId === c.clientNo);
    expect(after).toHaveLength(7);
    expect(by(mine)?.rung).toBe(9);
    expect(by(stale)?.rung).toBe(row(stale).rung);
    expect(by(gone)?.profile.name).toBe(gone.name);
    expect(by(own)?.profile.name).toBe(own.name);
    expect(await readStore(options, 'contacts')).toHaveLength(19);
    // Merging keeps the RM's settings and adds the backup's site rules after theirs.
    const storage = await w.evaluate(() => chrome.storage.local.get(['settings', 'siteRules']));
    expect(storage.settings).toMatchObject({ rmName: '王芳', branch: '城东支行' });
    expect((storage.siteRules as { id: string }[]).map((r) => r.id)).toEqual(['rule-mine', 'rule-old']);
    // The book counts the merged clients, the RM's own new one included.
    const summaries = await readStore<{ clientId: string; rung: number | null }>(options, 'clientSummaries');
    expect(summaries.map((r) => r.clientId).sort()).toEqual([...after.map((r) => r.clientId)].sort());
    expect(summaries.find((r) => r.clientId === mine.clientNo)?.rung).toBe(9);
    await options.close();
  });
});
