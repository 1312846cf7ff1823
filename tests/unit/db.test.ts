/**
 * The data layer against fake-indexeddb. The migration tests follow the pattern every schema change keeps:
 * open a database at an old version full of data, then open it with the current schema and check that
 * nothing was lost.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyRecord } from '@/lib/client/record';
import { PacerDB } from '@/lib/db/database';
import { addDeal, dealsForClient, deleteDeal, updateDeal } from '@/lib/db/deals';
import {
  achievementsBetween,
  deleteAchievement,
  listDayOverrides,
  loadPacingInputs,
  putAchievement,
  readPacingConfig,
  setDayOverride,
  setTarget,
  targetsForMonths,
  updatePacingConfig,
} from '@/lib/db/pacing';
import { LATEST_VERSION, SCHEMA } from '@/lib/db/schema';
import { currentSentiment, sentimentHistory, tagSentiment, untagSentiment } from '@/lib/db/sentiment';
import { DEFAULT_PACING_CONFIG } from '@/lib/pacing/targets';
import { type Deal, newDeal } from '@/lib/pipeline';
import { classifyStorageError, StorageWriteError } from '@/lib/storage-errors';

const origin = 'http://127.0.0.1:8808';
let n = 0;
const names: string[] = [];
function freshName() {
  const name = `pacer-test-${++n}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function deal(clientId: string, i: number): Deal {
  return newDeal({ id: `d-${clientId}-${i}`, origin, clientId, today: '2026-11-23', now: 1_000 + i });
}

describe('schema migrations keep every row', () => {
  it('the schema versions are strictly increasing', () => {
    const versions = SCHEMA.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });

  it.each(SCHEMA.slice(0, -1).map((v) => v.version))('a database at version %i opens at the latest with all its deals', async (old) => {
    const name = freshName();
    const oldDb = new PacerDB(
      name,
      SCHEMA.filter((v) => v.version <= old),
    );
    const rows = Array.from({ length: 500 }, (_, i) => deal(`88${String(i % 50).padStart(8, '0')}`, i));
    await oldDb.deals.bulkAdd(rows);
    oldDb.close();

    const db = new PacerDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.deals.count()).toBe(500);
    expect(await db.deals.get('d-8800000007-7')).toEqual(rows[7]);
    expect(await dealsForClient(db, { origin, clientId: '8800000007' })).toHaveLength(10);
    db.close();
  });
});

describe('version 3: client records, contacts and scripts join a version-2 database (opened at the latest)', () => {
  it('keeps every deal and sentiment event of a version-2 database, and the new tables work', async () => {
    const name = freshName();
    const v2 = new PacerDB(
      name,
      SCHEMA.filter((v) => v.version <= 2),
    );
    const rows = Array.from({ length: 200 }, (_, i) => deal(`88${String(i % 20).padStart(8, '0')}`, i));
    await v2.deals.bulkAdd(rows);
    // Stored as the version-2 code did (today's tagSentiment also keeps the book's summaries, which v2 lacks).
    for (let i = 0; i < 300; i++)
      await v2.sentimentEvents.add({
        origin,
        clientId: `88${String(i % 30).padStart(8, '0')}`,
        sentiment: i % 2 ? 'positive' : 'resistant',
        source: 'shortcut',
        at: 1_000 + i,
      });
    v2.close();

    const db = new PacerDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.deals.count()).toBe(200);
    expect(await db.sentimentEvents.count()).toBe(300);
    expect(await currentSentiment(db, { origin, clientId: '8800000001' })).toMatchObject({ sentiment: 'positive', at: 1_000 + 271 });
    expect(await db.clients.count()).toBe(0);
    await db.clients.put(emptyRecord({ origin, clientId: '8800000001' }, 5));
    expect(await db.clients.get([origin, '8800000001'])).toMatchObject({ rung: null, createdAt: 5 });
    db.close();
  });
});

describe('deals', () => {
  it('adds, lists per client (newest first), updates and deletes', async () => {
    const db = new PacerDB(freshName());
    await addDeal(db, deal('8800000001', 1));
    await addDeal(db, deal('8800000001', 2));
    await addDeal(db, deal('8800000002', 3));
    const list = await dealsForClient(db, { origin, clientId: '8800000001' });
    expect(list.map((d) => d.id)).toEqual(['d-8800000001-2', 'd-8800000001-1']);
    await updateDeal(db, 'd-8800000001-1', { amount: 229_000_000, stage: 'met' }, 9_999);
    expect(await db.deals.get('d-8800000001-1')).toMatchObject({ amount: 229_000_000, stage: 'met', updatedAt: 9_999 });
    expect((await deleteDeal(db, 'd-8800000001-1'))?.id).toBe('d-8800000001-1');
    expect(await dealsForClient(db, { origin, clientId: '8800000001' })).toHaveLength(1);
    db.close();
  });

  it('a damaged row is skipped, not shown wrongly', async () => {
    const db = new PacerDB(freshName());
    await addDeal(db, deal('8800000001', 1));
    await db.deals.put({ ...deal('8800000001', 2), amount: 1.5 } as Deal);
    expect((await dealsForClient(db, { origin, clientId: '8800000001' })).map((d) => d.id)).toEqual(['d-8800000001-1']);
    db.close();
  });

  it('refuses to store an invalid deal', async () => {
    const db = new PacerDB(freshName());
    await expect(addDeal(db, { ...deal('8800000001', 1), amount: -1 })).rejects.toThrow();
    expect(await db.deals.count()).toBe(0);
    db.close();
  });

  it('the default deal: thinking, invited, expected by the end of this work week, amount to fill in', () => {
    expect(newDeal({ id: 'x', origin, clientId: '1234', today: '2026-11-23', now: 1 })).toMatchObject({
      certainty: 'thinking',
      stage: 'invited',
      expectedDate: '2026-11-27',
      amount: 0,
      indicator: 'investment',
    });
  });
});

describe('sentiment', () => {
  it('keeps every tag as history; the latest is current; undo removes one', async () => {
    const db = new PacerDB(freshName());
    const client = { origin, clientId: '8800000001' };
    await tagSentiment(db, client, 'resistant', 'panel', 100);
    const second = await tagSentiment(db, client, 'positive', 'shortcut', 200);
    await tagSentiment(db, { origin, clientId: '8800000002' }, 'neutral', 'panel', 300);
    expect((await sentimentHistory(db, client)).map((e) => e.sentiment)).toEqual(['resistant', 'positive']);
    expect(await currentSentiment(db, client)).toMatchObject({ sentiment: 'positive', source: 'shortcut', at: 200 });
    await untagSentiment(db, second.seq!);
    expect((await currentSentiment(db, client))?.sentiment).toBe('resistant');
    db.close();
  });
});

describe('storage errors', () => {
  it('a full disk is told as such, whatever Dexie wraps it in', () => {
    const quota = Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(classifyStorageError(quota).messageKey).toBe('error.quota');
    expect(classifyStorageError(new Error('x')).messageKey).toBe('error.storage');
    expect(classifyStorageError(quota)).toBeInstanceOf(StorageWriteError);
  });
});

describe('pacing tables (version 4)', () => {
  it('a version-3 database with client records and contacts opens at version 4 with nothing lost', async () => {
    const name = freshName();
    const v3 = new PacerDB(
      name,
      SCHEMA.filter((v) => v.version <= 3),
    );
    for (let i = 0; i < 100; i++) await v3.clients.put(emptyRecord({ origin, clientId: `88${String(i).padStart(8, '0')}` }, 10 + i));
    await v3.deals.bulkAdd(Array.from({ length: 20 }, (_, i) => deal('8800000001', i)));
    v3.close();
    const db = new PacerDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.clients.count()).toBe(100);
    expect(await db.clients.get([origin, '8800000042'])).toMatchObject({ clientId: '8800000042', createdAt: 52 });
    expect(await db.deals.count()).toBe(20);
    expect(await db.targets.count()).toBe(0);
    db.close();
  });

  it('a version-2 database with deals and sentiment history opens at version 4 with nothing lost', async () => {
    const name = freshName();
    const oldDb = new PacerDB(
      name,
      SCHEMA.filter((v) => v.version <= 2),
    );
    await oldDb.deals.bulkAdd(Array.from({ length: 50 }, (_, i) => deal('8800000001', i)));
    await oldDb.sentimentEvents.add({ origin, clientId: '8800000001', sentiment: 'neutral', source: 'panel', at: 5 });
    oldDb.close();
    const db = new PacerDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.deals.count()).toBe(50);
    expect((await sentimentHistory(db, { origin, clientId: '8800000001' })).map((e) => e.sentiment)).toEqual(['neutral']);
    await setTarget(db, '2026-11', 'investment', 229_000_000, 1);
    expect(await targetsForMonths(db, ['2026-11'])).toEqual([
      { month: '2026-11', indicator: 'investment', value: 229_000_000, updatedAt: 1 },
    ]);
    db.close();
  });

  it('targets, manual entries (edit, delete, undo), day marks and config round-trip; inputs read only what pacing needs', async () => {
    const db = new PacerDB(freshName());
    await setTarget(db, '2026-11', 'investment', 100, 1);
    await setTarget(db, '2026-11', 'investment', 200, 2);
    await setTarget(db, '2026-11', 'deposit', 5, 2);
    await setTarget(db, '2026-11', 'deposit', null, 3);
    expect((await targetsForMonths(db, ['2026-11'])).map((t) => [t.indicator, t.value])).toEqual([['investment', 200]]);

    const entry = { id: 'm1', date: '2026-11-05', indicator: 'new-accounts', value: 2, note: '', createdAt: 1 };
    await putAchievement(db, entry);
    await putAchievement(db, { ...entry, value: 3 });
    expect((await achievementsBetween(db, '2026-11-01', '2026-11-30')).map((a) => a.value)).toEqual([3]);
    const removed = await deleteAchievement(db, 'm1');
    expect(await achievementsBetween(db, '2026-11-01', '2026-11-30')).toEqual([]);
    await putAchievement(db, removed!);
    expect((await achievementsBetween(db, '2026-11-01', '2026-11-30')).map((a) => a.id)).toEqual(['m1']);

    await setDayOverride(db, '2026-11-23', 'off');
    expect(await listDayOverrides(db)).toEqual([{ date: '2026-11-23', kind: 'off' }]);
    expect(await readPacingConfig(db)).toEqual(DEFAULT_PACING_CONFIG);
    await updatePacingConfig(db, { checkpoints: [50, 80, 100, 100] });
    expect((await readPacingConfig(db)).checkpoints).toEqual([50, 80, 100, 100]);

    const at = (d: string) => new Date(`${d}T10:00:00`).getTime();
    const closed = (id: string, d: string): Deal => ({
      ...deal('8800000009', Number(id)),
      id,
      stage: 'won',
      amount: 10,
      closedAt: at(d),
      updatedAt: at(d),
    });
    await db.deals.bulkAdd([
      closed('1', '2024-01-10'),
      closed('2', '2026-10-20'),
      closed('3', '2026-11-20'),
      { ...deal('8800000009', 4), id: '4', updatedAt: at('2025-01-01') },
    ]);
    const inputs = await loadPacingInputs(db, '2026-11-23', {});
    expect(inputs.wonDeals.map((d) => d.id).sort()).toEqual(['2', '3']);
    expect(inputs.openDeals.map((d) => d.id)).toEqual(['4']);
    expect(inputs.config.checkpoints).toEqual([50, 80, 100, 100]);
    expect(inputs.overrides.get('2026-11-23')).toBe('off');
    db.close();
  });
});
