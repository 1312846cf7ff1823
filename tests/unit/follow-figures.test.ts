/**
 * The popup's live part: today's figures from the database (fake-indexeddb) under the cached policy, followed as
 * they change, and each new set published (storage.session cache, badge).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTarget } from '@/lib/db/pacing';
import { type PacingSnapshot, todaysCopy } from '@/lib/pacing/figures';
import { pacerDb } from '@/platform/database';
import { followTodayFigures } from '@/platform/figures';
import { todayFigures } from '@/platform/storage';

const readCachedFigures = async (day: string) => todaysCopy(await todayFigures.get(), day);

import { WAN } from './support/pacing-fixtures';

const today = '2026-11-18';
const seen: PacingSnapshot[] = [];
const gaps = () => seen.map((s) => s.indicators.map((f) => f.gap));
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};

beforeEach(async () => {
  fakeBrowser.reset();
  seen.length = 0;
  await Promise.all(pacerDb().tables.map((t) => t.clear()));
});
let stop = () => {};
afterEach(() => stop());

describe('followTodayFigures', () => {
  it('gives the database’s figures, follows a change, and publishes each new set for the next popup', async () => {
    await setTarget(pacerDb(), '2026-11', 'investment', 229 * WAN, 1);
    stop = followTodayFigures(today, {
      figures: (s) => seen.push(s),
      error: (e) => {
        throw e;
      },
    });
    await until(() => seen.length === 1);
    expect(gaps()).toEqual([[210.68 * WAN]]);
    await expect.poll(async () => (await readCachedFigures(today))?.indicators[0]?.gap).toBe(210.68 * WAN);

    // A target changed mid-month: 92 % of 100万 planned by tonight.
    await setTarget(pacerDb(), '2026-11', 'investment', 100 * WAN, 2);
    await until(() => seen.length === 2);
    expect(gaps()[1]).toEqual([92 * WAN]);
    await expect.poll(async () => (await readCachedFigures(today))?.indicators[0]?.gap).toBe(92 * WAN);
  });

  it('applies the bank’s managed policy', async () => {
    await setTarget(pacerDb(), '2026-11', 'investment', 229 * WAN, 1);
    await fakeBrowser.storage.managed.set({ pacing: { checkpoints: [50, 75, 100, 100] } });
    stop = followTodayFigures(today, {
      figures: (s) => seen.push(s),
      error: (e) => {
        throw e;
      },
    });
    await until(() => seen.length >= 1);
    // Week 3 ends at 100 %: 75 % + 25 % × 3/5 = 90 % of 229万.
    await until(() => seen.at(-1)!.indicators[0]!.gap === 206.1 * WAN);
  });
});
