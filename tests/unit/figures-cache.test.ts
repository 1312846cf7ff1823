/**
 * Today's figures as last computed, kept for the popup's first frame: only today's, well-formed copy is used,
 * and it goes through storage.session (WXT's fakeBrowser).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedFiguresFor } from '@/lib/pacing/figures';
import { readCachedFigures, writeCachedFigures } from '@/platform/figures-cache';
import { snapshotFor, WAN } from './pacing-fixtures';

describe('cachedFiguresFor', () => {
  it('gives back today’s figures exactly as computed', () => {
    const s = snapshotFor('2026-11-18', 130 * WAN);
    expect(cachedFiguresFor(JSON.parse(JSON.stringify(s)), '2026-11-18')).toEqual(s);
    expect(s.indicators[0]!.gap).toBe(80.68 * WAN);
  });
  it('ignores another day’s figures: the plan moves every working day', () => {
    expect(cachedFiguresFor(snapshotFor('2026-11-17'), '2026-11-18')).toBeNull();
  });
  it('ignores a damaged or older-shaped copy', () => {
    const s = snapshotFor('2026-11-18');
    expect(cachedFiguresFor(undefined, '2026-11-18')).toBeNull();
    expect(cachedFiguresFor({ ...s, indicators: [{ ...s.indicators[0], gap: '80万' }] }, '2026-11-18')).toBeNull();
    const { weekCount: _, ...older } = s;
    expect(cachedFiguresFor(older, '2026-11-18')).toBeNull();
  });
});

describe('the cache in storage.session', () => {
  beforeEach(() => fakeBrowser.reset());
  it('round-trips today’s figures and nothing else', async () => {
    expect(await readCachedFigures('2026-11-18')).toBeNull();
    await writeCachedFigures(snapshotFor('2026-11-18', 130 * WAN));
    expect((await readCachedFigures('2026-11-18'))?.indicators.map((f) => f.gap)).toEqual([80.68 * WAN]);
    expect(await readCachedFigures('2026-11-19')).toBeNull();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});
