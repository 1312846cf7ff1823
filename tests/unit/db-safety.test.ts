/**
 * Never lose what is stored: a change computed from a row that does not parse is refused (the row stays as it
 * was), fields this version does not know are kept by every write, and a database a newer Pacer wrote opens
 * read-only. fake-indexeddb.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyRecord } from '@/lib/client/record';
import { updateClient } from '@/lib/db/clients';
import { PacerDB } from '@/lib/db/database';
import { updateDeal } from '@/lib/db/deals';
import { importCalendarYears, readPacingConfig, setTarget, updatePacingConfig } from '@/lib/db/pacing';
import { keepUnknown } from '@/lib/db/rows';
import { SCHEMA } from '@/lib/db/schema';
import { recordScriptOutcome, saveScriptEdit, setScriptHidden } from '@/lib/db/scripts';
import { newDeal } from '@/lib/pipeline';
import { classifyStorageError, StorageWriteError } from '@/lib/storage-errors';

const origin = 'http://127.0.0.1:8808';
const ref = { origin, clientId: '8800000001' };
const names: string[] = [];
const fresh = (versions = SCHEMA) => {
  const name = `pacer-safety-${names.length}-${Math.random()}`;
  names.push(name);
  return new PacerDB(name, versions);
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const refused = (key: string) => expect.objectContaining({ name: 'StorageWriteError', messageKey: key });

describe('a change computed from a damaged row is refused, and the row kept', () => {
  it('a client record: its memory points and name survive a familiarity change that cannot be made', async () => {
    const db = fresh();
    const damaged = {
      ...emptyRecord(ref, 1),
      rung: 99,
      memoryPoints: ['女儿学钢琴'],
      profile: { ...emptyRecord(ref, 1).profile, name: '王建国' },
    };
    await db.clients.put(damaged);
    await expect(updateClient(db, ref, (r) => ({ ...r, familiarity: { ...r.familiarity, override: 5 } }), 2)).rejects.toEqual(
      refused('error.damagedRow'),
    );
    expect(await db.clients.get([origin, ref.clientId])).toEqual(damaged);
  });

  it('a script edit and its usage counts', async () => {
    const db = fresh();
    const edit = { id: 'own-1', kind: 'own', title: '我的话术', body: '您好', tags: { technique: 'nope' }, hidden: false, updatedAt: 1 };
    const usage = { scriptId: 's1', used: -4, helped: 2, notHelped: 0, lastUsedAt: 1, cells: {} };
    await db.scriptEdits.put(edit as never);
    await db.scriptUsage.put(usage);
    await expect(setScriptHidden(db, 'own-1', false, true, 2)).rejects.toEqual(refused('error.damagedRow'));
    await expect(recordScriptOutcome(db, 's1', 'helped', 2, null)).rejects.toEqual(refused('error.damagedRow'));
    expect(await db.scriptEdits.get('own-1')).toEqual(edit);
    expect(await db.scriptUsage.get('s1')).toEqual(usage);
  });

  it('a deal: a damaged one is refused (not silently left), one deleted meanwhile stays deleted', async () => {
    const db = fresh();
    const damaged = { ...newDeal({ id: 'd1', ...ref, today: '2026-11-23', now: 1 }), stage: 'someday' };
    await db.deals.put(damaged as never);
    await expect(updateDeal(db, 'd1', { amount: 5 }, 2)).rejects.toEqual(refused('error.damagedRow'));
    expect(await db.deals.get('d1')).toEqual(damaged);
    await updateDeal(db, 'gone', { amount: 5 }, 2);
    expect(await db.deals.get('gone')).toBeUndefined();
  });

  it('the pacing configuration: a damaged row is not replaced by the defaults', async () => {
    const db = fresh();
    await db.pacingConfig.put({ key: 'own', indicators: [], checkpoints: [1, 2, 3] } as never);
    await expect(updatePacingConfig(db, { checkpoints: [50, 80, 100, 100] })).rejects.toEqual(refused('error.damagedRow'));
    expect(await db.pacingConfig.get('own')).toEqual({ key: 'own', indicators: [], checkpoints: [1, 2, 3] });
  });

  it('two pages changing different parts of the configuration keep both', async () => {
    const db = fresh();
    const y2027 = { year: 2027, provisional: false, off: ['2027-01-01'], on: ['2027-02-06'] };
    await Promise.all([
      updatePacingConfig(db, { checkpoints: [50, 80, 100, 100] }),
      updatePacingConfig(db, { indicators: [{ id: 'aum', kind: 'amount', zh: '管户资产', en: 'AUM' }] }),
      importCalendarYears(db, [y2027]),
    ]);
    expect(await readPacingConfig(db)).toEqual({
      checkpoints: [50, 80, 100, 100],
      indicators: [{ id: 'aum', kind: 'amount', zh: '管户资产', en: 'AUM' }],
      calendar: [y2027],
    });
  });

  it('a whole new value the RM set repairs a damaged row (nothing of it is computed from the old one)', async () => {
    const db = fresh();
    await db.targets.put({ month: '2026-11', indicator: 'investment', value: -1, updatedAt: 1, note: 'kept' } as never);
    await setTarget(db, '2026-11', 'investment', 229_000_000, 2);
    expect(await db.targets.get(['2026-11', 'investment'])).toEqual({
      month: '2026-11',
      indicator: 'investment',
      value: 229_000_000,
      updatedAt: 2,
      note: 'kept',
    });
  });
});

describe('fields this version does not know are kept', () => {
  it('by a change to a client record, at any depth', async () => {
    const db = fresh();
    const stored = { ...emptyRecord(ref, 1), household: { spouse: '李' }, profile: { ...emptyRecord(ref, 1).profile, wechat: 'wxid_1' } };
    await db.clients.put(stored);
    await updateClient(db, ref, (r) => ({ ...r, rung: 3 }), 2);
    expect(await db.clients.get([origin, ref.clientId])).toMatchObject({
      rung: 3,
      updatedAt: 2,
      household: { spouse: '李' },
      profile: { wechat: 'wxid_1' },
    });
  });

  it('by a change to a deal, a script edit, usage counts', async () => {
    const db = fresh();
    await db.deals.put({ ...newDeal({ id: 'd1', ...ref, today: '2026-11-23', now: 1 }), product: 'fund-x' } as never);
    await updateDeal(db, 'd1', { amount: 5 }, 2);
    expect(await db.deals.get('d1')).toMatchObject({ amount: 5, product: 'fund-x' });
    await db.scriptEdits.put({
      id: 'x',
      kind: 'override',
      title: null,
      body: null,
      tags: null,
      hidden: false,
      updatedAt: 1,
      lang: 'zh',
    } as never);
    await setScriptHidden(db, 'x', true, true, 2);
    await saveScriptEdit(db, { id: 'x', kind: 'override', title: '新', body: null, tags: null, hidden: true, updatedAt: 3 });
    expect(await db.scriptEdits.get('x')).toMatchObject({ title: '新', hidden: true, lang: 'zh' });
    await db.scriptUsage.put({ scriptId: 's', used: 1, helped: 0, notHelped: 0, lastUsedAt: 1, streak: 4 } as never);
    await recordScriptOutcome(db, 's', 'used', 2, 'low:neutral');
    expect(await db.scriptUsage.get('s')).toMatchObject({ used: 2, streak: 4 });
  });

  it('keepUnknown: the new value wins where it speaks; arrays are taken whole', () => {
    expect(keepUnknown({ a: 1, b: { c: 2, d: 3 }, e: [1, 2], f: 'x' }, { a: 9, b: { c: 8 }, e: [7] })).toEqual({
      a: 9,
      b: { c: 8, d: 3 },
      e: [7],
      f: 'x',
    });
    expect(keepUnknown(undefined, { a: 1 })).toEqual({ a: 1 });
    expect(keepUnknown({ a: { b: 1 } }, { a: null })).toEqual({ a: null });
  });
});

describe('a database a newer Pacer wrote', () => {
  it('opens read-only: what it holds is read, nothing is written, and the refusal says why', async () => {
    const db = fresh();
    await db.clients.put({ ...emptyRecord(ref, 1), memoryPoints: ['喝普洱'] });
    db.close();
    // A newer Pacer: one more version, with a table this code does not know.
    const newer = new PacerDB(db.name, [...SCHEMA, { version: 99, stores: { meetings: 'id' } }]);
    await newer.table('meetings').put({ id: 'm1' });
    newer.close();

    const older = new PacerDB(db.name);
    await older.open();
    expect(older.isNewer).toBe(true);
    expect((await older.clients.get([origin, ref.clientId]))?.memoryPoints).toEqual(['喝普洱']);
    await expect(updateClient(older, ref, (r) => ({ ...r, rung: 2 }), 2)).rejects.toEqual(refused('error.newerDatabase'));
    await expect(older.deals.add(newDeal({ id: 'd', ...ref, today: '2026-11-23', now: 1 }))).rejects.toBeTruthy();
    expect(await older.deals.count()).toBe(0);
    expect((await older.clients.get([origin, ref.clientId]))?.rung).toBeNull();
    older.close();
  });

  it('the refusal keeps its message through whatever wraps it', () => {
    const ours = new StorageWriteError('error.newerDatabase');
    expect(classifyStorageError(Object.assign(new Error('Dexie'), { inner: ours })).messageKey).toBe('error.newerDatabase');
  });
});
