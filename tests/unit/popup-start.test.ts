/**
 * The popup's start: everything its first frame needs is asked for at once (one storage.local read for the
 * settings and the cached policy, the database rows beside it), and the first render waits for the figures
 * only briefly. Against WXT's fakeBrowser and fake-indexeddb.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PacerDB } from '@/lib/db/database';
import { setTarget } from '@/lib/db/pacing';
import { settleWithin } from '@/lib/settle-within';
import { startPopupReads } from '@/platform/pacing';

describe('settleWithin', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the value when it arrives in time', async () => {
    const got = settleWithin(new Promise((r) => setTimeout(() => r('figures'), 40)), 100);
    await vi.advanceTimersByTimeAsync(40);
    expect(await got).toBe('figures');
  });
  it('gives undefined when the value is late, or fails', async () => {
    const late = settleWithin(new Promise((r) => setTimeout(() => r('figures'), 150)), 100);
    await vi.advanceTimersByTimeAsync(100);
    expect(await late).toBeUndefined();
    expect(await settleWithin(Promise.reject(new Error('db closed')), 100)).toBeUndefined();
  });
});

describe('startPopupReads', () => {
  const name = `pacer-popup-${Math.random()}`;
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    vi.restoreAllMocks();
    await Dexie.delete(name);
  });

  it('reads settings and the cached policy in one storage call, and applies that policy to the rows', async () => {
    const db = new PacerDB(name);
    await setTarget(db, '2026-11', 'investment', 229_000_000, 1);
    const policy = { checkpoints: [50, 75, 100, 100] };
    await fakeBrowser.storage.local.set({ settings: { locale: 'en' }, pacingPolicyCache: policy });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');

    const reads = startPopupReads(db, '2026-11-23');
    expect(await reads.settings).toEqual({ locale: 'en' });
    expect(await reads.policy).toEqual(policy);
    const inputs = await reads.inputs;
    expect(inputs.today).toBe('2026-11-23');
    expect(inputs.policy).toBe(await reads.policy);
    expect(inputs.config.checkpoints).toEqual([50, 75, 100, 100]);
    expect(inputs.targets.map((t) => [t.month, t.indicator, t.value])).toEqual([['2026-11', 'investment', 229_000_000]]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith(['settings', 'pacingPolicyCache']);
    db.close();
  });

  it('falls back to defaults when nothing is stored or the cache is damaged', async () => {
    const db = new PacerDB(name);
    await fakeBrowser.storage.local.set({ pacingPolicyCache: { checkpoints: 'sixty' } });
    const reads = startPopupReads(db, '2026-11-23');
    expect(await reads.settings).toEqual({ locale: 'auto' });
    expect(await reads.policy).toEqual({});
    expect((await reads.inputs).config.checkpoints).toEqual([60, 80, 100, 100]);
    db.close();
  });
});
