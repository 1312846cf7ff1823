/** Pacing's reach into the browser: the bank's policy for it, and the action badge with today's largest gap. */
import { browser } from 'wxt/browser';
import { badgeText } from '@/lib/pacing/badge';
import { toIsoDate, type IsoDate } from '@/lib/calendar/dates';
import type { PacerDB } from '@/lib/db/database';
import { loadPacingInputs, readPacingConfig } from '@/lib/db/pacing';
import { pickLocale, type Locale } from '@/lib/i18n';
import { largestGap, pacingSnapshot, type PacingSnapshot } from '@/lib/pacing/snapshot';
import { effectiveConfig, parsePacingPolicy, PacingPolicySchema, type Indicator, type PacingPolicy } from '@/lib/pacing/targets';
import { readCachedFigures, writeCachedFigures } from './figures-cache';
import { readManagedPolicy } from './policy';
import { readSettings } from './settings';

export interface PolicyRead {
  policy: PacingPolicy;
  error: string | null;
}

// The last policy read, kept in storage.local: `storage.managed.get()` can take long, or (headless Chromium
// without any policy installed) never settle, and the popup must not wait for it.
const CACHE_KEY = 'pacingPolicyCache';

export async function cachedPacingPolicy(): Promise<PolicyRead> {
  const got = await browser.storage.local.get(CACHE_KEY).catch(() => ({}) as Record<string, unknown>);
  // It crossed storage, so it is parsed again; none when unreadable.
  const r = PacingPolicySchema.safeParse(got[CACHE_KEY]);
  return { policy: r.success ? r.data : {}, error: null };
}

/** Reads the managed policy itself; when it answers, the cache is updated and `onRead` called. */
export function livePacingPolicy(onRead: (r: PolicyRead) => void): void {
  void readManagedPolicy().then(async (raw) => {
    const r = parsePacingPolicy(raw);
    await browser.storage.local.set({ [CACHE_KEY]: r.policy }).catch(() => undefined);
    onRead(r);
  });
}

/** The policy now: the live one if it answers within `waitMs`, else the cached one. */
export async function readPacingPolicy(waitMs = 300): Promise<PolicyRead> {
  const live = new Promise<PolicyRead>((resolve) => livePacingPolicy(resolve));
  const fallback = new Promise<PolicyRead>((resolve) => setTimeout(() => void cachedPacingPolicy().then(resolve), waitMs));
  return Promise.race([live, fallback]);
}

export async function currentLocale(): Promise<Locale> {
  const settings = await readSettings().catch(() => ({ locale: 'auto' as const }));
  return pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages, settings.locale);
}

/** Today's figures, computed in the RM's local time zone (the browser's). */
export async function todaySnapshot(db: PacerDB, now = new Date()): Promise<PacingSnapshot> {
  const { policy } = await readPacingPolicy();
  return pacingSnapshot(await loadPacingInputs(db, toIsoDate(now), policy));
}

/** Today's figures, freshly computed, go out: the largest gap on the badge, and all of them for the popup's next first frame. */
export async function publishFigures(snapshot: PacingSnapshot, locale: Locale): Promise<void> {
  const text = badgeText(largestGap(snapshot), locale);
  await Promise.all([
    browser.action.setBadgeBackgroundColor({ color: '#b42318' }).then(() => browser.action.setBadgeText({ text })),
    writeCachedFigures(snapshot),
  ]);
}

export async function refreshBadge(db: PacerDB, now = new Date()): Promise<void> {
  try {
    await publishFigures(await todaySnapshot(db, now), await currentLocale());
  } catch {
    // A badge is a hint: a failed refresh leaves the previous one until the next.
  }
}

let redrawing: Promise<void> | null = null;

/**
 * Redraws the badge when the figures it shows are not today's (or were never computed). The worker keeps no
 * timer overnight (it is stopped when idle), so the background calls this whenever a CRM screen loads.
 */
export function refreshBadgeIfStale(db: PacerDB, now = new Date()): Promise<void> {
  redrawing ??= readCachedFigures(toIsoDate(now))
    .then((figures) => (figures ? undefined : refreshBadge(db, now)))
    .finally(() => (redrawing = null));
  return redrawing;
}

/** A short mark on the icon (used when the CRM page cannot show the toast), then the gap again. */
export async function flashBadge(db: PacerDB, text: string, color: string, ms: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color });
  await browser.action.setBadgeText({ text });
  setTimeout(() => void refreshBadge(db), ms);
}

/** Tells the background that targets or achievements changed, so the badge follows at once. */
export function notifyPacingChanged(): void {
  browser.runtime.sendMessage({ type: 'pacing-changed' }).catch(() => undefined);
}

/**
 * Today's gap per amount indicator (fen, positive = behind plan), for the one-click deal's default
 * indicator. Uses the cached policy: a click must not wait on storage.managed.
 */
export async function amountGapsToday(db: PacerDB, now = new Date()): Promise<Record<string, number>> {
  const { policy } = await cachedPacingPolicy();
  const snapshot = pacingSnapshot(await loadPacingInputs(db, toIsoDate(now), policy));
  const gaps: Record<string, number> = {};
  for (const f of snapshot.indicators) if (f.indicator.kind === 'amount' && f.target > 0) gaps[f.indicator.id] = f.gap;
  return gaps;
}

/** The configured amount indicators (the RM's list, or the bank's policy list when set). */
export async function amountIndicators(db: PacerDB): Promise<Indicator[]> {
  const { policy } = await cachedPacingPolicy();
  return effectiveConfig(await readPacingConfig(db), policy).indicators.filter((i) => i.kind === 'amount');
}
