/**
 * The RM's data under a newer Pacer, in real Chromium: a database a newer version wrote (a higher IndexedDB version,
 * a table this code does not know) opens read-only. The panel still shows what is stored, says why nothing can be
 * changed, and a change the RM tries is refused in their language with nothing written.
 */
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const client = CLIENTS[20]!;

describe('a database written by a newer Pacer', () => {
  test('is shown, never written: the panel says it is read-only and a sentiment tag is refused', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${client.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
    const origin = new URL(pacer.crmUrl).origin;
    await putRows(panel, 'clients', [
      {
        origin,
        clientId: client.clientNo,
        familiarity: { signals: [], override: null },
        resistance: { property: null, category: null },
        rung: 4,
        profile: { name: '王建国', gender: null, age: null, openedOn: null, holdsFunds: null, communication: '', followUp: '' },
        memoryPoints: ['喝普洱'],
        createdAt: 1,
        updatedAt: 1,
      },
    ]);
    // A newer Pacer upgrades the database (Pacer's own connections close when asked to, as Dexie's do).
    await panel.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pacer', 990);
          open.onupgradeneeded = () => open.result.createObjectStore('meetings', { keyPath: 'id' });
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
    );

    await panel.reload();
    await expect.poll(() => panel.getByTestId('client-name').textContent()).toBe('王建国');
    await expect.poll(() => panel.getByTestId('database-notice').textContent()).toContain('由更新版本的 Pacer 保存');
    const before = (await readStore(panel, 'sentimentEvents')).length;
    await panel.getByTestId('sentiment-positive').click();
    await expect.poll(() => panel.getByTestId('error-banner').textContent()).toContain('修改不会保存');
    expect(await readStore(panel, 'sentimentEvents')).toHaveLength(before);
    expect(await panel.getByTestId('ladder').getAttribute('data-rung')).toBe('4');
    await panel.close();
    await crm.close();
  });
});
