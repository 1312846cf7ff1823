/**
 * The popup's first frame: today's figures as last computed, in `storage.session` (memory only, so no copy of
 * the RM's figures outlives the browser session; it survives the service worker being stopped). Written by
 * whoever computed them last (the background on every pacing change, the popup from the database); read by
 * the popup before anything else of Pacer has loaded.
 */
import { browser } from 'wxt/browser';
import type { IsoDate } from '@/lib/calendar/dates';
import { cachedFiguresFor } from '@/lib/pacing/figures';
import type { PacingSnapshot } from '@/lib/pacing/snapshot';

const KEY = 'todayFigures';

export async function readCachedFigures(today: IsoDate): Promise<PacingSnapshot | null> {
  const got = await browser.storage.session.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return cachedFiguresFor(got[KEY], today);
}

export async function writeCachedFigures(snapshot: PacingSnapshot): Promise<void> {
  await browser.storage.session.set({ [KEY]: snapshot });
}
