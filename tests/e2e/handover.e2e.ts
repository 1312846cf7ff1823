/**
 * Handing clients over in real Chromium (issue 14, part 3): one RM's profile exports a handover file, a fresh
 * profile (the successor's) imports it, twice (the second adds nothing), and the successor's card shows the client
 * as just handed over, never contacted, with the previous RM's notes shown as theirs and an empty contact log.
 */
import { readFile } from 'node:fs/promises';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const client = CLIENTS[25]!;

describe('handing clients over', () => {
  test('exported from one profile, imported twice into a fresh one, shown as handed over', async ({ pacer, freshPacer }) => {
    const origin = new URL(pacer.crmUrl).origin;
    const giver = await pacer.extensionPage('options.html#handover');
    await putRows(giver, 'clients', [
      {
        origin,
        clientId: client.clientNo,
        familiarity: { signals: ['holdsFewProducts'], override: 7 },
        resistance: { property: null, category: null },
        rung: 6,
        profile: {
          name: '王建国',
          gender: 'male',
          age: 51,
          birthDate: null,
          openedOn: '2019-05-03',
          holdsFunds: true,
          assets: null,
          assetsOn: null,
          products: '',
          communication: '每季度检视一次，关心女儿留学',
          followUp: '',
        },
        memoryPoints: ['喝普洱'],
        handover: null,
        createdAt: 1,
        updatedAt: 1,
      },
    ]);
    await putRows(giver, 'contacts', [
      {
        origin,
        clientId: client.clientNo,
        date: '2026-11-20',
        channel: 'phone',
        purpose: 'routine',
        note: '确认续期',
        nextFollowUp: null,
        at: 5,
      },
    ]);
    await giver.getByTestId('handover-scope').selectOption('ids');
    await giver.getByTestId('handover-ids').fill(client.clientNo);
    const [download] = await Promise.all([giver.waitForEvent('download'), giver.getByTestId('handover-export').click()]);
    const text = await readFile((await download.path())!);
    await expect.poll(() => giver.getByTestId('handover-exported').textContent()).toMatch(/1 位客户/);
    await giver.close();

    const receiver = await freshPacer.extensionPage('options.html#handover');
    for (const round of [1, 2]) {
      await receiver
        .getByTestId('handover-file')
        .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: text });
      await expect
        .poll(() => receiver.getByTestId('handover-preview').textContent())
        .toContain(round === 1 ? '新增 1 位' : '已导入过 1 位');
      await receiver.getByTestId('handover-confirm').click();
      await expect.poll(() => receiver.getByTestId('handover-done').textContent()).toContain(`新增 ${round === 1 ? 1 : 0} 位客户`);
    }
    expect(await readStore(receiver, 'clients')).toHaveLength(1);
    expect(await readStore(receiver, 'contacts')).toEqual([]);

    const crm = await freshPacer.openCrm(`/crm/client?cust=${client.clientNo}`);
    const panel = await freshPacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
    await expect.poll(() => panel.getByTestId('handover-communication').textContent()).toContain('每季度检视一次，关心女儿留学');
    expect(await panel.getByTestId('handover-contacts').textContent()).toContain('确认续期');
    expect(await panel.getByTestId('band').textContent()).toMatch(/（0–3）/);
    await panel.close();
    await crm.close();
    await receiver.close();
  });
});
