/**
 * Today's figures as last computed, kept for the popup's first frame: only today's, well-formed copy is used,
 * and it goes through storage.session (WXT's fakeBrowser).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PacingSnapshotSchema, todaysCopy } from '@/lib/pacing/figures';
import { todayFigures } from '@/platform/storage';
import { snapshotFor, WAN } from './support/pacing-fixtures';

/** What the popup's first frame makes of a stored copy: parsed as the storage item parses it, then today's only. */
function cachedFiguresFor(value: unknown, today: string) {
  const r = PacingSnapshotSchema.safeParse(value);
  return todaysCopy(r.success ? r.data : null, today);
}
const readCachedFigures = async (today: string) => todaysCopy(await todayFigures.get(), today);

describe('a copy of the figures', () => {
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
  it('a damaged copy in storage reads as none', async () => {
    await fakeBrowser.storage.session.set({ todayFigures: { ...snapshotFor('2026-11-18'), indicators: 'x' } });
    expect(await todayFigures.get()).toBeNull();
  });
  it('round-trips today’s figures and nothing else', async () => {
    expect(await readCachedFigures('2026-11-18')).toBeNull();
    await todayFigures.set(snapshotFor('2026-11-18', 130 * WAN));
    expect((await readCachedFigures('2026-11-18'))?.indicators.map((f) => f.gap)).toEqual([80.68 * WAN]);
    expect(await readCachedFigures('2026-11-19')).toBeNull();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});
