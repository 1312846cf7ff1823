/**
 * The demo book (demo-crm/book.ts, lib/db/demo.ts) against fake-indexeddb: on any day of the month every view of the
 * book has something to show, every row is marked as demo data, and one call takes it all out while the RM's own
 * rows (and a target they set over a demo one) stay.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBookRows } from '@/demo-crm/book';
import { CLIENTS } from '@/demo-crm/clients.mjs';
import { callList } from '@/lib/book/call-list';
import { chartSeries } from '@/lib/book/pacing-chart';
import { groupCounts, VALUE_GROUPS } from '@/lib/book/value-groups';
import { allSummaries, bookTotals } from '@/lib/db/book';
import { callListInputs } from '@/lib/db/call-list';
import { addContact, updateClient } from '@/lib/db/clients';
import { PacerDB } from '@/lib/db/database';
import { demoBook, loadDemoBook, removeDemoBook } from '@/lib/db/demo';
import { loadPacingInputs, setTarget } from '@/lib/db/pacing';

const origin = 'http://127.0.0.1:8808';
const open: PacerDB[] = [];
function fresh() {
  const db = new PacerDB(`pacer-demo-${open.length}-${Math.random()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('the demo book', () => {
  it.each(['2026-11-02', '2026-11-18', '2026-11-30', '2027-01-04'])('on %s fills every view', async (today) => {
    const db = fresh();
    const now = new Date(`${today}T09:30:00`).getTime();
    expect(await loadDemoBook(db, demoBookRows(CLIENTS, origin, today, now), now)).toBe(CLIENTS.length);
    const totals = await bookTotals(db);
    expect(totals.reduce((n, c) => n + c.count, 0)).toBe(CLIENTS.length);
    // Every cell of the grid has clients, and some are not placed yet.
    expect(totals.filter((c) => c.count === 0).map((c) => c.cell)).toEqual([]);
    const summaries = await allSummaries(db);
    expect(summaries.every((s) => s.demo)).toBe(true);
    const groups = groupCounts(summaries, today);
    // All four of METHOD §6's groups (every demo client has a record, so none is "not enough known").
    expect(VALUE_GROUPS.filter((g) => groups[g] === 0)).toEqual([]);
    expect(groups.unknown).toBe(0);
    const list = callList(await callListInputs(db, today, {})).items;
    expect(list.length).toBeGreaterThanOrEqual(5);
    const reasons = new Set(list.map((c) => c.reason.kind));
    for (const kind of ['followUp', 'newClient', 'deal']) expect(reasons).toContain(kind);
    const series = chartSeries(await loadPacingInputs(db, today, {}));
    expect(series.map((s) => s.indicator.id)).toEqual([
      'investment',
      'insurance',
      'deposit',
      'investment-deals',
      'insurance-policies',
      'new-accounts',
    ]);
    expect(await demoBook(db)).toEqual({ key: 'demo', loadedAt: now, clients: CLIENTS.length });
  });

  it('is removed in one call; the RM’s own client, contact and target stay', async () => {
    const db = fresh();
    const today = '2026-11-18';
    const now = new Date(`${today}T09:30:00`).getTime();
    await loadDemoBook(db, demoBookRows(CLIENTS, origin, today, now), now);
    const own = { origin, clientId: '8899999999' };
    await updateClient(db, own, (r) => ({ ...r, profile: { ...r.profile, name: '真实客户' } }), now + 1);
    await addContact(db, { ...own, date: today, channel: 'phone', purpose: 'routine', note: '', nextFollowUp: null, at: now + 2 });
    // The RM sets this month's investment target over the demo's.
    await setTarget(db, '2026-11', 'investment', 123 * 1_000_000, now + 3);
    const removed = await removeDemoBook(db);
    expect(removed).toBeGreaterThan(CLIENTS.length);
    expect(await demoBook(db)).toBeNull();
    expect((await allSummaries(db)).map((s) => [s.clientId, s.name, s.contactCount, s.demo])).toEqual([
      [own.clientId, '真实客户', 1, false],
    ]);
    expect(await db.targets.toArray()).toEqual([
      { month: '2026-11', indicator: 'investment', value: 123 * 1_000_000, updatedAt: now + 3, demo: true },
    ]);
    for (const t of ['deals', 'achievements', 'sentimentEvents'] as const) expect(await db.table(t).count()).toBe(0);
    expect((await bookTotals(db)).find((c) => c.cell === 'unplaced')?.count).toBe(1);
  });
});
