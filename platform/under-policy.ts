/**
 * A live query that depends on the bank's pacing policy (whether the RM is behind plan, which indicators count): the
 * policy is read first, outside the query, since a live query may only wait on the database.
 */
import type { PacingPolicy } from '@/lib/pacing/targets';
import { live } from './database';
import { cachedPacingPolicy } from './pacing-policy';

export interface Listener<T> {
  next(value: T): void;
  error(e: unknown): void;
}

/** Follows `query` under the cached policy; returns how to stop. */
export function followUnderPolicy<T>(query: (policy: PacingPolicy) => Promise<T>, on: Listener<T>): () => void {
  let subscription: { unsubscribe(): void } | null = null;
  let stopped = false;
  void cachedPacingPolicy().then(
    ({ policy }) => {
      if (stopped) return;
      subscription = live(() => query(policy)).subscribe({ next: (v) => on.next(v), error: (e: unknown) => on.error(e) });
    },
    (e: unknown) => on.error(e),
  );
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
