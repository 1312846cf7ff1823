/**
 * Today's pacing figures, computed from the database under the bank's policy, and published: the largest gap on the
 * badge, and the whole set in storage.session for the popup's next first frame. The background publishes on start,
 * after every write the figures come from (platform/database.ts), on a policy change and on a new day; the popup
 * publishes the sets it computes itself while open.
 */
import { type IsoDate, toIsoDate } from '@/lib/calendar/dates';
import { loadPacingInputs, readPacingConfig } from '@/lib/db/pacing';
import type { Locale } from '@/lib/i18n';
import { badgeText } from '@/lib/pacing/badge';
import { type PacingSnapshot, todaysCopy } from '@/lib/pacing/figures';
import { largestGap, pacingSnapshot } from '@/lib/pacing/snapshot';
import { effectiveConfig, type Indicator, type PacingPolicy } from '@/lib/pacing/targets';
import { showBadge } from './badge';
import { live, pacerDb } from './database';
import { currentLocale } from './locale';
import { cachedPacingPolicy, livePacingPolicy, readPacingPolicy } from './pacing-policy';
import { todayFigures } from './storage';

/** Today's figures, computed in the RM's local time zone (the browser's). */
export async function todaySnapshot(now = new Date()): Promise<PacingSnapshot> {
  const { policy } = await readPacingPolicy();
  return pacingSnapshot(await loadPacingInputs(pacerDb(), toIsoDate(now), policy));
}

export async function publishFigures(snapshot: PacingSnapshot, locale: Locale): Promise<void> {
  await Promise.all([showBadge(badgeText(largestGap(snapshot), locale)), todayFigures.set(snapshot)]);
}

let refreshing: Promise<void> | null = null;
let again = false;

/**
 * Recomputes and publishes today's figures. Writes come in bursts (an import, a quick series of edits): a request
 * while one runs makes one more run after it, never one per write. A set another context publishes while this one
 * is computed (the open popup, which follows the database live) is left standing: this one may have been read from
 * the database before the write that set it, and nothing would draw the badge again if it went over it (the popup
 * publishes only a set that changed). `compute` is for the tests.
 */
export function refreshFigures(now?: Date, compute: (now?: Date) => Promise<PacingSnapshot> = todaySnapshot): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      try {
        const before = JSON.stringify(await todayFigures.get());
        const snapshot = await compute(now);
        if (JSON.stringify(await todayFigures.get()) !== before) continue;
        await publishFigures(snapshot, await currentLocale());
      } catch {
        // The badge is a hint: a failed refresh leaves the previous one until the next.
      }
    } while (again);
  })().finally(() => (refreshing = null));
  return refreshing;
}

/**
 * Redraws the figures when the ones published are not today's (or were never computed). The worker keeps no timer
 * overnight (it is stopped when idle), so the background calls this whenever a CRM screen loads.
 */
export async function refreshFiguresIfStale(now = new Date()): Promise<void> {
  const copy = await todayFigures.get().catch(() => null);
  if (!todaysCopy(copy, toIsoDate(now))) await refreshFigures(now);
}

/**
 * Today's gap per amount indicator (fen, positive = behind plan), for the one-click deal's default indicator.
 * Uses the cached policy: a click must not wait on storage.managed.
 */
export async function amountGapsToday(now = new Date()): Promise<Record<string, number>> {
  const { policy } = await cachedPacingPolicy();
  const snapshot = pacingSnapshot(await loadPacingInputs(pacerDb(), toIsoDate(now), policy));
  const gaps: Record<string, number> = {};
  for (const f of snapshot.indicators) if (f.indicator.kind === 'amount' && f.target > 0) gaps[f.indicator.id] = f.gap;
  return gaps;
}

/** The configured amount indicators (the RM's list, or the bank's policy list when set). */
export async function amountIndicators(): Promise<Indicator[]> {
  const { policy } = await cachedPacingPolicy();
  return effectiveConfig(await readPacingConfig(pacerDb()), policy).indicators.filter((i) => i.kind === 'amount');
}

export interface FiguresListener {
  figures(snapshot: PacingSnapshot): void;
  error(e: unknown): void;
}

/**
 * Today's figures followed live from the database, under the bank's policy: the popup's part that loads after its
 * first frame. Each new set is published, the first one too (the badge may have been drawn under another day or
 * policy). Returns how to stop following (the popup never needs to: closing it ends everything).
 */
export function followTodayFigures(today: IsoDate, on: FiguresListener): () => void {
  const db = pacerDb();
  let published = '';
  let following = '';
  let subscription: { unsubscribe(): void } | null = null;
  let policyIsLive = false;
  let stopped = false;

  const follow = (policy: PacingPolicy) => {
    if (stopped) return;
    const key = JSON.stringify(policy);
    if (key === following) return;
    following = key;
    subscription?.unsubscribe();
    subscription = live(() => loadPacingInputs(db, today, policy)).subscribe({
      next: (inputs) => {
        const snapshot = pacingSnapshot(inputs);
        on.figures(snapshot);
        const json = JSON.stringify(snapshot);
        if (json === published) return;
        published = json;
        void currentLocale()
          .then((locale) => publishFigures(snapshot, locale))
          .catch(() => undefined);
      },
      error: (e: unknown) => on.error(e),
    });
  };
  // The cached policy answers at once; the managed one (storage.managed) may take long or never answer.
  void cachedPacingPolicy().then((r) => {
    if (!policyIsLive) follow(r.policy);
  });
  livePacingPolicy((r) => {
    policyIsLive = true;
    follow(r.policy);
  });
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
