/**
 * Today's figures followed live from the database, under the bank's policy: the popup's part that loads after
 * its first frame (Dexie, the schemas, the live query). Each new set goes out (badge, the popup's cache), so
 * the next popup opens on it.
 */
import { liveQuery } from 'dexie';
import type { IsoDate } from '@/lib/calendar/dates';
import { pacerDb } from '@/lib/db/database';
import { loadPacingInputs } from '@/lib/db/pacing';
import { pacingSnapshot, type PacingSnapshot } from '@/lib/pacing/snapshot';
import type { PacingPolicy } from '@/lib/pacing/targets';
import { cachedPacingPolicy, currentLocale, livePacingPolicy, publishFigures } from './pacing';

export interface FiguresListener {
  figures(snapshot: PacingSnapshot): void;
  error(e: unknown): void;
}

/**
 * The first set is always published, even when the cache already holds it: the badge may have been set under
 * another day or policy by the background. Returns how to stop following (the popup never needs to: closing
 * it ends everything).
 */
export function followTodayFigures(today: IsoDate, on: FiguresListener): () => void {
  const db = pacerDb();
  let published = '';
  let following = '';
  let live: { unsubscribe(): void } | null = null;
  let policyIsLive = false;
  let stopped = false;

  const follow = (policy: PacingPolicy) => {
    if (stopped) return;
    const key = JSON.stringify(policy);
    if (key === following) return;
    following = key;
    live?.unsubscribe();
    live = liveQuery(() => loadPacingInputs(db, today, policy)).subscribe({
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
    live?.unsubscribe();
  };
}
