/**
 * Handing clients over (issue 14, part 3): the successor gets the clients with their history kept as the previous
 * RM's, their own evidence starting at "just handed over, never contacted", open deals in their pipeline; a second
 * import of the same file adds nothing; an edited file and a backup are refused, in both languages.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyRecord } from '@/lib/client/record';
import { rebuildBook } from '@/lib/db/book';
import { PacerDB } from '@/lib/db/database';
import { applyHandover, handoverClients, previewHandover } from '@/lib/db/handover';
import { handoverText, readHandover } from '@/lib/handover/file';
import { inScope, parseIds } from '@/lib/handover/scope';
import { translate } from '@/lib/i18n';
import { newDeal } from '@/lib/pipeline';

const origin = 'http://127.0.0.1:8808';
const names: string[] = [];
const fresh = () => {
  const name = `pacer-handover-${names.length}-${Math.random()}`;
  names.push(name);
  return new PacerDB(name);
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function giver(): Promise<PacerDB> {
  const db = fresh();
  for (const [i, id] of ['8800000001', '8800000002', '8800000003'].entries()) {
    const base = emptyRecord({ origin, clientId: id }, 1);
    await db.clients.put({
      ...base,
      rung: 6 + i,
      familiarity: { signals: ['holdsFewProducts'], override: 7 },
      memoryPoints: ['喝普洱'],
      profile: { ...base.profile, name: `客户${i}`, communication: '每季度检视一次', followUp: '下月续期' },
    });
    await db.contacts.add({
      origin,
      clientId: id,
      date: `2026-11-0${i + 1}`,
      channel: 'phone',
      purpose: 'routine',
      note: `电话 ${i}`,
      nextFollowUp: null,
      at: 10 + i,
    });
  }
  await db.sentimentEvents.add({ origin, clientId: '8800000001', sentiment: 'positive', source: 'panel', at: 5 });
  await db.deals.bulkAdd([
    { ...newDeal({ id: 'open', origin, clientId: '8800000001', today: '2026-12-01', now: 1 }), amount: 500_000 },
    {
      ...newDeal({ id: 'won', origin, clientId: '8800000001', today: '2026-11-01', now: 1 }),
      stage: 'won',
      amount: 900_000,
      closedOn: '2026-11-05',
      closedAt: 2,
    },
  ]);
  return db;
}

const file = async (db: PacerDB, pick = inScope({ kind: 'all' })) =>
  handoverText({
    fileId: 'f0e1d2c3-aaaa-bbbb-cccc-000000000001',
    createdAt: 1_764_000_000_000,
    from: '李娜',
    branch: '城西支行',
    clients: await handoverClients(db, pick),
  });

describe('handing clients over', () => {
  it('a grid cell or client numbers choose who goes', async () => {
    const db = await giver();
    expect((await handoverClients(db, inScope({ kind: 'cell', band: 'high', sentiment: 'positive' }))).map((c) => c.clientId)).toEqual([
      '8800000001',
    ]);
    expect((await handoverClients(db, inScope({ kind: 'ids', ids: parseIds('8800000002，8800000003\n') }))).map((c) => c.clientId)).toEqual(
      ['8800000002', '8800000003'],
    );
  });

  it('the successor starts at "handed over, never contacted"; the previous RM’s notes stay theirs; twice adds nothing', async () => {
    const r = await readHandover(await file(await giver()));
    if (!r.ok) throw new Error('refused');
    const db = fresh();
    expect(await previewHandover(db, r.file, 50)).toEqual({ added: 3, existing: 0, already: 0, deals: 1 });
    expect(await applyHandover(db, r.file, 50)).toEqual({ added: 3, existing: 0, already: 0, deals: 1 });
    const c = await db.clients.get([origin, '8800000001']);
    expect(c).toMatchObject({
      familiarity: { signals: ['handedOver'], override: null },
      rung: null,
      memoryPoints: ['喝普洱'],
      profile: { name: '客户0', communication: '', followUp: '' },
      handover: {
        from: '李娜',
        branch: '城西支行',
        rung: 6,
        familiarity: 7,
        communication: '每季度检视一次',
        followUp: '下月续期',
        contacts: [{ date: '2026-11-01', channel: 'phone', purpose: 'routine', note: '电话 0' }],
        deals: [{ indicator: 'investment', amount: 900_000, stage: 'won', date: '2026-11-05' }],
      },
    });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.sentimentEvents.count()).toBe(0);
    expect((await db.deals.toArray()).map((d) => [d.stage, d.amount])).toEqual([['invited', 500_000]]);
    // The book has them, with the open deal, as a rebuild from every row would have it.
    const kept = { summaries: await db.clientSummaries.toArray(), cells: await db.bookCells.toArray() };
    expect(kept.summaries.map((s) => [s.clientId, s.name, s.openDeals, s.contactCount])).toEqual([
      ['8800000001', '客户0', 1, 0],
      ['8800000002', '客户1', 0, 0],
      ['8800000003', '客户2', 0, 0],
    ]);
    await db.transaction('rw', db.tables, () => rebuildBook(db));
    expect({ summaries: await db.clientSummaries.toArray(), cells: await db.bookCells.toArray() }).toEqual(kept);

    expect(await applyHandover(db, r.file, 60)).toEqual({ added: 0, existing: 0, already: 3, deals: 0 });
    expect(await db.clients.count()).toBe(3);
    expect(await db.deals.count()).toBe(1);
  });

  it('an edited file, a backup, a newer version: refused, in both languages', async () => {
    const text = await file(await giver());
    const edited = JSON.parse(text);
    edited.clients[0].profile.name = '别人';
    const said = async (t: string) => {
      const r = await readHandover(t);
      return r.ok ? [] : r.problems.map((p) => [translate('zh-CN', p.key, p.params), translate('en', p.key, p.params)]);
    };
    expect((await said(JSON.stringify(edited)))[0]![1]).toMatch(/checksum does not match/);
    expect((await said('{"format":"pacer-backup","formatVersion":1}'))[0]![0]).toMatch(/这是备份文件/);
    expect((await said(JSON.stringify({ ...JSON.parse(text), formatVersion: 2 })))[0]![1]).toMatch(/newer Pacer/);
    expect((await said('not json'))[0]![1]).toBe('This is not a Pacer handover file.');
  });
});
