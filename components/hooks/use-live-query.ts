/**
 * A Dexie live query as a signal. It re-runs when any context of the extension (another panel, the popup,
 * the background) writes the tables it read, so two open views never disagree.
 */
import { useSignal, type Signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useEffect } from 'preact/hooks';

export interface Live<T> {
  value: Signal<T | undefined>;
  error: Signal<unknown>;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const value = useSignal<T | undefined>(undefined);
  const error = useSignal<unknown>(null);
  useEffect(() => {
    value.value = undefined;
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        value.value = v;
        error.value = null;
      },
      error: (e: unknown) => {
        error.value = e;
      },
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the query depends on
  }, deps);
  return { value, error };
}
