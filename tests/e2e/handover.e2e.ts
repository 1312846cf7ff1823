/**
 * Handing clients over in real Chromium (issue 14, part 3): one RM's profile exports a handover file, a fresh
 * profile (the successor's) imports it, twice (the second adds nothing), and the successor's card shows the client
 * as just handed over, never contacted, with the previous RM's notes shown as theirs and an empty contact log.
 */
import { readFile } from 'node:fs/promises';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { unfold } from './support/card';
import { describe, expect, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const client = CLIENTS[25]!;
const single = CLIENTS[26]!;
const other = CLIENTS[27]!;

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

  test('one client handed over from their card: only they go, with their history, and arrive never contacted', async ({
    pacer,
    freshPacer,
  }) => {
    const origin = new URL(pacer.crmUrl).origin;
    const giver = await pacer.extensionPage('options.html');
    const record = (c: (typeof CLIENTS)[0], name: string) => ({
      origin,
      clientId: c.clientNo,
      familiarity: { signals: ['regularContact'], override: 8 },
      resistance: { property: 'safety', category: 'insurance' },
      rung: 7,
      profile: {
        name,
        gender: 'female',
        age: 45,
        birthDate: null,
        openedOn: '2015-03-02',
        holdsFunds: true,
        assets: 300_000_000,
        assetsOn: '2026-11-30',
        products: '稳健理财A',
        communication: '喜欢微信沟通，晚上八点后不打电话',
        followUp: '年底前回访理财到期',
      },
      memoryPoints: ['儿子在上海读大学'],
      handover: null,
      createdAt: 1,
      updatedAt: 1,
    });
    await putRows(giver, 'clients', [record(single, '赵敏'), record(other, '钱多多')]);
    await putRows(
      giver,
      'contacts',
      [single, other].flatMap((c, i) =>
        ['2026-10-08', '2026-11-12'].map((date, n) => ({
          origin,
          clientId: c.clientNo,
          date,
          channel: n ? 'visit' : 'phone',
          purpose: 'routine',
          note: `${i ? '另一位' : '赵敏'}：第 ${n + 1} 次联系`,
          nextFollowUp: null,
          at: 10 + n,
        })),
      ),
    );
    await giver.close();

    const crm = await pacer.openCrm(`/crm/client?cust=${single.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
    await unfold(panel, 'profile-section');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('card-handover-export').click()]);
    await expect.poll(() => panel.getByTestId('card-handover-exported').textContent()).toContain(download.suggestedFilename());
    expect(download.suggestedFilename()).toMatch(/^pacer-handover-\d{4}-\d{2}-\d{2}-1\.json$/);
    const text = await readFile((await download.path())!);
    const carried = JSON.parse(text.toString('utf8')) as { clients: { clientId: string; contacts: unknown[] }[] };
    expect(carried.clients.map((c) => c.clientId)).toEqual([single.clientNo]);
    expect(carried.clients[0]!.contacts).toHaveLength(2);
    await panel.close();
    await crm.close();

    const receiver = await freshPacer.extensionPage('options.html#handover');
    await receiver
      .getByTestId('handover-file')
      .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: text });
    await expect.poll(() => receiver.getByTestId('handover-preview').textContent()).toContain('新增 1 位');
    await receiver.getByTestId('handover-confirm').click();
    await expect.poll(() => receiver.getByTestId('handover-done').textContent()).toContain('新增 1 位客户');
    const stored = await readStore<{ clientId: string; familiarity: unknown; rung: number | null }>(receiver, 'clients');
    expect(stored.map((r) => [r.clientId, r.familiarity, r.rung])).toEqual([
      [single.clientNo, { signals: ['handedOver'], override: null }, null],
    ]);
    expect(await readStore(receiver, 'contacts')).toEqual([]);

    const crm2 = await freshPacer.openCrm(`/crm/client?cust=${single.clientNo}`);
    const card = await freshPacer.openPanel(crm2);
    await expect.poll(() => card.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
    expect(await card.getByTestId('band').textContent()).toMatch(/（0–3）/);
    await expect.poll(() => card.getByTestId('handover-contacts').textContent()).toContain('赵敏：第 2 次联系');
    expect(await card.getByTestId('handover-contacts').textContent()).not.toContain('另一位');
    expect(await card.getByTestId('handover-communication').textContent()).toContain('喜欢微信沟通');
    await card.close();
    await crm2.close();

    // In the successor's book, the client is there (unplaced until they tag them), never contacted.
    const summaries = await readStore<{ clientId: string; cell: string; contactCount: number; name: string }>(receiver, 'clientSummaries');
    expect(summaries.map((s) => [s.clientId, s.cell, s.contactCount, s.name])).toEqual([[single.clientNo, 'unplaced', 0, '赵敏']]);
    await receiver.close();
  });
});
