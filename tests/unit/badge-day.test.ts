/**
 * The badge follows the day: figures computed on another day are redrawn when the next CRM screen loads; today's are
 * left alone. WXT's fakeBrowser (storage.session, action) and fake-indexeddb.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTarget } from '@/lib/db/pacing';
import { todaysCopy } from '@/lib/pacing/figures';
import { pacerDb } from '@/platform/database';
import { publishFigures, refreshFigures, refreshFiguresIfStale, todaySnapshot } from '@/platform/figures';
import { todayFigures } from '@/platform/storage';
import { snapshotFor, WAN } from './support/pacing-fixtures';

const now = new Date('2026-11-18T09:30:00');
const badge = () => fakeBrowser.action.getBadgeText({});

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(pacerDb().tables.map((t) => t.clear()));
  await setTarget(pacerDb(), '2026-11', 'investment', 229 * WAN, 1);
  await fakeBrowser.storage.local.set({ settings: { locale: 'zh-CN' } });
  await fakeBrowser.action.setBadgeText({ text: 'OLD' });
});

describe('refreshFiguresIfStale', () => {
  it('redraws the badge from yesterday’s figures to today’s', async () => {
    await todayFigures.set(snapshotFor('2026-11-17'));
    await refreshFiguresIfStale(now);
    // Wednesday 2026-11-18: 210.68万 planned by tonight, nothing achieved.
    expect(await badge()).toBe('211万');
    expect(todaysCopy(await todayFigures.get(), '2026-11-18')?.indicators[0]?.gap).toBe(210.68 * WAN);
  });

  it('redraws when no figures were ever computed', async () => {
    await refreshFiguresIfStale(now);
    expect(await badge()).toBe('211万');
  });

  it('leaves today’s badge alone', async () => {
    await todayFigures.set(snapshotFor('2026-11-18'));
    await refreshFiguresIfStale(now);
    expect(await badge()).toBe('OLD');
  });
});

describe('refreshFigures', () => {
  it('draws today’s figures', async () => {
    await refreshFigures(now);
    expect(await badge()).toBe('211万');
  });

  it('does not draw over figures another context published while it computed (the open popup, following live)', async () => {
    // The popup publishes a set with 100万 achieved while the background's run is reading the database.
    const popupSet = snapshotFor('2026-11-18', 100 * WAN);
    const computeRacing = async (n?: Date) => {
      const mine = await todaySnapshot(n);
      await publishFigures(popupSet, 'zh-CN');
      return mine;
    };
    await refreshFigures(now, computeRacing);
    expect(await todayFigures.get()).toEqual(popupSet);
    expect(await badge()).toBe('111万'); // 210.68万 planned − 100万
    // With nobody else publishing, the next run draws its own.
    await refreshFigures(now);
    expect(await badge()).toBe('211万');
  });
});
