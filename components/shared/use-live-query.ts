/**
 * A live query as a signal. It re-runs when any context of the extension (another panel, the popup, the
 * background) writes the tables it read, so two open views never disagree.
 */
import { type Signal, useSignal } from '@preact/signals';
import { useLayoutEffect } from 'preact/hooks';
import { live } from '@/platform/database';

export interface Live<T> {
  value: Signal<T | undefined>;
  error: Signal<unknown>;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const value = useSignal<T | undefined>(undefined);
  const error = useSignal<unknown>(null);
  // A layout effect starts right after the render is committed; a plain effect would wait for the next
  // animation frame. The first value comes from a direct read, which shows sooner than a live query's first
  // emission; the live subscription follows and re-emits whenever the tables it read change.
  useLayoutEffect(() => {
    value.value = undefined;
    let subscription: { unsubscribe(): void } | null = null;
    let stopped = false;
    let gotLive = false;
    const subscribe = () => {
      if (stopped) return;
      subscription = live(query).subscribe({
        next: (v) => {
          gotLive = true;
          value.value = v;
          error.value = null;
        },
        error: (e: unknown) => {
          error.value = e;
        },
      });
    };
    query().then(
      (v) => {
        if (!stopped && !gotLive) value.value = v;
        // Subscribe after this value has rendered: the live query's own first read would otherwise compete
        // with that render. Its first emission re-reads, so a write in between is not missed.
        setTimeout(subscribe, 0);
      },
      () => subscribe(),
    );
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
    // The caller names what the query depends on.
  }, deps);
  return { value, error };
}
