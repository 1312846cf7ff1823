/**
 * The book's summaries (lib/db/book.ts) stay what a fresh rebuild from every row computes, whichever write made
 * the change: records, sentiment tags and their undo, contacts, deals added, moved and deleted.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { cellOf, summarise } from '@/lib/book/summary';
import { allSummaries, bookTotals, cellSummaries, rebuildBook } from '@/lib/db/book';
import { addContact, updateClient } from '@/lib/db/clients';
import { PacerDB } from '@/lib/db/database';
import { addDeal, deleteDeal, updateDeal } from '@/lib/db/deals';
import { tagSentiment, untagSentiment } from '@/lib/db/sentiment';
import { newDeal } from '@/lib/pipeline';

const origin = 'http://127.0.0.1:8808';
const names: string[] = [];
function fresh() {
  const name = `pacer-book-${names.length}-${Math.random()}`;
  names.push(name);
  return new PacerDB(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const c = (i: number) => ({ origin, clientId: `88${String(i).padStart(8, '0')}` });

/** What the summaries and totals would be if rebuilt from the rows now. */
async function rebuilt(db: PacerDB) {
  const copy = new PacerDB(`${db.name}-copy-${Math.random()}`);
  names.push(copy.name);
  for (const t of ['clients', 'sentimentEvents', 'contacts', 'deals'] as const) await copy.table(t).bulkPut(await db.table(t).toArray());
  await copy.transaction('rw', copy.tables, () =>
    rebuildBook({
      clients: copy.clients,
      sentimentEvents: copy.sentimentEvents,
      contacts: copy.contacts,
      deals: copy.deals,
      clientSummaries: copy.clientSummaries,
      bookCells: copy.bookCells,
    }),
  );
  return { summaries: await allSummaries(copy), totals: await bookTotals(copy) };
}

describe('the book summary of a client', () => {
  it('places the client from familiarity and the latest sentiment; unplaced until both are known', () => {
    expect(cellOf('high', 'positive')).toBe('high.positive');
    expect(cellOf(null, 'positive')).toBe('unplaced');
    const s = summarise({
      client: c(1),
      record: { origin, clientId: c(1).clientId, familiarity: { signals: ['regularContact'], override: null }, createdAt: 1, updatedAt: 1 },
      sentiments: [
        { origin, clientId: c(1).clientId, sentiment: 'resistant', source: 'panel', at: 5, seq: 1 },
        { origin, clientId: c(1).clientId, sentiment: 'positive', source: 'panel', at: 9, seq: 2 },
      ],
      contacts: [],
      contactCount: 0,
      deals: [],
      demo: false,
    });
    expect(s).toMatchObject({ cell: 'high.positive', score: 7, sentiment: 'positive', sentimentAt: 9, damaged: false, lastContact: '' });
  });

  it('a damaged record still yields what else is known, marked damaged', () => {
    const s = summarise({
      client: c(2),
      record: { origin, clientId: c(2).clientId, rung: 'not a rung' },
      sentiments: [{ origin, clientId: c(2).clientId, sentiment: 'neutral', source: 'panel', at: 5 }],
      contacts: [],
      contactCount: 0,
      deals: [],
      demo: false,
    });
    expect(s).toMatchObject({ cell: 'unplaced', sentiment: 'neutral', damaged: true, hasRecord: true, name: '' });
  });

  it('no rows at all: no summary', () => {
    expect(
      summarise({ client: c(3), record: undefined, sentiments: [], contacts: [], contactCount: 0, deals: [], demo: false }),
    ).toBeNull();
  });
});

describe('summaries kept in step with every write', () => {
  it('after a mixed series of writes, the stored summaries and totals are what a rebuild computes', async () => {
    const db = fresh();
    const now = 1_000;
    for (let i = 0; i < 6; i++) {
      await updateClient(
        db,
        c(i),
        (r) => ({
          ...r,
          familiarity: { ...r.familiarity, override: i * 1.5 > 9 ? 9 : Math.floor(i * 1.5) },
          profile: { ...r.profile, name: `客户${i}`, assets: i % 2 ? 100_000 * i : null },
          rung: (i % 12) + 1,
        }),
        now + i,
      );
    }
    await tagSentiment(db, c(0), 'positive', 'panel', 2_000);
    const t = await tagSentiment(db, c(1), 'resistant', 'panel', 2_001);
    await tagSentiment(db, c(1), 'neutral', 'panel', 2_002);
    await untagSentiment(db, (await tagSentiment(db, c(2), 'neutral', 'panel', 2_003)).seq!);
    await untagSentiment(db, t.seq!);
    // A client known only from a sentiment tag and a contact.
    await tagSentiment(db, c(9), 'positive', 'shortcut', 2_004);
    await addContact(db, {
      ...c(9),
      date: '2026-11-02',
      channel: 'phone',
      purpose: 'routine',
      note: '',
      nextFollowUp: '2026-11-20',
      at: 1,
    });
    await addContact(db, {
      ...c(9),
      date: '2026-11-10',
      channel: 'visit',
      purpose: 'routine',
      note: '',
      nextFollowUp: '2026-12-01',
      at: 2,
    });
    await addContact(db, { ...c(9), date: '2026-11-05', channel: 'phone', purpose: 'routine', note: '', nextFollowUp: null, at: 3 });
    const d1 = await addDeal(db, { ...newDeal({ id: 'd1', ...c(0), today: '2026-11-18', now: 3 }), amount: 500_000 });
    await addDeal(db, { ...newDeal({ id: 'd2', ...c(0), today: '2026-11-18', now: 4 }), amount: 200_000, indicator: 'insurance' });
    await updateDeal(db, d1.id, { stage: 'won', closedAt: 5 }, 5);
    await addDeal(db, newDeal({ id: 'd3', ...c(7), today: '2026-11-18', now: 6 }));
    await deleteDeal(db, 'd3');

    const expected = await rebuilt(db);
    const summaries = await allSummaries(db);
    const byId = (xs: { clientId: string }[]) => [...xs].sort((a, b) => a.clientId.localeCompare(b.clientId));
    expect(byId(summaries)).toEqual(byId(expected.summaries));
    expect(await bookTotals(db)).toEqual(expected.totals);
    // Each cell's clients, read through [cell+score]: exactly the summaries of that cell, as many as its total.
    for (const totals of expected.totals) {
      const inCell = await cellSummaries(db, totals.cell);
      expect(byId(inCell)).toEqual(byId(summaries.filter((x) => x.cell === totals.cell)));
      expect(inCell).toHaveLength(totals.count);
    }
    // The client whose only deal was deleted has no summary; the one known from a tag and contacts has one.
    expect(summaries.find((s) => s.clientId === c(7).clientId)).toBeUndefined();
    expect(summaries.find((s) => s.clientId === c(9).clientId)).toMatchObject({
      hasRecord: false,
      cell: 'unplaced',
      lastContact: '2026-11-10',
      lastVisit: '2026-11-10',
      nextFollowUp: '2026-12-01',
      contactCount: 3,
      recentContacts: ['2026-11-10', '2026-11-05', '2026-11-02'],
    });
    expect(summaries.find((s) => s.clientId === c(0).clientId)).toMatchObject({
      cell: 'low.positive',
      openDeals: 1,
      openAmount: 200_000,
      dealIndicators: ['insurance'],
      wonDeals: 1,
    });
    const totals = await bookTotals(db);
    expect(totals.reduce((n, t) => n + t.count, 0)).toBe(summaries.length);
    expect(totals.find((t) => t.cell === 'unplaced')).toMatchObject({ assets: 300_000 + 500_000, assetsKnown: 2 });
  });
});
