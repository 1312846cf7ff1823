/**
 * A Dexie live query as a signal. It re-runs when any context of the extension (another panel, the popup,
 * the background) writes the tables it read, so two open views never disagree.
 */
import { useSignal, type Signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface Live<T> {
  value: Signal<T | undefined>;
  error: Signal<unknown>;
}

/** `initial`: the query's result for the first `deps`, already read (the first render shows it, no loading frame). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial?: T): Live<T> {
  const value = useSignal<T | undefined>(initial);
  const error = useSignal<unknown>(null);
  const seeded = useRef(initial !== undefined);
  // A layout effect starts right after the render is committed; a plain effect would wait for the next
  // animation frame. The first value comes from a direct read, which shows sooner than a live query's first
  // emission; the live subscription follows and re-emits whenever the tables it read change.
  useLayoutEffect(() => {
    const hasValue = seeded.current;
    seeded.current = false;
    if (!hasValue) value.value = undefined;
    let live: { unsubscribe(): void } | null = null;
    let stopped = false;
    let gotLive = false;
    const subscribe = () => {
      if (stopped) return;
      live = liveQuery(query).subscribe({
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
    if (hasValue) {
      // Already on screen: the live subscription starts once that frame is painted (its first emission re-reads,
      // which would otherwise hold the frame back); a page that paints no frames (hidden) starts it anyway.
      let started = false;
      const start = () => {
        if (started) return;
        started = true;
        setTimeout(subscribe, 0);
      };
      requestAnimationFrame(start);
      setTimeout(start, 100);
    } else {
      query().then(
        (v) => {
          if (!stopped && !gotLive) value.value = v;
          // Subscribe after this value has rendered: the live query's own first read would otherwise compete
          // with that render. Its first emission re-reads, so a write in between is not missed.
          setTimeout(subscribe, 0);
        },
        () => subscribe(),
      );
    }
    return () => {
      stopped = true;
      live?.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the query depends on
  }, deps);
  return { value, error };
}
